/**
 * npm run bench:search-weight -- [--site dir] [--procedures 2000] [--localities 100]
 *   [--per-locality 300] [--seed 1] [--throttle 4] [--every 1] [--no-time] [--keep] [--json file]
 *   [--script file]... [--query q]... [--type ms [--pause ms]] [--http2]
 *
 * What a search costs a citizen at real scale (issue 11, item 9): a synthetic province of 2,000
 * procedures and 100 communes (tests/tooling/syntheticSnapshot.ts) is built with the publishing
 * pipeline's own build, served gzip-compressed as a web server would, and every query of the
 * evaluation set (scripts/bench/search-queries.ts) plus the site bench's reference searches is
 * typed into the province's search page in Chromium, each in a fresh browser context:
 * - the query as the first search of the context: bytes on the wire (headers and compressed
 *   bodies, from Chromium's network log), by kind of file;
 * - then another query of the set (half the list away, so of another topic) as a later search:
 *   its bytes, and the time from Enter to the results on screen with the CPU throttled
 *   (CDP Emulation.setCPUThrottlingRate, 4× by default), the index being loaded by then.
 * Targets: first search ≤ 120 kB, later ≤ 40 kB, results ≤ 100 ms (judged on the 95th
 * percentile: the machine is shared, and one late timer says little about the search).
 *
 * --site reuses a built site; --every N runs every Nth query only; --no-time skips throttling.
 * --script file (repeatable) replaces the search page's script with a bundle of another version
 * (`node_modules/.bin/esbuild site/scripts/search.ts --bundle --format=esm --minify
 * --outfile=file`): each query is measured with each script in turn, so that versions are
 * compared query by query under the same load, and the report gives each version's figures and
 * the median of the paired differences. The site (index, vocabulary) is the build's.
 * --query q (repeatable) measures these queries instead of the evaluation set.
 * --type ms types the later query a key at a time, ms apart, and presses Enter ms after the last
 * key, instead of pasting it: the search prepares while a citizen types (site/scripts/search.ts,
 * anticipate), and the time is still taken from Enter. 300 ms is about the pace of the average
 * phone typist (36 words a minute, Palin et al., MobileHCI 2019). --pause ms: Enter that long
 * after the last key instead (a citizen reading what they typed).
 * --http2 serves the site over HTTP/2 (TLS, a certificate made for the run), as docs/deploy.md's
 * nginx does; by default HTTP/1.1, where the browser opens six connections at most.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { Browser, Page } from 'playwright-core'

import { describeMachine, today } from './lib/machine'
import { EVALUATION_QUERIES } from './search-queries'
import { buildSite } from '../../tests/tooling/build'
import { launchChromium } from '../../tests/tooling/chromium'
import { search } from '../../tests/tooling/measureSearch'
import { serveStatic } from '../../tests/tooling/staticServer'
import { writeSyntheticSnapshot } from '../../tests/tooling/syntheticSnapshot'

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    procedures: { type: 'string', default: '2000' },
    localities: { type: 'string', default: '100' },
    'per-locality': { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
    throttle: { type: 'string', default: '4' },
    every: { type: 'string', default: '1' },
    'no-time': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    script: { type: 'string', multiple: true },
    query: { type: 'string', multiple: true },
    type: { type: 'string' },
    pause: { type: 'string' },
    http2: { type: 'boolean', default: false },
  },
})

const TARGETS = { firstBytes: 120 * 1024, laterBytes: 40 * 1024, laterMs: 100 }
/** The site bench's reference searches (scripts/bench/site.ts), with the evaluation set's. */
const REFERENCE = ['ho tich', 'dang ky khai sinh', 'DANG KY KET HON', '1.001193', 'dang ky']
const MORE = ['giay chung sinh', 'so do']

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
const loadAverage = () => os.loadavg().map((l) => l.toFixed(2))

interface Measured {
  /** the replacement script (--script), or '' for the build's own */
  script: string
  query: string
  firstBytes: number
  firstByKind: Record<string, number>
  firstMs: number
  later: string
  laterBytes: number
  laterMs: number | null
  status: string
}

/** What a search downloads, by kind of file. */
const fileKind = (p: string) =>
  /pagefind\.js$/.test(p)
    ? 'script'
    : /\.pagefind$/.test(p)
      ? 'wasm'
      : /(pf_meta|pagefind-entry\.json)$/.test(p)
        ? 'entry+meta'
        : /\/filter\//.test(p)
          ? 'filters'
          : /\/index\//.test(p)
            ? 'index'
            : /\/fragment\//.test(p)
              ? 'fragments'
              : /words\.txt$/.test(p)
                ? 'words'
                : 'other'

/**
 * Marks the time of the next Enter, and of the first moment after it when the results are on
 * screen: the status is final and the list holds results (or says nothing was found). A status
 * shown before the results, or results before the status, do not count.
 */
const startTimer = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { timing: { start?: number; end?: number } }
    w.timing = {}
    const status = document.querySelector('[data-status]')!
    const list = document.querySelector('[data-results]')!
    document.addEventListener(
      'submit',
      () => {
        w.timing.start = performance.now()
        // the previous search's results, still on screen until this one's replace them
        for (const item of list.children) item.setAttribute('data-earlier', '')
      },
      { capture: true, once: true },
    )
    const observer = new MutationObserver(() => {
      const text = status.textContent ?? ''
      const listed = [...list.children].some((item) => !item.hasAttribute('data-earlier'))
      if (
        w.timing.start !== undefined &&
        text &&
        text !== 'Đang tìm…' &&
        (listed || text.startsWith('Không tìm thấy'))
      ) {
        w.timing.end = performance.now()
        observer.disconnect()
      }
    })
    observer.observe(document.querySelector('[data-search-app]')!, {
      childList: true,
      characterData: true,
      subtree: true,
    })
  })
const readTimer = (page: Page) =>
  page.evaluate(() => {
    const { start, end } = (window as unknown as { timing: { start?: number; end?: number } })
      .timing
    return start !== undefined && end !== undefined ? end - start : null
  })

/** The search page's script, bundled by Astro (site/components/SearchApp.astro). */
const SEARCH_SCRIPT = /\/_astro\/SearchApp[^/]*\.js$/

async function measure(
  browser: Browser,
  url: string,
  query: string,
  later: string,
  script: string,
): Promise<Measured> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    ignoreHTTPSErrors: values.http2,
  })
  const page = await context.newPage()
  if (script) {
    const body = fs.readFileSync(script)
    await page.route(SEARCH_SCRIPT, (route) =>
      route.fulfill({ body, contentType: 'text/javascript; charset=utf-8' }),
    )
  }
  const cdp = await context.newCDPSession(page)
  const rate = values['no-time'] ? 1 : Number(values.throttle)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate })
  await page.goto(url)
  await page.waitForLoadState('networkidle')
  const byKind: Record<string, number> = {}
  const sizes: Promise<void>[] = []
  page.on('requestfinished', (request) =>
    sizes.push(
      request.sizes().then((s) => {
        const kind = fileKind(new URL(request.url()).pathname)
        byKind[kind] = (byKind[kind] ?? 0) + s.responseBodySize + s.responseHeadersSize
      }),
    ),
  )
  await startTimer(page)
  const first = await search(page, { query })
  const firstMs = (await readTimer(page)) ?? NaN
  await Promise.all(sizes)
  page.removeAllListeners('requestfinished')
  await startTimer(page)
  const second = await search(page, {
    query: later,
    typeDelay: values.type === undefined ? undefined : Number(values.type),
    enterAfter: values.pause === undefined ? undefined : Number(values.pause),
  })
  const laterMs = values['no-time'] ? null : await readTimer(page)
  await context.close()
  return {
    script,
    query,
    firstBytes: first.transferred,
    firstByKind: byKind,
    firstMs,
    later,
    laterBytes: second.transferred,
    laterMs,
    status: first.status,
  } satisfies Measured
}

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

async function main() {
  const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-search-weight-'))
  let siteDir = values.site ? path.resolve(values.site) : ''
  const scale = `${values.procedures} procedures, ${values.localities} localities × ${values['per-locality']} applied`
  try {
    if (!siteDir) {
      const snapshotDir = path.join(tempRoot, 'snapshot')
      writeSyntheticSnapshot(snapshotDir, {
        procedures: Number(values.procedures),
        localities: Number(values.localities),
        proceduresPerLocality: Number(values['per-locality']),
        seed: Number(values.seed),
      })
      siteDir = path.join(tempRoot, 'site')
      const built = await buildSite({ snapshotDir, outDir: siteDir })
      console.log(`Built ${scale} in ${(built.durationMs / 1000).toFixed(1)} s → ${siteDir}`)
    }
    const queries = (
      values.query ?? [...new Set([...REFERENCE, ...MORE, ...EVALUATION_QUERIES.map((q) => q.q)])]
    ).filter((_, i) => i % Number(values.every) === 0)
    const loadBefore = loadAverage()
    const server = await serveStatic(siteDir, '/', { http2: values.http2 })
    const browser = await launchChromium()
    const results: Measured[] = []
    const scripts = values.script?.map((s) => path.resolve(s)) ?? ['']
    try {
      for (const [i, query] of queries.entries()) {
        const later = queries[(i + Math.floor(queries.length / 2)) % queries.length]
        // Each version in turn, the order alternating from one query to the next.
        const order = i % 2 ? [...scripts].reverse() : scripts
        for (const script of order) {
          const m = await measure(browser, `${server.url}tim-kiem/`, query, later, script)
          results.push(m)
          console.log(
            `${script ? `[${path.basename(script)}] ` : ''}"${query}": first ${kB(m.firstBytes)} (${Object.entries(
              m.firstByKind,
            )
              .map(([k, b]) => `${k} ${kB(b)}`)
              .join(
                ', ',
              )}); then "${later}" ${kB(m.laterBytes)}${m.laterMs !== null ? ` in ${m.laterMs.toFixed(0)} ms` : ''}; load ${loadAverage()[0]}`,
          )
        }
      }
    } finally {
      await browser.close()
      await server.close()
    }
    for (const script of scripts)
      report(
        results.filter((r) => r.script === script),
        scale,
        loadBefore,
        script,
      )
    if (scripts.length > 1) pairedReport(results, scripts)
    if (values.json) fs.writeFileSync(values.json, JSON.stringify(results, null, 2))
  } finally {
    if (!values.keep) fs.rmSync(tempRoot, { recursive: true, force: true })
    else console.log(`Kept ${tempRoot}`)
  }
}

/** Each version against the first, query by query: the median and quartiles of the differences. */
function pairedReport(results: Measured[], scripts: string[]) {
  const [base, ...others] = scripts
  const of = (script: string) =>
    new Map(results.filter((r) => r.script === script).map((r) => [r.query, r]))
  const before = of(base)
  const figures = (xs: number[], f: (x: number) => string) =>
    `median ${f(quantile(xs, 0.5))} (quartiles ${f(quantile(xs, 0.25))} to ${f(quantile(xs, 0.75))}), ${xs.filter((x) => x < 0).length} of ${xs.length} lower`
  for (const script of others) {
    const pairs = [...of(script)].flatMap(([query, after]) => {
      const b = before.get(query)
      return b ? [{ b, after }] : []
    })
    const times = pairs.flatMap(({ b, after }) =>
      b.laterMs !== null && after.laterMs !== null ? [after.laterMs - b.laterMs] : [],
    )
    const signed = (f: (x: number) => string) => (x: number) => `${x > 0 ? '+' : ''}${f(x)}`
    console.log(
      [
        '',
        `Paired, ${path.basename(script)} − ${path.basename(base)}, ${pairs.length} queries:`,
        `- first search bytes: ${figures(
          pairs.map(({ b, after }) => after.firstBytes - b.firstBytes),
          signed(kB),
        )}`,
        `- later search bytes: ${figures(
          pairs.map(({ b, after }) => after.laterBytes - b.laterBytes),
          signed(kB),
        )}`,
        times.length
          ? `- later search, Enter to results: ${figures(
              times,
              signed((x) => `${x.toFixed(0)} ms`),
            )}`
          : '',
      ].join('\n'),
    )
  }
}

function report(results: Measured[], scale: string, loadBefore: string[], script = '') {
  const m = describeMachine()
  const stats = (xs: number[], f: (x: number) => string) =>
    `median ${f(quantile(xs, 0.5))}, p95 ${f(quantile(xs, 0.95))}, max ${f(Math.max(...xs))}`
  const first = results.map((r) => r.firstBytes)
  const later = results.map((r) => r.laterBytes)
  const times = results.flatMap((r) => (r.laterMs === null ? [] : [r.laterMs]))
  const worst = results.reduce((a, b) => (b.firstBytes > a.firstBytes ? b : a))
  const worstLater = results.reduce((a, b) => (b.laterBytes > a.laterBytes ? b : a))
  const met = (ok: boolean) => (ok ? 'met' : '**not met**')
  const ms = (x: number) => `${x.toFixed(0)} ms`
  console.log(
    [
      '',
      `### ${today()} – search weight, synthetic province (${scale})${script ? `, script ${path.basename(script)}` : ''}`,
      '',
      `- **Machine:** ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM; Node ${m.node}; ${m.os}; load average ${loadBefore.join(' ')} before, ${loadAverage().join(' ')} after.`,
      `- **Queries:** ${results.length} (evaluation set and reference searches), each first in a fresh browser context, then followed by another.`,
      '',
      '| Measure | Figures | Target |',
      '|---|---|---|',
      `| First search, bytes | ${stats(first, kB)}; worst "${worst.query}": ${Object.entries(
        worst.firstByKind,
      )
        .map(([k, b]) => `${k} ${kB(b)}`)
        .join(
          ', ',
        )} | ≤ 120 kB: ${met(Math.max(...first) <= TARGETS.firstBytes)} (${first.filter((b) => b > TARGETS.firstBytes).length} over) |`,
      `| Later search, bytes | ${stats(later, kB)}; worst "${worstLater.query}" → "${worstLater.later}" | ≤ 40 kB: ${met(Math.max(...later) <= TARGETS.laterBytes)} (${later.filter((b) => b > TARGETS.laterBytes).length} over) |`,
      times.length
        ? `| Later search, Enter to results, CPU ${values.throttle}× slower | ${stats(times, ms)} | ≤ 100 ms (p95): ${met(quantile(times, 0.95) <= TARGETS.laterMs)} (${times.filter((t) => t > TARGETS.laterMs).length} over) |`
        : '',
    ].join('\n'),
  )
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
