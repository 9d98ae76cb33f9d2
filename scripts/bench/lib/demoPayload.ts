import fs from 'node:fs'
import path from 'node:path'

import type { Payload, SanitizedConfig } from 'payload'

import type { RestClient } from '../../../tests/helpers/rest'

export interface DemoPayload {
  payload: Payload
  config: Promise<SanitizedConfig>
  rest: RestClient
  /** The demo accounts' shared password. */
  password: string
}

/**
 * A fresh SQLite database in `dataDir` with the committed migrations and the demo catalogue, and
 * a client on Payload's real REST and GraphQL handlers. The folders are set before the CMS is
 * imported: the collections read DATA_DIR (uploads) and RELEASES_DIR when they load.
 */
export async function startDemoPayload({
  dataDir,
  releasesDir,
  log = () => {},
}: {
  dataDir: string
  releasesDir: string
  log?: (line: string) => void
}): Promise<DemoPayload> {
  process.env.DATA_DIR = dataDir
  process.env.RELEASES_DIR = releasesDir
  fs.mkdirSync(dataDir, { recursive: true })
  const { getPayload } = await import('payload')
  const { buildAppConfig } = await import('../../../cms/buildAppConfig')
  const { runMigrations } = await import('../../../cms/db')
  const { seedDemo } = await import('../../seed/seedDemo')
  const { DEMO_PASSWORD } = await import('../../seed/demoUsers')
  const { restClient } = await import('../../../tests/helpers/rest')

  const config = buildAppConfig({
    databaseURI: `file:${path.join(dataDir, 'demo.db')}`,
    secret: 'bench-secret-not-for-production-use',
  })
  const payload = await getPayload({ config })
  try {
    await runMigrations(payload)
    log('Seeding the demo catalogue…')
    await seedDemo(payload)
  } catch (error) {
    await payload.destroy()
    throw error
  }
  return { payload, config, rest: restClient(config), password: DEMO_PASSWORD }
}
