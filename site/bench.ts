/**
 * npm run bench:site -- [--snapshot dir] [--base /path/] [--out dir]
 * Builds the site from a snapshot (default dist/snapshot; `npm run export` writes it) and reports
 * what citizens pay for it: build time, compressed size of every procedure page, pages carrying
 * JavaScript, and, in Chromium, the results and bytes of the reference searches.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import zlib from 'node:zlib'

import { buildSite } from './tooling/build'
import { launchChromium } from './tooling/chromium'
import { measureTransfer, search, type SearchStep } from './tooling/measureSearch'
import { serveStatic } from './tooling/staticServer'

const { values } = parseArgs({ options: { snapshot: { type: 'string' }, base: { type: 'string' }, out: { type: 'string' } } })
const snapshotDir = path.resolve(values.snapshot ?? 'dist/snapshot')
const base = values.base ?? '/'
const outDir = path.resolve(values.out ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-bench-site-')))

/** The searches the domain brief says citizens type, then a filter on a broad query. */
const REFERENCE_SEARCHES: SearchStep[] = [
  { query: 'ho tich' },
  { query: 'dang ky khai sinh' },
  { query: 'DANG KY KET HON' },
  { query: '1.001193' },
  { query: 'dang ky' },
  { filter: { param: 'linh-vuc', value: 'Cư trú' } },
]

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`

const built = await buildSite({ snapshotDir, outDir, base })
console.log(`Build: ${(built.durationMs / 1000).toFixed(1)} s → ${outDir}`)

const htmlFiles = (fs.readdirSync(outDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'))
const css = (fs.readdirSync(path.join(outDir, '_astro')) as string[]).filter((f) => f.endsWith('.css')).map((f) => fs.readFileSync(path.join(outDir, '_astro', f)))
const cssGzip = css.reduce((n, b) => n + zlib.gzipSync(b, { level: 9 }).length, 0)
const cssBrotli = css.reduce((n, b) => n + zlib.brotliCompressSync(b).length, 0)
const procedurePages = htmlFiles.filter((f) => /(^|\/)thu-tuc\/[^/]+\/index\.html$/.test(f)).map((f) => {
  const html = fs.readFileSync(path.join(outDir, f))
  return { file: f, raw: html.length, gzip: zlib.gzipSync(html, { level: 9 }).length, brotli: zlib.brotliCompressSync(html).length }
})
procedurePages.sort((a, b) => a.gzip - b.gzip)
const median = procedurePages[Math.floor(procedurePages.length / 2)]
const largest = procedurePages.at(-1)!
console.log(`Procedure pages: ${procedurePages.length}; CSS ${kB(cssGzip)} gzip / ${kB(cssBrotli)} brotli (cached after the first page)`)
console.log(`  median HTML ${kB(median.raw)} raw, ${kB(median.gzip)} gzip, ${kB(median.brotli)} brotli → with CSS ${kB(median.gzip + cssGzip)} gzip`)
console.log(`  largest ${largest.file}: ${kB(largest.raw)} raw, ${kB(largest.gzip)} gzip → with CSS ${kB(largest.gzip + cssGzip)} gzip`)

const withScript = htmlFiles.filter((f) => /<script(?![^>]*application\/ld\+json)/.test(fs.readFileSync(path.join(outDir, f), 'utf8')))
console.log(`Pages with JavaScript: ${withScript.length} (${withScript.join(', ')})`)

const server = await serveStatic(outDir, base)
const browser = await launchChromium()
try {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } })
  const load = await measureTransfer(page, async () => void (await page.goto(`${server.url}tim-kiem/`)))
  console.log(`Search page load: ${kB(load.transferred)} (${load.requests.length} requests)`)
  for (const [i, step] of REFERENCE_SEARCHES.entries()) {
    const outcome = await search(page, step)
    const label = step.query ? `"${step.query}"` : `filter ${step.filter!.param}=${step.filter!.value}`
    const first = i === 0 ? ` (first search; with the page: ${kB(outcome.transferred + load.transferred)})` : ''
    console.log(`${label}: ${kB(outcome.transferred)} in ${outcome.requests.length} requests${first}; ${outcome.status}`)
    for (const r of outcome.results.slice(0, 3)) console.log(`    ${r.code}  ${r.name}`)
  }
  // The first search costs most (Pagefind's script, WebAssembly, index chunks): each query again,
  // as the first search of a fresh browser.
  for (const step of REFERENCE_SEARCHES.filter((s) => s.query)) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
    const fresh = await context.newPage()
    await fresh.goto(`${server.url}tim-kiem/`)
    const outcome = await search(fresh, step)
    console.log(`first search "${step.query}": ${kB(outcome.transferred)} in ${outcome.requests.length} requests`)
    await context.close()
  }
} finally {
  await browser.close()
  await server.close()
}
