/**
 * How the application's PostgreSQL connections are set up (cms/db.ts): without JIT, which
 * compiled Payload's reads of 50 procedures on every call (0.7 s each at 3,000 procedures).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { enabledAdapters, type TestDatabase } from '../helpers/databases'
import { startPayload, stopPayload } from '../helpers/payload'

describe.skipIf(!enabledAdapters().includes('postgres'))('PostgreSQL connections', () => {
  let payload: Payload | undefined
  let database: TestDatabase | undefined
  beforeAll(async () => {
    ;({ payload, database } = await startPayload('postgres'))
  })
  afterAll(() => stopPayload(payload, database))

  it('run without JIT compilation', async () => {
    const pool = (
      payload!.db as unknown as {
        pool: { query: (sql: string) => Promise<{ rows: { jit: string }[] }> }
      }
    ).pool
    expect((await pool.query('SHOW jit')).rows[0]!.jit).toBe('off')
  })
})
