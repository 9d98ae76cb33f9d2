/**
 * npm run bench:site -- [--snapshot dir] [--base /path/] [--out dir]
 * npm run bench:site -- --province [--localities 100] [--per-locality 150] [--procedures 200] [--seed 1] [--write-doc]
 *   (or BENCH_SITE=province npm run bench:site)
 *
 * Builds the site from a snapshot and reports what it costs to build and what citizens pay for it:
 * - the build (pages, files, Pagefind): wall time, pages/s, Pagefind time, and the peak memory of
 *   the build's process tree, sampled from /proc every 200 ms (sum of VmRSS of every descendant of
 *   this process: Astro's Node process, Pagefind's binary, esbuild), with each process's own
 *   high-water mark (VmHWM);
 * - the compressed size (gzip and brotli) of the procedure pages with the stylesheet, and the pages
 *   carrying JavaScript;
 * - in Chromium, the results and bytes of the reference searches, on the province's index and on
 *   one locality's, the first search of a fresh browser and the later ones.
 *
 * Without --province it builds the given snapshot (default dist/snapshot; `npm run export` writes
 * it). With --province it first writes a synthetic province (tests/tooling/syntheticSnapshot.ts:
 * 100 communes × 150 procedures from a master list of 200, seeded) and measures against the
 * targets: build ≤ 90 s and ≤ 2 GB, first search ≤ 120 kB, a later one ≤ 40 kB (issue 11; `npm run bench:search-weight`
 * measures them at 2,000 procedures), procedure page
 * (HTML + CSS, compressed) ≤ 25 kB. Before that build it waits until the machine is idle (1-minute
 * load average below BENCH_MAX_LOAD, default 1.0; at most BENCH_IDLE_WAIT seconds, default 1200;
 * --no-wait skips), since another benchmark running beside it would slow the build down; the
 * record gives the load and the CPU time other processes took during the build.
 * --write-doc records the result in docs/benchmarks.md, section "Public site".
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import zlib from 'node:zlib'

import type { Request } from 'playwright-core'

import { describeMachine, loadAverages, today, waitForIdle, type IdleWait } from './lib/machine'
import { buildSite } from '../../tests/tooling/build'
import { launchChromium } from '../../tests/tooling/chromium'
import { measureTransfer, search, type SearchStep } from '../../tests/tooling/measureSearch'
import { serveStatic } from '../../tests/tooling/staticServer'
import { writeSyntheticSnapshot, type WrittenRelease } from '../../tests/tooling/syntheticSnapshot'

const { values } = parseArgs({
  options: {
    snapshot: { type: 'string' },
    base: { type: 'string' },
    out: { type: 'string' },
    province: { type: 'boolean', default: process.env.BENCH_SITE === 'province' },
    localities: { type: 'string' },
    'per-locality': { type: 'string' },
    procedures: { type: 'string' },
    seed: { type: 'string' },
    'no-wait': { type: 'boolean', default: false },
    'write-doc': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
})
const province = values.province!
const base = values.base ?? '/'
const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-bench-site-'))
const outDir = path.resolve(values.out ?? path.join(tempRoot, 'site'))
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v))

const TARGETS = {
  buildSeconds: 90,
  buildMemoryBytes: 2 * 1024 ** 3,
  firstSearchBytes: 120 * 1024,
  laterSearchBytes: 40 * 1024,
  pageBytes: 25 * 1024,
}

/** The searches the domain brief says citizens type, then a filter on a broad query. */
const REFERENCE_SEARCHES: SearchStep[] = [
  { query: 'ho tich' },
  { query: 'dang ky khai sinh' },
  { query: 'DANG KY KET HON' },
  { query: '1.001193' },
  { query: 'dang ky' },
  { filter: { param: 'linh-vuc', value: 'Cư trú' } },
]

/** More first searches citizens type: a paper to bring (in the dossier, not the name), a nickname. */
const MORE_FIRST_SEARCHES: SearchStep[] = [{ query: 'giay chung sinh' }, { query: 'so do' }]

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
const MB = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const met = (ok: boolean) => (ok ? 'met' : '**not met**')

// ------------------------------------------------------------------------------ the snapshot

let release: WrittenRelease | null = null
let snapshotDir = path.resolve(values.snapshot ?? 'dist/snapshot')
if (province) {
  snapshotDir = path.join(tempRoot, 'snapshot')
  const started = performance.now()
  release = writeSyntheticSnapshot(snapshotDir, {
    localities: num(values.localities),
    proceduresPerLocality: num(values['per-locality']),
    procedures: num(values.procedures),
    seed: num(values.seed),
  })
  const c = release.counts
  console.log(
    `Synthetic province (${seconds(performance.now() - started)}): ${c.localities - 1} localities, ${c.procedures} procedures, ${c.applications} applications, ${c.files} files, ${c.decisions} decisions, ${c.changes} changes; snapshot.json ${MB(release.snapshotBytes)} → ${snapshotDir}`,
  )
}

// ------------------------------------------------------------------------- machine and load

/** Busy and total jiffies of all CPUs, from /proc/stat. */
function cpuJiffies(): { busy: number; total: number } {
  const [, ...fields] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/)
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number)
  return {
    busy: user + nice + system + irq + softirq + steal,
    total: user + nice + system + idle + iowait + irq + softirq + steal,
  }
}

const selfJiffies = (): number => {
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
  return Number(fields[11]) + Number(fields[12])
}
const HZ = 100

// ------------------------------------------------------------------------- memory sampling

interface ProcessPeak {
  pid: number
  name: string
  command: string
  hwmKb: number
}

interface MemoryProfile {
  /** Date.now() when sampling started */
  startedAt: number
  intervalMs: number
  /** CPU seconds of the tree's processes (utime + stime, last seen; a process's last 200 ms may be missed) */
  cpuSeconds: number
  /** [ms from start, tree VmRSS kB, largest process VmRSS kB] every sample */
  samples: number
  /** highest sum of VmRSS over the tree, and when (ms from the start) */
  peakTreeKb: number
  peakAtMs: number
  peakParts: string
  /** each process's own high-water mark (VmHWM), last seen */
  processes: ProcessPeak[]
  timeline: [number, number, number][]
}

const readFile = (file: string): string | null => {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return null
  }
}

/** Every descendant of `root` (not root itself), from the ppid field of /proc/<pid>/stat. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const stat = readFile(`/proc/${entry}/stat`)
    if (!stat) continue
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    const list = children.get(ppid) ?? []
    list.push(Number(entry))
    children.set(ppid, list)
  }
  const out: number[] = []
  const queue = [root]
  while (queue.length)
    for (const child of children.get(queue.shift()!) ?? []) {
      out.push(child)
      queue.push(child)
    }
  return out
}

/** Samples the memory of this process's descendants until stopped. */
function sampleMemory(intervalMs = 200): { stop: () => MemoryProfile } {
  const started = performance.now()
  const profile: MemoryProfile = {
    startedAt: Date.now(),
    intervalMs,
    cpuSeconds: 0,
    samples: 0,
    peakTreeKb: 0,
    peakAtMs: 0,
    peakParts: '',
    processes: [],
    timeline: [],
  }
  const peaks = new Map<number, ProcessPeak>()
  const cpu = new Map<number, number>()
  // Children that were there before (tsx's esbuild service) are not the build's.
  const before = new Set(descendants(process.pid))
  const tick = () => {
    let sum = 0
    let largest = 0
    const parts: string[] = []
    for (const pid of descendants(process.pid)) {
      if (before.has(pid)) continue
      const status = readFile(`/proc/${pid}/status`)
      if (!status) continue
      const field = (name: string) =>
        Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0)
      const rss = field('VmRSS')
      const name = /^Name:\s+(.+)$/m.exec(status)?.[1] ?? '?'
      sum += rss
      largest = Math.max(largest, rss)
      parts.push(`${name} ${Math.round(rss / 1024)} MB`)
      const command = (readFile(`/proc/${pid}/cmdline`) ?? '')
        .split('\0')
        .filter(Boolean)
        .map((a) => path.basename(a))
        .slice(0, 3)
        .join(' ')
      const stat = readFile(`/proc/${pid}/stat`)
      if (stat) {
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
        cpu.set(pid, Math.max(cpu.get(pid) ?? 0, Number(fields[11]) + Number(fields[12])))
      }
      const known = peaks.get(pid)
      peaks.set(pid, {
        pid,
        name,
        command: known?.command || command,
        hwmKb: Math.max(known?.hwmKb ?? 0, field('VmHWM')),
      })
    }
    const at = performance.now() - started
    profile.samples++
    profile.timeline.push([Math.round(at), sum, largest])
    if (sum > profile.peakTreeKb)
      Object.assign(profile, { peakTreeKb: sum, peakAtMs: at, peakParts: parts.join(', ') })
  }
  const timer = setInterval(tick, intervalMs)
  return {
    stop: () => {
      clearInterval(timer)
      profile.cpuSeconds = [...cpu.values()].reduce((n, j) => n + j, 0) / HZ
      profile.processes = [...peaks.values()]
        .filter((p) => p.hwmKb > 0)
        .sort((a, b) => b.hwmKb - a.hwmKb)
      return profile
    },
  }
}

// ------------------------------------------------------------------------------ log analysis

interface BuildPhases {
  pages: number
  /** "generating static routes": Astro's own figure */
  renderMs: number | null
  /** Pagefind: the integration's own figure, province and localities */
  indexMs: number | null
  /** Astro's total as it reports it */
  astroMs: number | null
  /** sum of the per-page times Astro prints (+N ms), by kind of page */
  byKind: Record<string, { pages: number; ms: number }>
  /** wall-clock times (ms since the epoch, 1 s resolution) of the log's first and last page, and of the end of indexing */
  firstPageAt: number | null
  lastPageAt: number | null
  indexedAt: number | null
}

/** "08:53:45 …" → that time today, in ms since the epoch (Astro logs local time). */
const logTime = (line: string | undefined): number | null => {
  const m = line ? /^(\d\d):(\d\d):(\d\d) /.exec(line) : null
  if (!m) return null
  const d = new Date()
  d.setHours(Number(m[1]), Number(m[2]), Number(m[3]), 0)
  return d.getTime()
}

const duration = (text: string): number => {
  const m = /(?:(\d+)m\s*)?(\d+(?:\.\d+)?)(ms|s)\b/.exec(text)
  if (!m) return NaN
  return (Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1)) * 1000
}

function analyseLog(log: string): BuildPhases {
  const lines = log.split('\n')
  const byKind: BuildPhases['byKind'] = {}
  let pages = 0
  for (const line of lines) {
    const page = /[├└]─ (\S+) \(\+(\d+)ms\)/.exec(line)
    if (!page) continue
    pages++
    const url = page[1]
    const kind = /^\/dia-phuong\/[^/]+\/thu-tuc\//.test(url)
      ? 'locality procedure'
      : /^\/thu-tuc\//.test(url)
        ? 'province procedure'
        : /^\/dia-phuong\/[^/]+\/tim-kiem\//.test(url)
          ? 'locality search'
          : /^\/dia-phuong\/[^/]+\/index/.test(url)
            ? 'locality home'
            : 'other'
    byKind[kind] ??= { pages: 0, ms: 0 }
    byKind[kind].pages++
    byKind[kind].ms += Number(page[2])
  }
  const generating = lines.findIndex((l) => l.includes('generating static routes'))
  const renderLine =
    generating >= 0 ? lines.slice(generating).find((l) => /✓ Completed in/.test(l)) : undefined
  const indexLine = lines.find((l) => /Chỉ mục tìm kiếm:/.test(l))
  const totalLine = lines.find((l) => /page\(s\) built in/.test(l))
  const pageLines = lines.filter((l) => /[├└]─ /.test(l))
  return {
    firstPageAt: logTime(pageLines[0]),
    lastPageAt: logTime(pageLines.at(-1)),
    indexedAt: logTime(indexLine),
    pages,
    renderMs: renderLine ? duration(renderLine.split('Completed in')[1]) : null,
    indexMs: indexLine ? Number(/(\d+) ms\./.exec(indexLine)?.[1]) : null,
    astroMs: totalLine ? duration(totalLine.split('built in')[1]) : null,
    byKind,
  }
}

// ------------------------------------------------------------------------------------ build

let idle: IdleWait | null = null
if (province && !values['no-wait']) {
  const maxLoad = Number(process.env.BENCH_MAX_LOAD ?? 1)
  let lastReport = -Infinity
  idle = await waitForIdle({
    maxLoad,
    maxWaitMs: Number(process.env.BENCH_IDLE_WAIT ?? 1200) * 1000,
    pollMs: 10_000,
    onBusy: (load, waited) => {
      if (waited - lastReport < 60_000) return
      console.log(
        `Waiting for an idle machine: load average ${load.join(' ')} (want < ${maxLoad}), ${Math.round(waited / 1000)} s so far`,
      )
      lastReport = waited
    },
  })
  console.log(
    `Load average before the build: ${idle.load.join(' ')}${idle.waitedMs > 1000 ? ` (after waiting ${Math.round(idle.waitedMs / 1000)} s)` : ''}${idle.idle ? '' : ' — NOT idle, gave up waiting'}`,
  )
}
const loadBefore = loadAverages()
const cpuBefore = cpuJiffies()
const selfBefore = selfJiffies()
const sampler = sampleMemory(200)
const built = await buildSite({ snapshotDir, outDir, base })
const memory = sampler.stop()
const cpuAfter = cpuJiffies()
const buildCpuS = memory.cpuSeconds
const selfCpuS = (selfJiffies() - selfBefore) / HZ
const machineBusyS = (cpuAfter.busy - cpuBefore.busy) / HZ
const othersCpuS = Math.max(0, machineBusyS - buildCpuS - selfCpuS)
const loadAfter = loadAverages()
const phases = analyseLog(built.log)
const buildS = built.durationMs / 1000

console.log(`Build: ${seconds(built.durationMs)} wall → ${outDir}`)
console.log(
  `  ${phases.pages} pages and endpoints; Astro reports ${phases.astroMs ? seconds(phases.astroMs) : '?'} in all, rendering ${phases.renderMs ? seconds(phases.renderMs) : '?'} (${phases.renderMs ? Math.round(phases.pages / (phases.renderMs / 1000)) : '?'} pages/s), Pagefind ${phases.indexMs ? seconds(phases.indexMs) : '?'}`,
)
for (const [kind, k] of Object.entries(phases.byKind))
  console.log(
    `    ${kind}: ${k.pages} pages, ${seconds(k.ms)} (${(k.ms / k.pages).toFixed(1)} ms/page)`,
  )
console.log(
  `  CPU: build tree ${buildCpuS.toFixed(1)} s (${(buildCpuS / buildS).toFixed(2)} cores on average), this process ${selfCpuS.toFixed(1)} s, other processes ${othersCpuS.toFixed(1)} s; load average ${loadBefore.join(' ')} before, ${loadAfter.join(' ')} after`,
)
console.log(
  `  Peak memory of the build tree (sum of VmRSS, sampled every ${memory.intervalMs} ms, ${memory.samples} samples): ${MB(memory.peakTreeKb * 1024)} at ${seconds(memory.peakAtMs)} (${memory.peakParts})`,
)
for (const p of memory.processes.slice(0, 4))
  console.log(`    ${p.name} (${p.command}): VmHWM ${MB(p.hwmKb * 1024)}`)
/** Tree RSS (kB) at a wall-clock time, from the nearest sample. */
const rssAt = (at: number | null): number | null => {
  if (at === null || memory.timeline.length === 0) return null
  const offset = at - memory.startedAt
  return memory.timeline.reduce((best, sample) =>
    Math.abs(sample[0] - offset) < Math.abs(best[0] - offset) ? sample : best,
  )[1]
}
const rssRenderStart = rssAt(phases.firstPageAt)
const rssRenderEnd = rssAt(phases.lastPageAt)
const rssIndexed = rssAt(phases.indexedAt)
const perPageKb =
  rssRenderStart !== null && rssRenderEnd !== null && phases.pages
    ? (rssRenderEnd - rssRenderStart) / phases.pages
    : null
if (rssRenderStart !== null && rssRenderEnd !== null) {
  console.log(
    `  Tree RSS: ${MB(rssRenderStart * 1024)} when rendering starts, ${MB(rssRenderEnd * 1024)} when it ends (${perPageKb!.toFixed(1)} kB more per page), ${rssIndexed !== null ? MB(rssIndexed * 1024) : '?'} when Pagefind is done`,
  )
}
const timelineStep = Math.max(1, Math.round(5000 / memory.intervalMs))
console.log(
  `  Memory timeline (tree VmRSS, every ${(timelineStep * memory.intervalMs) / 1000} s): ${memory.timeline
    .filter((_, i) => i % timelineStep === 0)
    .map(([, kb]) => Math.round(kb / 1024))
    .join(' ')} MB`,
)

// ------------------------------------------------------------------------------ page weight

const all = fs.readdirSync(outDir, { recursive: true }) as string[]
const htmlFiles = all.filter((f) => f.endsWith('.html'))
const outputBytes = all.reduce((n, f) => {
  const stat = fs.statSync(path.join(outDir, f))
  return stat.isFile() ? n + stat.size : n
}, 0)
const css = (fs.readdirSync(path.join(outDir, '_astro')) as string[])
  .filter((f) => f.endsWith('.css'))
  .map((f) => fs.readFileSync(path.join(outDir, '_astro', f)))
const cssGzip = css.reduce((n, b) => n + zlib.gzipSync(b, { level: 9 }).length, 0)
const cssBrotli = css.reduce((n, b) => n + zlib.brotliCompressSync(b).length, 0)

interface PageSize {
  file: string
  raw: number
  gzip: number
  brotli: number | null
}
const withScript: string[] = []
const procedurePages: Record<'province' | 'locality', PageSize[]> = { province: [], locality: [] }
for (const f of htmlFiles) {
  const html = fs.readFileSync(path.join(outDir, f))
  if (/<script(?![^>]*application\/ld\+json)/.test(html.toString('utf8'))) withScript.push(f)
  const kind = /(^|\/)dia-phuong\/[^/]+\/thu-tuc\/[^/]+\/index\.html$/.test(f)
    ? 'locality'
    : /^thu-tuc\/[^/]+\/index\.html$/.test(f)
      ? 'province'
      : null
  if (!kind) continue
  procedurePages[kind].push({
    file: f,
    raw: html.length,
    gzip: zlib.gzipSync(html, { level: 9 }).length,
    brotli: null,
  })
}
/** Brotli (quality 11) is slow: every province page, every tenth locality page and the 20 largest. */
const brotli = (page: PageSize) =>
  (page.brotli ??= zlib.brotliCompressSync(fs.readFileSync(path.join(outDir, page.file))).length)
const pageStats = (pages: PageSize[], sampleEvery: number) => {
  if (pages.length === 0) return null
  pages.sort((a, b) => a.gzip - b.gzip)
  pages.forEach((p, i) => (i % sampleEvery === 0 || i >= pages.length - 20) && brotli(p))
  const sampled = pages.filter((p) => p.brotli !== null).sort((a, b) => a.brotli! - b.brotli!)
  const median = pages[Math.floor(pages.length / 2)]
  const largest = pages.at(-1)!
  return {
    count: pages.length,
    median: {
      raw: median.raw,
      gzip: median.gzip,
      brotli: sampled[Math.floor(sampled.length / 2)].brotli!,
    },
    largest: {
      file: largest.file,
      raw: largest.raw,
      gzip: largest.gzip,
      brotli: sampled.at(-1)!.brotli!,
    },
    brotliSampled: sampled.length,
  }
}
const pageWeights = {
  province: pageStats(procedurePages.province, 1),
  locality: pageStats(procedurePages.locality, 10),
}
console.log(`Output: ${htmlFiles.length} HTML pages, ${all.length} entries, ${MB(outputBytes)}`)
console.log(
  `Procedure pages: CSS ${kB(cssGzip)} gzip / ${kB(cssBrotli)} brotli (cached after the first page)`,
)
for (const [kind, s] of Object.entries(pageWeights)) {
  if (!s) continue
  console.log(
    `  ${kind} (${s.count}): median HTML ${kB(s.median.raw)} raw, ${kB(s.median.gzip)} gzip, ${kB(s.median.brotli)} brotli → with CSS ${kB(s.median.gzip + cssGzip)} gzip, ${kB(s.median.brotli + cssBrotli)} brotli`,
  )
  console.log(
    `    largest ${s.largest.file}: ${kB(s.largest.raw)} raw, ${kB(s.largest.gzip)} gzip → with CSS ${kB(s.largest.gzip + cssGzip)} gzip, ${kB(s.largest.brotli + cssBrotli)} brotli`,
  )
}
const jsOnProcedurePages = withScript.filter((f) => /thu-tuc\/[^/]+\/index\.html$/.test(f))
console.log(
  `Pages with JavaScript: ${withScript.length}${withScript.length <= 12 ? ` (${withScript.join(', ')})` : ` (search pages: ${withScript.filter((f) => /tim-kiem/.test(f)).length})`}; procedure pages with JavaScript: ${jsOnProcedurePages.length}`,
)

const bundleSize = (dir: string) => {
  const files = fs.existsSync(dir)
    ? (fs.readdirSync(dir, { recursive: true }) as string[])
        .map((f) => path.join(dir, f))
        .filter((f) => fs.statSync(f).isFile())
    : []
  return { files: files.length, bytes: files.reduce((n, f) => n + fs.statSync(f).size, 0) }
}
const provinceBundle = bundleSize(path.join(outDir, 'pagefind'))
const localitySlugs = fs.existsSync(path.join(outDir, 'dia-phuong'))
  ? fs
      .readdirSync(path.join(outDir, 'dia-phuong'))
      .filter((d) => fs.existsSync(path.join(outDir, 'dia-phuong', d, 'pagefind')))
  : []
const localBundles = localitySlugs.map((slug) =>
  bundleSize(path.join(outDir, 'dia-phuong', slug, 'pagefind')),
)
console.log(
  `Search indexes: province ${provinceBundle.files} files, ${kB(provinceBundle.bytes)}; ${localBundles.length} localities, ${kB(localBundles.reduce((n, b) => n + b.bytes, 0) / Math.max(1, localBundles.length))} each on average`,
)

// ---------------------------------------------------------------------------------- search

/** What a first search downloads, by kind of file. */
const fileKind = (p: string) =>
  /pagefind\.js$/.test(p)
    ? 'pagefind.js'
    : /\.pagefind$/.test(p)
      ? 'WebAssembly'
      : /(pf_meta|pagefind-entry\.json)$/.test(p)
        ? 'entry and metadata'
        : /\/filter\//.test(p)
          ? 'filters'
          : /\/index\//.test(p)
            ? 'index chunks'
            : /\/fragment\//.test(p)
              ? 'result fragments'
              : 'other'

interface SearchReport {
  label: string
  pageLoad: number
  /** the reference searches one after another in one page: the first, then the later ones */
  session: { label: string; bytes: number; requests: number; status: string; top: string[] }[]
  /** each query as the first search of a fresh browser */
  first: {
    label: string
    bytes: number
    requests: number
    byKind: Record<string, { bytes: number; files: number }>
  }[]
}

const describeKinds = (byKind: Record<string, { bytes: number; files: number }>) =>
  Object.entries(byKind)
    .map(([kind, k]) => `${kind} ${kB(k.bytes)}${k.files > 1 ? ` in ${k.files}` : ''}`)
    .join(', ')

const stepLabel = (step: SearchStep) =>
  step.query !== undefined
    ? `"${step.query}"`
    : `filter ${step.filter!.param}=${step.filter!.value}`

async function measureSearchPage(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  url: string,
  label: string,
): Promise<SearchReport> {
  const report: SearchReport = { label, pageLoad: 0, session: [], first: [] }
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
  const page = await context.newPage()
  const load = await measureTransfer(page, async () => void (await page.goto(url)))
  report.pageLoad = load.transferred
  console.log(
    `${label}: search page load ${kB(load.transferred)} (${load.requests.length} requests)`,
  )
  for (const step of REFERENCE_SEARCHES) {
    if (
      step.filter &&
      (await page
        .locator(`select[name="${step.filter.param}"] option[value="${step.filter.value}"]`)
        .count()) === 0
    )
      continue
    const outcome = await search(page, step)
    const top = outcome.results.slice(0, 3).map((r) => `${r.code}  ${r.name}`)
    report.session.push({
      label: stepLabel(step),
      bytes: outcome.transferred,
      requests: outcome.requests.length,
      status: outcome.status,
      top,
    })
    console.log(
      `  ${stepLabel(step)}: ${kB(outcome.transferred)} in ${outcome.requests.length} requests${report.session.length === 1 ? ' (first search)' : ''}; ${outcome.status}`,
    )
    for (const line of top) console.log(`      ${line}`)
  }
  await context.close()
  // The first search costs most (Pagefind's script, WebAssembly, index chunks, filters): each
  // query again, as the first search of a fresh browser.
  for (const step of [...REFERENCE_SEARCHES.filter((s) => s.query), ...MORE_FIRST_SEARCHES]) {
    const fresh = await browser.newContext({ viewport: { width: 360, height: 740 } })
    const freshPage = await fresh.newPage()
    await freshPage.goto(url)
    const sizes: Promise<[string, number]>[] = []
    const listener = (request: Request) =>
      void sizes.push(
        request
          .sizes()
          .then((s) => [
            new URL(request.url()).pathname,
            s.responseBodySize + s.responseHeadersSize,
          ]),
      )
    freshPage.on('requestfinished', listener)
    const outcome = await search(freshPage, step)
    freshPage.off('requestfinished', listener)
    const byKind: Record<string, { bytes: number; files: number }> = {}
    for (const [file, bytes] of await Promise.all(sizes)) {
      const kind = (byKind[fileKind(file)] ??= { bytes: 0, files: 0 })
      kind.bytes += bytes
      kind.files++
    }
    report.first.push({
      label: stepLabel(step),
      bytes: outcome.transferred,
      requests: outcome.requests.length,
      byKind,
    })
    console.log(
      `  first search ${stepLabel(step)}: ${kB(outcome.transferred)} in ${outcome.requests.length} requests (${describeKinds(byKind)}); ${outcome.status}`,
    )
    await fresh.close()
  }
  return report
}

const server = await serveStatic(outDir, base)
const browser = await launchChromium()
const searches: SearchReport[] = []
try {
  searches.push(await measureSearchPage(browser, `${server.url}tim-kiem/`, 'Province index'))
  // One locality: the middle one in name order, so the choice is stable and typical.
  const localSlug = [...localitySlugs].sort()[Math.floor(localitySlugs.length / 2)]
  if (localSlug)
    searches.push(
      await measureSearchPage(
        browser,
        `${server.url}dia-phuong/${localSlug}/tim-kiem/`,
        `Locality index (${localSlug})`,
      ),
    )
} finally {
  await browser.close()
  await server.close()
}

// ---------------------------------------------------------------------------------- verdict

const largestPage = Math.max(
  ...Object.values(pageWeights)
    .filter((s) => s !== null)
    .map((s) => s!.largest.gzip + cssGzip),
)
const largestPageBrotli = Math.max(
  ...Object.values(pageWeights)
    .filter((s) => s !== null)
    .map((s) => s!.largest.brotli + cssBrotli),
)
const worstFirst = (r: SearchReport) => Math.max(...r.first.map((f) => f.bytes))
const worstFirstStep = (r: SearchReport) => r.first.reduce((a, b) => (b.bytes > a.bytes ? b : a))
const worstLater = (r: SearchReport) => Math.max(0, ...r.session.slice(1).map((s) => s.bytes))
const verdict = {
  buildTime: buildS <= TARGETS.buildSeconds,
  buildMemory: memory.peakTreeKb * 1024 <= TARGETS.buildMemoryBytes,
  firstSearch: searches.every((r) => worstFirst(r) <= TARGETS.firstSearchBytes),
  laterSearch: searches.every((r) => worstLater(r) <= TARGETS.laterSearchBytes),
  page:
    largestPage <= TARGETS.pageBytes &&
    largestPageBrotli <= TARGETS.pageBytes &&
    jsOnProcedurePages.length === 0,
}
console.log('\nTargets:')
console.log(
  `  build ≤ ${TARGETS.buildSeconds} s: ${seconds(built.durationMs)} — ${met(verdict.buildTime)}`,
)
console.log(`  build memory ≤ 2 GB: ${MB(memory.peakTreeKb * 1024)} — ${met(verdict.buildMemory)}`)
for (const r of searches)
  console.log(
    `  ${r.label}: first search ≤ ${kB(TARGETS.firstSearchBytes)}: worst ${kB(worstFirst(r))} (${worstFirstStep(r).label}: ${describeKinds(worstFirstStep(r).byKind)}); later ≤ ${kB(TARGETS.laterSearchBytes)}: worst ${kB(worstLater(r))}`,
  )
console.log(
  `  first search: ${met(verdict.firstSearch)}; later search: ${met(verdict.laterSearch)}`,
)
console.log(
  `  procedure page (HTML + CSS) ≤ 25 kB: largest ${kB(largestPage)} gzip, ${kB(largestPageBrotli)} brotli, no JavaScript: ${jsOnProcedurePages.length === 0} — ${met(verdict.page)}`,
)

// ------------------------------------------------------------------------------- the record

function markdown(): string {
  const m = describeMachine()
  const c = release?.counts
  const w = (s: NonNullable<(typeof pageWeights)['province']>) =>
    `median ${kB(s.median.gzip + cssGzip)} gzip / ${kB(s.median.brotli + cssBrotli)} brotli, largest ${kB(s.largest.gzip + cssGzip)} gzip / ${kB(s.largest.brotli + cssBrotli)} brotli (HTML alone: median ${kB(s.median.raw)} raw, ${kB(s.median.gzip)} gzip)`
  const rows = searches.flatMap((r) => [
    `| ${r.label} | first search (fresh browser), per query | ${r.first.map((f) => `${f.label} ${kB(f.bytes)}`).join('; ')} | ${kB(worstFirst(r))} | ≤ ${kB(TARGETS.firstSearchBytes)}: ${met(worstFirst(r) <= TARGETS.firstSearchBytes)} |`,
    `| ${r.label} | worst first search, by file | ${worstFirstStep(r).label}: ${describeKinds(worstFirstStep(r).byKind)} | | |`,
    `| ${r.label} | later searches, same page | ${r.session
      .slice(1)
      .map((s) => `${s.label} ${kB(s.bytes)}`)
      .join(
        '; ',
      )} | ${kB(worstLater(r))} | ≤ ${kB(TARGETS.laterSearchBytes)}: ${met(worstLater(r) <= TARGETS.laterSearchBytes)} |`,
  ])
  const kinds = Object.entries(phases.byKind)
    .map(([kind, k]) => `${kind} ${k.pages} (${(k.ms / k.pages).toFixed(1)} ms/page)`)
    .join(', ')
  return [
    `<!-- bench:site ${province ? 'province' : 'snapshot'} -->`,
    `### ${today()} – ${province ? 'synthetic province' : path.relative(process.cwd(), snapshotDir)}`,
    '',
    `- **Machine:** ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM; Node ${m.node}; ${m.os}.`,
    `- **Load:** 1-minute load average ${loadBefore[0]} before the build (${loadBefore.join(' ')})${idle && idle.waitedMs > 1000 ? `, after waiting ${Math.round(idle.waitedMs / 1000)} s for the machine to settle` : ''}; during the build other processes used ${othersCpuS.toFixed(1)} s of CPU (the build ${buildCpuS.toFixed(1)} s).`,
    c
      ? `- **Data:** \`tests/tooling/syntheticSnapshot.ts\` (seed ${values.seed ?? 1}): ${c.localities - 1} commune-level localities × ${c.applications / (c.localities - 1)} applied procedures = ${c.applications.toLocaleString('en')} applications; master list ${c.procedures} procedures in ${c.sectors} fields, ${c.agencies} agencies, ${c.legalDocuments} legal documents, ${c.decisions} decisions, ${c.changes} change-log entries, ${c.files} files; ${c.serviceResultReports.toLocaleString('en')} monthly results reports (${c.serviceResultRows.toLocaleString('en')} rows: every locality's every procedure, 24 months); snapshot.json ${MB(release!.snapshotBytes)}.`
      : `- **Data:** ${snapshotDir}.`,
    `- **Built:** ${phases.pages.toLocaleString('en')} pages and endpoints (${kinds}); ${htmlFiles.length.toLocaleString('en')} HTML files, ${MB(outputBytes)} on disk; search indexes: province ${kB(provinceBundle.bytes)} in ${provinceBundle.files} files, ${localBundles.length} localities at ${kB(localBundles.reduce((n, b) => n + b.bytes, 0) / Math.max(1, localBundles.length))} each.`,
    '',
    '| Measure | Figure | Target |',
    '|---|---|---|',
    `| Build wall time (\`astro build\`: validation, pages, files, Pagefind) | ${seconds(built.durationMs)}: rendering ${phases.renderMs ? seconds(phases.renderMs) : '?'} (${phases.renderMs ? Math.round(phases.pages / (phases.renderMs / 1000)) : '?'} pages/s), Pagefind ${phases.indexMs ? seconds(phases.indexMs) : '?'}; ${(buildCpuS / buildS).toFixed(2)} cores used on average | ≤ 90 s: ${met(verdict.buildTime)} |`,
    `| Build profile | ${phases.pages.toLocaleString('en')} pages in ${phases.renderMs ? seconds(phases.renderMs) : '?'} of rendering; tree RSS ${rssRenderStart !== null ? MB(rssRenderStart * 1024) : '?'} when rendering starts, ${rssRenderEnd !== null ? MB(rssRenderEnd * 1024) : '?'} when it ends (${perPageKb !== null ? perPageKb.toFixed(1) : '?'} kB per page), ${rssIndexed !== null ? MB(rssIndexed * 1024) : '?'} after Pagefind; CPU ${buildCpuS.toFixed(1)} s | – |`,
    `| Peak memory of the build process tree (sum of VmRSS of every process, sampled every ${memory.intervalMs} ms) | ${MB(memory.peakTreeKb * 1024)} at ${seconds(memory.peakAtMs)} (${memory.peakParts}); high-water marks: ${memory.processes
      .slice(0, 3)
      .map((p) => `${p.name} ${MB(p.hwmKb * 1024)}`)
      .join(', ')} | ≤ 2 GB: ${met(verdict.buildMemory)} |`,
    ...(pageWeights.province
      ? [
          `| Province procedure page, HTML + CSS (${pageWeights.province.count} pages) | ${w(pageWeights.province)} | ≤ 25 kB: ${met(pageWeights.province.largest.gzip + cssGzip <= TARGETS.pageBytes && pageWeights.province.largest.brotli + cssBrotli <= TARGETS.pageBytes)} |`,
        ]
      : []),
    ...(pageWeights.locality
      ? [
          `| Locality procedure page, HTML + CSS (${pageWeights.locality.count.toLocaleString('en')} pages; brotli on ${pageWeights.locality.brotliSampled}) | ${w(pageWeights.locality)} | ≤ 25 kB: ${met(pageWeights.locality.largest.gzip + cssGzip <= TARGETS.pageBytes && pageWeights.locality.largest.brotli + cssBrotli <= TARGETS.pageBytes)} |`,
        ]
      : []),
    `| JavaScript on procedure pages | ${jsOnProcedurePages.length} pages (pages with a script: ${withScript.length}, all search pages) | none: ${met(jsOnProcedurePages.length === 0)} |`,
    '',
    '| Search index | Searches | Bytes (gzip on the wire, headers included) | Worst | Target |',
    '|---|---|---|--:|---|',
    ...rows,
    '',
    `Search page load (HTML, CSS, no search yet): ${searches.map((r) => `${r.label.toLowerCase()} ${kB(r.pageLoad)}`).join(', ')}.`,
    '<!-- /bench:site -->',
  ].join('\n')
}

const record = markdown()
console.log(`\n${record}`)
if (values['write-doc']) {
  const doc = path.resolve('docs/benchmarks.md')
  const text = fs.readFileSync(doc, 'utf8')
  const marker = new RegExp(
    `<!-- bench:site ${province ? 'province' : 'snapshot'} -->[\\s\\S]*?<!-- /bench:site -->`,
  )
  const updated = marker.test(text)
    ? text.replace(marker, () => record)
    : /^## Public site$/m.test(text)
      ? // at the end of the section: before the next "## " heading, or at the end of the file
        text.replace(
          /(^## Public site\n[\s\S]*?)(?=^## |(?![\s\S]))/m,
          (section) => `${section.trimEnd()}\n\n${record}\n\n`,
        )
      : `${text.trimEnd()}\n\n## Public site\n\n${record}\n`
  fs.writeFileSync(doc, updated)
  console.log(`Recorded in ${path.relative(process.cwd(), doc)}`)
}

// The synthetic snapshot and site are large (about 250 MB): removed unless --keep (--out keeps the site).
if (province && !values.keep) fs.rmSync(tempRoot, { recursive: true, force: true })
else console.log(`Kept: ${[province ? snapshotDir : null, outDir].filter(Boolean).join(', ')}`)
if (fs.existsSync(tempRoot) && fs.readdirSync(tempRoot).length === 0)
  fs.rmSync(tempRoot, { recursive: true })
