import path from 'node:path'

import { seedDemo } from '../../scripts/seed/seedDemo'
import type { AdapterKind } from './databases'
import { startPayload, stopPayload, type TestConfigOptions } from './payload'
import { sharedOnce, sharedResult } from './sharedOnce'
import {
  closePostgresTemplate,
  dropPostgresDatabase,
  saveSqliteTemplate,
} from './templateDatabases'

/**
 * The demo catalogue, loaded by seedDemo once per SQL adapter per run into a template database: a
 * file that reads or changes the demo starts on a copy (a second) instead of loading it (tens of
 * seconds, each time). tests/seed/seed.test.ts still loads it into a fresh database, as
 * `npm run seed` and `npm start` do.
 */
export async function demoTemplate(kind: AdapterKind): Promise<string | undefined> {
  switch (kind) {
    case 'sqlite': {
      const made = await sharedOnce('demo-sqlite', async (dir) => {
        const { payload, database } = await startPayload('sqlite')
        try {
          await seedDemo(payload)
          const file = path.join(dir, 'demo.db')
          await saveSqliteTemplate(payload, file)
          return { file }
        } finally {
          await stopPayload(payload, database)
        }
      })
      return made.file
    }
    case 'postgres': {
      const made = await sharedOnce('demo-postgres', async () => {
        const { payload, database } = await startPayload('postgres')
        try {
          await seedDemo(payload)
        } catch (error) {
          await stopPayload(payload, database)
          throw error
        }
        return { name: await closePostgresTemplate(payload, database.uri) }
      })
      return made.name
    }
    case 'mongodb':
      // No template copies on MongoDB: each file loads the demo itself.
      return undefined
  }
}

/** Starts Payload on a fresh copy of the demo catalogue. */
export async function startDemoPayload(kind: AdapterKind, options: TestConfigOptions = {}) {
  const template = await demoTemplate(kind)
  const started = await startPayload(kind, options, { template })
  if (!template) await seedDemo(started.payload)
  return started
}

/** For the run's teardown: the PostgreSQL demo template, if a file made one. */
export async function dropDemoTemplates(): Promise<void> {
  const made = sharedResult<{ name: string }>('demo-postgres')
  if (made) await dropPostgresDatabase(made.name)
}
