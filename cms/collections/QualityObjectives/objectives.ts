/**
 * Quality objectives (mục tiêu chất lượng, TCVN ISO 9001:2015 clause 6.2): what a locality
 * measures, how it is judged per period, and when a run of misses calls for a review. Pure: the
 * collection, the review-task check and the dashboard read the same functions, and the rates come
 * from the one reading of the results (content-schemas/serviceResults.ts).
 *
 * Unknown and "nothing to measure" are outcomes of their own: a period with no report, or a report
 * with an unknown count the measure needs, is never judged met or missed; a period with no
 * dossiers is not a pass.
 */
import type { Label } from '../../../content-schemas/enumerations'
import {
  formatRate,
  periodContaining,
  periodsEnding,
  lateRate,
  monthsOf,
  onlineShare,
  onTimeRate,
  parsePeriod,
  periodLabel,
  sumCounts,
  sumOverTime,
  type DossierCounts,
  type PeriodKind,
  type Rate,
} from '../../../content-schemas/serviceResults'

/** What an objective measures. Defined once: the form's options, the evaluation and the labels. */
export const OBJECTIVE_MEASURES = [
  'on-time-rate',
  'late-rate',
  'online-share',
  'compliant-share',
] as const
export type ObjectiveMeasure = (typeof OBJECTIVE_MEASURES)[number]

export const measureLabels: Record<ObjectiveMeasure, Label> = {
  'on-time-rate': {
    vi: 'Tỷ lệ hồ sơ giải quyết đúng hạn (kể cả trước hạn)',
    en: 'Dossiers resolved on time (early included)',
  },
  'late-rate': {
    vi: 'Tỷ lệ hồ sơ quá hạn (đã giải quyết và đang giải quyết)',
    en: 'Dossiers late (resolved or in progress)',
  },
  'online-share': {
    vi: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến',
    en: 'Dossiers received online',
  },
  'compliant-share': {
    vi: 'Tỷ lệ thủ tục áp dụng niêm yết đúng quy định',
    en: 'Applied procedures posted as required',
  },
}

/** Where a measure's figures come from. */
export const measureSources: Record<ObjectiveMeasure, 'results' | 'compliance'> = {
  'on-time-rate': 'results',
  'late-rate': 'results',
  'online-share': 'results',
  'compliant-share': 'compliance',
}

/** What "nothing to measure" means for each measure. */
const emptyLabels: Record<ObjectiveMeasure, string> = {
  'on-time-rate': 'Không có hồ sơ',
  'late-rate': 'Không có hồ sơ',
  'online-share': 'Không có hồ sơ tiếp nhận',
  'compliant-share': 'Không có thủ tục áp dụng',
}

export const COMPARATORS = ['at-least', 'at-most'] as const
export type Comparator = (typeof COMPARATORS)[number]
export const comparatorLabels: Record<Comparator, Label> = {
  'at-least': { vi: '≥ (tối thiểu)', en: '≥ (at least)' },
  'at-most': { vi: '≤ (tối đa)', en: '≤ (at most)' },
}
const comparatorSigns: Record<Comparator, string> = { 'at-least': '≥', 'at-most': '≤' }

/** The terms an objective is judged by. Dates are Vietnamese calendar days (yyyy-mm-dd). */
export interface ObjectiveTerms {
  measure: ObjectiveMeasure
  comparator: Comparator
  /** Percent, 0–100. */
  target: number
  periodKind: PeriodKind
  effectiveFrom?: string | null
  effectiveTo?: string | null
}

/** "≥ 98 %" */
export function targetText(terms: Pick<ObjectiveTerms, 'comparator' | 'target'>): string {
  return `${comparatorSigns[terms.comparator]} ${formatRate({ kind: 'rate', percent: terms.target, numerator: 0, denominator: 1 })}`
}

export type Outcome =
  | { kind: 'met' | 'missed'; rate: Extract<Rate, { kind: 'rate' }> }
  /** Nothing to measure (no dossiers, no applied procedure): neither met nor missed. */
  | { kind: 'empty' }
  /** No figures for the period, or a count the measure needs is unknown. */
  | { kind: 'unknown' }

export const outcomeLabels: Record<Outcome['kind'], string> = {
  met: 'Đạt',
  missed: 'Không đạt',
  empty: 'Không có gì để đo',
  unknown: 'Chưa có số liệu',
}

/** "Đạt (98,5 %)", "Không đạt (96 %)", "Không có hồ sơ", "Chưa có số liệu". */
export function outcomeText(measure: ObjectiveMeasure, outcome: Outcome): string {
  if (outcome.kind === 'empty') return emptyLabels[measure]
  if (outcome.kind === 'unknown') return outcomeLabels.unknown
  return `${outcomeLabels[outcome.kind]} (${formatRate(outcome.rate)})`
}

/** The rate a results measure reads from a period's counts. */
export function resultsRate(measure: ObjectiveMeasure, counts: DossierCounts): Rate {
  switch (measure) {
    case 'on-time-rate':
      return onTimeRate(counts)
    case 'late-rate':
      return lateRate(counts)
    case 'online-share':
      return onlineShare(counts)
    case 'compliant-share':
      throw new Error('compliant-share is read from the compliance checks, not from results')
  }
}

/**
 * A rate against the target. Compared on the counts (numerator × 100 against target ×
 * denominator), so 49 of 50 is exactly 98 % and meets "≥ 98 %".
 */
export function judge(terms: Pick<ObjectiveTerms, 'comparator' | 'target'>, rate: Rate): Outcome {
  if (rate.kind === 'unknown') return { kind: 'unknown' }
  if (rate.kind === 'no-dossiers') return { kind: 'empty' }
  const difference = rate.numerator * 100 - terms.target * rate.denominator
  const met = terms.comparator === 'at-least' ? difference >= -1e-9 : difference <= 1e-9
  return { kind: met ? 'met' : 'missed', rate }
}

// ---------------------------------------------------------------------------------------------
// Periods of a kind.

/** The period of `kind` before the one containing `today` (yyyy-mm-dd): the last one ended. */
export function lastEndedPeriod(kind: PeriodKind, today: string): string {
  return periodsEnding(periodContaining(kind, today.slice(0, 7)), 2)[0]!
}

/** Whether period `key` overlaps the objective's effective dates. */
export function inEffect(terms: ObjectiveTerms, key: string): boolean {
  const months = monthsOf(key)
  const first = months[0]!
  const last = months[months.length - 1]!
  if (terms.effectiveFrom && last < terms.effectiveFrom.slice(0, 7)) return false
  if (terms.effectiveTo && first > terms.effectiveTo.slice(0, 7)) return false
  return true
}

// ---------------------------------------------------------------------------------------------
// A locality's figures.

/** A locality's reports by period key: each report's rows summed (sumCounts). */
export type ReportsByPeriod = ReadonlyMap<string, DossierCounts>

/** One report's figures for its locality as a whole: its rows summed. */
export const reportTotal = (rows: readonly DossierCounts[]): DossierCounts => sumCounts(rows)

/**
 * The counts of period `key`: its own report if there is one, otherwise its months (a year also
 * from its four quarters) read as one, when every one of them was reported; null (unknown) when
 * any is missing.
 */
export function countsOfPeriod(key: string, reports: ReportsByPeriod): DossierCounts | null {
  const own = reports.get(key)
  if (own) return own
  const period = parsePeriod(key)
  if (!period || period.kind === 'month') return null
  const parts: string[][] = [monthsOf(key)]
  if (period.kind === 'year') parts.push([1, 2, 3, 4].map((q) => `${period.year}-Q${q}`))
  for (const keys of parts) {
    const series = keys.map((k) => reports.get(k))
    if (series.every((c): c is DossierCounts => c !== undefined)) return sumOverTime(series)
  }
  return null
}

export interface Figures {
  /** The locality's published results reports. */
  reports: ReportsByPeriod
  /**
   * The compliance checks as read per month (compliant applied procedures of all published ones):
   * the nightly readings, and today's own for the current month. The checks say how things stand
   * when read, so a month without a reading is unknown.
   */
  compliance?: ReadonlyMap<string, Rate> | null
}

export interface PeriodOutcome {
  period: string
  outcome: Outcome
}

/** The outcome of one period. */
export function evaluatePeriod(terms: ObjectiveTerms, key: string, figures: Figures): Outcome {
  if (measureSources[terms.measure] === 'compliance') {
    // A quarter or year stands as its last month read says (the state at its end, or today's).
    const month = monthsOf(key)
      .reverse()
      .find((m) => figures.compliance?.has(m))
    return month ? judge(terms, figures.compliance!.get(month)!) : { kind: 'unknown' }
  }
  const counts = countsOfPeriod(key, figures.reports)
  return counts ? judge(terms, resultsRate(terms.measure, counts)) : { kind: 'unknown' }
}

/**
 * The outcomes of the `count` periods ending with `last` that the objective is in effect for,
 * oldest first. `last` is the objective's kind (see `latestPeriod`).
 */
export function evaluateObjective(
  terms: ObjectiveTerms,
  figures: Figures,
  last: string,
  count = 12,
): PeriodOutcome[] {
  return periodsEnding(last, count)
    .filter((key) => inEffect(terms, key))
    .map((period) => ({ period, outcome: evaluatePeriod(terms, period, figures) }))
}

/**
 * The last period an objective is judged on at `today`: for results, the last period ended (a
 * month is reported after it ends); for the compliance checks, the current one (they read today).
 */
export function latestPeriod(terms: ObjectiveTerms, today: string): string {
  return measureSources[terms.measure] === 'compliance'
    ? periodContaining(terms.periodKind, today.slice(0, 7))
    : lastEndedPeriod(terms.periodKind, today)
}

/** The newest period with a known outcome (met, missed or empty), if any. */
export function latestKnown(outcomes: readonly PeriodOutcome[]): PeriodOutcome | null {
  for (let i = outcomes.length - 1; i >= 0; i--)
    if (outcomes[i]!.outcome.kind !== 'unknown') return outcomes[i]!
  return null
}

/**
 * The run of misses the objective is in: the newest known outcome missed, and the period before it
 * too. A period without figures breaks a run (it is not known to be a miss), and so does one with
 * nothing to measure. `outcomes` are consecutive periods (evaluateObjective: an objective is in
 * effect over one stretch of time). Null when there is no such run.
 */
export function currentMissRun(outcomes: readonly PeriodOutcome[]): PeriodOutcome[] | null {
  const known = latestKnown(outcomes)
  if (!known || known.outcome.kind !== 'missed') return null
  const end = outcomes.indexOf(known)
  let start = end
  while (start > 0 && outcomes[start - 1]!.outcome.kind === 'missed') start--
  return end - start >= 1 ? outcomes.slice(start, end + 1) : null
}

/** "Tháng 08/2026 (97,1 %), Tháng 09/2026 (96,5 %)" */
export function runText(run: readonly PeriodOutcome[]): string {
  return run
    .map(({ period, outcome }) =>
      outcome.kind === 'met' || outcome.kind === 'missed'
        ? `${periodLabel(period)} (${formatRate(outcome.rate)})`
        : periodLabel(period),
    )
    .join(', ')
}
