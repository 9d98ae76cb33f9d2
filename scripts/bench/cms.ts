/**
 * CMS benchmark: `npm run bench:cms`.
 *
 * Starts Payload through the Local API on a fresh database for each adapter (SQLite always,
 * PostgreSQL when BENCH_POSTGRES_URL or TEST_POSTGRES_URL names a server), loads a catalogue
 * through payload.create, times reads and writes, prints a Markdown table and records it in
 * docs/benchmarks.md.
 *
 * Environment (all optional):
 *   BENCH_POSTGRES_URL / TEST_POSTGRES_URL  PostgreSQL server; a database bench_<random> is created and dropped
 *   BENCH_ADAPTERS          e.g. "postgres" to run one adapter only (default: all enabled)
 *   BENCH_ITERATIONS        timed calls per operation (200)
 *   BENCH_WARMUP            untimed calls before them (20)
 *   BENCH_APPLIED           applied procedures to load (20000)
 *   BENCH_PROCEDURES        master procedures (3000; 7 in 10 include the commune level)
 *   BENCH_LOCALITIES        localities in all (150) of which BENCH_DISTRICTS districts (9)
 *   BENCH_SECTORS           sectors (20); BENCH_AGENCIES agencies (6)
 *   BENCH_LOAD_CONCURRENCY  parallel creates while loading (1 on SQLite, 4 on PostgreSQL)
 *   BENCH_EXTRA             0 to skip the exploratory variants (default 1)
 *   BENCH_WRITE_DOC         0 to leave docs/benchmarks.md alone (default 1)
 *   BENCH_SEED              seed of the data set (1)
 *   BENCH_MAX_LOAD          before timing, wait until the 1-minute load average is below this (1.0)…
 *   BENCH_IDLE_WAIT         …for at most this many seconds (600; 0 does not wait)
 *   BENCH_KEEP              a directory: load the data set once, keep it there, and time a fresh
 *                           copy of it on every run with the same data settings (keptDatabase.ts)
 */
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { rootDir } from '../../cms/lib/paths'
import {
  databaseVersion,
  enabledBenchAdapters,
  stopBenchPayload,
  type BenchAdapter,
  type BenchDatabase,
} from './lib/database'
import { appliedData, type Dataset } from './lib/dataset'
import { picks, readRows } from './lib/readRows'
import { databaseWithData } from './lib/keptDatabase'
import { codeVersion, describeMachine, today, waitForIdle } from './lib/machine'
import { QueryLog } from './lib/queryLog'
import {
  markdownSection,
  recordSection,
  type Row,
  type RowGroup,
  type RunReport,
} from './lib/report'
import { formatDuration, summarise } from './lib/stats'

const int = (name: string, fallback: number): number => {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number, got "${raw}"`)
  return value
}

const settings = {
  iterations: Math.max(1, int('BENCH_ITERATIONS', 200)),
  warmup: int('BENCH_WARMUP', 20),
  applied: int('BENCH_APPLIED', 20_000),
  procedures: Math.max(1, int('BENCH_PROCEDURES', 3000)),
  localities: int('BENCH_LOCALITIES', 150),
  districts: int('BENCH_DISTRICTS', 9),
  sectors: Math.max(1, int('BENCH_SECTORS', 20)),
  agencies: Math.max(1, int('BENCH_AGENCIES', 6)),
  extra: process.env.BENCH_EXTRA !== '0',
  writeDoc: process.env.BENCH_WRITE_DOC !== '0',
  seed: int('BENCH_SEED', 1),
  maxLoad: Number(process.env.BENCH_MAX_LOAD ?? 1),
  idleWait: int('BENCH_IDLE_WAIT', 600),
  keep: process.env.BENCH_KEEP ? path.resolve(process.env.BENCH_KEEP) : undefined,
}
const docFile = path.join(rootDir, 'docs', 'benchmarks.md')

const log = (line: string) => process.stderr.write(`${line}\n`)

interface Operation {
  name: string
  detail: string
  group: RowGroup
  kind: 'read' | 'write'
  run: (i: number) => Promise<unknown>
}

/**
 * Times every operation, interleaved: round i runs each operation once. A burst of load from
 * another process on the machine then spreads over all rows instead of spoiling one.
 */
async function measureAll(
  ops: Operation[],
  queryLog: QueryLog,
  kind: BenchAdapter,
): Promise<Row[]> {
  for (let w = 0; w < settings.warmup; w++) for (const op of ops) await op.run(-1 - w)
  const samples = ops.map((): number[] => [])
  const queries = ops.map((): number[] => [])
  for (let i = 0; i < settings.iterations; i++) {
    for (const [k, op] of ops.entries()) {
      const { queries: q, result } = await queryLog.record(async () => {
        const start = performance.now()
        await op.run(i)
        return performance.now() - start
      })
      samples[k].push(result)
      queries[k].push(q)
    }
    if ((i + 1) % 50 === 0 || i + 1 === settings.iterations)
      log(`[${kind}] timed round ${i + 1}/${settings.iterations}`)
  }
  return ops.map((op, k) => {
    const q = [...queries[k]].sort((a, b) => a - b)
    return {
      name: op.name,
      detail: op.detail,
      group: op.group,
      kind: op.kind,
      summary: summarise(samples[k]),
      queries: q[Math.floor(q.length / 2)],
    }
  })
}

function operations(payload: Payload, data: Dataset): Operation[] {
  const { at, sector, procedure, byLocality, bySectorAndLevel } = picks(data)
  const rows = readRows(payload, data)

  let spare = 0
  const nextPair = () => {
    const pair = data.sparePairs[spare++]
    if (!pair)
      throw new Error(
        'no unused (locality, procedure) pair left; lower BENCH_ITERATIONS or BENCH_APPLIED',
      )
    return pair
  }

  const reads = (group: RowGroup, overrideAccess: boolean): Operation[] => [
    {
      name: '1. applied-procedures of one locality',
      detail: 'find where locality = X, limit 50, depth 1',
      group,
      kind: 'read',
      run: (i) => rows['1'](i, overrideAccess),
    },
    {
      name: '2. procedures by sector and level',
      detail: "find where sector = S and levels contains 'commune', limit 50, depth 1",
      group,
      kind: 'read',
      run: (i) => rows['2'](i, overrideAccess),
    },
    {
      name: '2b. procedures by sector and level',
      detail: 'same, depth 0',
      group,
      kind: 'read',
      run: (i) => rows['2b'](i, overrideAccess),
    },
    {
      name: '3. one procedure',
      detail: 'findByID, depth 2',
      group,
      kind: 'read',
      run: (i) => rows['3'](i, overrideAccess),
    },
  ]

  const ops: Operation[] = [
    ...reads('core', true),
    {
      name: '4. create an applied procedure',
      detail: 'create, a new (locality, procedure) pair each time',
      group: 'core',
      kind: 'write',
      run: (i) => {
        const pair = nextPair()
        return payload.create({
          collection: 'applied-procedures',
          data: appliedData(pair.locality, pair.procedure, i),
        })
      },
    },
    {
      name: '5. update an applied procedure',
      detail: 'update localNotes by ID',
      group: 'core',
      kind: 'write',
      run: (i) =>
        payload.update({
          collection: 'applied-procedures',
          id: at(data.appliedIDs, i, 13),
          data: { localNotes: `Ghi chú đo hiệu năng ${i}` },
        }),
    },
    ...reads('anonymous', false),
  ]
  if (!settings.extra) return ops

  // Variants of the reads, to see where the time goes. Not part of the targets.
  const appliedSelect = {
    title: true,
    locality: true,
    procedure: true,
    committedTime: true,
    appliedFrom: true,
    _status: true,
  } as const
  const procedureCard = {
    code: true,
    name: true,
    levels: true,
    sector: true,
    validity: true,
  } as const
  ops.push(
    {
      name: '1. applied-procedures of one locality',
      detail: 'depth 0',
      group: 'extra',
      kind: 'read',
      run: (i) =>
        payload.find({
          collection: 'applied-procedures',
          where: byLocality(i),
          limit: 50,
          depth: 0,
        }),
    },
    {
      name: '1. applied-procedures of one locality',
      detail: 'depth 1, pagination: false (no count query)',
      group: 'extra',
      kind: 'read',
      run: (i) =>
        payload.find({
          collection: 'applied-procedures',
          where: byLocality(i),
          limit: 50,
          depth: 1,
          pagination: false,
        }),
    },
    {
      name: '1. applied-procedures of one locality',
      detail:
        'depth 1, populate procedures: {code, name, levels, sector, validity}, localities: {name}',
      group: 'extra',
      kind: 'read',
      run: (i) =>
        payload.find({
          collection: 'applied-procedures',
          where: byLocality(i),
          limit: 50,
          depth: 1,
          populate: { procedures: procedureCard, localities: { name: true } },
        }),
    },
    {
      name: '1. applied-procedures of one locality',
      detail: 'depth 1, select (list columns) + populate as above, pagination: false',
      group: 'extra',
      kind: 'read',
      run: (i) =>
        payload.find({
          collection: 'applied-procedures',
          where: byLocality(i),
          limit: 50,
          depth: 1,
          select: appliedSelect,
          populate: { procedures: procedureCard, localities: { name: true } },
          pagination: false,
        }),
    },
    {
      name: '1. applied-procedures of one locality',
      detail: 'anonymous, depth 1, select + populate as above, pagination: false',
      group: 'extra',
      kind: 'read',
      run: (i) =>
        payload.find({
          collection: 'applied-procedures',
          where: byLocality(i),
          limit: 50,
          depth: 1,
          select: appliedSelect,
          populate: { procedures: procedureCard, localities: { name: true } },
          pagination: false,
          overrideAccess: false,
        }),
    },
    {
      name: '2. procedures by sector and level',
      detail: 'depth 1, joins: false (no decisions join)',
      group: 'extra',
      kind: 'read',
      run: (i) =>
        payload.find({
          collection: 'procedures',
          where: bySectorAndLevel(i),
          limit: 50,
          depth: 1,
          joins: false,
        }),
    },
    {
      name: '2. procedures by sector and level',
      detail: 'depth 1, populate procedures: {code, name} (related procedures as cards)',
      group: 'extra',
      kind: 'read',
      run: (i) =>
        payload.find({
          collection: 'procedures',
          where: bySectorAndLevel(i),
          limit: 50,
          depth: 1,
          populate: { procedures: { code: true, name: true } },
        }),
    },
    {
      name: '2. procedures by sector and level',
      detail: 'depth 1, select {code, name, levels, sector, validity}, pagination: false',
      group: 'extra',
      kind: 'read',
      run: (i) =>
        payload.find({
          collection: 'procedures',
          where: bySectorAndLevel(i),
          limit: 50,
          depth: 1,
          select: procedureCard,
          pagination: false,
        }),
    },
    {
      name: '2. procedures by sector only',
      detail: 'find where sector = S, limit 50, depth 0 (no levels filter)',
      group: 'extra',
      kind: 'read',
      run: (i) =>
        payload.find({
          collection: 'procedures',
          where: { sector: { equals: sector(i) } },
          limit: 50,
          depth: 0,
        }),
    },
    {
      name: '3. one procedure',
      detail: 'findByID, depth 1',
      group: 'extra',
      kind: 'read',
      run: (i) => payload.findByID({ collection: 'procedures', id: procedure(i), depth: 1 }),
    },
    {
      name: '3. one procedure',
      detail: 'findByID, depth 0',
      group: 'extra',
      kind: 'read',
      run: (i) => payload.findByID({ collection: 'procedures', id: procedure(i), depth: 0 }),
    },
    {
      name: '3. one procedure',
      detail: 'findByID, depth 2, populate procedures: {code, name}',
      group: 'extra',
      kind: 'read',
      run: (i) =>
        payload.findByID({
          collection: 'procedures',
          id: procedure(i),
          depth: 2,
          populate: { procedures: { code: true, name: true } },
        }),
    },
  )
  return ops
}

/**
 * Other processes on the machine (a build, another benchmark) slow the timed calls down; wait,
 * within limits, until the 1-minute load average says the machine is idle.
 */
async function waitUntilIdle(kind: BenchAdapter): Promise<void> {
  let said = false
  const { load } = await waitForIdle({
    maxLoad: settings.maxLoad,
    maxWaitMs: settings.idleWait * 1000,
    onBusy: (busy) => {
      if (!said)
        log(
          `[${kind}] load average ${busy[0].toFixed(2)} ≥ ${settings.maxLoad}: waiting up to ${settings.idleWait} s for the machine to be idle…`,
        )
      said = true
    },
  })
  if (said) log(`[${kind}] load average ${load[0].toFixed(2)}: timing starts`)
}

/** Drops the current adapter's database; set while an adapter runs. */
let cleanUp: (() => Promise<void>) | undefined

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: dropping the benchmark database…`)
    void (cleanUp?.() ?? Promise.resolve()).finally(() => process.exit(130))
  })
}

/** Runs one adapter and hands its report to `record` before the database is dropped. */
async function runAdapter(kind: BenchAdapter, record: (report: RunReport) => void): Promise<void> {
  const loadConcurrency = int('BENCH_LOAD_CONCURRENCY', kind === 'sqlite' ? 1 : 4)
  let database: BenchDatabase | undefined
  let payload: Payload | undefined
  cleanUp = () => stopBenchPayload(payload, database)
  try {
    const started = performance.now()
    const dataOptions = {
      localities: settings.localities,
      districts: settings.districts,
      sectors: settings.sectors,
      agencies: settings.agencies,
      procedures: settings.procedures,
      applied: settings.applied,
      concurrency: loadConcurrency,
      seed: settings.seed,
      log,
    }
    const prepared = await databaseWithData(kind, dataOptions, settings.keep, (opened) => {
      database = opened
    })
    payload = prepared.payload
    const { data } = prepared
    const version = await databaseVersion(payload, kind)
    log(
      `[${kind}] ${version}: ${prepared.database.label} ready in ${formatDuration(performance.now() - started)}`,
    )
    const needed = settings.iterations + settings.warmup
    if (data.sparePairs.length < needed) {
      throw new Error(
        `only ${data.sparePairs.length} unused pairs are left for the create benchmark, ${needed} needed`,
      )
    }

    const queryLog = new QueryLog(payload)
    await waitUntilIdle(kind)
    const loadBefore = os.loadavg()[0]
    const rows = await measureAll(operations(payload, data), queryLog, kind)
    for (const row of rows) {
      log(
        `[${kind}] ${row.group === 'core' ? '' : `(${row.group}) `}${row.name} – ${row.detail}: p50 ${row.summary.p50.toFixed(2)} ms, p95 ${row.summary.p95.toFixed(2)} ms, ${row.queries} SQL/call`,
      )
    }

    record({
      date: today(),
      adapter: kind,
      databaseVersion: version,
      code: codeVersion(rootDir),
      machine: describeMachine(),
      sizes: data.sizes,
      loadTimes: data.loadTimes,
      iterations: settings.iterations,
      warmup: settings.warmup,
      loadConcurrency,
      loadAverage: [loadBefore, os.loadavg()[0]],
      rows,
    })
  } finally {
    cleanUp = undefined
    await stopBenchPayload(payload, database).catch((error) =>
      log(`[${kind}] clean-up failed: ${String(error)}`),
    )
  }
}

async function main() {
  const adapters = enabledBenchAdapters()
  if (!adapters.includes('postgres'))
    log('PostgreSQL skipped: set BENCH_POSTGRES_URL or TEST_POSTGRES_URL to run it too.')
  for (const kind of adapters) {
    await runAdapter(kind, (report) => {
      const section = markdownSection(report)
      process.stdout.write(`\n${section}\n\n`)
      if (settings.writeDoc) {
        recordSection(docFile, report, section)
        log(`[${kind}] recorded in ${path.relative(process.cwd(), docFile)}`)
      }
    })
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
