/**
 * A one-stop desk's results for one period as a workbook: the template the admin offers
 * (`writeResultsTemplate`) or the report one-stop software exports in the common layout (one row
 * per procedure, counts under one to three header rows: "Số hồ sơ nhận giải quyết" over "Trực
 * tuyến", "Kết quả giải quyết" over "Đã giải quyết" over "Trước hạn", …). Read back as one
 * `ImportedServiceReport`. Pure: whether a code is in the master list, whether the locality applies
 * it and whether the period has ended need the catalogue; the change set checks them
 * (cms/import/changeSet/planServiceResults.ts).
 *
 * An empty count is unknown (`null`), never 0: the template says to write 0 where there were no
 * dossiers. A row whose counts are all empty is not reported and is left out.
 */
import ExcelJS from 'exceljs'

import { fold } from '../../../content-schemas/fold'
import {
  checkSums,
  DOSSIER_COUNTS,
  dossierCountLabels,
  emptyCounts,
  parsePeriod,
  periodKey,
  periodLabel,
  sumCheckMessage,
  total,
  type DossierCount,
  type DossierCounts,
  type Period,
} from '../../../content-schemas/serviceResults'
import { NATIONAL_CODE } from '../../collections/Procedures/code'
import type { ImportedServiceReport, ImportedResultRow } from '../records'
import { shownValue, type ImportIssue } from '../report'
import { readProcedureCode } from '../skeleton'
import { cellText, columnLetter, readFirstSheet, type SheetCell, type XlsxMemo } from './firstSheet'
import { xmlSafe } from './localityExcel'

export const RESULTS_SHEET = 'Kết quả giải quyết'
const LOCALITY_NAME_LABEL = 'Địa phương:'
const LOCALITY_CODE_LABEL = 'Mã đơn vị hành chính:'
const PERIOD_LABEL = 'Kỳ báo cáo:'
const SOURCE_LABEL = 'Nguồn số liệu:'

/** Longer than this, a cell is not a column heading. */
const MAX_HEADING_CHARS = 200

/** Rows searched for the header and, above it, the locality, period and source. */
const HEADER_ROWS = 15

/**
 * A column of the report: one of the ten counts, a total the file states (checked against its
 * parts, and used to derive a count the file has no column for), or what names the row.
 */
type Total = 'toHandleTotal' | 'receivedTotal' | 'resolvedTotal' | 'pendingTotal'
type Identity = 'code' | 'name' | 'sector'
/** A column giving direct and postal receipts as one number: the split is not known. */
type Combined = 'receivedDirectOrPostal'
type Column = DossierCount | Total | Identity | Combined

const totalLabels: Record<Total, string> = {
  toHandleTotal: 'Tổng số hồ sơ phải giải quyết',
  receivedTotal: 'Tổng số tiếp nhận trong kỳ',
  resolvedTotal: 'Tổng số đã giải quyết',
  pendingTotal: 'Tổng số đang giải quyết',
}
const columnLabel = (column: Column): string =>
  column in dossierCountLabels
    ? dossierCountLabels[column as DossierCount].vi
    : column in totalLabels
      ? totalLabels[column as Total]
      : column === 'code'
        ? 'Mã thủ tục'
        : column === 'name'
          ? 'Tên thủ tục'
          : column === 'sector'
            ? 'Lĩnh vực'
            : 'Tiếp nhận trực tiếp và qua bưu chính'

/** The template's columns, in order. */
const TEMPLATE_COLUMNS: Column[] = ['code', 'name', 'sector', ...DOSSIER_COUNTS]

const CODE_HEADINGS = new Set([
  'ma thu tuc',
  'ma tthc',
  'ma so',
  'ma so tthc',
  'ma thu tuc hanh chinh',
  'ma so thu tuc',
])
const NAME_HEADINGS = new Set([
  'ten thu tuc',
  'ten tthc',
  'ten thu tuc hanh chinh',
  'thu tuc hanh chinh',
  'thu tuc',
  'linh vuc, thu tuc',
  'linh vuc thu tuc',
  'linh vuc/thu tuc',
  'ten linh vuc, thu tuc',
  'noi dung',
])
const SECTOR_HEADINGS = new Set(['linh vuc', 'ten linh vuc'])

/** A heading as compared: folded, without "(…)" remarks, numbering like "(1)" or end punctuation. */
const heading = (text: string) =>
  fold(text.replace(/\([^)]*\)/g, ''))
    .replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')
    .trim()

const EXACT_COUNT_LABELS = new Map<string, DossierCount>(
  DOSSIER_COUNTS.map((key) => [heading(dossierCountLabels[key].vi), key]),
)

/**
 * The column a stack of header cells names (top to bottom, merged cells repeated), or null when
 * it is not one this report reads (STT, a remark). `ambiguous` when it says "quá hạn" with nothing
 * above telling resolved from still in progress.
 */
export function classifyColumn(stack: readonly string[]): Column | 'ambiguous' | null {
  // A heading is a few words; a long text (a hostile 1 MB cell) is not one, and is not folded.
  if (stack.some((text) => text.length > MAX_HEADING_CHARS)) return null
  const headings = stack.map(heading).filter(Boolean)
  if (!headings.length) return null
  const name = headings[headings.length - 1]
  if (CODE_HEADINGS.has(name)) return 'code'
  if (NAME_HEADINGS.has(name)) return 'name'
  if (SECTOR_HEADINGS.has(name)) return 'sector'
  const exact = EXACT_COUNT_LABELS.get(name)
  if (exact) return exact
  if (name === 'stt' || name === 'so tt' || name === 'ghi chu') return null
  // The rest by its words, remarks in brackets included: "Số mới tiếp nhận (trực tiếp và qua
  // dịch vụ bưu chính)" names its channels there.
  const texts = stack.map((t) => fold(t.replace(/[()[\]]/g, ' '))).filter(Boolean)
  const own = texts[texts.length - 1]
  const all = texts.join(' | ')

  const pendingContext = /dang giai quyet|chua giai quyet|dang xu ly|chua tra ket qua/.test(all)
  const resolvedContext = /da giai quyet|da tra ket qua|da xu ly|tra ket qua/.test(all)
  const receivedContext = /tiep nhan|nhan giai quyet|nhan moi|moi nhan|so ho so nhan/.test(all)
  const isTotal = /^(tong so|tong|cong|tong cong)\b/.test(own)

  if (isTotal) {
    if (pendingContext) return 'pendingTotal'
    if (resolvedContext) return 'resolvedTotal'
    if (/moi tiep nhan|tiep nhan moi|trong ky/.test(all)) return 'receivedTotal'
    if (receivedContext) return 'toHandleTotal'
    return null
  }
  if (/ky truoc|ton ky|ton tu|chuyen sang|chuyen qua/.test(own)) return 'carriedOver'
  if (/rut|tra lai|huy ho so|dung giai quyet|tu choi/.test(own)) return 'withdrawn'
  if (/truoc han|som han/.test(own)) return 'resolvedEarly'
  if (/dung (thoi )?han/.test(own)) return 'resolvedOnTime'
  if (/trong han|chua den han|chua qua han/.test(own)) return 'pendingWithinTime'
  if (/qua han|tre han|tre hen/.test(own)) {
    if (pendingContext && !/da giai quyet/.test(own)) return 'pendingOverdue'
    if (resolvedContext) return 'resolvedLate'
    return 'ambiguous'
  }
  if (/truc tuyen|qua mang|dich vu cong/.test(own)) return 'receivedOnline'
  const direct = /truc tiep/.test(own)
  const postal = /buu chinh/.test(own)
  if (direct && postal) return 'receivedDirectOrPostal'
  if (direct) return 'receivedDirect'
  if (postal) return 'receivedPostal'
  if (/moi tiep nhan|tiep nhan moi|tiep nhan trong ky/.test(own)) return 'receivedTotal'
  if (/da giai quyet/.test(own) && !pendingContext) return 'resolvedTotal'
  if (/dang giai quyet/.test(own)) return 'pendingTotal'
  return null
}

/** Counts per column kind, read in this order so that a derived count follows what it needs. */
const COUNT_COLUMNS = new Set<Column>(DOSSIER_COUNTS)

const ROMAN_MONTHS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 }

/** The reporting cut-off of Nghị định 09/2019: the 15th of the month before to the 14th. */
const CUT_OFF_START_DAY = 15

type DayDate = { day: number; month: number; year: number }
const dayOrdinal = (d: DayDate) => Date.UTC(d.year, d.month - 1, d.day)
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * The period a range of days is the report of: whole calendar months, or the cut-off of Nghị
 * định 09/2019 (from the 15th of the month before the first month to the 14th of the last).
 */
function periodOfRange(from: DayDate, to: DayDate): Period | null {
  if (dayOrdinal(to) < dayOrdinal(from)) return null
  let first: { year: number; month: number }
  let last: { year: number; month: number }
  if (from.day === 1 && to.day === lastDay(to.year, to.month)) {
    first = { year: from.year, month: from.month }
    last = { year: to.year, month: to.month }
  } else if (from.day === CUT_OFF_START_DAY && to.day === CUT_OFF_START_DAY - 1) {
    const next =
      from.month === 12
        ? { year: from.year + 1, month: 1 }
        : { year: from.year, month: from.month + 1 }
    first = next
    last = { year: to.year, month: to.month }
  } else return null
  const months = (last.year - first.year) * 12 + last.month - first.month + 1
  if (months === 1) return { kind: 'month', year: last.year, index: last.month }
  if (months === 3 && first.year === last.year && (first.month - 1) % 3 === 0)
    return { kind: 'quarter', year: first.year, index: (first.month - 1) / 3 + 1 }
  if (months === 12 && first.year === last.year && first.month === 1)
    return { kind: 'year', year: first.year }
  return null
}

const DATE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`
const date = (m: RegExpExecArray, at: number): DayDate => ({
  day: Number(m[at]),
  month: Number(m[at + 1]),
  year: Number(m[at + 2]),
})
const validDate = (d: DayDate) =>
  d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= lastDay(d.year, d.month)

export type PeriodRead =
  | { kind: 'period'; period: Period; range: string | null }
  | { kind: 'unsupported'; message: string }
  | { kind: 'none' }

/**
 * The period a text names: "Tháng 10/2026", "tháng 10 năm 2026", "Quý III/2026", "Năm 2026",
 * "2026-10", "10/2026", or a range of days ("Từ ngày 15/09/2026 đến ngày 14/10/2026").
 */
export function readPeriodText(text: string): PeriodRead {
  const t = fold(text)
  const range = new RegExp(`${DATE}\\s*(?:den|-|–|—)\\s*(?:ngay\\s*)?${DATE}`).exec(t)
  if (range) {
    const [from, to] = [date(range, 1), date(range, 4)]
    if (!validDate(from) || !validDate(to))
      return {
        kind: 'unsupported',
        message: `Ngày không hợp lệ trong kỳ báo cáo "${shownValue(text)}".`,
      }
    const period = periodOfRange(from, to)
    const shown = (d: DayDate) =>
      `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`
    if (!period)
      return {
        kind: 'unsupported',
        message:
          `Kỳ số liệu từ ${shown(from)} đến ${shown(to)} không phải một tháng, một quý hay một năm ` +
          '(theo tháng dương lịch, hoặc từ ngày 15 tháng trước đến ngày 14 theo Nghị định 09/2019/NĐ-CP).',
      }
    return { kind: 'period', period, range: `từ ${shown(from)} đến ${shown(to)}` }
  }
  if (/6 thang|sau thang|nua nam/.test(t))
    return {
      kind: 'unsupported',
      message: 'Báo cáo 6 tháng chưa được nhận: hãy nhập từng tháng hoặc từng quý.',
    }
  const month =
    /thang\s*(\d{1,2})\s*(?:\/|-|nam)\s*(\d{4})/.exec(t) ?? /^(\d{1,2})\s*\/\s*(\d{4})$/.exec(t)
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12)
    return {
      kind: 'period',
      period: { kind: 'month', year: Number(month[2]), index: Number(month[1]) },
      range: null,
    }
  const quarter = /quy\s*(iv|i{1,3}|[1-4])\s*(?:\/|-|nam)\s*(\d{4})/.exec(t)
  if (quarter) {
    const index = ROMAN_MONTHS[quarter[1]] ?? Number(quarter[1])
    return {
      kind: 'period',
      period: { kind: 'quarter', year: Number(quarter[2]), index },
      range: null,
    }
  }
  const key = /^(\d{4}(?:-(?:0[1-9]|1[0-2]|q[1-4]))?)$/.exec(t)
  if (key) {
    const period = parsePeriod(key[1].toUpperCase())
    if (period) return { kind: 'period', period, range: null }
  }
  const year = /nam\s*(\d{4})/.exec(t)
  if (year) return { kind: 'period', period: { kind: 'year', year: Number(year[1]) }, range: null }
  return { kind: 'none' }
}

type CellRead =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'other'; shown: string }

function readCell(cell: SheetCell | undefined): CellRead {
  const value = cell?.kind === 'formula' ? cell.result : cell
  if (!value || value.kind === 'empty') return { kind: 'empty' }
  if (value.kind === 'text')
    return value.text.trim()
      ? { kind: 'text', text: value.text.normalize('NFC') }
      : { kind: 'empty' }
  if (value.kind === 'number') return value
  return { kind: 'other', shown: cellText(value) }
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

/** A count as written: digits, with "." or spaces grouping thousands as Vietnamese write them. */
function parseCount(read: CellRead): { value: number | null; error?: string; warning?: string } {
  if (read.kind === 'empty') return { value: null }
  if (read.kind === 'number') {
    if (!Number.isInteger(read.value) || read.value < 0)
      return { value: null, error: 'Số hồ sơ phải là số nguyên không âm.' }
    return { value: read.value }
  }
  if (read.kind === 'other')
    return { value: null, error: 'Ô chứa ngày tháng hoặc giá trị lỗi, không phải số hồ sơ.' }
  const text = oneLine(read.text)
  if (/^[-–—]$/.test(text))
    return {
      value: null,
      warning: 'Ô ghi "-": hiểu là chưa có thông tin. Nếu không có hồ sơ nào, hãy ghi 0.',
    }
  if (/^\d{1,3}([. ]\d{3})+$/.test(text) || /^\d+$/.test(text))
    return { value: Number(text.replace(/[. ]/g, '')) }
  return { value: null, error: 'Số hồ sơ phải là số nguyên không âm (ví dụ 0, 12 hoặc 1.250).' }
}

const fileIssue = (
  file: string,
  message: string,
  extra: Partial<ImportIssue> = {},
): ImportIssue => ({
  file,
  record: null,
  row: null,
  code: null,
  field: '',
  value: null,
  message,
  severity: 'error',
  ...extra,
})

/** "I. Lĩnh vực Hộ tịch", "B. Lĩnh vực đất đai", "Lĩnh vực Chứng thực" → the sector's name. */
function sectorHeading(text: string): string | null {
  const numbered = /^\s*(?:[IVXLC]+|[A-Z]|\d+)\s*[.)/-]\s*(.+)$/u.exec(text)
  const rest = (numbered ? numbered[1] : text).trim()
  const named = /^lĩnh vực\s*:?\s*(.+)$/iu.exec(rest)
  if (named) return oneLine(named[1])
  return numbered && /^[IVXLC]+$/.test(text.trim().split(/[.)]/)[0] ?? '') ? oneLine(rest) : null
}

const TOTAL_ROW = /^(tong cong|tong so|cong|tong)\b/

interface CountProblem {
  column: Total | null
  value: string | null
  message: string
}

/**
 * Totals the file states must agree with their parts; a total also gives a count the file has no
 * column for (the common form has no withdrawn column: what its total leaves over was withdrawn
 * or returned). Then the row's own sums (checkSums), unless it already has an error.
 */
function settleCounts(
  counts: DossierCounts,
  totals: Partial<Record<Total, number | null>>,
  hasWithdrawnColumn: boolean,
  hasErrors: boolean,
): CountProblem[] {
  const problems: CountProblem[] = []
  const check = (column: Total, parts: DossierCount[]) => {
    const stated = totals[column]
    const sum = total(counts, parts)
    if (stated == null || sum === null || stated === sum) return
    problems.push({
      column,
      value: String(stated),
      message: `Số liệu không khớp: "${columnLabel(column)}" là ${stated} nhưng cộng ${parts.map((p) => `"${dossierCountLabels[p].vi}"`).join(' + ')} được ${sum}.`,
    })
  }
  check('resolvedTotal', ['resolvedEarly', 'resolvedOnTime', 'resolvedLate'])
  check('pendingTotal', ['pendingWithinTime', 'pendingOverdue'])
  check('receivedTotal', ['receivedOnline', 'receivedDirect', 'receivedPostal'])
  check('toHandleTotal', ['carriedOver', 'receivedOnline', 'receivedDirect', 'receivedPostal'])
  const toHandle = totals.toHandleTotal
  if (!hasWithdrawnColumn && toHandle != null) {
    const outcomes = total(counts, [
      'resolvedEarly',
      'resolvedOnTime',
      'resolvedLate',
      'pendingWithinTime',
      'pendingOverdue',
    ])
    if (outcomes !== null && outcomes > toHandle)
      problems.push({
        column: 'toHandleTotal',
        value: String(toHandle),
        message: `Số liệu không khớp: đã giải quyết + đang giải quyết = ${outcomes}, nhiều hơn "${columnLabel('toHandleTotal')}" (${toHandle}).`,
      })
    else if (outcomes !== null) counts.withdrawn = toHandle - outcomes
  }
  if (!hasErrors && !problems.length) {
    const message = sumCheckMessage(checkSums(counts))
    if (message) problems.push({ column: null, value: null, message })
  }
  return problems
}

/** True when a row's cell texts hold at least three of a results report's count headings. */
export function isResultsHeader(texts: readonly string[]): boolean {
  const found = new Set(
    texts
      .map((t) => classifyColumn([t]))
      .filter((c) => c !== null && c !== 'ambiguous' && COUNT_COLUMNS.has(c)),
  )
  const ambiguousLate = texts.some((t) => classifyColumn([t]) === 'ambiguous')
  return found.size + (ambiguousLate ? 1 : 0) >= 3
}

/**
 * Reads one results workbook. Every problem is located by row, column heading and letter, and
 * value, in Vietnamese. Never throws.
 */
export async function readResultsExcel(
  bytes: Uint8Array,
  file: string,
  memo: XlsxMemo = {},
): Promise<{ serviceResults: ImportedServiceReport[]; issues: ImportIssue[] }> {
  const read = readFirstSheet(bytes, file, memo)
  if ('issues' in read) return { serviceResults: [], issues: read.issues }
  const { sheet } = read
  const issues: ImportIssue[] = []
  const none = () => ({ serviceResults: [], issues })
  // One sheet is read; a workbook of several (a month or a sector a sheet) would otherwise lose
  // the rest without a word.
  if (sheet.others.length)
    issues.push(
      fileIssue(
        file,
        `Tệp có ${sheet.others.length + 1} trang tính; chỉ trang đầu "${sheet.name}" được đọc, các trang ${sheet.others.map((n) => `"${n}"`).join(', ')} không được nhập. Nếu các trang đó cũng là số liệu, hãy lưu mỗi trang thành một tệp riêng rồi nhập.`,
        { field: 'tệp', severity: 'warning' },
      ),
    )

  // The header: the row naming the most counts; the rows above it that carry its group headings
  // (merged cells repeat their text in every column they span).
  let headerRow = 0
  let best = 0
  for (const [r, cells] of sheet.rows) {
    if (r > HEADER_ROWS) break
    const texts = [...cells.values()].map(cellText)
    const found =
      texts.filter((t) => {
        const c = classifyColumn([t])
        return c !== null && c !== 'ambiguous' && COUNT_COLUMNS.has(c)
      }).length + texts.filter((t) => classifyColumn([t]) === 'ambiguous').length
    if (found > best) {
      best = found
      headerRow = r
    }
  }
  if (best < 3) {
    issues.push(
      fileIssue(
        file,
        `Không tìm thấy dòng tiêu đề các cột số hồ sơ trong ${HEADER_ROWS} dòng đầu của trang "${sheet.name}". ` +
          `Mẫu có các cột: ${TEMPLATE_COLUMNS.map(columnLabel).join(' | ')}.`,
      ),
    )
    return none()
  }
  // Group headings: up to two rows above, while they hold text over the count columns.
  const headerRows = [headerRow]
  for (let r = headerRow - 1; r >= Math.max(1, headerRow - 2); r--) {
    const cells = sheet.rows.get(r)
    if (!cells || [...cells.values()].filter((c) => cellText(c).trim()).length < 2) break
    headerRows.unshift(r)
  }
  const columnCount = Math.max(
    ...headerRows.map((r) => Math.max(0, ...(sheet.rows.get(r)?.keys() ?? []))),
  )
  const columns = new Map<Column, number>()
  for (let c = 1; c <= columnCount; c++) {
    const stack: string[] = []
    for (const r of headerRows) {
      const text = cellText(sheet.rows.get(r)?.get(c) ?? { kind: 'empty' })
      if (text.trim() && stack[stack.length - 1] !== text) stack.push(text)
    }
    const column = classifyColumn(stack)
    if (column === null) continue
    const where = `cột ${columnLetter(c)}, dòng ${headerRow}`
    if (column === 'ambiguous') {
      issues.push(
        fileIssue(
          file,
          `Cột "${oneLine(stack.join(' / '))}" (${where}) không cho biết là hồ sơ đã giải quyết quá hạn hay đang giải quyết quá hạn: ghi rõ tiêu đề nhóm "Đã giải quyết" hoặc "Đang giải quyết" phía trên.`,
          { row: headerRow, field: `cột ${columnLetter(c)}` },
        ),
      )
      continue
    }
    const first = columns.get(column)
    if (first !== undefined) {
      issues.push(
        fileIssue(
          file,
          `Hai cột cùng là "${columnLabel(column)}": cột ${columnLetter(first)} và cột ${columnLetter(c)}.`,
          { row: headerRow, field: `cột ${columnLetter(c)}` },
        ),
      )
      continue
    }
    columns.set(column, c)
  }
  if (!columns.has('code') && !columns.has('name')) {
    issues.push(
      fileIssue(
        file,
        `Dòng tiêu đề (dòng ${headerRow}) thiếu cột "Mã thủ tục" (hoặc "Tên thủ tục"): không biết mỗi dòng là của thủ tục nào.`,
        { row: headerRow },
      ),
    )
  }
  if (issues.some((i) => i.severity === 'error')) return none()
  if (
    columns.has('receivedDirectOrPostal') &&
    !columns.has('receivedDirect') &&
    !columns.has('receivedPostal')
  )
    issues.push(
      fileIssue(
        file,
        `Cột "${oneLine(cellText(sheet.rows.get(headerRow)!.get(columns.get('receivedDirectOrPostal')!)!))}" gộp hồ sơ nhận trực tiếp và qua bưu chính: danh mục ghi riêng hai kênh, nên hai số này để "chưa có thông tin"; tỷ lệ đúng hạn vẫn được tính từ kết quả giải quyết.`,
        {
          row: headerRow,
          field: `cột ${columnLetter(columns.get('receivedDirectOrPostal')!)}`,
          severity: 'warning',
        },
      ),
    )
  const fieldOf = (column: Column) =>
    `${columnLabel(column)} (cột ${columnLetter(columns.get(column)!)})`

  // Above the header: the locality's code, the period and the source, by label or in a title.
  const labelled = (labels: string[]): { row: number; read: CellRead } | null => {
    const wanted = new Set(labels.map(heading))
    for (const [r, cells] of sheet.rows) {
      if (r >= headerRows[0]) break
      for (const [c, cell] of cells) {
        const text = cellText(cell)
        if (text.length > MAX_HEADING_CHARS || !wanted.has(heading(text))) continue
        for (const [next, right] of cells)
          if (
            next > c &&
            !(cell.merge && right.merge === cell.merge) &&
            readCell(right).kind !== 'empty'
          )
            return { row: r, read: readCell(right) }
        return { row: r, read: { kind: 'empty' } }
      }
    }
    return null
  }
  const shown = (read: CellRead) =>
    read.kind === 'text'
      ? shownValue(read.text)
      : read.kind === 'number'
        ? String(read.value)
        : read.kind === 'other'
          ? read.shown
          : null

  let locality: string | null = null
  let localityInvalid = false
  const localityCell = labelled([LOCALITY_CODE_LABEL, 'Mã địa phương'])
  if (localityCell && localityCell.read.kind !== 'empty') {
    const r = localityCell.read
    const written = r.kind === 'text' ? oneLine(r.text) : r.kind === 'number' ? String(r.value) : ''
    if (/^\d{2,5}$/.test(written)) locality = written
    else {
      localityInvalid = true
      issues.push(
        fileIssue(file, `Mã đơn vị hành chính "${written}" không hợp lệ: cần 2, 3 hoặc 5 chữ số.`, {
          row: localityCell.row,
          field: LOCALITY_CODE_LABEL.replace(/:$/, ''),
          value: shown(r),
        }),
      )
    }
  }

  let period: PeriodRead = { kind: 'none' }
  let periodRow: number | null = null
  const periodCell = labelled([PERIOD_LABEL, 'Kỳ số liệu'])
  if (periodCell && periodCell.read.kind !== 'empty') {
    period = readPeriodText(shown(periodCell.read) ?? '')
    periodRow = periodCell.row
    if (period.kind === 'none')
      period = {
        kind: 'unsupported',
        message: `Kỳ báo cáo "${shown(periodCell.read)}" không đọc được: ghi "Tháng 10/2026", "Quý III/2026" hoặc "Năm 2026".`,
      }
  } else {
    // A title line: "(Kỳ báo cáo: từ ngày 15/09/2026 đến ngày 14/10/2026)", "THÁNG 10 NĂM 2026".
    for (const [r, cells] of sheet.rows) {
      if (r >= headerRows[0] || period.kind !== 'none') break
      for (const cell of cells.values()) {
        const text = cellText(cell)
        if (text.length > MAX_HEADING_CHARS * 2) continue
        const found = readPeriodText(text)
        if (found.kind !== 'none') {
          period = found
          periodRow = r
          break
        }
      }
    }
  }
  if (period.kind !== 'period')
    issues.push(
      fileIssue(
        file,
        period.kind === 'unsupported'
          ? period.message
          : `Không tìm thấy kỳ báo cáo: ghi "Tháng 10/2026" (hoặc "Quý III/2026", "Năm 2026") vào ô bên phải nhãn "${PERIOD_LABEL}" phía trên dòng tiêu đề.`,
        { row: periodRow, field: PERIOD_LABEL.replace(/:$/, '') },
      ),
    )
  const sourceCell = labelled([SOURCE_LABEL])
  const sourceText = sourceCell?.read.kind === 'text' ? oneLine(sourceCell.read.text) : null

  // The rows.
  const rows: ImportedResultRow[] = []
  const seen = new Map<string, number>()
  let group: {
    sector: string
    row: number
    counts: DossierCounts
    totals: Partial<Record<Total, number | null>>
    procedures: number
  } | null = null
  const closeGroup = () => {
    // A sector's row stands for its procedures only when none follows it: the source has no finer
    // grain. Otherwise it is their subtotal, not a row of its own.
    const g = group
    group = null
    if (!g || g.procedures > 0 || !DOSSIER_COUNTS.some((k) => g.counts[k] !== null)) return
    const problems = settleCounts(g.counts, g.totals, columns.has('withdrawn'), false)
    for (const problem of problems)
      issues.push({
        file,
        record: null,
        row: g.row,
        code: null,
        field: problem.column ? fieldOf(problem.column) : '',
        value: problem.value,
        message: `Lĩnh vực ${g.sector}: ${problem.message}`,
        severity: 'error',
      })
    if (!problems.length)
      rows.push({ row: g.row, code: null, name: null, sector: g.sector, counts: g.counts })
  }
  for (const [r, cells] of sheet.rows) {
    if (r <= headerRow) continue
    const rowIssues: ImportIssue[] = []
    const issue = (
      severity: ImportIssue['severity'],
      column: Column | null,
      value: string | null,
      message: string,
    ) =>
      rowIssues.push({
        file,
        record: null,
        row: r,
        code: null,
        field: column ? fieldOf(column) : '',
        value,
        message,
        severity,
      })
    const text = (column: Column): string | null => {
      const col = columns.get(column)
      const cell = col === undefined ? undefined : readCell(cells.get(col))
      return cell?.kind === 'text'
        ? oneLine(cell.text) || null
        : cell?.kind === 'number'
          ? String(cell.value)
          : null
    }

    // A heading merged across the whole row ("I. Lĩnh vực Hộ tịch" over every column) repeats its
    // text in each count cell: read it as a heading, not as counts.
    const anchors = new Set([...cells.values()].map((cell) => cell.merge ?? null))
    const mergedHeading = anchors.size === 1 && !anchors.has(null)
    const counts = emptyCounts()
    const totals: Partial<Record<Total, number | null>> = {}
    for (const [column, col] of columns) {
      if (column === 'code' || column === 'name' || column === 'sector' || mergedHeading) continue
      const cell = cells.get(col)
      if (cell?.merge) {
        // Which row or column a merged count belongs to is a guess: refused, as the national list does.
        issue(
          'error',
          column,
          cell.merge,
          `Ô số liệu nằm trong vùng ô gộp (bắt đầu từ ${cell.merge}): không biết số này thuộc dòng hay cột nào; hãy bỏ gộp ô.`,
        )
        continue
      }
      const read = readCell(cell)
      if (cell?.kind === 'formula' && cell.result === null) {
        issue(
          'error',
          column,
          `=${cell.formula}`,
          'Ô chứa công thức chưa có giá trị tính sẵn: hãy dán giá trị (Paste Values) thay cho công thức.',
        )
        continue
      }
      const parsed = parseCount(read)
      if (parsed.error) issue('error', column, shown(read), parsed.error)
      if (parsed.warning) issue('warning', column, shown(read), parsed.warning)
      if (column === 'receivedDirectOrPostal') continue
      if (COUNT_COLUMNS.has(column)) counts[column as DossierCount] = parsed.value
      else totals[column as Total] = parsed.value
    }
    const codeText = mergedHeading ? null : text('code')
    const nameText = mergedHeading
      ? oneLine(cellText([...cells.values()][0]!)) || null
      : text('name')
    const sectorText = mergedHeading ? null : text('sector')
    const stated =
      DOSSIER_COUNTS.some((k) => counts[k] !== null) || Object.values(totals).some((v) => v != null)
    if (!codeText && !nameText && !sectorText && !stated && !rowIssues.length) continue

    // A total row of the whole report is not a row of the report, wherever its label stands.
    if (
      !codeText &&
      [...cells.values()].some((cell) => {
        const read = readCell(cell)
        return read.kind === 'text' && TOTAL_ROW.test(fold(read.text))
      })
    )
      continue
    const sector = !codeText && nameText ? sectorHeading(nameText) : null
    if (sector && !rowIssues.length) {
      closeGroup()
      group = { sector, row: r, counts, totals, procedures: 0 }
      continue
    }
    if (!stated && !rowIssues.length) continue // not reported: left out, not "0"

    // The code: national, local (its national part) or, from Excel, a number.
    let code: string | null = null
    if (codeText) {
      const col = columns.get('code')!
      const raw = readCell(cells.get(col))
      if (raw.kind === 'number' && NATIONAL_CODE.test(raw.value.toFixed(6))) {
        code = raw.value.toFixed(6)
        issue(
          'warning',
          'code',
          String(raw.value),
          `Mã thủ tục lưu dạng số trong Excel: đọc là ${code}.`,
        )
      } else {
        const read = readProcedureCode(codeText)
        if ('error' in read) issue('error', 'code', codeText, read.error)
        else code = read.code
      }
      if (code) {
        const first = seen.get(code)
        if (first !== undefined)
          issue('error', 'code', code, `Mã thủ tục trùng với dòng ${first} trong cùng tệp.`)
        else seen.set(code, r)
      }
    } else if (!nameText && !sectorText)
      // (A row with only a sector is the source's grain: per sector, not per procedure.)
      issue(
        'error',
        columns.has('code') ? 'code' : 'name',
        null,
        'Dòng có số liệu nhưng không có mã hay tên thủ tục.',
      )

    for (const problem of settleCounts(
      counts,
      totals,
      columns.has('withdrawn'),
      rowIssues.length > 0,
    ))
      issue('error', problem.column, problem.value, problem.message)
    for (const i of rowIssues) i.code = code ?? codeText
    issues.push(...rowIssues)
    if (rowIssues.some((i) => i.severity === 'error')) {
      if (group) group.procedures++
      continue
    }
    if (group) group.procedures++
    rows.push({
      row: r,
      code,
      // A procedure named without its code; the plan finds it by name. Its numbering is not its name.
      name: code ? null : (nameText?.replace(/^\d+\s*[.)]\s*/, '') ?? null),
      sector: sectorText ?? group?.sector ?? null,
      counts,
    })
  }
  closeGroup()

  // Without its period or with a wrong locality no row can be reported; every row was still checked.
  if (period.kind !== 'period' || localityInvalid) return none()
  if (!rows.length) {
    // A report with no row cannot be saved; when rows were refused, their errors say why.
    if (!issues.some((i) => i.severity === 'error'))
      issues.push(
        fileIssue(
          file,
          'Tệp không có dòng nào có số liệu dưới dòng tiêu đề: ghi số hồ sơ (0 nếu không có) cho từng thủ tục.',
        ),
      )
    return none()
  }
  const key = periodKey(period.period)
  const source = [
    sourceText ?? `Tệp ${file}`,
    period.range ? `số liệu ${period.range} (${periodLabel(key).toLowerCase()})` : null,
  ]
    .filter(Boolean)
    .join('; ')
  return { serviceResults: [{ file, locality, period: key, source, rows }], issues }
}

// ---------------------------------------------------------------------------------------------
// The template.

export interface ResultsTemplateInput {
  locality: { name: string; code: string }
  /** period key: "2026-11" */
  period: string
  /** the locality's applied procedures, sorted by code */
  procedures: { code: string; name: string; sector: string | null }[]
}

/** The workbook an officer downloads to report one period: one row per applied procedure. */
export async function writeResultsTemplate(input: ResultsTemplateInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Danh mục thủ tục hành chính'
  const sheet = workbook.addWorksheet(RESULTS_SHEET)
  sheet.getCell('A1').value = 'BÁO CÁO KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH'
  sheet.getCell('A1').font = { bold: true, size: 14 }
  const labels: [string, string][] = [
    [LOCALITY_NAME_LABEL, input.locality.name],
    [LOCALITY_CODE_LABEL, input.locality.code],
    [PERIOD_LABEL, periodLabel(input.period)],
    [SOURCE_LABEL, ''],
  ]
  labels.forEach(([label, value], i) => {
    const row = i + 2
    sheet.getCell(`A${row}`).value = label
    sheet.getCell(`A${row}`).font = { bold: true }
    // Text, so a code like "00004" keeps its zeros.
    sheet.getCell(`B${row}`).numFmt = '@'
    sheet.getCell(`B${row}`).value = xmlSafe(value)
  })
  sheet.getCell('A6').value =
    'Mỗi dòng một thủ tục. Ghi 0 nếu không có hồ sơ; ô để trống là "chưa có thông tin", khác với 0; dòng để trống hết không được nhập. ' +
    'Đã giải quyết + đang giải quyết + rút/trả lại phải bằng kỳ trước chuyển sang + tiếp nhận trong kỳ.'
  sheet.getCell('A6').font = { italic: true }
  const headerRow = 7
  sheet.getRow(headerRow).values = TEMPLATE_COLUMNS.map(columnLabel)
  sheet.getRow(headerRow).font = { bold: true }
  sheet.getRow(headerRow).alignment = { wrapText: true, vertical: 'middle' }
  TEMPLATE_COLUMNS.forEach((c, i) => {
    const column = sheet.getColumn(i + 1)
    column.width = c === 'name' ? 50 : c === 'sector' ? 20 : c === 'code' ? 14 : 13
    if (c === 'code') column.numFmt = '@'
  })
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 2 }]
  input.procedures.forEach((p, i) => {
    sheet.getRow(headerRow + 1 + i).values = [
      xmlSafe(p.code),
      xmlSafe(p.name),
      p.sector ? xmlSafe(p.sector) : null,
    ]
  })
  for (let i = 0; i < input.procedures.length + 200; i++) {
    const row = headerRow + 1 + i
    for (let c = 4; c <= TEMPLATE_COLUMNS.length; c++)
      sheet.getCell(row, c).dataValidation = {
        type: 'whole',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: 'Số hồ sơ',
        error: 'Ghi số nguyên không âm; để trống nếu chưa có thông tin.',
      }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
