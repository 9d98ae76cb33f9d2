import fs from 'node:fs'
import path from 'node:path'

import type { Machine } from './machine'
import { formatDuration, formatMs, type Summary } from './stats'

export const TARGET = { p50: 10, p95: 50 } as const

export type RowGroup = 'core' | 'anonymous' | 'extra'

export interface Row {
  /** e.g. "1. applied-procedures: find by locality" */
  name: string
  /** the call, in short, e.g. "limit 50, depth 1" */
  detail: string
  group: RowGroup
  kind: 'read' | 'write'
  summary: Summary
  /** median SQL statements per call */
  queries: number
}

export interface RunReport {
  date: string
  adapter: 'sqlite' | 'postgres'
  databaseVersion: string
  /** commit measured, see codeVersion() */
  code: string
  machine: Machine
  sizes: Record<string, number>
  loadTimes: Record<string, number>
  iterations: number
  warmup: number
  loadConcurrency: number
  /** 1-minute load average when the timed part started and ended (other processes share the machine) */
  loadAverage: [number, number]
  rows: Row[]
}

export const meetsTarget = (row: Row): boolean =>
  row.summary.p50 <= TARGET.p50 && row.summary.p95 <= TARGET.p95

/** "met", "not met (p50)" … for reads; "–" for writes, which have no target. */
export const targetVerdict = (row: Row, emphasis = true): string => {
  if (row.kind !== 'read') return '–'
  if (meetsTarget(row)) return 'met'
  const missed = [
    row.summary.p50 > TARGET.p50 ? 'p50' : '',
    row.summary.p95 > TARGET.p95 ? 'p95' : '',
  ]
    .filter(Boolean)
    .join(', ')
  return `${emphasis ? '**not met**' : 'not met'} (${missed})`
}

const GROUP_TITLE: Record<RowGroup, string> = {
  core: 'Operations (overrideAccess: true, as the Local API defaults)',
  anonymous:
    'Anonymous reader (overrideAccess: false, no user: the `_status = published` access filter applies)',
  extra: 'Extra rows: variants tried while looking for the cost (not part of the targets)',
}

export function markdownTable(rows: Row[]): string {
  const lines: string[] = []
  for (const group of ['core', 'anonymous', 'extra'] as const) {
    const inGroup = rows.filter((r) => r.group === group)
    if (inGroup.length === 0) continue
    lines.push(`**${GROUP_TITLE[group]}**`, '')
    lines.push(
      '| Operation | Call | p50 (ms) | p95 (ms) | mean (ms) | max (ms) | SQL statements / call | Read target |',
    )
    lines.push('|---|---|--:|--:|--:|--:|--:|---|')
    for (const row of inGroup) {
      const s = row.summary
      lines.push(
        `| ${row.name} | ${row.detail} | ${formatMs(s.p50)} | ${formatMs(s.p95)} | ${formatMs(s.mean)} | ${formatMs(s.max)} | ${row.queries} | ${targetVerdict(row, group !== 'extra')} |`,
      )
    }
    lines.push('')
  }
  return lines.join('\n')
}

const adapterTitle = (adapter: RunReport['adapter']) =>
  adapter === 'sqlite' ? 'SQLite' : 'PostgreSQL'
const number = (n: number | undefined) => (n ?? 0).toLocaleString('en-GB')

export function markdownSection(report: RunReport): string {
  const { machine: m, sizes: s, loadTimes: t } = report
  const targetRows = report.rows.filter((r) => r.kind === 'read' && r.group !== 'extra')
  const met = targetRows.filter(meetsTarget).length
  const appliedRate = t['applied procedures'] ? s.applied / (t['applied procedures'] / 1000) : 0
  const lines = [
    `<!-- bench:cms ${report.date} ${report.adapter} -->`,
    `### ${report.date} – ${adapterTitle(report.adapter)}`,
    '',
    `- **Machine:** ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM; Node ${m.node}; ${m.os}.`,
    `- **Code:** ${report.code}.`,
    `- **Database:** ${report.databaseVersion}, fresh database with the committed migrations${report.adapter === 'sqlite' ? ' (temporary file, WAL)' : ' (created for the run on the local server, dropped at the end)'}.`,
    `- **Data:** ${number(s.localities)} localities (1 province, ${number(s.districts)} districts, ${number(s.communes)} commune-level units), ` +
      `${number(s.sectors)} sectors, ${number(s.agencies)} agencies, ${number(s.legalDocuments)} legal documents, ` +
      `${number(s.procedures)} published procedures (${number(s.communeProcedures)} with the commune level), ` +
      `${number(s.applied)} published applied procedures over the commune-level units (about ${Math.round((s.applied ?? 0) / (s.communes || 1))} each).`,
    `- **Loading** (payload.create, every hook runs; concurrency ${report.loadConcurrency}): ` +
      Object.entries(t)
        .map(([label, ms]) => `${label} ${formatDuration(ms)}`)
        .join(', ') +
      (appliedRate ? ` (${appliedRate.toFixed(0)} applied procedures/s).` : '.'),
    `- **Method:** ${report.warmup} warm-up calls, then ${report.iterations} timed calls per row through the Local API, one call at a time, the rows interleaved (each round calls every row once); the inputs (locality, sector, procedure) rotate over the data set. ` +
      `Load average (1 min) ${report.loadAverage[0].toFixed(2)} when timing started, ${report.loadAverage[1].toFixed(2)} when it ended, on ${m.cores} cores.`,
    `- **Targets** (reads): p50 ≤ ${TARGET.p50} ms and p95 ≤ ${TARGET.p95} ms: **${met === targetRows.length ? 'met' : 'not met'}** (${met} of ${targetRows.length} read rows meet both).`,
    '',
    markdownTable(report.rows).trimEnd(),
    '',
    '<!-- /bench:cms -->',
  ]
  return lines.join('\n')
}

const INTRO = `# Benchmarks

How fast the system answers, measured on a known data set so that changes can be compared.
Each benchmark is a script, not a test; it prints a Markdown table and records it here.

- **CMS (Payload Local API):** \`npm run bench:cms\`. It always runs on SQLite (a temporary file);
  set \`BENCH_POSTGRES_URL\` (or \`TEST_POSTGRES_URL\`), e.g.
  \`TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:cms\`, to run on
  PostgreSQL too, on a database created for the run and dropped at the end. A full run loads
  20,000 applied procedures through Payload and takes about 12 minutes per database. Sizes and
  counts are set by environment variables listed at the top of \`scripts/bench/cms.ts\` (e.g.
  \`BENCH_APPLIED=2000 BENCH_ITERATIONS=50\` for a quick run; \`BENCH_WRITE_DOC=0\` leaves this
  file alone). \`node --import tsx scripts/bench/investigate.ts\` (same variables) prints each
  read's SQL statements, query plans, driver time and CPU profile; it records nothing here.
- **Public site:** \`npm run bench:site -- --province --write-doc\` (see \`scripts/bench/site.ts\`) builds
  the site from a synthetic province and records the build and page-weight figures in its own
  section.

Each run replaces the section of the same date and database, or adds one.
`

const CMS_HEADING = '## CMS (Payload Local API)'
const CMS_INTRO = `${CMS_HEADING}

Payload is started in-process on a fresh database with the committed migrations; the data set
is loaded through \`payload.create\` (all collection hooks run), then each operation is timed.
`

/** Writes `section` into the CMS part of `file`, replacing the block of the same date and adapter. */
export function recordSection(file: string, report: RunReport, section: string): void {
  let doc = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : INTRO
  if (!doc.includes(CMS_HEADING)) doc = `${doc.trimEnd()}\n\n${CMS_INTRO}`

  const open = `<!-- bench:cms ${report.date} ${report.adapter} -->`
  const start = doc.indexOf(open)
  if (start >= 0) {
    const end = doc.indexOf('<!-- /bench:cms -->', start)
    if (end < 0) throw new Error(`${file}: unterminated block for ${report.date} ${report.adapter}`)
    doc = doc.slice(0, start) + section + doc.slice(end + '<!-- /bench:cms -->'.length)
  } else {
    // After the last block of the CMS section; else at the end of the section's intro.
    const sectionStart = doc.indexOf(CMS_HEADING)
    const nextHeading = doc.indexOf('\n## ', sectionStart + CMS_HEADING.length)
    const sectionEnd = nextHeading < 0 ? doc.length : nextHeading + 1
    const lastClose = doc.lastIndexOf('<!-- /bench:cms -->', sectionEnd)
    let at: number
    if (lastClose > sectionStart) {
      at = lastClose + '<!-- /bench:cms -->'.length
    } else {
      const firstSub = doc.indexOf('\n### ', sectionStart)
      at = firstSub >= 0 && firstSub < sectionEnd ? firstSub : sectionEnd
    }
    const before = doc.slice(0, at).trimEnd()
    const after = doc.slice(at).replace(/^\n+/, '')
    doc = `${before}\n\n${section}\n${after ? `\n${after}` : ''}`
  }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, doc.endsWith('\n') ? doc : `${doc}\n`)
}
