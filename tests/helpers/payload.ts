import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe } from 'vitest'

import { buildAppConfig, type AppConfigOptions } from '../../cms/buildAppConfig'
import { runMigrations } from '../../cms/db'
import {
  createTestDatabase,
  enabledAdapters,
  type AdapterKind,
  type TestDatabase,
} from './databases'
import { startDemoPayload } from './demoDatabase'
import { createFixtures, type Fixtures } from './fixtures'
import { restClient, type RestClient } from './rest'

export interface TestContext {
  kind: AdapterKind
  payload: Payload
  rest: RestClient
  fixtures: Fixtures
}

/** What a test may add to the application's config (e.g. a workflow subscriber). */
export type TestConfigOptions = Omit<AppConfigOptions, 'databaseURI' | 'secret'>

/**
 * Starts Payload on a fresh database of `kind`, with the committed migrations applied: a copy of
 * the run's migrated template, or of `template` (see createTestDatabase).
 */
export async function startPayload(
  kind: AdapterKind,
  options: TestConfigOptions = {},
  { template }: { template?: string } = {},
): Promise<{
  payload: Payload
  database: TestDatabase
  config: ReturnType<typeof buildAppConfig>
}> {
  const database = await createTestDatabase(kind, { template })
  const config = buildAppConfig({
    ...options,
    databaseURI: database.uri,
    secret: 'test-secret-not-for-production-use',
  })
  // Payload's REST handlers look up the cached instance under the 'default' key, so each test
  // database takes that slot in turn (describe blocks of a file run one after the other).
  forgetCachedPayload()
  const payload = await getPayload({ config })
  await runMigrations(payload)
  return { payload, database, config }
}

export async function stopPayload(
  payload: Payload | undefined,
  database: TestDatabase | undefined,
) {
  if (payload && database?.kind === 'mongodb') {
    await (
      payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }
    ).connection.dropDatabase()
  }
  // Payload's SQL adapters forget their schema on destroy but keep their connections. Dropping the
  // database ends them from the server side; without a listener pg would raise that as unhandled.
  // (Awaiting pool.end() can hang on a client Payload never released.)
  const db = payload?.db as
    | {
        pool?: { on: (e: 'error', f: () => void) => void; end: () => Promise<void> }
        client?: { close: () => void }
      }
    | undefined
  db?.pool?.on('error', () => {})
  void db?.pool?.end().catch(() => {})
  db?.client?.close()
  await payload?.destroy()
  forgetCachedPayload()
  await database?.drop()
}

function forgetCachedPayload() {
  ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
}

/**
 * Runs `body` once per enabled database adapter, each on its own fresh database, by default
 * with the small test catalogue of ./fixtures; with `demo`, on a copy of the demo catalogue
 * (./demoDatabase) and no fixtures. Test names start with the adapter, so the output says which ran.
 */
export function describeEachAdapter(
  title: string,
  body: (ctx: () => TestContext) => void,
  {
    withFixtures = true,
    demo = false,
    config,
  }: { withFixtures?: boolean; demo?: boolean; config?: TestConfigOptions } = {},
) {
  for (const kind of enabledAdapters()) {
    describe(`[${kind}] ${title}`, () => {
      let context: TestContext | undefined
      let database: TestDatabase | undefined
      beforeAll(
        async () => {
          const started = demo
            ? await startDemoPayload(kind, config)
            : await startPayload(kind, config)
          database = started.database
          const fixtures =
            withFixtures && !demo
              ? await createFixtures(started.payload)
              : (undefined as unknown as Fixtures)
          context = { kind, payload: started.payload, rest: restClient(started.config), fixtures }
        },
        // The first file to ask for the demo loads it (tens of seconds, minutes under load).
        demo ? 900_000 : undefined,
      )
      afterAll(async () => {
        await stopPayload(context?.payload, database)
      })
      body(() => {
        if (!context) throw new Error('Payload did not start')
        return context
      })
    })
  }
}
