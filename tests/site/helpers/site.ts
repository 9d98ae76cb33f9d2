import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { exportSnapshot } from '../../../cms/publication/exportSnapshot'
import { seedDemo } from '../../../scripts/seed/seedDemo'
import { writeSnapshot } from '../../../release/writeSnapshot'
import type { BuiltSite } from '../../tooling/build'
import { startPayload, stopPayload } from '../../helpers/payload'

/**
 * A real release: the demo catalogue loaded through Payload's Local API into a fresh SQLite
 * database, exported by the CMS's exporter and written as the publish step writes it.
 */
export async function exportDemoSnapshot(dir: string): Promise<void> {
  const { payload, database } = await startPayload('sqlite')
  try {
    await seedDemo(payload)
    await writeSnapshot(await exportSnapshot(payload), dir)
  } finally {
    await stopPayload(payload, database)
  }
}

export const tempDir = (prefix: string): string => fs.mkdtempSync(path.join(os.tmpdir(), prefix))

export const readOutput = (site: BuiltSite, relative: string): string =>
  fs.readFileSync(path.join(site.outDir, relative), 'utf8')

export { buildSite, type BuiltSite } from '../../tooling/build'
