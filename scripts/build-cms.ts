import { buildCms } from './lib/cmsBuild'
import { ensureNode24 } from './lib/ensureNode'

ensureNode24()
await buildCms({ force: process.argv.includes('--force') })
