import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { exportSnapshot } from '../../../cms/publication/exportSnapshot'
import { writeSnapshot } from '../../../release/writeSnapshot'
import { buildSite, type BuiltSite } from '../../tooling/build'
import { startDemoPayload } from '../../helpers/demoDatabase'
import { stopPayload } from '../../helpers/payload'
import { sharedOnce } from '../../helpers/sharedOnce'

/** The portal path and origin the demo site is built for. */
export const DEMO_BASE = '/thu-tuc-hanh-chinh/'
export const DEMO_ORIGIN = 'https://dichvucong.example.gov.vn'

/**
 * A real release: the demo catalogue loaded through Payload's Local API into SQLite (a copy of
 * the run's demo database), exported by the CMS's exporter and written as the publish step writes
 * it. Made once per run and shared by the files that read it: returns its folder, read-only.
 */
export function demoSnapshotDir(): Promise<string> {
  return sharedOnce('demo-snapshot', async (dir) => {
    const { payload, database } = await startDemoPayload('sqlite')
    try {
      await writeSnapshot(await exportSnapshot(payload), dir)
    } finally {
      await stopPayload(payload, database)
    }
    return dir
  })
}

/**
 * The demo release built by the real `astro build` under DEMO_BASE for DEMO_ORIGIN: made once per
 * run and shared by the files that read or serve it, read-only.
 */
export function demoSite(): Promise<BuiltSite> {
  return sharedOnce('demo-site', async (outDir) =>
    buildSite({
      snapshotDir: await demoSnapshotDir(),
      outDir,
      base: DEMO_BASE,
      siteUrl: DEMO_ORIGIN,
    }),
  )
}

export const tempDir = (prefix: string): string => fs.mkdtempSync(path.join(os.tmpdir(), prefix))

export const readOutput = (site: BuiltSite, relative: string): string =>
  fs.readFileSync(path.join(site.outDir, relative), 'utf8')

export { buildSite, type BuiltSite } from '../../tooling/build'
