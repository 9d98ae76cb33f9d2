/**
 * npm run bench:search-quality -- [--catalogue demo|synthetic|all] [--demo-snapshot dir]
 *   [--bare only|also|no] [--localities 10] [--procedures 200] [--verbose] [--json file] [--first]
 *   [--last N]
 *
 * How well the public search answers citizens: builds the site (the publishing pipeline's own
 * build, Pagefind included), opens its search page in Chromium and types every query of the
 * evaluation set (scripts/bench/search-queries.ts) into the search box, as a citizen would, then
 * reads the results on screen. Reports, per kind of query, the share whose answer is first (top 1)
 * and among the first three (top 3), the queries answered by an empty page, and for the queries
 * nothing should answer, those that still claimed results matching the whole query.
 *
 * Catalogues: `demo` is the demo catalogue exported through the CMS (scripts/seed; slow: a fresh
 * SQLite database is seeded, or give --demo-snapshot); `synthetic` is the synthetic province
 * (tests/tooling/syntheticSnapshot.ts) with 10 localities and 200 procedures by default
 * (`--procedures 2000`: the province scale of the weight benchmark, where same-named variants crowd
 * the results). `--bare also` (the default) runs each a second time with every procedure's
 * keywords and synonyms removed: national records almost never carry them, so this is the
 * catalogue citizens will really search.
 * `--first` searches each query as the first search of a page of its own (the search script has
 * not yet fetched the index's words, which a later search has in hand); by default the queries
 * are searched one after the other on one page. `--last N` runs only the last N queries written
 * (a new probe, run before anything is changed for it), without the automatic exact names.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { Page } from 'playwright-core'

import { canonicalJSON, contentHash, fold, type Snapshot } from '../../content-schemas'
import { buildSite } from '../../tests/tooling/build'
import { launchChromium } from '../../tests/tooling/chromium'
import { serveStatic } from '../../tests/tooling/staticServer'
import { writeSyntheticSnapshot } from '../../tests/tooling/syntheticSnapshot'
import { EVALUATION_QUERIES, QUERY_KINDS, type EvaluationQuery } from './search-queries'

const { values } = parseArgs({
  options: {
    catalogue: { type: 'string', default: 'all' },
    'demo-snapshot': { type: 'string' },
    bare: { type: 'string', default: 'also' },
    localities: { type: 'string', default: '10' },
    procedures: { type: 'string', default: '200' },
    verbose: { type: 'boolean', default: false },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    first: { type: 'boolean', default: false },
    last: { type: 'string' },
  },
})

type Kind = keyof typeof QUERY_KINDS | 'ten-tu-dong'

interface Outcome {
  query: EvaluationQuery | { q: string; kind: Kind; answers: string[] }
  codes: string[]
  /** the page said its results match only part of the query */
  partial: boolean
  status: string
}

const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-search-quality-'))

async function demoSnapshot(): Promise<string> {
  if (values['demo-snapshot']) return path.resolve(values['demo-snapshot'])
  const dir = path.join(tempRoot, 'demo-snapshot')
  // Imported here: they start Payload, which the synthetic catalogue does not need.
  const { startPayload, stopPayload } = await import('../../tests/helpers/payload')
  const { seedDemo } = await import('../seed/seedDemo')
  const { exportSnapshot } = await import('../../cms/publication/exportSnapshot')
  const { writeSnapshot } = await import('../../release/writeSnapshot')
  const { payload, database } = await startPayload('sqlite')
  try {
    await seedDemo(payload)
    await writeSnapshot(await exportSnapshot(payload), dir)
  } finally {
    await stopPayload(payload, database)
  }
  return dir
}

function syntheticSnapshotDir(): string {
  const dir = path.join(tempRoot, 'synthetic-snapshot')
  writeSyntheticSnapshot(dir, {
    localities: Number(values.localities),
    procedures: Number(values.procedures),
  })
  return dir
}

/** The same release without keywords and synonyms, as national records come. */
function bareCopy(dir: string): string {
  const out = path.join(tempRoot, `${path.basename(dir)}-bare`)
  fs.cpSync(dir, out, { recursive: true })
  const snapshot = JSON.parse(fs.readFileSync(path.join(dir, 'snapshot.json'), 'utf8')) as Snapshot
  const { metadata, ...content } = snapshot
  for (const p of content.procedures) {
    p.keywords = []
    p.synonyms = []
  }
  const bare = { metadata: { ...metadata, contentHash: contentHash(content) }, ...content }
  fs.writeFileSync(path.join(out, 'snapshot.json'), canonicalJSON(bare))
  return out
}

/** Types the query and waits for the page's answer. */
async function runQuery(page: Page, query: string): Promise<Omit<Outcome, 'query'>> {
  const before = await page.textContent('[data-status]')
  await page.fill('input[name="q"]', query)
  await page.press('input[name="q"]', 'Enter')
  await page.waitForFunction(
    (previous) => {
      const text = document.querySelector('[data-status]')?.textContent ?? ''
      return text !== previous && text !== 'Đang tìm…' && text !== ''
    },
    before,
    { timeout: 30_000 },
  )
  return page.evaluate(() => ({
    codes: [...document.querySelectorAll('[data-results] > li .facts')].map(
      (f) => /Mã số (\S+)/.exec(f.textContent ?? '')?.[1] ?? '',
    ),
    partial: document.querySelector('[data-results]')?.getAttribute('data-match') === 'part',
    status: document.querySelector('[data-status]')?.textContent ?? '',
  }))
}

/** Every procedure's name as typed without marks, answered by every procedure of that name. */
function exactNameQueries(snapshot: Snapshot): Outcome['query'][] {
  const byName = new Map<string, string[]>()
  for (const p of snapshot.procedures) {
    const name = fold(p.name).replace(/^thu tuc /, '')
    byName.set(name, [...(byName.get(name) ?? []), p.code])
  }
  return [...byName].map(([name, codes]) => ({ q: name, kind: 'ten-tu-dong', answers: codes }))
}

async function evaluate(label: string, snapshotDir: string) {
  const snapshot = JSON.parse(
    fs.readFileSync(path.join(snapshotDir, 'snapshot.json'), 'utf8'),
  ) as Snapshot
  const codes = new Set(snapshot.procedures.map((p) => p.code))
  const written = values.last ? EVALUATION_QUERIES.slice(-Number(values.last)) : EVALUATION_QUERIES
  const queries: Outcome['query'][] = [
    ...written
      .map((query) => ({ ...query, answers: query.answers.filter((c) => codes.has(c)) }))
      .filter((query) => query.kind === 'khong-co' || query.answers.length > 0),
    ...(values.last ? [] : exactNameQueries(snapshot)),
  ]
  const outDir = path.join(tempRoot, `${label}-site`)
  const built = await buildSite({ snapshotDir, outDir })
  const server = await serveStatic(outDir, '/')
  const browser = await launchChromium()
  const started = performance.now()
  const cpu = process.cpuUsage()
  const outcomes: Outcome[] = []
  try {
    const context = await browser.newContext({ locale: 'vi-VN' })
    const open = async () => {
      const page = await context.newPage()
      await page.goto(`${server.url}tim-kiem/`)
      return page
    }
    if (values.first) {
      // Each query the first search of its page, as a citizen arriving by a link types it.
      for (const query of queries) {
        const page = await open()
        outcomes.push({ query, ...(await runQuery(page, query.q)) })
        await page.close()
      }
    } else {
      const page = await open()
      for (const query of queries) outcomes.push({ query, ...(await runQuery(page, query.q)) })
    }
  } finally {
    await browser.close()
    await server.close()
  }
  const seconds = (performance.now() - started) / 1000
  const used = process.cpuUsage(cpu)
  report(label, snapshot, outcomes, { build: built.durationMs / 1000, seconds, cpu: used })
  return outcomes
}

const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)} %` : '–')

function report(
  label: string,
  snapshot: Snapshot,
  outcomes: Outcome[],
  time: { build: number; seconds: number; cpu: NodeJS.CpuUsage },
) {
  console.log(
    `\n## ${label}: ${snapshot.procedures.length} procedures; build ${time.build.toFixed(1)} s; ${outcomes.length} queries in ${time.seconds.toFixed(1)} s (this process's CPU ${((time.cpu.user + time.cpu.system) / 1e6).toFixed(1)} s); load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
  )
  console.log('| kind | queries | top 1 | top 3 | empty page | notes |')
  console.log('| --- | ---: | ---: | ---: | ---: | --- |')
  const kinds = [...Object.keys(QUERY_KINDS), 'ten-tu-dong'] as Kind[]
  let citizen = { n: 0, top3: 0 }
  for (const kind of kinds) {
    const rows = outcomes.filter((o) => o.query.kind === kind)
    if (!rows.length) continue
    if (kind === 'khong-co') {
      const claimed = rows.filter((o) => o.codes.length > 0 && !o.partial)
      console.log(
        `| ${QUERY_KINDS[kind]} | ${rows.length} | – | – | ${rows.filter((o) => !o.codes.length).length} | ${claimed.length} claimed full matches${claimed.length ? `: ${claimed.map((o) => o.query.q).join('; ')}` : ''} |`,
      )
      continue
    }
    const hit = (o: Outcome, k: number) =>
      o.codes.slice(0, k).some((c) => o.query.answers.includes(c))
    const top1 = rows.filter((o) => hit(o, 1)).length
    const top3 = rows.filter((o) => hit(o, 3)).length
    const empty = rows.filter((o) => o.codes.length === 0).length
    if (!['ma', 'ten', 'ten-tu-dong'].includes(kind))
      citizen = { n: citizen.n + rows.length, top3: citizen.top3 + top3 }
    const label = kind === 'ten-tu-dong' ? 'Tên đầy đủ mọi thủ tục (tự động)' : QUERY_KINDS[kind]
    console.log(
      `| ${label} | ${rows.length} | ${pct(top1, rows.length)} | ${pct(top3, rows.length)} | ${empty} | |`,
    )
  }
  console.log(
    `\nCitizen queries (all but codes and names): top 3 ${pct(citizen.top3, citizen.n)} of ${citizen.n}.`,
  )
  if (values.verbose) {
    console.log('\nMissed (not in the top 3):')
    for (const o of outcomes) {
      if (
        o.query.kind === 'khong-co' ||
        o.codes.slice(0, 3).some((c) => o.query.answers.includes(c))
      )
        continue
      console.log(
        `  [${o.query.kind}] "${o.query.q}" → ${o.codes.slice(0, 3).join(', ') || '(nothing)'}${o.partial ? ' (partial)' : ''}; wanted ${o.query.answers.join(', ')}`,
      )
    }
  }
}

async function main() {
  const which = values.catalogue!
  const bare = values.bare!
  const catalogues: [string, () => Promise<string> | string][] = []
  if (which === 'demo' || which === 'all') catalogues.push(['demo', demoSnapshot])
  if (which === 'synthetic' || which === 'all') catalogues.push(['synthetic', syntheticSnapshotDir])
  const results: Record<string, Outcome[]> = {}
  try {
    for (const [name, make] of catalogues) {
      const dir = await make()
      if (bare !== 'only') results[name] = await evaluate(name, dir)
      if (bare !== 'no')
        results[`${name}-bare`] = await evaluate(`${name} (no keywords or synonyms)`, bareCopy(dir))
    }
  } finally {
    if (!values.keep) fs.rmSync(tempRoot, { recursive: true, force: true })
  }
  if (values.json) fs.writeFileSync(values.json, JSON.stringify(results, null, 2))
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
