import { parsePeriod, periodKey, type PeriodKind } from '../../../content-schemas/serviceResults'

/** A management review covers a quarter or a year (TCVN ISO 9001:2015, 9.3: "at planned intervals"). */
export const REVIEW_PERIOD_KINDS = ['quarter', 'year'] as const satisfies readonly PeriodKind[]
export type ReviewPeriodKind = (typeof REVIEW_PERIOD_KINDS)[number]

/** The earliest and latest year a review may cover: a typo (206, 20266) is refused, not stored. */
export const FIRST_YEAR = 2000
export const LAST_YEAR = 2100

/**
 * The period key ("2026-Q4", "2026") of a review from its form fields, or a refusal in words.
 * Pure, so the form's rule is tested without a database.
 */
export function reviewPeriodOf(fields: {
  periodKind?: string | null
  year?: number | null
  quarter?: string | number | null
}): { key: string } | { error: { path: string; message: string } } {
  const kind = fields.periodKind
  if (kind !== 'quarter' && kind !== 'year')
    return { error: { path: 'periodKind', message: 'Hãy chọn kỳ xem xét: quý hoặc năm.' } }
  const year = fields.year
  if (typeof year !== 'number' || !Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
    return {
      error: {
        path: 'year',
        message: `Năm phải là một số từ ${FIRST_YEAR} đến ${LAST_YEAR} (đang là ${year ?? 'trống'}).`,
      },
    }
  if (kind === 'year') return { key: periodKey({ kind: 'year', year }) }
  const quarter = Number(fields.quarter)
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)
    return { error: { path: 'quarter', message: 'Hãy chọn quý (I, II, III hoặc IV).' } }
  return { key: periodKey({ kind: 'quarter', year, index: quarter }) }
}

/** First and last day (yyyy-mm-dd) of a period key. */
export function periodBounds(key: string): { from: string; to: string } {
  const period = parsePeriod(key)
  if (!period || period.kind === 'month') throw new Error(`Không phải kỳ xem xét: ${key}`)
  if (period.kind === 'year') return { from: `${period.year}-01-01`, to: `${period.year}-12-31` }
  const first = ((period.index as number) - 1) * 3 + 1
  const last = first + 2
  const lastDay = new Date(Date.UTC(period.year, last, 0)).getUTCDate()
  const mm = (m: number) => String(m).padStart(2, '0')
  return {
    from: `${period.year}-${mm(first)}-01`,
    to: `${period.year}-${mm(last)}-${lastDay}`,
  }
}
