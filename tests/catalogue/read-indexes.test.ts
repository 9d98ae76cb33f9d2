import type { Payload } from 'payload'
import type pg from 'pg'
import { expect, it } from 'vitest'

import { partIndexes } from '../../cms/lib/partIndexes'
import { describeEachAdapter } from '../helpers/payload'

/**
 * The indexes that make reads fast at province scale (docs/benchmarks.md, "CMS", 03/12/2026),
 * checked on a database migrated by the committed migrations: each array, block, relationship and
 * hasMany table has its (parent, order) index, a locality's applied procedures have theirs by
 * title, the planner reads a document's parts through the index instead of sorting them, and
 * SQLite has its planner statistics.
 */

interface Sql {
  rows: (query: string, params?: unknown[]) => Promise<Record<string, unknown>[]>
}

function sqlOf(payload: Payload): Sql {
  if (payload.db.name === 'sqlite') {
    const { client } = payload.db as unknown as {
      client: {
        execute: (stmt: {
          sql: string
          args: unknown[]
        }) => Promise<{ rows: Record<string, unknown>[] }>
      }
    }
    return { rows: async (sql, args = []) => (await client.execute({ sql, args })).rows }
  }
  const { pool } = payload.db as unknown as { pool: pg.Pool }
  return { rows: async (sql, params = []) => (await pool.query(sql, params)).rows }
}

async function indexNames(payload: Payload): Promise<Set<string>> {
  const sql = sqlOf(payload)
  const rows =
    payload.db.name === 'sqlite'
      ? await sql.rows("SELECT name FROM sqlite_master WHERE type = 'index'")
      : await sql.rows("SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public'")
  return new Set(rows.map((row) => String(row.name)))
}

describeEachAdapter(
  'read indexes',
  (ctx) => {
    it('gives every part table its (parent, order) index', async () => {
      const { payload } = ctx()
      const tables = (payload.db as unknown as { tables: Record<string, object> }).tables
      const expected = partIndexes(tables).map((part) => part.name)
      // arrays and blocks, relationships, hasMany selects and texts (90 on 03/12/2026)
      expect(expected.length).toBeGreaterThanOrEqual(90)
      expect(expected).toContain('procedures_dossier_cases_parent_order_idx')
      expect(expected).toContain('procedures_rels_parent_order_idx')
      expect(expected).toContain('procedures_levels_parent_order_idx')
      const existing = await indexNames(payload)
      expect(expected.filter((name) => !existing.has(name))).toEqual([])
    })

    it("indexes a locality's applied procedures by title", async () => {
      expect(await indexNames(ctx().payload)).toContain('locality_title_idx')
    })

    it("reads a procedure's parts through the index, without sorting them", async () => {
      const { payload, fixtures } = ctx()
      const sql = sqlOf(payload)
      const id = fixtures.procedures.birth.id
      if (payload.db.name === 'sqlite') {
        const plan = await sql.rows(
          'EXPLAIN QUERY PLAN SELECT * FROM procedures_dossier_cases WHERE _parent_id = ? ORDER BY _order',
          [id],
        )
        const details = plan.map((row) => String(row.detail)).join('\n')
        expect(details).toContain('procedures_dossier_cases_parent_order_idx')
        expect(details).not.toContain('TEMP B-TREE')
        return
      }
      // The test tables are tiny, so PostgreSQL would scan them whole; as at scale, it may not.
      const { pool } = payload.db as unknown as { pool: pg.Pool }
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        await client.query('SET LOCAL enable_seqscan = off')
        await client.query('SET LOCAL enable_bitmapscan = off')
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(
          'EXPLAIN SELECT * FROM procedures_dossier_cases WHERE _parent_id = $1 ORDER BY _order',
          [id],
        )
        const plan = rows.map((row) => row['QUERY PLAN']).join('\n')
        expect(plan).toContain('procedures_dossier_cases_parent_order_idx')
        expect(plan).not.toMatch(/\bSort\b/)
      } finally {
        await client.query('ROLLBACK')
        client.release()
      }
    })

    it('has planner statistics after migrating (SQLite; PostgreSQL keeps its own)', async () => {
      const { payload } = ctx()
      if (payload.db.name !== 'sqlite') return
      const stats = await sqlOf(payload).rows(
        "SELECT count(*) AS n FROM sqlite_master WHERE name = 'sqlite_stat1'",
      )
      expect(Number(stats[0]!.n)).toBe(1)
    })
  },
  { withFixtures: true },
)
