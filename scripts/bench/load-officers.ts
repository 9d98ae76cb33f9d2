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
 * Every response is checked, not only timed: a REST answer must have the status and the JSON shape
 * its route returns, and an admin page must be the page (status 200 and its own heading in the
 * HTML). The pages are asked as a browser navigates to them, with the session cookie and the
 * Sec-Fetch-* headers: without them Payload ignores the cookie (its CSRF check, cms/lib/origins.ts)
 * and the admin answers with the login page, which an earlier version of this script timed as the
 * dashboard.
 *
 * Loopback only, and bounded: it refuses a target that is not this machine, and stops after
 * LOAD_SECONDS. `--targets http://127.0.0.1:3000,http://127.0.0.1:3001` sends the load to running
 * instances instead; their database must hold the officers this script makes (a run with
 * LOAD_KEEP_DATABASE=1 keeps its database and prints its URI; LOAD_DATABASE_URI starts the two
 * instances on it again without seeding).
 *
 * `--cpu`: instead of the load, each route alone for LOAD_CPU_SECONDS, and the CPU time the admin
 * servers (and PostgreSQL, when it runs on this machine) spent per request, from /proc/<pid>/stat;
 * with `--targets`, `--pids 123,456` names the servers' processes. Every load also reports the CPU
 * it cost per request on average.
 *
 * Environment (all optional):
 *   BENCH_POSTGRES_URL / TEST_POSTGRES_URL  the PostgreSQL server (required when seeding)
 *   LOAD_DATABASE_URI  a database seeded by an earlier run (LOAD_KEEP_DATABASE=1): no seeding
 *   LOAD_KEEP_DATABASE=1  keep the seeded database and print its URI
 *   LOAD_OFFICERS   officers (50)            LOAD_SECONDS  duration of the load (60)
 *   LOAD_THINK_MS   pause between an officer's clicks, at random up to twice this (1000)
 *   LOAD_CPU_SECONDS  with --cpu, how long each route runs alone (6)
 *   LOAD_SETTLE_SECONDS  the longest wait for a quiet machine before the load (120)
 *   BENCH_APPLIED / BENCH_PROCEDURES / BENCH_LOCALITIES  the catalogue's size (3000 / 150 / 80)
 */
import { execFileSync } from 'node:child_process'
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
import { codeVersion, describeMachine, today, waitForIdle } from './lib/machine'
import { checkResponse, navigationHeaders, type Route } from './lib/loadChecks'
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
  cpuSeconds: Math.min(int('LOAD_CPU_SECONDS', 6), 60),
  applied: int('BENCH_APPLIED', 3000),
  procedures: int('BENCH_PROCEDURES', 150),
  localities: int('BENCH_LOCALITIES', 80),
}
const PASSWORD = 'tai-thu-nam-muoi-nguoi'
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

const ROUTE_LABELS: Record<Route, string> = {
  list: 'List of applied procedures (REST, 10 rows)',
  document: 'Open one applied procedure (REST, depth 1)',
  dashboard: 'Dashboard (`/admin`)',
  'work-queue': 'Việc của tôi (`/admin/viec-cua-toi`)',
  'save-draft': 'Save a draft (`PATCH ?draft=true`)',
}
const ROUTES = Object.keys(ROUTE_LABELS) as Route[]
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
  if (!response.ok)
    throw new Error(
      `Không đăng nhập được ${email} tại ${base}: ${response.status} (cơ sở dữ liệu phải có các cán bộ mà lần nạp của script này tạo)`,
    )
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

/** The applied procedure an officer's n-th click opens or saves. */
const documentOf = (officer: Officer, n: number) => officer.applied[n % officer.applied.length]

function request(base: string, officer: Officer, route: Route, n: number): Promise<Response> {
  const headers = { Authorization: `JWT ${officer.token}` }
  const id = documentOf(officer, n)
  switch (route) {
    case 'list':
      return fetch(`${base}/api/applied-procedures?${listQuery(officer.locality)}`, { headers })
    case 'document':
      return fetch(`${base}/api/applied-procedures/${id}?depth=1&draft=true`, { headers })
    case 'save-draft':
      return fetch(`${base}/api/applied-procedures/${id}?draft=true&depth=0`, {
        method: 'PATCH',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ localNotes: `Ghi chú thử tải lúc ${new Date().toISOString()}` }),
      })
    // Not followed: a page that sends the officer to the login page has failed.
    case 'dashboard':
      return fetch(`${base}/admin`, {
        headers: navigationHeaders(base, officer.cookie),
        redirect: 'manual',
      })
    case 'work-queue':
      return fetch(`${base}/admin/viec-cua-toi`, {
        headers: navigationHeaders(base, officer.cookie),
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

/** One click: timed until the whole answer has arrived, then checked. */
async function click(
  bases: string[],
  instance: number,
  officer: Officer,
  route: Route,
  n: number,
): Promise<Sample> {
  const t0 = performance.now()
  try {
    const answer = await request(bases[instance], officer, route, n)
    const body = await answer.text()
    const ms = performance.now() - t0
    const id = documentOf(officer, n)
    return {
      route,
      instance,
      ms,
      error: checkResponse(route, answer.status, body, id, answer.headers.get('location')),
    }
  } catch (e) {
    return { route, instance, ms: performance.now() - t0, error: (e as Error).message }
  }
}

async function signInAll(bases: string[]): Promise<Officer[]> {
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
  // Warm each instance's routes (Next loads a route's code on its first request), and stop at once
  // if a route does not answer as it should: a load of wrong answers measures nothing.
  for (const [i, base] of bases.entries())
    for (const route of ROUTES) {
      const sample = await click(bases, i, officers[i % officers.length], route, 0)
      if (sample.error)
        throw new Error(`${ROUTE_LABELS[route]} tại ${base} trả lời sai: ${sample.error}`)
    }
  return officers
}

async function runLoad(
  bases: string[],
  officers: Officer[],
): Promise<{ samples: Sample[]; seconds: number }> {
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
        samples.push(await click(bases, turn++ % bases.length, officer, route, n))
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * settings.thinkMs))
      }
    }),
  )
  return { samples, seconds: (Date.now() - started) / 1000 }
}

// ---- CPU time, from /proc ----

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100
  } catch {
    return 100
  }
})()

interface ProcStat {
  ppid: number
  comm: string
  /** utime + stime, in ms */
  cpuMs: number
}

function procStat(pid: number): ProcStat | null {
  try {
    const line = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // "pid (comm) state ppid … utime stime …": comm may hold spaces and parentheses.
    const close = line.lastIndexOf(')')
    const fields = line.slice(close + 2).split(' ')
    return {
      ppid: Number(fields[1]),
      comm: line.slice(line.indexOf('(') + 1, close),
      cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS,
    }
  } catch {
    return null
  }
}

function allProcesses(): Map<number, ProcStat> {
  const all = new Map<number, ProcStat>()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const stat = procStat(Number(name))
    if (stat) all.set(Number(name), stat)
  }
  return all
}

/** CPU ms so far of each server process (with its descendants) and of each PostgreSQL process. */
interface CpuSnapshot {
  servers: Map<number, number>
  postgres: Map<number, number>
}

function cpuNow(serverPids: number[]): CpuSnapshot {
  const all = allProcesses()
  const inTree = (pid: number) => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; hops++) {
      if (serverPids.includes(p)) return true
      p = all.get(p)?.ppid ?? 0
    }
    return false
  }
  const snapshot: CpuSnapshot = { servers: new Map(), postgres: new Map() }
  for (const [pid, stat] of all) {
    if (inTree(pid)) snapshot.servers.set(pid, stat.cpuMs)
    // Every process named postgres: the server runs here, and during a benchmark its clients are ours.
    else if (stat.comm === 'postgres') snapshot.postgres.set(pid, stat.cpuMs)
  }
  return snapshot
}

/**
 * CPU ms spent between two snapshots, process by process. A process that ended in between takes
 * its time with it (PostgreSQL's autovacuum workers, a connection closed): the figure can only be
 * short of the truth, never negative. The servers and the pools' connections live for the run.
 */
function cpuSpent(before: CpuSnapshot, after: CpuSnapshot): { servers: number; postgres: number } {
  const spent = (b: Map<number, number>, a: Map<number, number>) =>
    [...a].reduce((sum, [pid, ms]) => sum + Math.max(0, ms - (b.get(pid) ?? 0)), 0)
  return {
    servers: spent(before.servers, after.servers),
    postgres: spent(before.postgres, after.postgres),
  }
}

interface CpuRow {
  route: Route
  requests: number
  errors: number
  p50: number
  /** CPU ms per request */
  servers: number
  postgres: number
}

/** Each route alone, a few officers clicking without pause, and the CPU it cost per request. */
async function measureCpu(
  bases: string[],
  officers: Officer[],
  serverPids: number[],
): Promise<CpuRow[]> {
  const concurrency = Math.min(officers.length, 6)
  const rows: CpuRow[] = []
  for (const route of ROUTES) {
    log(`CPU: ${ROUTE_LABELS[route]} trong ${settings.cpuSeconds} giây…`)
    // A few clicks first, outside the count: the JIT's work is not the route's.
    for (let n = 0; n < 4; n++) await click(bases, n % bases.length, officers[n], route, n)
    const samples: Sample[] = []
    let turn = 0
    const before = cpuNow(serverPids)
    const stopAt = Date.now() + settings.cpuSeconds * 1000
    await Promise.all(
      officers.slice(0, concurrency).map(async (officer) => {
        for (let n = 0; Date.now() < stopAt; n++)
          samples.push(await click(bases, turn++ % bases.length, officer, route, n))
      }),
    )
    const spent = cpuSpent(before, cpuNow(serverPids))
    const ok = samples.filter((s) => !s.error)
    rows.push({
      route,
      requests: samples.length,
      errors: samples.length - ok.length,
      p50: summarise(ok.map((s) => s.ms)).p50,
      servers: spent.servers / samples.length,
      postgres: spent.postgres / samples.length,
    })
  }
  return rows
}

function cpuReport(rows: CpuRow[]): string {
  const weight = (route: Route) => MIX.filter((r) => r === route).length / MIX.length
  const perClick = rows.reduce((sum, r) => sum + weight(r.route) * (r.servers + r.postgres), 0)
  const rate = settings.officers / (settings.thinkMs / 1000)
  const table = [
    '| Route | Share of clicks | Requests | Errors | p50 alone (ms) | Servers CPU / request (ms) | PostgreSQL CPU / request (ms) | Total (ms) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${ROUTE_LABELS[r.route]} | ${Math.round(weight(r.route) * 100)} % | ${r.requests} | ${r.errors} | ${formatMs(r.p50)} | ${formatMs(r.servers)} | ${formatMs(r.postgres)} | ${formatMs(r.servers + r.postgres)} |`,
    ),
  ].join('\n')
  return [
    `CPU per request, each route alone for ${settings.cpuSeconds} s (${Math.min(settings.officers, 6)} officers clicking without pause, both servers), from /proc/<pid>/stat (utime + stime) of the two servers' processes and of PostgreSQL's (a PostgreSQL process that ended within a window, such as an autovacuum worker, is missed: that column can only be short):`,
    '',
    table,
    '',
    `Weighted by the mix: ${formatMs(perClick)} ms of CPU per click. ${settings.officers} officers pausing ${settings.thinkMs / 1000} s on average ask at most ${rate.toFixed(0)} requests a second, that is ${((rate * perClick) / 1000).toFixed(1)} cores of CPU (the machine has ${os.cpus().length}).`,
  ].join('\n')
}

function report(
  samples: Sample[],
  seconds: number,
  loadBefore: number[],
  loadAfter: number[],
  cpu: { servers: number; postgres: number; generator: number } | null,
) {
  const rows = ROUTES.map((route) => {
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
    const key = `${e.route} → server ${e.instance + 1}: ${e.error}`
    byError.set(key, (byError.get(key) ?? 0) + 1)
  }
  const machine = describeMachine()
  const n = (x: number) => x.toLocaleString('en-US')
  const table = [
    '| Route | Requests | Errors | p50 (ms) | p95 (ms) | Max (ms) | Target p95 | Met |',
    '|---|---:|---:|---:|---:|---:|---:|:-:|',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${n(r.n)} | ${r.errors} | ${formatMs(r.p50)} | ${formatMs(r.p95)} | ${formatMs(r.max)} | ≤ ${n(r.target)} | ${r.met ? 'yes' : '**no**'} |`,
    ),
  ].join('\n')
  const met = rows.every((r) => r.met)
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ')
  const section = [
    `### ${today()} — ${settings.officers} officers, ${settings.thinkMs / 1000} s think time, ${Math.round(seconds)} s, two admin servers on one PostgreSQL`,
    '',
    `- **Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM; Node ${machine.node}; ${machine.os}. **Code:** ${codeVersion(rootDir)}.`,
    `- **Load average** (1 / 5 / 15 min) when the load began: ${load(loadBefore)}; after: ${load(loadAfter)}.`,
    `- **Data:** ${n(settings.applied)} applied procedures, ${settings.procedures} master procedures, ${settings.localities} localities; one officer per commune. Each officer pauses 0–${(2 * settings.thinkMs) / 1000} s at random between two clicks; requests alternate between the two servers; the admin pages are asked as a browser's navigation with the session cookie and checked to be the page (its heading in the HTML), the REST answers to have their JSON shape. ${n(samples.length)} requests, ${(samples.length / seconds).toFixed(1)} a second.`,
    ...(cpu
      ? [
          `- **CPU:** the two servers ${formatMs(cpu.servers / samples.length)} ms and PostgreSQL ${formatMs(cpu.postgres / samples.length)} ms per request on average, ${((cpu.servers + cpu.postgres) / 1000 / seconds).toFixed(2)} cores busy on ${machine.cores}, and this script (the officers' side) ${(cpu.generator / 1000 / seconds).toFixed(2)}.`,
        ]
      : []),
    '',
    table,
    '',
    errors.length
      ? `Errors:\n\n${[...byError].map(([what, count]) => `- ${what} (${count})`).join('\n')}`
      : 'No errors.',
    '',
    met ? '**Targets met** on every route.' : '**Targets not met** on at least one route.',
  ].join('\n')
  return { section, met }
}

/**
 * Waits (at most LOAD_SETTLE_SECONDS, 120) for the machine to be quiet (1-minute load average
 * below 1) before the load: it comes straight after the seeding and the admin's build.
 */
async function settle(): Promise<void> {
  let said = false
  await waitForIdle({
    maxLoad: 1,
    maxWaitMs: Math.min(int('LOAD_SETTLE_SECONDS', 120), 600) * 1000,
    pollMs: 2000,
    onBusy: (load) => {
      if (!said) log(`Chờ máy yên (tải trung bình ${load[0].toFixed(2)})…`)
      said = true
    },
  })
}

/** The servers' process ids for --cpu with --targets. */
function pidsArg(): number[] {
  const value = arg('--pids')
  return value ? value.split(',').map((p) => Number(p.trim())) : []
}

async function main() {
  const targets = arg('--targets')
  const cpuMode = process.argv.includes('--cpu')
  const instances: CmsInstance[] = []
  let database: BenchDatabase | undefined
  let dir: string | undefined
  try {
    let bases: string[]
    let serverPids: number[]
    if (targets) {
      bases = targets.split(',').map(assertLoopback)
      serverPids = pidsArg()
      if (cpuMode && serverPids.length === 0)
        throw new Error('--cpu với --targets cần --pids <pid,…> của các máy chủ quản trị')
    } else {
      const uri = process.env.LOAD_DATABASE_URI
      if (uri) {
        log('Dùng cơ sở dữ liệu đã nạp (LOAD_DATABASE_URI): không nạp lại.')
      } else {
        database = await createBenchDatabase('postgres')
        log(`Cơ sở dữ liệu ${database.label}: nạp danh mục và ${settings.officers} cán bộ…`)
        await seed(database)
      }
      await buildCms()
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-load-'))
      const env = {
        DATABASE_URI: uri ?? database!.uri,
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
      serverPids = instances.map((i) => i.child.pid!)
    }
    const officers = await signInAll(bases)
    if (cpuMode) {
      const rows = await measureCpu(bases, officers, serverPids)
      console.log(`\n${cpuReport(rows)}\n`)
      return
    }
    await settle()
    const loadBefore = os.loadavg()
    const cpuBefore = serverPids.length ? cpuNow(serverPids) : null
    const ownBefore = process.cpuUsage()
    const { samples, seconds } = await runLoad(bases, officers)
    const own = process.cpuUsage(ownBefore)
    const cpu = cpuBefore
      ? {
          ...cpuSpent(cpuBefore, cpuNow(serverPids)),
          generator: (own.user + own.system) / 1000,
        }
      : null
    const { section, met } = report(samples, seconds, loadBefore, os.loadavg(), cpu)
    console.log(`\n${section}\n`)
    console.log(met ? 'Đạt mục tiêu.' : 'Chưa đạt mục tiêu ở ít nhất một thao tác.')
    if (process.argv.includes('--write-doc')) {
      // One block per think time: the stress (1 s) and an officer's pace do not replace each other.
      const key =
        settings.thinkMs === 1000 ? 'load-officers' : `load-officers-think-${settings.thinkMs}`
      writeDocBlock({
        heading: '## Load: 50 officers on two instances',
        intro:
          '`npm run bench:load -- --write-doc` (scripts/bench/load-officers.ts): two admin servers on one PostgreSQL database, officers of their own communes reading and saving drafts through the REST API and the admin pages. Target (issue 16): p95 ≤ 300 ms for reads and ≤ 1 s for saves, no errors.',
        key,
        section,
      })
      log('Đã ghi vào docs/benchmarks.md.')
    }
  } finally {
    await Promise.all(instances.map((i) => i.kill()))
    if (database && process.env.LOAD_KEEP_DATABASE === '1')
      log(`Giữ lại cơ sở dữ liệu: LOAD_DATABASE_URI=${database.uri}`)
    else await database?.drop()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  }
}

// The end is explicit: the seeding's pool is ended without waiting (see seed), and a kept database
// is not dropped, so nothing closes its connections and the process would wait on them for ever.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename))
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    },
  )
