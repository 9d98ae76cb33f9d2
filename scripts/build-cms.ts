import { buildCms } from './lib/cmsBuild'
import { ensureNode24 } from './lib/ensureNode'

ensureNode24()
buildCms({ force: process.argv.includes('--force') })
