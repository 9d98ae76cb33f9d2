import { formatRate, parsePeriod, periodLabel } from '../../../content-schemas/serviceResults'
import {
  outcomeText,
  targetText,
  type ObjectiveTerms,
  type Outcome,
  type PeriodOutcome,
} from '../../collections/QualityObjectives/objectives'

/** One bar of an objective's trend: its period, the value written above it and its height. */
export interface TrendBar {
  period: string
  /** Under the bar: "10/26", "QIII/26", "2026". */
  short: string
  /** Above the bar: "99,2" (percent), "–" with nothing to measure, "?" unknown. */
  value: string
  /** 0–100: the bar's height as a share of the chart. */
  height: number
  kind: Outcome['kind']
  /** The whole reading, for the tooltip and the screen reader: "Tháng 10/2026: Đạt (99,2 %)". */
  text: string
}

const ROMAN = ['I', 'II', 'III', 'IV']

function shortLabel(key: string): string {
  const period = parsePeriod(key)
  if (!period) return key
  const yy = String(period.year).slice(2)
  if (period.kind === 'month') return `${String(period.index).padStart(2, '0')}/${yy}`
  if (period.kind === 'quarter') return `Q${ROMAN[(period.index as number) - 1]}/${yy}`
  return String(period.year)
}

export function trendBars(terms: ObjectiveTerms, outcomes: readonly PeriodOutcome[]): TrendBar[] {
  return outcomes.map(({ period, outcome }) => {
    const percent =
      outcome.kind === 'met' || outcome.kind === 'missed' ? outcome.rate.percent : null
    return {
      period,
      short: shortLabel(period),
      value:
        percent === null
          ? outcome.kind === 'empty'
            ? '–'
            : '?'
          : formatRate({ kind: 'rate', percent, numerator: 0, denominator: 1 }).replace(' %', ''),
      height: percent ?? 0,
      kind: outcome.kind,
      text: `${periodLabel(period)}: ${outcomeText(terms.measure, outcome)}`,
    }
  })
}

/** The chart in one sentence, for screen readers: the target, then each period in order. */
export function trendSummary(terms: ObjectiveTerms, bars: readonly TrendBar[]): string {
  if (bars.length === 0) return `Chỉ tiêu ${targetText(terms)}; chưa có kỳ nào được đánh giá.`
  return `Chỉ tiêu ${targetText(terms)}. ${bars.map((bar) => bar.text).join('; ')}.`
}
