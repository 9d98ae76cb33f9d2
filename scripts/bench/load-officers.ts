/**
 * Load: 50 officers on two admin instances — `npm run bench:load` (issue 16).
 *
 * Starts two admin servers (the production build behind scripts/lib/cmsServer.ts, as npm start
 * runs it) on one fresh PostgreSQL database holding the benchmark catalogue (scripts/bench/lib),
 * signs in LOAD_OFFICERS locality officers, each of a commune of their own, and for LOAD_SECONDS
 * has each of them work as an officer does, round-robin over the two instances: open the list of
 * their applied procedures (the admin list's query: its columns, its sort, a page of 10), open
 * one, save a draft of it, and look at the dashboard and "Việc của tôi" pages, with a pause
 * between clicks. Prints p50/p95 per route and every error; `--write-doc` records it in
 * docs/benchmarks.md ("Load: 50 officers on two instances").
 *
 * Loopback only, and bounded: it refuses a target that is not this machine, and stops after
 * LOAD_SECONDS. `--targets http://127.0.0.1:3000,http://127.0.0.1:3001` sends the load to running
 * instances instead; their database must hold the officers this script makes (a run with
 * LOAD_KEEP_DATABASE=1 keeps its database and prints its URI).
 *
 * Environment (all optional):
 *   BENCH_POSTGRES_URL / TEST_POSTGRES_URL  the PostgreSQL server (required when starting instances)
 *   LOAD_OFFICERS   officers (50)            LOAD_SECONDS  duration of the load (60)
 *   LOAD_THINK_MS   pause between an officer's clicks, at random up to twice this (1000)
 *   BENCH_APPLIED / BENCH_PROCEDURES / BENCH_LOCALITIES  the catalogue's size (3000 / 150 / 80)
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { rootDir } from '../../cms/lib/paths'
import { buildCms } from '../lib/cmsBuild'
import { startCmsInstance, type CmsInstance } from '../lib/cmsInstance'
import { createBenchDatabase, startBenchPayload, type BenchDatabase } from './lib/database'
import { loadDataset } from './lib/dataset'
import { writeDocBlock } from './lib/docBlock'
import { codeVersion, describeMachine, today } from './lib/machine'
import { formatMs, summarise } from './lib/stats'

const int = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} phải là số nguyên dương`)
  return value
}
const settings = {
  officers: int('LOAD_OFFICERS', 50),
  seconds: Math.min(int('LOAD_SECONDS', 60), 600),
  thinkMs: int('LOAD_THINK_MS', 1000),
  applied: int('BENCH_APPLIED', 3000),
  procedures: int('BENCH_PROCEDURES', 150),
  localities: int('BENCH_LOCALITIES', 80),
}
const PASSWORD = 'tai-thu-can-bo-123'
const officerEmail = (n: number) => `canbo.tai${String(n).padStart(2, '0')}@bench.local`
const TARGET = { read: 300, save: 1000 }
const log = (line: string) => process.stderr.write(`${line}\n`)

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

/** Only this machine: the script must never become a tool to load someone else's server. */
export function assertLoopback(base: string): string {
  const url = new URL(base)
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (!['127.0.0.1', '::1', 'localhost'].includes(host))
    throw new Error(
      `Từ chối: ${base} không phải địa chỉ của máy này (chỉ 127.0.0.1, ::1, localhost).`,
    )
  return url.origin
}

interface Officer {
  email: string
  token: string
  cookie: string
  /** the officer's commune: what the admin's list shows them (its baseFilter) */
  locality: string
  applied: string[]
}

type Route = 'list' | 'document' | 'dashboard' | 'work-queue' | 'save-draft'
const ROUTE_LABELS: Record<Route, string> = {
  list: 'Danh sách thủ tục áp dụng (REST, 10 dòng)',
  document: 'Mở một thủ tục áp dụng (REST)',
  dashboard: 'Bảng điều khiển (/admin)',
  'work-queue': 'Việc của tôi (/admin/viec-cua-toi)',
  'save-draft': 'Lưu bản nháp (PATCH ?draft=true)',
}
// What an officer does most: lists and opens; saves one in five clicks.
const MIX: Route[] = [
  'list',
  'list',
  'list',
  'document',
  'document',
  'save-draft',
  'save-draft',
  'dashboard',
  'work-queue',
  'list',
]

async function seed(database: BenchDatabase): Promise<void> {
  const payload = await startBenchPayload(database)
  try {
    const dataset = await loadDataset(payload, {
      localities: settings.localities,
      districts: 9,
      sectors: 20,
      agencies: 6,
      procedures: settings.procedures,
      applied: settings.applied,
      concurrency: 4,
      seed: 1,
      log,
    })
    // The communes with the most applied procedures, one officer each.
    const counted = await Promise.all(
      dataset.communes.map(async (commune) => ({
        commune,
        count: (
          await payload.count({
            collection: 'applied-procedures',
            where: { locality: { equals: commune.id } },
          })
        ).totalDocs,
      })),
    )
    const communes = counted
      .sort((x, y) => y.count - x.count)
      .slice(0, settings.officers)
      .map((c) => c.commune)
    if (communes.length < settings.officers)
      throw new Error(`Chỉ có ${communes.length} xã cho ${settings.officers} cán bộ`)
    for (const [i, commune] of communes.entries())
      await payload.create({
        collection: 'users',
        data: {
          email: officerEmail(i + 1),
          password: PASSWORD,
          name: `Cán bộ ${commune.name}`,
          roles: ['locality-officer'],
          localities: [commune.id],
        },
      })
  } finally {
    // The database stays: the instances open it next. The pool is ended without waiting, as in
    // stopBenchPayload: pool.end() can wait for ever on a client Payload never released.
    const db = payload.db as unknown as { pool?: { end: () => Promise<void> } }
    await payload.destroy()
    void db.pool?.end().catch(() => undefined)
  }
}

async function signIn(base: string, email: string): Promise<Omit<Officer, 'applied'>> {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  if (!response.ok) throw new Error(`Không đăng nhập được ${email} tại ${base}: ${response.status}`)
  const { token, user } = (await response.json()) as {
    token: string
    user: { localities?: (string | { id: string })[] }
  }
  const first = user.localities?.[0]
  if (!first) throw new Error(`${email} không thuộc địa phương nào`)
  return {
    email,
    token,
    cookie: `payload-token=${token}; payload-lng=vi`,
    locality: typeof first === 'string' ? first : first.id,
  }
}

/**
 * The admin list's query for an officer: its columns, its sort, a page of 10, and its base filter
 * (cms/access: the officer's own localities; the REST API alone would also list every other
 * locality's published procedures, which the officer may read but not save).
 */
const listQuery = (locality: string) =>
  `limit=10&page=1&sort=title&depth=0&draft=true&where[locality][in]=${locality}` +
  ['title', 'locality', 'committedTime', 'appliedFrom', '_status']
    .map((column) => `&select[${column}]=true`)
    .join('')

async function request(base: string, officer: Officer, route: Route, n: number): Promise<Response> {
  const headers = { Authorization: `JWT ${officer.token}` }
  const one = officer.applied[n % officer.applied.length]
  switch (route) {
    case 'list':
      return fetch(`${base}/api/applied-procedures?${listQuery(officer.locality)}`, { headers })
    case 'document':
      return fetch(`${base}/api/applied-procedures/${one}?depth=1&draft=true`, { headers })
    case 'save-draft':
      return fetch(`${base}/api/applied-procedures/${one}?draft=true&depth=0`, {
        method: 'PATCH',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ localNotes: `Ghi chú thử tải lúc ${new Date().toISOString()}` }),
      })
    // Not followed: a page that sends the officer to the login page has failed.
    case 'dashboard':
      return fetch(`${base}/admin`, { headers: { Cookie: officer.cookie }, redirect: 'manual' })
    case 'work-queue':
      return fetch(`${base}/admin/viec-cua-toi`, {
        headers: { Cookie: officer.cookie },
        redirect: 'manual',
      })
  }
}

interface Sample {
  route: Route
  instance: number
  ms: number
  error?: string
}

async function runLoad(bases: string[]): Promise<{ samples: Sample[]; seconds: number }> {
  log(`Đăng nhập ${settings.officers} cán bộ…`)
  const officers: Officer[] = []
  for (let i = 0; i < settings.officers; i++) {
    const base = bases[i % bases.length]
    const session = await signIn(base, officerEmail(i + 1))
    const list = (await (
      await fetch(`${base}/api/applied-procedures?${listQuery(session.locality)}`, {
        headers: { Authorization: `JWT ${session.token}` },
      })
    ).json()) as { docs: { id: string }[] }
    if (list.docs.length === 0) throw new Error(`${session.email} không có thủ tục áp dụng nào`)
    officers.push({ ...session, applied: list.docs.map((d) => d.id) })
  }
  // Warm each instance's routes once (Next loads a route's code on its first request).
  for (const [i, base] of bases.entries())
    for (const route of new Set(MIX)) await request(base, officers[i % officers.length], route, 0)

  log(`Tải: ${settings.officers} cán bộ trong ${settings.seconds} giây…`)
  const samples: Sample[] = []
  const started = Date.now()
  const stopAt = started + settings.seconds * 1000
  let turn = 0
  await Promise.all(
    officers.map(async (officer, o) => {
      // Officers start spread over the first pause, not all in the same millisecond.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * settings.thinkMs))
      for (let n = 0; Date.now() < stopAt; n++) {
        const route = MIX[(n + o) % MIX.length]
        const instance = turn++ % bases.length
        const t0 = performance.now()
        let error: string | undefined
        try {
          const response = await request(bases[instance], officer, route, n)
          await response.arrayBuffer()
          if (!response.ok) error = `HTTP ${response.status}`
        } catch (e) {
          error = (e as Error).message
        }
        samples.push({ route, instance, ms: performance.now() - t0, error })
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * settings.thinkMs))
      }
    }),
  )
  return { samples, seconds: (Date.now() - started) / 1000 }
}

function report(samples: Sample[], seconds: number, loadBefore: number[], loadAfter: number[]) {
  const rows = (Object.keys(ROUTE_LABELS) as Route[]).map((route) => {
    const mine = samples.filter((s) => s.route === route)
    const ok = mine.filter((s) => !s.error)
    const summary = summarise(ok.map((s) => s.ms))
    const target = route === 'save-draft' ? TARGET.save : TARGET.read
    return {
      route,
      label: ROUTE_LABELS[route],
      ...summary,
      n: mine.length,
      errors: mine.length - ok.length,
      target,
      met: summary.p95 <= target && mine.length === ok.length,
    }
  })
  const errors = samples.filter((s) => s.error)
  const byError = new Map<string, number>()
  for (const e of errors) {
    const key = `${e.route} → máy ${e.instance + 1}: ${e.error}`
    byError.set(key, (byError.get(key) ?? 0) + 1)
  }
  const machine = describeMachine()
  const table = [
    '| Thao tác | Số lần | Lỗi | p50 (ms) | p95 (ms) | Tối đa (ms) | Mục tiêu p95 | Đạt |',
    '|---|---:|---:|---:|---:|---:|---:|:-:|',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.n} | ${r.errors} | ${formatMs(r.p50)} | ${formatMs(r.p95)} | ${formatMs(r.max)} | ≤ ${r.target} | ${r.met ? 'có' : '**không**'} |`,
    ),
  ].join('\n')
  const section = [
    `### ${today()} — ${settings.officers} cán bộ, ${Math.round(seconds)} giây, hai máy chủ quản trị trên một PostgreSQL`,
    '',
    `Máy: ${machine.cpu}, ${machine.cores} lõi, ${machine.ramGiB} GiB RAM; Node ${machine.node}; ${machine.os}. Mã nguồn: ${codeVersion(rootDir)}.`,
    `Tải trung bình của máy (1/5/15 phút) trước khi đo: ${loadBefore.map((l) => l.toFixed(2)).join(' / ')}; sau khi đo: ${loadAfter.map((l) => l.toFixed(2)).join(' / ')} (máy dùng chung với các tiến trình khác).`,
    `Dữ liệu: ${settings.applied} thủ tục áp dụng, ${settings.procedures} thủ tục gốc, ${settings.localities} địa phương; mỗi cán bộ một xã. Mỗi cán bộ nghỉ ngẫu nhiên 0–${(2 * settings.thinkMs) / 1000} giây giữa hai thao tác; yêu cầu chia vòng tròn cho hai máy chủ. ${samples.length} yêu cầu, ${(samples.length / seconds).toFixed(1)} yêu cầu/giây.`,
    '',
    table,
    '',
    errors.length
      ? `Lỗi:\n${[...byError].map(([what, n]) => `- ${what} (${n} lần)`).join('\n')}`
      : 'Không có lỗi.',
  ].join('\n')
  return { section, met: rows.every((r) => r.met) }
}

async function main() {
  const targets = arg('--targets')
  const instances: CmsInstance[] = []
  let database: BenchDatabase | undefined
  let dir: string | undefined
  try {
    let bases: string[]
    if (targets) {
      bases = targets.split(',').map(assertLoopback)
    } else {
      database = await createBenchDatabase('postgres')
      log(`Cơ sở dữ liệu ${database.label}: nạp danh mục và ${settings.officers} cán bộ…`)
      await seed(database)
      await buildCms()
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-load-'))
      const env = {
        DATABASE_URI: database.uri,
        PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
        RELEASES_DIR: path.join(dir, 'releases'),
        DATA_DIR: path.join(dir, 'data'),
        PAYLOAD_JOBS_AUTORUN: 'false',
      }
      log('Khởi động hai máy chủ quản trị…')
      instances.push(
        ...(await Promise.all([
          startCmsInstance({ name: '1', env }),
          startCmsInstance({ name: '2', env }),
        ])),
      )
      bases = instances.map((i) => assertLoopback(i.base))
    }
    const loadBefore = os.loadavg()
    const { samples, seconds } = await runLoad(bases)
    const { section, met } = report(samples, seconds, loadBefore, os.loadavg())
    console.log(`\n${section}\n`)
    console.log(met ? 'Đạt mục tiêu.' : 'Chưa đạt mục tiêu ở ít nhất một thao tác.')
    if (process.argv.includes('--write-doc')) {
      writeDocBlock({
        heading: '## Load: 50 officers on two instances',
        intro:
          '`npm run bench:load -- --write-doc` (scripts/bench/load-officers.ts): two admin servers on one PostgreSQL database, officers of their own communes reading and saving drafts through the REST API and the admin pages. Target (issue 16): p95 ≤ 300 ms for reads and ≤ 1 s for saves, no errors.',
        key: 'load-officers',
        section,
      })
      log('Đã ghi vào docs/benchmarks.md.')
    }
  } finally {
    await Promise.all(instances.map((i) => i.kill()))
    if (database && process.env.LOAD_KEEP_DATABASE === '1')
      log(`Giữ lại cơ sở dữ liệu: ${database.uri}`)
    else await database?.drop()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
