/**
 * The release's service results as the pages read them: per locality and period, the desk's
 * totals, its rows, and the roll-ups (quarters and years from complete months, the province from
 * its localities). Every count and rate comes from content-schemas/serviceResults.ts; this only
 * decides which reports make a period, and says so when they do not.
 */
import {
  comparePeriods,
  emptyCounts,
  countsOfRow,
  monthsEnding,
  monthsOf,
  parsePeriod,
  periodContaining,
  sumCounts,
  sumOverTime,
  type DossierCounts,
  type ServiceResultReport,
  type Snapshot,
} from '../../content-schemas'

export interface PeriodResult {
  period: string
  /** the desk's counts for the period, all rows together */
  totals: DossierCounts
  /** per procedure code or sector id (`sector:<id>`), the period's counts */
  rows: Map<string, DossierCounts>
  /** how the figures were made: reported for the period, or added up from its months */
  basis: 'reported' | 'months'
  demo: boolean
  sources: string[]
}

const rowKey = (row: ServiceResultReport['rows'][number]) =>
  row.procedureCode ?? `sector:${row.sectorId}`

function fromReport(report: ServiceResultReport): PeriodResult {
  const rows = new Map<string, DossierCounts>()
  for (const row of report.rows) rows.set(rowKey(row), countsOfRow(row))
  return {
    period: report.period,
    totals: sumCounts([...rows.values()]),
    rows,
    basis: 'reported',
    demo: report.demo,
    sources: report.source ? [report.source] : [],
  }
}

/** Consecutive monthly results read as one period; a row missing from a month is unknown there. */
function overMonths(period: string, months: PeriodResult[]): PeriodResult {
  const keys = new Set(months.flatMap((m) => [...m.rows.keys()]))
  const unknown = emptyCounts()
  const rows = new Map(
    [...keys].map((key) => [key, sumOverTime(months.map((m) => m.rows.get(key) ?? unknown))]),
  )
  return {
    period,
    totals: sumOverTime(months.map((m) => m.totals)),
    rows,
    basis: 'months',
    demo: months.some((m) => m.demo),
    sources: [...new Set(months.flatMap((m) => m.sources))],
  }
}

export interface LocalityResults {
  localityId: string
  /** every period with figures: reported ones and those its complete months make up, in time order */
  periods: string[]
  result: (period: string) => PeriodResult | undefined
  /** the latest reported month */
  lastMonth: string | null
}

export function localityResults(
  localityId: string,
  reports: readonly ServiceResultReport[],
): LocalityResults {
  const reported = new Map(
    reports.filter((r) => r.localityId === localityId).map((r) => [r.period, fromReport(r)]),
  )
  const made = new Map<string, PeriodResult>()
  const result = (period: string): PeriodResult | undefined => {
    const direct = reported.get(period) ?? made.get(period)
    if (direct) return direct
    const kind = parsePeriod(period)?.kind
    if (kind === 'month' || !kind) return undefined
    const months = monthsOf(period).map((m) => reported.get(m))
    if (months.some((m) => !m)) return undefined
    const built = overMonths(period, months as PeriodResult[])
    made.set(period, built)
    return built
  }
  const months = [...reported.keys()].filter((p) => parsePeriod(p)?.kind === 'month')
  const candidates = new Set<string>(reported.keys())
  for (const month of months) {
    candidates.add(periodContaining('quarter', month))
    candidates.add(periodContaining('year', month))
  }
  // A quarter or year has figures when it was reported or all its months were; it is only added up
  // when a page asks for it (a province has thousands of such periods).
  const periods = [...candidates]
    .filter((p) => reported.has(p) || monthsOf(p).every((m) => reported.has(m)))
    .sort(comparePeriods)
  return {
    localityId,
    periods,
    result,
    lastMonth: months.sort(comparePeriods).at(-1) ?? null,
  }
}

/** The twelve months ending with the locality's last report, those reported, oldest first. */
export function lastTwelveMonths(results: LocalityResults): PeriodResult[] {
  if (!results.lastMonth) return []
  return monthsEnding(results.lastMonth, 12)
    .map((m) => results.result(m))
    .filter((r): r is PeriodResult => r !== undefined)
}

/**
 * A procedure's figures at one locality over its last twelve reported months: the counts added
 * over the months the desk reported it, or undefined when no month has a row for it.
 */
export function procedureYear(
  results: LocalityResults,
  code: string,
): { counts: DossierCounts; months: number; demo: boolean; from: string; to: string } | undefined {
  const months = lastTwelveMonths(results).filter((m) => m.rows.has(code))
  if (months.length === 0) return undefined
  // Months without a row for it are left out rather than read as zero: the rate is over what was reported.
  return {
    counts: sumOverTime(months.map((m) => m.rows.get(code)!)),
    months: months.length,
    demo: months.some((m) => m.demo),
    from: months[0].period,
    to: months.at(-1)!.period,
  }
}

export interface ServiceResultsIndex {
  byLocality: Map<string, LocalityResults>
  /** every period some locality has figures for, in time order */
  periods: string[]
  demo: boolean
}

export function indexServiceResults(snapshot: Snapshot): ServiceResultsIndex {
  const reports = snapshot.serviceResults ?? []
  const ids = [...new Set(reports.map((r) => r.localityId))]
  const byLocality = new Map(ids.map((id) => [id, localityResults(id, reports)]))
  const periods = [...new Set([...byLocality.values()].flatMap((l) => l.periods))].sort(
    comparePeriods,
  )
  return { byLocality, periods, demo: reports.some((r) => r.demo) }
}
