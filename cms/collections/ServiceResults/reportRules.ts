/**
 * What makes a service-results report acceptable, as pure functions of the report: its period,
 * its rows' grain (one procedure, or one sector when the desk's software has no finer grain), and
 * each row's sums (content-schemas/serviceResults.ts). The hook (validateReport.ts) reads what
 * they need from the database and refuses with their messages.
 */
import {
  checkSums,
  DOSSIER_COUNTS,
  monthsOf,
  parsePeriod,
  periodKey,
  periodLabel,
  sumCheckMessage,
  type DossierCounts,
  type PeriodKind,
} from '../../../content-schemas/serviceResults'
import type { FieldRefusal } from '../../lib/refuse'

export interface ReportRow {
  procedure?: string | null
  sector?: string | null
  counts: DossierCounts
}

export interface ReportInput {
  periodKind?: PeriodKind | null
  year?: number | null
  /** month 1–12 or quarter 1–4 */
  periodIndex?: number | null
  rows: ReportRow[]
}

/** "2026-03" from the form's three fields, or the refusals that say what is wrong with them. */
export function periodOf(
  input: Pick<ReportInput, 'periodKind' | 'year' | 'periodIndex'>,
): { key: string } | { refusals: FieldRefusal[] } {
  const { periodKind: kind, year, periodIndex: index } = input
  const refusals: FieldRefusal[] = []
  if (!kind)
    refusals.push({ path: 'periodKind', message: 'Hãy chọn kỳ báo cáo: tháng, quý hoặc năm.' })
  if (!year || !Number.isInteger(year) || year < 2000 || year > 2100)
    refusals.push({ path: 'year', message: 'Hãy nhập năm báo cáo, ví dụ 2026.' })
  if (kind === 'month' && !(Number.isInteger(index) && index! >= 1 && index! <= 12))
    refusals.push({ path: 'periodIndex', message: 'Tháng phải từ 1 đến 12.' })
  if (kind === 'quarter' && !(Number.isInteger(index) && index! >= 1 && index! <= 4))
    refusals.push({ path: 'periodIndex', message: 'Quý phải từ 1 đến 4.' })
  if (refusals.length) return { refusals }
  const key = periodKey(
    kind === 'year' ? { kind: 'year', year: year! } : { kind: kind!, year: year!, index: index! },
  )
  return { key }
}

/** A period that has not begun cannot have results: "2027-01" refused in December 2026. */
export function periodNotStarted(key: string, todayISO: string): string | null {
  if (!parsePeriod(key)) return `Kỳ báo cáo không hợp lệ: ${key}.`
  return monthsOf(key)[0] > todayISO.slice(0, 7)
    ? `${periodLabel(key)} chưa bắt đầu: chưa thể có kết quả giải quyết hồ sơ.`
    : null
}

/**
 * Each row's grain and sums, and no procedure or sector twice. `rowName` names a row for the
 * officer ("dòng 4 – 1.001193 Đăng ký khai sinh").
 */
export function rowRefusals(
  rows: readonly ReportRow[],
  rowName: (row: ReportRow, index: number) => string,
): FieldRefusal[] {
  const refusals: FieldRefusal[] = []
  if (rows.length === 0)
    refusals.push({
      path: 'rows',
      message: 'Báo cáo chưa có dòng số liệu nào: thêm một dòng cho mỗi thủ tục (hoặc lĩnh vực).',
    })
  const seen = new Map<string, number>()
  rows.forEach((row, index) => {
    const name = rowName(row, index)
    if (!row.procedure && !row.sector)
      refusals.push({
        path: `rows.${index}.procedure`,
        message: `${name}: hãy chọn thủ tục, hoặc lĩnh vực khi số liệu không chia theo thủ tục.`,
      })
    if (row.procedure && row.sector)
      refusals.push({
        path: `rows.${index}.sector`,
        message: `${name}: một dòng là số liệu của một thủ tục hoặc của một lĩnh vực, không phải cả hai; bỏ lĩnh vực.`,
      })
    const grain = row.procedure ? `p:${row.procedure}` : row.sector ? `s:${row.sector}` : null
    if (grain) {
      const first = seen.get(grain)
      if (first !== undefined)
        refusals.push({
          path: `rows.${index}.${row.procedure ? 'procedure' : 'sector'}`,
          message: `${name}: trùng với dòng ${first + 1}; gộp số liệu vào một dòng.`,
        })
      else seen.set(grain, index)
    }
    const check = checkSums(row.counts)
    const message = sumCheckMessage(check)
    if (message) {
      const path =
        check.kind === 'invalid' ? `rows.${index}.${check.count}` : `rows.${index}.withdrawn`
      refusals.push({ path, message: `${name}: ${message}` })
    }
  })
  return refusals
}

/** The counts of a stored row: a count left empty is unknown (null), never 0. */
export function countsOf(row: Record<string, unknown>): DossierCounts {
  return Object.fromEntries(
    DOSSIER_COUNTS.map((key) => {
      const value = row[key]
      return [key, typeof value === 'number' && Number.isFinite(value) ? value : null]
    }),
  ) as DossierCounts
}
