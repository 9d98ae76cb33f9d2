/**
 * The one reading of a one-stop desk's results (kết quả giải quyết hồ sơ thủ tục hành chính): the
 * counts a report states, the check that they add up, the rates computed from them, and how
 * reports roll up over periods and over localities. The CMS refuses and measures with it, the site
 * shows what it computes; neither computes a rate any other way.
 *
 * A count the report does not state is `null` (unknown), never 0: a desk that reports no withdrawn
 * dossiers said 0, a desk whose software has no such column said nothing. A rate that needs an
 * unknown count is unknown, and a period with no dossiers has no rate at all.
 */
import type { Label } from './enumerations'

/**
 * The counts of one report row, in the order of the common reporting template (one-stop software
 * exports the same columns): dossiers to handle, then what became of them.
 */
export const DOSSIER_COUNTS = [
  'carriedOver',
  'receivedOnline',
  'receivedDirect',
  'receivedPostal',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pendingWithinTime',
  'pendingOverdue',
  'withdrawn',
] as const
export type DossierCount = (typeof DOSSIER_COUNTS)[number]
/** `null`: not stated by the report. */
export type DossierCounts = Record<DossierCount, number | null>

export const dossierCountLabels: Record<DossierCount, Label> = {
  carriedOver: { vi: 'Kỳ trước chuyển sang', en: 'Carried over' },
  receivedOnline: { vi: 'Tiếp nhận trực tuyến', en: 'Received online' },
  receivedDirect: { vi: 'Tiếp nhận trực tiếp', en: 'Received in person' },
  receivedPostal: { vi: 'Tiếp nhận qua bưu chính công ích', en: 'Received by post' },
  resolvedEarly: { vi: 'Giải quyết trước hạn', en: 'Resolved early' },
  resolvedOnTime: { vi: 'Giải quyết đúng hạn', en: 'Resolved on time' },
  resolvedLate: { vi: 'Giải quyết quá hạn', en: 'Resolved late' },
  pendingWithinTime: { vi: 'Đang giải quyết trong hạn', en: 'In progress, within time' },
  pendingOverdue: { vi: 'Đang giải quyết quá hạn', en: 'In progress, overdue' },
  withdrawn: { vi: 'Rút hồ sơ, trả lại', en: 'Withdrawn or returned' },
}

const RECEIVED = ['receivedOnline', 'receivedDirect', 'receivedPostal'] as const
const RESOLVED = ['resolvedEarly', 'resolvedOnTime', 'resolvedLate'] as const
const PENDING = ['pendingWithinTime', 'pendingOverdue'] as const
/** Where the dossiers came from (carried over, received) and what became of them. */
const SOURCES = ['carriedOver', ...RECEIVED] as const
const OUTCOMES = [...RESOLVED, ...PENDING, 'withdrawn'] as const

/** The sum of `keys`, or null when any of them is unknown. */
export function total(counts: DossierCounts, keys: readonly DossierCount[]): number | null {
  let sum = 0
  for (const key of keys) {
    const value = counts[key]
    if (value === null) return null
    sum += value
  }
  return sum
}

export const resolved = (c: DossierCounts) => total(c, RESOLVED)
export const pending = (c: DossierCounts) => total(c, PENDING)
/**
 * Dossiers to handle in the period: carried over and received. When a channel is not stated (a
 * desk's software gives direct and postal receipts as one number), what became of them says it:
 * a report whose sums do not hold is refused (`checkSums`), so the outcomes are the same number.
 */
export const toHandle = (c: DossierCounts) => total(c, SOURCES) ?? total(c, OUTCOMES)
/** Dossiers received in the period, by channel or, as `toHandle`, from the outcomes. */
export function received(c: DossierCounts): number | null {
  const byChannel = total(c, RECEIVED)
  if (byChannel !== null) return byChannel
  const outcomes = total(c, OUTCOMES)
  return outcomes === null || c.carriedOver === null ? null : outcomes - c.carriedOver
}

export type SumCheck =
  | { kind: 'ok'; toHandle: number }
  /** Some counts are unknown, so the sum cannot be checked; the others are not contradictory. */
  | { kind: 'unchecked'; unknown: DossierCount[] }
  /** What became of the dossiers does not add up to the dossiers there were to handle. */
  | { kind: 'mismatch'; toHandle: number; accounted: number }
  | { kind: 'invalid'; count: DossierCount; value: number }

/**
 * Resolved + in progress + withdrawn = carried over + received. With unknown counts the report can
 * still contradict itself (what is known already exceeds all there was to handle): that is a
 * mismatch too.
 */
export function checkSums(counts: DossierCounts): SumCheck {
  for (const key of DOSSIER_COUNTS) {
    const value = counts[key]
    if (value !== null && (!Number.isInteger(value) || value < 0))
      return { kind: 'invalid', count: key, value }
  }
  const sources = total(counts, SOURCES)
  const outcomes = total(counts, OUTCOMES)
  if (sources !== null && outcomes !== null)
    return sources === outcomes
      ? { kind: 'ok', toHandle: sources }
      : { kind: 'mismatch', toHandle: sources, accounted: outcomes }
  if (sources !== null) {
    const knownOutcomes = OUTCOMES.reduce((sum, key) => sum + (counts[key] ?? 0), 0)
    if (knownOutcomes > sources)
      return { kind: 'mismatch', toHandle: sources, accounted: knownOutcomes }
  }
  return { kind: 'unchecked', unknown: DOSSIER_COUNTS.filter((key) => counts[key] === null) }
}

/** Why a sum check refused, in Vietnamese, naming the numbers that disagree. */
export function sumCheckMessage(check: SumCheck): string | null {
  switch (check.kind) {
    case 'ok':
    case 'unchecked':
      return null
    case 'invalid':
      return `"${dossierCountLabels[check.count].vi}" phải là số nguyên không âm (đang là ${check.value}).`
    case 'mismatch':
      return (
        `Số liệu không khớp: đã giải quyết + đang giải quyết + rút/trả lại = ${check.accounted}, ` +
        `nhưng kỳ trước chuyển sang + tiếp nhận trong kỳ = ${check.toHandle}.`
      )
  }
}

export type Rate =
  | { kind: 'rate'; percent: number; numerator: number; denominator: number }
  /** No dossiers to handle: there is nothing to be on time or late with. */
  | { kind: 'no-dossiers' }
  | { kind: 'unknown' }

function rate(numerator: number | null, denominator: number | null): Rate {
  if (numerator === null || denominator === null) return { kind: 'unknown' }
  if (denominator === 0) return { kind: 'no-dossiers' }
  return { kind: 'rate', percent: (numerator / denominator) * 100, numerator, denominator }
}

/**
 * The common formula: late = (resolved late + in progress overdue) / dossiers to handle;
 * on time = 100 % − late (early counts as on time).
 */
export function lateRate(counts: DossierCounts): Rate {
  return rate(total(counts, ['resolvedLate', 'pendingOverdue']), toHandle(counts))
}

export function onTimeRate(counts: DossierCounts): Rate {
  const late = lateRate(counts)
  if (late.kind !== 'rate') return late
  return {
    kind: 'rate',
    percent: 100 - late.percent,
    numerator: late.denominator - late.numerator,
    denominator: late.denominator,
  }
}

/** Of the dossiers received in the period, the share received online. */
export function onlineShare(counts: DossierCounts): Rate {
  return rate(counts.receivedOnline, received(counts))
}

// One formatter each, made once: `toLocaleString` builds a new one per call, and a province's
// results pages print hundreds of thousands of numbers.
const COUNT = new Intl.NumberFormat('vi-VN')
const PERCENT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })

/** A count as Vietnamese write it ("1.250"), or `unknown` for a count not stated. */
export const formatCount = (n: number | null, unknown = 'Chưa có thông tin'): string =>
  n === null ? unknown : COUNT.format(n)

/** "98,5 %", one decimal at most, Vietnamese decimal comma; the words for no rate. */
export function formatRate(r: Rate): string {
  if (r.kind === 'unknown') return 'Chưa có thông tin'
  if (r.kind === 'no-dossiers') return 'Không có hồ sơ'
  const rounded = Math.round(r.percent * 10) / 10
  return `${PERCENT.format(rounded)} %`
}

export const emptyCounts = (): DossierCounts =>
  Object.fromEntries(DOSSIER_COUNTS.map((key) => [key, null])) as DossierCounts

/**
 * The counts of several rows of one period (procedures of a locality, localities of a province):
 * each count summed, unknown as soon as one row does not state it.
 */
export function sumCounts(rows: readonly DossierCounts[]): DossierCounts {
  const sum = {} as DossierCounts
  for (const key of DOSSIER_COUNTS) sum[key] = 0
  for (const row of rows)
    for (const key of DOSSIER_COUNTS) {
      const value = row[key]
      sum[key] = sum[key] === null || value === null ? null : (sum[key] as number) + value
    }
  return sum
}

/**
 * The counts of consecutive periods read as one: what was carried into the first, what flowed in
 * and out during all of them, and what was still in progress at the end of the last. `series`
 * is in time order and without gaps (`coversMonths` says whether it is).
 */
export function sumOverTime(series: readonly DossierCounts[]): DossierCounts {
  if (series.length === 0) return emptyCounts()
  const flows = sumCounts(series)
  const last = series[series.length - 1]
  return {
    ...flows,
    carriedOver: series[0].carriedOver,
    pendingWithinTime: last.pendingWithinTime,
    pendingOverdue: last.pendingOverdue,
  }
}

// ---------------------------------------------------------------------------------------------
// Periods: "2026-03" (a month), "2026-Q1" (a quarter), "2026" (a year).

export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const
export type PeriodKind = (typeof PERIOD_KINDS)[number]
export const periodKindLabels: Record<PeriodKind, Label> = {
  month: { vi: 'Tháng', en: 'Month' },
  quarter: { vi: 'Quý', en: 'Quarter' },
  year: { vi: 'Năm', en: 'Year' },
}

export interface Period {
  kind: PeriodKind
  year: number
  /** 1–12 for a month, 1–4 for a quarter, absent for a year */
  index?: number
}

const PERIOD = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])))?$/

/** The period a key names, or null when the key is not one. */
export function parsePeriod(key: string): Period | null {
  const m = PERIOD.exec(key)
  if (!m) return null
  const year = Number(m[1])
  if (m[2]) return { kind: 'month', year, index: Number(m[2]) }
  if (m[3]) return { kind: 'quarter', year, index: Number(m[3]) }
  return { kind: 'year', year }
}

export function periodKey(period: Period): string {
  if (period.kind === 'year') return String(period.year)
  if (period.kind === 'quarter') return `${period.year}-Q${period.index}`
  return `${period.year}-${String(period.index).padStart(2, '0')}`
}

const ROMAN = ['I', 'II', 'III', 'IV']

/** "Tháng 03/2026", "Quý I/2026", "Năm 2026". */
export function periodLabel(key: string): string {
  const period = parsePeriod(key)
  if (!period) return key
  if (period.kind === 'year') return `Năm ${period.year}`
  if (period.kind === 'quarter') return `Quý ${ROMAN[(period.index as number) - 1]}/${period.year}`
  return `Tháng ${String(period.index).padStart(2, '0')}/${period.year}`
}

/** The label inside a sentence: "quý I/2026", "tháng 03/2026", "năm 2026". */
export const periodPhrase = (key: string): string =>
  periodLabel(key).replace(/^\p{Lu}/u, (first) => first.toLowerCase())

/** The month keys a period covers, in order. */
export function monthsOf(key: string): string[] {
  const period = parsePeriod(key)
  if (!period) return []
  const month = (m: number) => `${period.year}-${String(m).padStart(2, '0')}`
  if (period.kind === 'month') return [key]
  if (period.kind === 'quarter') {
    const first = ((period.index as number) - 1) * 3 + 1
    return [first, first + 1, first + 2].map(month)
  }
  return Array.from({ length: 12 }, (_, i) => month(i + 1))
}

/** The month after `key` ("2026-12" → "2027-01"). */
export function nextMonth(key: string): string {
  const period = parsePeriod(key)
  if (period?.kind !== 'month') throw new Error(`Không phải một tháng: ${key}`)
  const index = period.index as number
  return index === 12
    ? `${period.year + 1}-01`
    : `${period.year}-${String(index + 1).padStart(2, '0')}`
}

/** The `count` months that end with `last`, oldest first. */
export function monthsEnding(last: string, count: number): string[] {
  const period = parsePeriod(last)
  if (period?.kind !== 'month') throw new Error(`Không phải một tháng: ${last}`)
  const ordinal = period.year * 12 + (period.index as number) - 1
  return Array.from({ length: count }, (_, i) => {
    const o = ordinal - count + 1 + i
    return `${Math.floor(o / 12)}-${String((o % 12) + 1).padStart(2, '0')}`
  })
}

/** The period of `kind` that contains month `month` ("2026-08" → "2026-Q3", "2026"). */
export function periodContaining(kind: PeriodKind, month: string): string {
  const period = parsePeriod(month)
  if (period?.kind !== 'month') throw new Error(`Không phải một tháng: ${month}`)
  if (kind === 'month') return month
  if (kind === 'year') return String(period.year)
  return `${period.year}-Q${Math.ceil((period.index as number) / 3)}`
}

/** The `count` periods of `last`'s kind that end with `last`, oldest first. */
export function periodsEnding(last: string, count: number): string[] {
  const period = parsePeriod(last)
  if (!period) throw new Error(`Không phải một kỳ: ${last}`)
  if (period.kind === 'month') return monthsEnding(last, count)
  if (period.kind === 'year')
    return Array.from({ length: count }, (_, i) => String(period.year - count + 1 + i))
  const ordinal = period.year * 4 + (period.index as number) - 1
  return Array.from({ length: count }, (_, i) => {
    const o = ordinal - count + 1 + i
    return `${Math.floor(o / 4)}-Q${(o % 4) + 1}`
  })
}

/** Periods in time order; at the same start, the longer one first (year, quarter, month). */
export function comparePeriods(a: string, b: string): number {
  const [ma, mb] = [monthsOf(a), monthsOf(b)]
  if (ma[0] !== mb[0]) return ma[0] < mb[0] ? -1 : 1
  return mb.length - ma.length
}
