import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import type { Payload } from 'payload'

import {
  createBenchDatabase,
  postgresServerURL,
  startBenchPayload,
  stopBenchPayload,
  type BenchAdapter,
  type BenchDatabase,
} from './database'
import { datasetOptionsFromEnv, loadDataset, type Dataset, type DatasetOptions } from './dataset'

/**
 * A loaded data set kept between benchmark runs (`BENCH_KEEP=<dir>`). Loading province scale
 * through payload.create takes 15–30 minutes per database; comparing two versions of the code
 * needs the same data twice, not two loads. The kept copy is never timed: each run times a fresh
 * clone of it (a file copy on SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL), migrated to
 * the code under test, so one run's writes never reach the next.
 */
export interface KeptDataset {
  /** the settings the data was loaded with; a different key loads again */
  key: string
  kind: BenchAdapter
  data: Dataset
}

/** A short name for the settings that shape the data (not the timing settings). */
export function keptKey(settings: Record<string, number | string>): string {
  return crypto.createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 12)
}

const manifestFile = (dir: string, kind: BenchAdapter, key: string) =>
  path.join(dir, `${kind}-${key}.json`)
const sqliteFile = (dir: string, key: string) => path.join(dir, `sqlite-${key}.db`)
const postgresName = (key: string) => `bench_kept_${key}`

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const server = postgresServerURL()
  if (!server) throw new Error('BENCH_POSTGRES_URL / TEST_POSTGRES_URL is not set')
  const client = new pg.Client({ connectionString: server })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** The data set kept under `key`, if a run has loaded and saved it. */
export function readKept(dir: string, kind: BenchAdapter, key: string): KeptDataset | null {
  const file = manifestFile(dir, kind, key)
  if (!fs.existsSync(file)) return null
  const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as KeptDataset
  return kept.key === key && kept.kind === kind ? kept : null
}

/** An empty database to load the kept data set into (replacing a half-loaded one). */
export async function createKeptTarget(
  dir: string,
  kind: BenchAdapter,
  key: string,
): Promise<BenchDatabase> {
  fs.mkdirSync(dir, { recursive: true })
  fs.rmSync(manifestFile(dir, kind, key), { force: true })
  if (kind === 'sqlite') {
    const file = sqliteFile(dir, key)
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
    return { kind, uri: `file:${file}`, label: file, drop: async () => {} }
  }
  const name = postgresName(key)
  await onServer(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await client.query(`CREATE DATABASE "${name}"`)
  })
  return { kind, uri: withDatabase(postgresServerURL()!, name), label: name, drop: async () => {} }
}

/** Records that the target now holds `data` (written last: a crash mid-load keeps nothing). */
export function saveKept(dir: string, kind: BenchAdapter, key: string, data: Dataset): void {
  const kept: KeptDataset = { key, kind, data }
  const file = manifestFile(dir, kind, key)
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(kept))
  fs.renameSync(`${file}.tmp`, file)
}

/** A fresh copy of the kept database, dropped after the run like any benchmark database. */
export async function cloneKept(
  dir: string,
  kind: BenchAdapter,
  key: string,
): Promise<BenchDatabase> {
  if (kind === 'sqlite') {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-bench-'))
    const file = path.join(tmp, `bench-${key}.db`)
    // The loading process closed its connection, so the WAL was checkpointed into the file.
    for (const suffix of ['', '-wal']) {
      const source = sqliteFile(dir, key) + suffix
      if (fs.existsSync(source)) fs.copyFileSync(source, file + suffix)
    }
    return {
      kind,
      uri: `file:${file}`,
      label: file,
      drop: async () => fs.rmSync(tmp, { recursive: true, force: true }),
    }
  }
  const name = `bench_${Date.now().toString(36)}_${crypto.randomBytes(4).toString('hex')}`
  await onServer(async (client) => {
    // A template must have no other connection; the loading run's pool may linger.
    await client.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [postgresName(key)],
    )
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${postgresName(key)}"`)
  })
  return {
    kind,
    uri: withDatabase(postgresServerURL()!, name),
    label: name,
    drop: async () =>
      onServer(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      }),
  }
}

/**
 * A benchmark database holding the data set: loaded now into a fresh database, or, with `keep`
 * (BENCH_KEEP), cloned from the copy kept there, loading and keeping it first if it is not.
 */
export async function databaseWithData(
  kind: BenchAdapter,
  options: DatasetOptions,
  keep: string | undefined,
  whenOpen: (database: BenchDatabase) => void = () => {},
): Promise<{ database: BenchDatabase; payload: Payload; data: Dataset }> {
  const { log } = options
  if (!keep) {
    const database = await createBenchDatabase(kind)
    whenOpen(database)
    log(`[${kind}] fresh database ${database.label}`)
    const payload = await startBenchPayload(database)
    return { database, payload, data: await loadDataset(payload, options) }
  }
  const { concurrency: _, log: __, ...shape } = options
  const key = keptKey(shape)
  let kept = readKept(keep, kind, key)
  if (kept) log(`[${kind}] data set ${key} kept in ${keep}: not loaded again`)
  else {
    const target = await createKeptTarget(keep, kind, key)
    log(`[${kind}] loading data set ${key} into ${target.label}, to keep…`)
    const loader = await startBenchPayload(target)
    try {
      const loaded = await loadDataset(loader, options)
      saveKept(keep, kind, key, loaded)
      kept = { key, kind, data: loaded }
    } finally {
      await stopBenchPayload(loader, undefined)
    }
  }
  const database = await cloneKept(keep, kind, key)
  whenOpen(database)
  return { database, payload: await startBenchPayload(database), data: kept.data }
}

/**
 * databaseWithData as the investigation scripts run it: the data settings (BENCH_*) and the kept
 * copy (BENCH_KEEP, if set) from the environment.
 */
export function databaseWithDataFromEnv(
  kind: BenchAdapter,
  log: (line: string) => void,
  whenOpen?: (database: BenchDatabase) => void,
): Promise<{ database: BenchDatabase; payload: Payload; data: Dataset }> {
  const keep = process.env.BENCH_KEEP
  return databaseWithData(
    kind,
    datasetOptionsFromEnv(kind, log),
    keep ? path.resolve(keep) : undefined,
    whenOpen,
  )
}
