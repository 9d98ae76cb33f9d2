/**
 * The four read rows of cms.ts on a copy of the kept data set (`BENCH_KEEP`, same BENCH_* data
 * variables), for work on their time rather than for the report:
 *
 *   node --import tsx scripts/bench/reads.ts snapshot <file>   JSON of rows 1, 2, 2b and 3 (staff
 *     and anonymous) for 10 localities, sectors and procedures: compare two versions of the code.
 *   node --import tsx scripts/bench/reads.ts profile [rows]    CPU profile of each row (default
 *     1,2,2b,3; BENCH_ITERATIONS calls, 200): self time by package and function, and the time
 *     spent inside chosen functions (their callees included). BENCH_PROFILE_DIR keeps the
 *     .cpuprofile files.
 *   node --import tsx scripts/bench/reads.ts time [rows]       the rows interleaved as cms.ts times
 *     them (20 warm-up rounds, BENCH_ITERATIONS timed), no profiler: quick comparisons of
 *     settings. Not a substitute for `npm run bench:cms`.
 *   node --import tsx scripts/bench/reads.ts split [rows]      each row's median time split in
 *     three: the database driver (SQL), the adapter around it (Drizzle building the statement and
 *     turning rows into documents: payload.db calls minus the driver) and the rest (Payload:
 *     access, hooks, every field's read step, population).
 *
 * BENCH_WORKFLOW_TRAIL=1 (SQLite): before timing, gives every procedure and applied procedure of
 * the copy the review trail a document published through the workflow carries (four steps in
 * `workflow.history`, who submitted, reviewed, approved and published it, its author), written
 * straight into the tables; the kept data set, loaded through the Local API, has none.
 *   node --import tsx scripts/bench/reads.ts trail [rows]      two copies in one process, one
 *     with that trail, the rows timed on both in turn: what the trail costs, load spread evenly.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { enabledBenchAdapters, stopBenchPayload, type BenchDatabase } from './lib/database'
import type { Dataset } from './lib/dataset'
import { cpuProfile, summariseProfile } from './lib/cpuProfile'
import { readRows, type Read } from './lib/readRows'
import { databaseWithDataFromEnv } from './lib/keptDatabase'
import { summarise } from './lib/stats'

const log = (line: string) => process.stdout.write(`${line}\n`)
const iterations = Number(process.env.BENCH_ITERATIONS || 200)

/** The rows as cms.ts times them, by the names given on the command line. */
const rows = (payload: Payload, data: Dataset): Record<string, Read> => readRows(payload, data)

/** The trail of a document published through review: four people, four steps (see the header). */
async function addWorkflowTrail(payload: Payload) {
  const client = (
    payload.db as unknown as { client?: { executeMultiple: (sql: string) => Promise<void> } }
  ).client
  if (!client) throw new Error('BENCH_WORKFLOW_TRAIL is for SQLite')
  const people: string[] = []
  for (const role of ['legal-officer', 'reviewer', 'approver', 'publisher'] as const) {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: `trail-${role}@bench.invalid`,
        password: 'bench-password-not-used',
        name: `Cán bộ ${role}`,
        roles: [role],
      },
    })
    people.push(String(user.id))
  }
  const [author, reviewer, approver, publisher] = people.map((id) => `'${id}'`)
  const at = (n: number) => `'2026-11-0${n}T08:00:00.000Z'`
  const steps = [
    ['submit', 'draft', 'in-review', author, at(1)],
    ['review', 'in-review', 'in-review', reviewer, at(2)],
    ['approve', 'in-review', 'approved', approver, at(3)],
    ['publish', 'approved', 'published', publisher, at(4)],
  ]
  const statements: string[] = []
  for (const table of ['procedures', 'applied_procedures']) {
    steps.forEach(([action, from, to, by, when], k) =>
      statements.push(
        `INSERT INTO ${table}_workflow_history (_order, _parent_id, id, action, "from", "to", by_id, at, comment)
         SELECT ${k + 1}, id, lower(hex(randomblob(12))), '${action}', '${from}', '${to}', ${by}, ${when}, NULL FROM ${table}`,
      ),
    )
    statements.push(
      `UPDATE ${table} SET workflow_state = 'published', workflow_submitted_by_id = ${author}, workflow_submitted_at = ${at(1)},
         workflow_reviewed_by_id = ${reviewer}, workflow_reviewed_at = ${at(2)}, workflow_approved_by_id = ${approver},
         workflow_approved_at = ${at(3)}, workflow_published_by_id = ${publisher}, workflow_published_at = ${at(4)}`,
      `INSERT INTO ${table}_rels ("order", parent_id, path, users_id) SELECT 1, id, 'workflow.authors', ${author} FROM ${table}`,
    )
  }
  await client.executeMultiple(`${statements.join(';\n')};\nANALYZE;`)
  log(
    'workflow trail added: 4 steps, 4 people and an author on every procedure and applied procedure',
  )
}

async function compareTrail(kind: 'sqlite' | 'postgres', chosen: string[]) {
  const opened: { database?: BenchDatabase; payload?: Payload }[] = [{}, {}]
  try {
    const reads: Record<string, Read>[] = []
    for (const [k, slot] of opened.entries()) {
      const prepared = await databaseWithDataFromEnv(kind, log, (database) => {
        slot.database = database
      })
      slot.payload = prepared.payload
      if (k === 1) await addWorkflowTrail(prepared.payload)
      reads.push(rows(prepared.payload, prepared.data))
    }
    const samples = reads.map(() => chosen.map((): number[] => []))
    for (let i = -20; i < iterations; i++)
      for (const [k, name] of chosen.entries())
        for (const [c, read] of reads.entries()) {
          const start = performance.now()
          await read[name]!(i, true)
          if (i >= 0) samples[c]![k]!.push(performance.now() - start)
        }
    for (const [k, name] of chosen.entries()) {
      const [plain, trail] = [summarise(samples[0]![k]!), summarise(samples[1]![k]!)]
      log(
        `row ${name}: as loaded p50 ${plain.p50.toFixed(2)} p95 ${plain.p95.toFixed(2)} ms; with the trail p50 ${trail.p50.toFixed(2)} p95 ${trail.p95.toFixed(2)} ms`,
      )
    }
  } finally {
    for (const slot of opened) await stopBenchPayload(slot.payload, slot.database)
  }
}

async function main() {
  const [mode = 'profile', arg] = process.argv.slice(2)
  const kind = enabledBenchAdapters()[0] ?? 'sqlite'
  if (!process.env.BENCH_KEEP) throw new Error('set BENCH_KEEP to the kept data set')
  if (mode === 'trail') return compareTrail(kind, (arg ?? '1,2,2b,3').split(','))
  let database: BenchDatabase | undefined
  let payload: Payload | undefined
  try {
    const prepared = await databaseWithDataFromEnv(kind, log, (opened) => {
      database = opened
    })
    payload = prepared.payload
    if (process.env.BENCH_WORKFLOW_TRAIL === '1') await addWorkflowTrail(payload)
    const read = rows(payload, prepared.data)
    if (mode === 'snapshot') {
      if (!arg) throw new Error('snapshot needs a file')
      const out: Record<string, unknown> = {}
      for (const [name, run] of Object.entries(read))
        for (const overrideAccess of [true, false])
          for (let i = 0; i < 10; i++)
            out[`${name} ${overrideAccess ? 'staff' : 'anonymous'} ${i}`] = await run(
              i,
              overrideAccess,
            )
      fs.writeFileSync(arg, JSON.stringify(out, null, 1))
      log(`wrote ${Object.keys(out).length} reads to ${arg}`)
      return
    }
    const chosen = (arg ?? '1,2,2b,3').split(',')
    if (mode === 'steps') {
      // How many field read steps (Payload's afterRead `promise`, one per field and per array
      // row's field) one whole document of row 2b takes, by kind of field.
      const result = (await read['2b']!(0, true)) as { docs: Record<string, unknown>[] }
      const counts = new Map<string, number>()
      const walk = (fields: readonly Record<string, unknown>[], data: Record<string, unknown>) => {
        for (const field of fields) {
          const type = String(field.type)
          counts.set(type, (counts.get(type) ?? 0) + 1)
          const name = field.name as string | undefined
          if (type === 'tabs')
            for (const tab of field.tabs as Record<string, unknown>[]) {
              counts.set('tab', (counts.get('tab') ?? 0) + 1)
              walk(
                tab.fields as Record<string, unknown>[],
                tab.name ? ((data[tab.name as string] ?? {}) as Record<string, unknown>) : data,
              )
            }
          else if (type === 'row' || type === 'collapsible')
            walk(field.fields as Record<string, unknown>[], data)
          else if (type === 'group')
            walk(
              field.fields as Record<string, unknown>[],
              name ? ((data[name] ?? {}) as Record<string, unknown>) : data,
            )
          else if (type === 'array' && name && Array.isArray(data[name]))
            for (const row of data[name] as Record<string, unknown>[])
              walk(field.fields as Record<string, unknown>[], row)
        }
      }
      const fields = payload.collections.procedures.config.fields as unknown as Record<
        string,
        unknown
      >[]
      for (const doc of result.docs.slice(0, 1)) walk(fields, doc)
      const total = [...counts.values()].reduce((a, b) => a + b, 0)
      log(
        `one procedure of row 2b: ${total} field read steps; ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}`,
      )
      return
    }
    if (mode === 'split') {
      const spent = { db: 0, driver: 0 }
      const timeAsync = (target: Record<string, unknown>, method: string, key: 'db' | 'driver') => {
        const original = target[method] as (...args: unknown[]) => Promise<unknown>
        // Nested calls (population inside afterRead) are counted once: only the outermost.
        let depth = 0
        target[method] = async function (this: unknown, ...args: unknown[]) {
          const start = performance.now()
          depth++
          try {
            return await original.apply(this, args)
          } finally {
            depth--
            if (depth === 0) spent[key] += performance.now() - start
          }
        }
      }
      const db = payload.db as unknown as Record<string, unknown>
      for (const method of ['find', 'findOne', 'count', 'queryDrafts', 'findDistinct'])
        if (typeof db[method] === 'function') timeAsync(db, method, 'db')
      const client = (payload.db as unknown as { client?: Record<string, unknown> }).client
      const pool = (payload.db as unknown as { pool?: Record<string, unknown> }).pool
      if (client) timeAsync(client, 'execute', 'driver')
      else if (pool) timeAsync(pool, 'query', 'driver')
      for (const name of chosen) {
        const run = read[name]!
        for (let i = 0; i < 20; i++) await run(i, true)
        const wall: number[] = []
        const dbTimes: number[] = []
        const driverTimes: number[] = []
        for (let i = 0; i < iterations; i++) {
          spent.db = 0
          spent.driver = 0
          const start = performance.now()
          await run(i, true)
          wall.push(performance.now() - start)
          dbTimes.push(spent.db)
          driverTimes.push(spent.driver)
        }
        const median = (list: number[]) => summarise(list).p50
        const w = median(wall)
        const d = median(driverTimes)
        const a = median(dbTimes.map((v, k) => v - driverTimes[k]!))
        log(
          `row ${name}: wall p50 ${w.toFixed(2)} ms = driver ${d.toFixed(2)} + adapter ${a.toFixed(2)} + Payload ${median(wall.map((v, k) => v - dbTimes[k]!)).toFixed(2)} (medians)`,
        )
      }
      return
    }
    if (mode === 'time') {
      const samples = chosen.map((): number[] => [])
      for (let i = -20; i < iterations; i++)
        for (const [k, name] of chosen.entries()) {
          const start = performance.now()
          await read[name]!(i, true)
          if (i >= 0) samples[k]!.push(performance.now() - start)
        }
      for (const [k, name] of chosen.entries()) {
        const t = summarise(samples[k]!)
        log(`row ${name}: p50 ${t.p50.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms`)
      }
      return
    }
    for (const name of chosen) {
      const run = read[name]
      if (!run) throw new Error(`no row ${name}`)
      for (let i = 0; i < 20; i++) await run(i, true)
      const times: number[] = []
      for (let i = 0; i < iterations; i++) {
        const start = performance.now()
        await run(i, true)
        times.push(performance.now() - start)
      }
      const t = summarise(times)
      log(`\n=== row ${name}: p50 ${t.p50.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms (unprofiled)`)
      const profile = await cpuProfile(async () => {
        for (let i = 0; i < iterations; i++) await run(i, true)
      })
      if (process.env.BENCH_PROFILE_DIR) {
        fs.mkdirSync(process.env.BENCH_PROFILE_DIR, { recursive: true })
        fs.writeFileSync(
          path.join(process.env.BENCH_PROFILE_DIR, `row-${name}.cpuprofile`),
          JSON.stringify(profile),
        )
      }
      log(summariseProfile(profile))
    }
  } finally {
    await stopBenchPayload(payload, database)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
