/**
 * Demo service results: two years of monthly reports (11/2024 – 10/2026) for each locality that
 * applies procedures, one row per applied procedure that had dossiers that month. Made up, deterministic (a seeded generator),
 * and marked as demo: the public site says so wherever they appear. Their shape follows the
 * seeds' desks: a commune desk receives a few hundred dossiers a month, most of them
 * certifications (chứng thực) and civil status; almost none are late; the online share grows.
 */
import { appliedProcedures } from './applied.ts'
import { procedures } from './procedures.ts'

export interface SeedServiceResultRow {
  procedure: string // SeedProcedure.code
  carriedOver: number
  receivedOnline: number
  receivedDirect: number
  receivedPostal: number
  resolvedEarly: number
  resolvedOnTime: number
  resolvedLate: number
  pendingWithinTime: number
  pendingOverdue: number
  withdrawn: number
}

export interface SeedServiceResult {
  locality: string // SeedLocality.slug
  year: number
  month: number
  rows: SeedServiceResultRow[]
}

export const DEMO_RESULTS_SOURCE =
  'Số liệu minh họa do dự án tạo cho bản trình diễn; không phải số liệu thật của địa phương.'

/** The first and last month of the demo's reports. */
export const DEMO_RESULTS_FROM = { year: 2024, month: 11 }
export const DEMO_RESULTS_MONTHS = 24

/** Mulberry32: a small seeded generator, so that every load makes the same figures. */
function generator(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const hash = (text: string) =>
  [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7)

/** Dossiers a month for a procedure at a commune desk, by what its name says it is. */
function monthlyVolume(name: string): number {
  const n = name.toLowerCase()
  if (n.includes('chứng thực')) return 60
  if (n.includes('khai sinh')) return 12
  if (n.includes('thường trú') || n.includes('tạm trú') || n.includes('cư trú')) return 10
  if (n.includes('khai tử') || n.includes('kết hôn')) return 4
  if (n.includes('hộ nghèo') || n.includes('trợ cấp') || n.includes('bảo trợ')) return 3
  if (n.includes('đất')) return 2
  return 0.15
}

/** A Poisson count of mean `mean` (Knuth's method: the means here are small). */
function around(mean: number, random: () => number): number {
  if (mean <= 0) return 0
  const limit = Math.exp(-mean)
  let k = 0
  for (let p = random(); p > limit; p *= random()) k++
  return k
}

function split(total: number, shares: number[], random: () => number): number[] {
  const parts = shares.map((share) => Math.floor(total * share + random() * 0.999))
  // What rounding left over goes to the largest share, so the parts add up exactly.
  const largest = shares.indexOf(Math.max(...shares))
  parts[largest] += total - parts.reduce((a, b) => a + b, 0)
  if (parts[largest] < 0) {
    parts.fill(0)
    parts[largest] = total
  }
  return parts
}

/**
 * One desk's monthly reports for `months` months from `from`, one row per procedure that had
 * dossiers to handle (`everyProcedure`: a row for each, zeros included). `nameOf` gives each code's name (its volume follows what the name says).
 * Deterministic from `key`: the same desk always gets the same figures.
 */
export function monthlyReports(
  key: string,
  codes: readonly string[],
  nameOf: (code: string) => string,
  from: { year: number; month: number },
  months: number,
  { everyProcedure = false }: { everyProcedure?: boolean } = {},
): { year: number; month: number; rows: SeedServiceResultRow[] }[] {
  const random = generator(hash(key))
  const pending = new Map<string, { within: number; overdue: number }>()
  const reports = []
  for (let i = 0; i < months; i++) {
    const ordinal = from.year * 12 + from.month - 1 + i
    const year = Math.floor(ordinal / 12)
    const month = (ordinal % 12) + 1
    // Online filing grows from about a third to over half over the two years; Tết (month 2) is quiet.
    const online = 0.3 + (0.25 * i) / months
    const season = month === 2 ? 0.6 : month === 1 || month === 12 ? 1.2 : 1
    const rows = [...codes].sort().map((code): SeedServiceResultRow => {
      const carried = pending.get(code) ?? { within: 0, overdue: 0 }
      const carriedOver = carried.within + carried.overdue
      const received = around(monthlyVolume(nameOf(code)) * season, random)
      const [receivedOnline, receivedDirect, receivedPostal] = split(
        received,
        [online, 0.98 - online, 0.02],
        random,
      )
      const toHandle = carriedOver + received
      const withdrawn = random() < 0.05 ? Math.min(1, toHandle) : 0
      // About a tenth of the month's dossiers are still in progress at its end; rarely overdue.
      const stillPending = Math.min(toHandle - withdrawn, Math.round(received * 0.1 * random()))
      const pendingOverdue = stillPending > 0 && random() < 0.03 ? 1 : 0
      const pendingWithinTime = stillPending - pendingOverdue
      const resolved = toHandle - withdrawn - stillPending
      const resolvedLate = resolved > 0 && random() < 0.02 ? 1 : 0
      const [resolvedEarly, resolvedOnTime] = split(resolved - resolvedLate, [0.45, 0.55], random)
      pending.set(code, { within: pendingWithinTime, overdue: pendingOverdue })
      return {
        procedure: code,
        carriedOver,
        receivedOnline,
        receivedDirect,
        receivedPostal,
        resolvedEarly,
        resolvedOnTime,
        resolvedLate,
        pendingWithinTime,
        pendingOverdue,
        withdrawn,
      }
    })
    // As desk software exports them: a row for each procedure that had dossiers to handle. A
    // procedure without a row that month is not stated there (unknown), which is what such an
    // export says of it.
    reports.push({
      year,
      month,
      rows: everyProcedure
        ? rows
        : rows.filter(
            (row) =>
              row.carriedOver + row.receivedOnline + row.receivedDirect + row.receivedPostal > 0,
          ),
    })
  }
  return reports
}

export function demoServiceResults(): SeedServiceResult[] {
  const nameOf = new Map(procedures.map((p) => [p.code, p.name]))
  const byLocality = new Map<string, string[]>()
  for (const a of appliedProcedures)
    byLocality.set(a.locality, [...(byLocality.get(a.locality) ?? []), a.procedure])
  return [...byLocality]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([locality, codes]) =>
      monthlyReports(
        locality,
        codes,
        (code) => nameOf.get(code) ?? '',
        DEMO_RESULTS_FROM,
        DEMO_RESULTS_MONTHS,
      ).map((report) => ({ locality, ...report })),
    )
}
