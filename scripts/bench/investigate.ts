/**
 * Where does the time of the CMS reads go? `node --import tsx scripts/bench/investigate.ts`
 *
 * Loads the same data set as cms.ts (same BENCH_* variables, one adapter: BENCH_ADAPTERS, default
 * sqlite), then for each read prints: wall time, time spent waiting on the database driver, the
 * SQL statements and their query plans. With BENCH_TRY_INDEXES=1 it then adds candidate indexes
 * to the throwaway database (never to the migrations) and measures again. Not part of the report.
 */

import type { Payload, Where } from 'payload'

import {
  databaseVersion,
  enabledBenchAdapters,
  stopBenchPayload,
  type BenchAdapter,
  type BenchDatabase,
} from './lib/database'
import { cpuProfile, summariseProfile } from './lib/cpuProfile'
import { databaseWithDataFromEnv } from './lib/keptDatabase'
import { summarise } from './lib/stats'

const int = (name: string, fallback: number) =>
  process.env[name] ? Number(process.env[name]) : fallback
const iterations = int('BENCH_ITERATIONS', 100)
const log = (line: string) => process.stdout.write(`${line}\n`)

interface Timed {
  sql: string
  params: unknown[]
  ms: number
}

/** Wraps the driver (libsql client or pg pool) to time every statement. */
function instrument(payload: Payload, kind: BenchAdapter) {
  const state = { on: false, statements: [] as Timed[] }
  const wrap = (
    target: Record<string, unknown>,
    method: string,
    toSql: (args: unknown[]) => { sql: string; params: unknown[] },
  ) => {
    const original = target[method] as (...args: unknown[]) => Promise<unknown>
    target[method] = async function (this: unknown, ...args: unknown[]) {
      if (!state.on) return original.apply(this, args)
      const start = performance.now()
      try {
        return await original.apply(this, args)
      } finally {
        state.statements.push({ ...toSql(args), ms: performance.now() - start })
      }
    }
  }
  if (kind === 'sqlite') {
    const client = (payload.db as unknown as { client: Record<string, unknown> }).client
    wrap(client, 'execute', (args) => {
      const stmt = args[0] as string | { sql: string; args?: unknown[] }
      return typeof stmt === 'string'
        ? { sql: stmt, params: [] }
        : { sql: stmt.sql, params: stmt.args ?? [] }
    })
  } else {
    const pool = (payload.db as unknown as { pool: Record<string, unknown> }).pool
    wrap(pool, 'query', (args) => {
      const first = args[0] as string | { text: string; values?: unknown[] }
      return typeof first === 'string'
        ? { sql: first, params: (args[1] as unknown[]) ?? [] }
        : { sql: first.text, params: first.values ?? (args[1] as unknown[]) ?? [] }
    })
  }
  return state
}

async function explain(payload: Payload, kind: BenchAdapter, statement: Timed): Promise<string> {
  if (kind === 'sqlite') {
    const client = (
      payload.db as unknown as {
        client: {
          execute: (s: {
            sql: string
            args: unknown[]
          }) => Promise<{ rows: Record<string, unknown>[] }>
        }
      }
    ).client
    const { rows } = await client.execute({
      sql: `EXPLAIN QUERY PLAN ${statement.sql}`,
      args: statement.params,
    })
    return rows.map((r) => `    ${String(r.detail)}`).join('\n')
  }
  const pool = (
    payload.db as unknown as {
      pool: {
        query: (text: string, values: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
      }
    }
  ).pool
  const { rows } = await pool.query(
    `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${statement.sql}`,
    statement.params,
  )
  return rows.map((r) => `    ${String(r['QUERY PLAN'])}`).join('\n')
}

/** Where a profile of `body` spends its time (lib/cpuProfile.ts). */
const profile = async (body: () => Promise<void>): Promise<string> =>
  summariseProfile(await cpuProfile(body, 100))

const shorten = (sql: string) =>
  sql.length > 400 ? `${sql.slice(0, 250)} … ${sql.slice(-150)}` : sql

async function main() {
  const kind = (enabledBenchAdapters()[0] ?? 'sqlite') as BenchAdapter
  let database: BenchDatabase | undefined
  let payload: Payload | undefined
  try {
    const prepared = await databaseWithDataFromEnv(kind, log, (opened) => {
      database = opened
    })
    payload = prepared.payload
    const { data } = prepared
    log(`${await databaseVersion(payload, kind)}`)
    const p = payload
    const state = instrument(p, kind)
    const at = <T>(list: T[], i: number, stride = 1): T => list[(i * stride) % list.length]
    const byLocality = (i: number): Where => ({ locality: { equals: at(data.communes, i).id } })
    const bySectorAndLevel = (i: number): Where => ({
      and: [{ sector: { equals: at(data.sectorIDs, i) } }, { levels: { contains: 'commune' } }],
    })
    const reads: [string, (i: number) => Promise<unknown>][] = [
      [
        '1 applied by locality, depth 1',
        (i) =>
          p.find({ collection: 'applied-procedures', where: byLocality(i), limit: 50, depth: 1 }),
      ],
      [
        '1 applied by locality, depth 0',
        (i) =>
          p.find({ collection: 'applied-procedures', where: byLocality(i), limit: 50, depth: 0 }),
      ],
      [
        '1 anonymous, depth 1',
        (i) =>
          p.find({
            collection: 'applied-procedures',
            where: byLocality(i),
            limit: 50,
            depth: 1,
            overrideAccess: false,
          }),
      ],
      [
        '2 procedures sector+level, depth 1',
        (i) =>
          p.find({ collection: 'procedures', where: bySectorAndLevel(i), limit: 50, depth: 1 }),
      ],
      [
        '2b procedures sector+level, depth 0',
        (i) =>
          p.find({ collection: 'procedures', where: bySectorAndLevel(i), limit: 50, depth: 0 }),
      ],
      [
        '2 anonymous, depth 1',
        (i) =>
          p.find({
            collection: 'procedures',
            where: bySectorAndLevel(i),
            limit: 50,
            depth: 1,
            overrideAccess: false,
          }),
      ],
      [
        '3 procedure findByID depth 2',
        (i) => p.findByID({ collection: 'procedures', id: at(data.procedureIDs, i, 7), depth: 2 }),
      ],
      [
        '3 procedure findByID depth 0',
        (i) => p.findByID({ collection: 'procedures', id: at(data.procedureIDs, i, 7), depth: 0 }),
      ],
      // The statement that populates `procedure` in 1: 50 full procedures by ID.
      [
        '4 procedures by 50 IDs, depth 0 (the populate of 1)',
        (i) => {
          const start = (i * 50) % Math.max(1, data.procedureIDs.length - 50)
          return p.find({
            collection: 'procedures',
            where: { id: { in: data.procedureIDs.slice(start, start + 50) } },
            limit: 50,
            depth: 0,
            pagination: false,
          })
        },
      ],
    ]

    const captured = new Map<string, Timed[]>()
    /** The statement alone, through the driver: no Payload, no Drizzle. */
    const rawTiming = async (label: string, statement: Timed, n = 200) => {
      const samples: number[] = []
      for (let i = 0; i < n + 20; i++) {
        const start = performance.now()
        if (kind === 'sqlite') {
          await (
            p.db as unknown as {
              client: { execute: (s: { sql: string; args: unknown[] }) => Promise<unknown> }
            }
          ).client.execute({ sql: statement.sql, args: statement.params })
        } else {
          await (
            p.db as unknown as {
              pool: { query: (text: string, values: unknown[]) => Promise<unknown> }
            }
          ).pool.query(statement.sql, statement.params)
        }
        if (i >= 20) samples.push(performance.now() - start)
      }
      const r = summarise(samples)
      log(`  raw SQL, ${label}: p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms (${n} runs)`)
    }
    const rawProbes = async () => {
      const populate = captured.get('4 procedures by 50 IDs, depth 0 (the populate of 1)')?.[0]
      if (populate) await rawTiming('50 full procedures by ID (populate of 1)', populate)
      const one = captured.get('3 procedure findByID depth 0')?.[0]
      if (one) await rawTiming('one full procedure by ID', one)
    }

    const measureAll = async (title: string, withPlans: boolean) => {
      log(`\n=== ${title}`)
      for (const [name, run] of reads) {
        for (let i = 0; i < 20; i++) await run(i)
        const wall: number[] = []
        const driver: number[] = []
        let last: Timed[] = []
        for (let i = 0; i < iterations; i++) {
          state.statements = []
          state.on = true
          const start = performance.now()
          await run(i)
          wall.push(performance.now() - start)
          state.on = false
          driver.push(state.statements.reduce((sum, s) => sum + s.ms, 0))
          last = state.statements
        }
        const w = summarise(wall)
        const d = summarise(driver)
        captured.set(name, last)
        log(
          `\n${name}: wall p50 ${w.p50.toFixed(2)} p95 ${w.p95.toFixed(2)} ms; driver p50 ${d.p50.toFixed(2)} p95 ${d.p95.toFixed(2)} ms; ${last.length} statements`,
        )
        for (const s of last) {
          log(`  [${s.ms.toFixed(2)} ms] ${shorten(s.sql.replace(/\s+/g, ' '))}`)
          if (withPlans && /^\s*select/i.test(s.sql)) log(await explain(p, kind, s))
        }
      }
      await rawProbes()
    }

    await measureAll('baseline (committed migrations)', true)

    if (process.env.BENCH_PROFILE === '1') {
      for (const [name, run] of reads) {
        log(`\n=== CPU profile: ${name} (${iterations} calls)`)
        log(
          await profile(async () => {
            for (let i = 0; i < iterations; i++) await run(i)
          }),
        )
      }
    }

    if (process.env.BENCH_TRY_ORDER_INDEXES === '1' && kind === 'sqlite') {
      // Each array, text and relation row is read per document in order: an index on (parent, order)
      // would serve both the lookup and the ORDER BY, where Payload indexes each column alone.
      const client = (
        p.db as unknown as {
          client: { execute: (s: string) => Promise<{ rows: Record<string, unknown>[] }> }
        }
      ).client
      const { rows } = await client.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%v%' ESCAPE '\\'",
      )
      let added = 0
      for (const { name } of rows) {
        const columns = (await client.execute(`PRAGMA table_info("${String(name)}")`)).rows.map(
          (c) => String(c.name),
        )
        const parent = columns.includes('_parent_id')
          ? '_parent_id'
          : columns.includes('parent_id')
            ? 'parent_id'
            : null
        const order = columns.includes('_order')
          ? '_order'
          : columns.includes('order')
            ? 'order'
            : null
        if (!parent || !order) continue
        await client.execute(
          `CREATE INDEX IF NOT EXISTS "bench_${String(name)}_parent_order" ON "${String(name)}" ("${parent}", "${order}")`,
        )
        added++
      }
      await client.execute('ANALYZE')
      log(`added (parent, order) indexes on ${added} tables, then ANALYZE`)
      await measureAll('with (parent, order) indexes', false)
    }

    if (process.env.BENCH_TRY_INDEXES === '1') {
      const run = async (sql: string) => {
        if (kind === 'sqlite')
          await (
            p.db as unknown as { client: { execute: (s: string) => Promise<unknown> } }
          ).client.execute(sql)
        else
          await (
            p.db as unknown as { pool: { query: (s: string) => Promise<unknown> } }
          ).pool.query(sql)
      }
      // First statistics only (SQLite has none until ANALYZE; PostgreSQL's autovacuum may not
      // have run yet after the bulk load), then candidate indexes.
      await run('ANALYZE')
      await measureAll('after ANALYZE, no new index', true)
      // Payload indexes hasMany text rows on (order, parent_id) only, so a document's keywords and
      // synonyms are found by scanning the whole table (or index) once per document read.
      await run('CREATE INDEX bench_procedures_texts_parent ON procedures_texts (parent_id)')
      await run('ANALYZE')
      log('added: CREATE INDEX bench_procedures_texts_parent ON procedures_texts (parent_id)')
      await measureAll('after ANALYZE + procedures_texts (parent_id)', true)
      const candidates = [
        'CREATE INDEX bench_applied_locality_created ON applied_procedures (locality_id, created_at)',
        'CREATE INDEX bench_applied_locality_status_created ON applied_procedures (locality_id, _status, created_at)',
        'CREATE INDEX bench_procedures_levels_value_parent ON procedures_levels (value, parent_id)',
        'CREATE INDEX bench_procedures_sector_created ON procedures (sector_id, created_at)',
      ]
      for (const sql of candidates) {
        await run(sql)
        log(`added: ${sql}`)
      }
      await run('ANALYZE')
      await measureAll('with all candidate indexes', true)
    }
  } finally {
    await stopBenchPayload(payload, database)
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
