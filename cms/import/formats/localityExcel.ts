/**
 * A locality's applied subset of the province's master list as an XLSX template: written for one
 * locality (its current applications filled in, the master list on a second sheet to pick codes
 * from) and read back as `ImportedApplication`s. Pure: no database. Whether a code is in the master
 * list and whether a committed time exceeds the legal one need the catalogue: the change set checks
 * them (`committedTimeErrors`, cms/collections/AppliedProcedures/applicationRules.ts).
 *
 * An empty override cell is `null`: the master's value holds. It never means "none".
 */
import ExcelJS from 'exceljs'

import {
  CHANNELS,
  channelSubmitLabels,
  TIME_UNITS,
  timeUnitLabels,
  type Channel,
  type TimeUnit,
} from '../../../content-schemas/enumerations'
import { fold } from '../../../content-schemas/fold'
import { formatProcessingTime } from '../../../content-schemas/processingTime'
import { LOCAL_CODE, NATIONAL_CODE, nationalCodeError } from '../../collections/Procedures/code'
import { validateUrl } from '../../fields/validateUrl'
import type { ImportedApplication } from '../records'
import { shownValue, type ImportIssue } from '../report'
import {
  columnLetter,
  readFirstSheet,
  type FirstSheet,
  type SheetCell,
  type XlsxMemo,
} from './firstSheet'
import { MAX_CELL_CHARS } from './portalExcel'

export const APPLIED_SHEET = 'Thủ tục áp dụng'
export const MASTER_SHEET = 'Danh mục tỉnh'

/** The template's columns, in its order, with the heading it writes. */
const COLUMNS = {
  code: 'Mã thủ tục',
  name: 'Tên thủ tục (chỉ để đọc)',
  appliedFrom: 'Áp dụng từ ngày (dd/mm/yyyy)',
  applyingDecision: 'Số quyết định áp dụng',
  committedTime: 'Thời hạn cam kết',
  unit: 'Đơn vị thời hạn',
  receivingAddress: 'Địa chỉ tiếp nhận',
  officerInCharge: 'Công chức phụ trách',
  unitInCharge: 'Bộ phận phụ trách',
  onlineServiceUrl: 'Đường dẫn DVC trực tuyến',
  localNotes: 'Ghi chú',
} as const
type Column = keyof typeof COLUMNS
const COLUMN_ORDER = Object.keys(COLUMNS) as Column[]

/** Folded headings (see `heading`) an officer may write for each column. */
const HEADINGS: Record<string, Column> = {
  'ma thu tuc': 'code',
  'ma tthc': 'code',
  'ma so': 'code',
  'ten thu tuc': 'name',
  'ten tthc': 'name',
  'ap dung tu ngay': 'appliedFrom',
  'ngay ap dung': 'appliedFrom',
  'so quyet dinh ap dung': 'applyingDecision',
  'quyet dinh ap dung': 'applyingDecision',
  'thoi han cam ket': 'committedTime',
  'don vi thoi han': 'unit',
  'don vi': 'unit',
  'dia chi tiep nhan': 'receivingAddress',
  'dia chi tiep nhan ho so': 'receivingAddress',
  'cong chuc phu trach': 'officerInCharge',
  'bo phan phu trach': 'unitInCharge',
  'duong dan dvc truc tuyen': 'onlineServiceUrl',
  'duong dan dich vu cong truc tuyen': 'onlineServiceUrl',
  'ghi chu': 'localNotes',
  'ghi chu cua dia phuong': 'localNotes',
}

/** Columns only this template has: one of them beside the code tells it from the national list. */
const OWN_COLUMNS: readonly Column[] = [
  'appliedFrom',
  'applyingDecision',
  'committedTime',
  'unit',
  'receivingAddress',
  'officerInCharge',
  'unitInCharge',
  'onlineServiceUrl',
]

const LOCALITY_NAME_LABEL = 'Địa phương:'
const LOCALITY_CODE_LABEL = 'Mã đơn vị hành chính:'
const LOCALITY_CODE_HEADINGS = new Set(['ma don vi hanh chinh', 'ma dia phuong'])

/** The header is looked for in these first rows. */
const HEADER_ROWS = 10
/**
 * Empty rows below the filled ones that get the unit's drop-down list and the name looked up from
 * the code, ready for the officer to add procedures.
 */
const SPARE_ROWS = 300

/** A heading as compared: folded, without "(…)" remarks or surrounding punctuation. */
const heading = (text: string) =>
  fold(text.replace(/\([^)]*\)/g, ''))
    .replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')
    .trim()

/** The column a heading names, or undefined. */
const columnOf = (text: string): Column | undefined => HEADINGS[heading(text)]

/**
 * True when a row's cell texts are this template's header: the code column and at least one
 * column the national list does not have. Format detection calls it on the first sheet's rows.
 */
export function isLocalityHeader(texts: readonly string[]): boolean {
  const columns = new Set(texts.map(columnOf))
  return columns.has('code') && OWN_COLUMNS.some((c) => columns.has(c))
}

const UNIT_LABELS = TIME_UNITS.map((u) => timeUnitLabels[u].vi)

/** The unit a cell names: its Vietnamese label (folded), a short form, or the stored value. */
const UNITS_BY_TEXT: Record<string, TimeUnit> = {
  ...Object.fromEntries(TIME_UNITS.map((u) => [fold(timeUnitLabels[u].vi), u])),
  ...Object.fromEntries(TIME_UNITS.map((u) => [u, u])),
  'ngay lam viec': 'working-day',
  gio: 'hour',
}

// ---------------------------------------------------------------------------------------------
// Writing the template

/** A master procedure as the second sheet lists it. */
export interface TemplateMasterProcedure {
  code: string
  name: string
  /** the sector's name, or null when not known */
  sector: string | null
  methods: {
    channel: Channel
    processingTime: number | null
    processingTimeUnit: TimeUnit | null
    processingTimeText: string | null
  }[]
}

/** One current application, with the master's name shown beside its code. */
export type TemplateApplication = ImportedApplication & { procedureName: string | null }

export interface LocalityTemplateInput {
  locality: { name: string; code: string }
  applications: TemplateApplication[]
  master: TemplateMasterProcedure[]
}

const NOT_KNOWN = 'Chưa có thông tin'

/** The legal time of one channel as the master states it ("" when the master lists no such channel). */
function channelTime(procedure: TemplateMasterProcedure, channel: Channel): string {
  if (procedure.methods.length === 0) return NOT_KNOWN
  const rows = procedure.methods.filter((m) => m.channel === channel)
  return rows
    .map((m) =>
      typeof m.processingTime === 'number' && m.processingTimeUnit
        ? formatProcessingTime({ value: m.processingTime, unit: m.processingTimeUnit })
        : m.processingTimeText || NOT_KNOWN,
    )
    .join('; ')
}

/**
 * Text as XML 1.0 allows it: exceljs writes control characters as they are, and Excel then calls
 * the file corrupt. A vertical tab (Word's line break, pasted) becomes a line break; the other
 * control characters, which no one can see, are dropped.
 */
export const xmlSafe = (text: string): string =>
  text
    .replace(/\v/g, '\n')
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu, '')

/** "yyyy-mm-dd" as the UTC midnight Excel shows as that day. */
const excelDate = (isoDate: string) => new Date(`${isoDate.slice(0, 10)}T00:00:00.000Z`)

const safe = (value: ExcelJS.CellValue): ExcelJS.CellValue =>
  typeof value === 'string' ? xmlSafe(value) : value

/** The template an officer downloads for one locality. */
export async function writeLocalityTemplate(input: LocalityTemplateInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Danh mục thủ tục hành chính'
  // The names looked up from the codes are computed when the file opens.
  workbook.calcProperties.fullCalcOnLoad = true

  const sheet = workbook.addWorksheet(APPLIED_SHEET)
  sheet.getCell('A1').value = 'DANH MỤC THỦ TỤC HÀNH CHÍNH ÁP DỤNG TẠI ĐỊA PHƯƠNG'
  sheet.getCell('A1').font = { bold: true, size: 14 }
  sheet.getCell('A2').value = LOCALITY_NAME_LABEL
  sheet.getCell('B2').value = xmlSafe(input.locality.name)
  sheet.getCell('A3').value = LOCALITY_CODE_LABEL
  // Text, so a code like "00004" keeps its zeros.
  sheet.getCell('B3').numFmt = '@'
  sheet.getCell('B3').value = xmlSafe(input.locality.code)
  for (const cell of ['A2', 'A3', 'B2', 'B3']) sheet.getCell(cell).font = { bold: true }
  sheet.getCell('A4').value =
    `Mỗi dòng một thủ tục; chọn mã ở trang "${MASTER_SHEET}". Ô để trống: giữ nội dung của danh mục tỉnh. ` +
    'Thời hạn cam kết không được dài hơn thời hạn theo quy định; nhập kèm đơn vị thời hạn.'
  sheet.getCell('A4').font = { italic: true }

  const headerRow = 5
  sheet.getRow(headerRow).values = COLUMN_ORDER.map((c) => COLUMNS[c])
  sheet.getRow(headerRow).font = { bold: true }
  sheet.getRow(headerRow).alignment = { wrapText: true, vertical: 'middle' }
  const widths: Record<Column, number> = {
    code: 14,
    name: 50,
    appliedFrom: 16,
    applyingDecision: 20,
    committedTime: 12,
    unit: 16,
    receivingAddress: 40,
    officerInCharge: 24,
    unitInCharge: 24,
    onlineServiceUrl: 40,
    localNotes: 40,
  }
  COLUMN_ORDER.forEach((c, i) => {
    const column = sheet.getColumn(i + 1)
    column.width = widths[c]
    if (c === 'code' || c === 'applyingDecision') column.numFmt = '@'
    if (c === 'appliedFrom') column.numFmt = 'dd/mm/yyyy'
  })
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 2 }]

  // The name shows the master's name of the code typed beside it (never read back): a formula whose
  // cached result is the name, so it reads right before Excel recalculates. A code no longer in
  // the master list keeps its name as a plain value.
  const codeLetter = sheet.getColumn(COLUMN_ORDER.indexOf('code') + 1).letter
  const masterNames = new Map(input.master.map((p) => [p.code, p.name]))
  const nameOf = (row: number, code: string | null): ExcelJS.CellValue => ({
    formula: `IFERROR(VLOOKUP(${codeLetter}${row},'${MASTER_SHEET}'!$A:$B,2,FALSE),"")`,
    result: xmlSafe((code && masterNames.get(code)) ?? ''),
  })
  const sorted = [...input.applications].sort((a, b) => a.procedure.localeCompare(b.procedure))
  for (const [i, application] of sorted.entries()) {
    const values: Record<Column, ExcelJS.CellValue> = {
      code: application.procedure,
      name: masterNames.has(application.procedure)
        ? nameOf(headerRow + 1 + i, application.procedure)
        : application.procedureName,
      appliedFrom: application.appliedFrom ? excelDate(application.appliedFrom) : null,
      applyingDecision: application.applyingDecision,
      committedTime: application.committedTime?.value ?? null,
      unit: application.committedTime ? timeUnitLabels[application.committedTime.unit].vi : null,
      receivingAddress: application.receivingAddress,
      officerInCharge: application.officerInCharge,
      unitInCharge: application.unitInCharge,
      onlineServiceUrl: application.onlineServiceUrl,
      localNotes: application.localNotes,
    }
    sheet.addRow(COLUMN_ORDER.map((c) => safe(values[c])))
  }
  const unitLetter = sheet.getColumn(COLUMN_ORDER.indexOf('unit') + 1).letter
  const lastRow = headerRow + sorted.length + SPARE_ROWS
  const nameColumn = COLUMN_ORDER.indexOf('name') + 1
  for (let r = headerRow + sorted.length + 1; r <= lastRow; r++)
    sheet.getCell(r, nameColumn).value = nameOf(r, null)
  // One validation for the whole range (exceljs has it, its typings omit it); per-cell validations
  // would write one entry per cell.
  const validations = (
    sheet as unknown as {
      dataValidations: { add: (range: string, validation: ExcelJS.DataValidation) => void }
    }
  ).dataValidations
  validations.add(`${unitLetter}${headerRow + 1}:${unitLetter}${lastRow}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${UNIT_LABELS.join(',')}"`],
    showErrorMessage: true,
    errorTitle: 'Đơn vị thời hạn',
    error: `Chọn một trong: ${UNIT_LABELS.join(', ')}.`,
  })

  const master = workbook.addWorksheet(MASTER_SHEET)
  master.getCell('A1').value = 'DANH MỤC THỦ TỤC HÀNH CHÍNH CỦA TỈNH ĐANG CÓ HIỆU LỰC'
  master.getCell('A1').font = { bold: true, size: 14 }
  master.getCell('A2').value =
    'Thời hạn giải quyết theo quy định của từng cách thức nộp; ô trống: thủ tục không có cách thức đó.'
  master.getCell('A2').font = { italic: true }
  master.getRow(3).values = [
    'Mã thủ tục',
    'Tên thủ tục',
    'Lĩnh vực',
    ...CHANNELS.map((c) => `Thời hạn: ${channelSubmitLabels[c].toLowerCase()}`),
  ]
  master.getRow(3).font = { bold: true }
  master.getColumn(1).numFmt = '@'
  ;[14, 60, 24, 24, 24, 24].forEach((width, i) => (master.getColumn(i + 1).width = width))
  master.views = [{ state: 'frozen', ySplit: 3 }]
  for (const procedure of [...input.master].sort((a, b) => a.code.localeCompare(b.code)))
    master.addRow(
      [
        procedure.code,
        procedure.name,
        procedure.sector ?? NOT_KNOWN,
        ...CHANNELS.map((c) => channelTime(procedure, c)),
      ].map(xmlSafe),
    )

  return Buffer.from(await workbook.xlsx.writeBuffer())
}

// ---------------------------------------------------------------------------------------------
// Reading it back

/** What a cell holds, formulas replaced by their cached result. */
type CellRead =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: Date }
  | { kind: 'error'; shown: string }

/** A cell's content as the rows are checked; a formula reads as its cached result. */
function readCell(cell: SheetCell | undefined): CellRead {
  const value = cell?.kind === 'formula' ? cell.result : cell
  if (!value) return { kind: 'empty' }
  switch (value.kind) {
    case 'empty':
      return value
    case 'text':
      return value.text.trim() ? { kind: 'text', text: value.text } : { kind: 'empty' }
    case 'boolean':
      return { kind: 'text', text: value.value ? 'TRUE' : 'FALSE' }
    case 'number':
    case 'date':
    case 'error':
      return value
  }
}

/** Shown in a report as the officer sees it. */
const shownRead = (read: CellRead): string | null => {
  switch (read.kind) {
    case 'empty':
      return null
    case 'text':
      return shownValue(read.text)
    case 'number':
      return String(read.value).replace('.', ',')
    case 'date':
      return displayDate(read.value.toISOString().slice(0, 10))
    case 'error':
      return read.shown
  }
}

const displayDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`

/** One line (an officer's name, a decision number): spaces collapsed, NFC. */
const oneLine = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim()
/**
 * Several lines (an address, a note): line breaks and the spaces inside a line kept, so that a
 * value downloaded and uploaded unchanged reads back unchanged; only the ends of the lines and of
 * the whole are trimmed.
 */
const lines = (text: string) =>
  text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim()

/** Excel's day 0 is 30/12/1899 (its 1900 leap-year bug included in the count). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)
const MAX_EXCEL_SERIAL = 2_958_465 // 31/12/9999

/** Dates outside these years are typing mistakes (a year alone read as an Excel serial, 2204). */
const PLAUSIBLE_YEARS = { from: 1990, to: 2099 }

/** A calendar date, or null when the numbers do not make one or the year is implausible. */
function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  if (year < PLAUSIBLE_YEARS.from || year > PLAUSIBLE_YEARS.to) return null
  return date.toISOString().slice(0, 10)
}

/** The day a cell gives: dd/mm/yyyy (also with - or .), yyyy-mm-dd, an Excel date or serial. */
function parseDate(read: CellRead): string | null {
  switch (read.kind) {
    case 'date': {
      // exceljs reads Excel's day as UTC midnight; a time of day is dropped.
      const d = read.value
      return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
    }
    case 'number': {
      if (!Number.isFinite(read.value) || read.value < 1 || read.value > MAX_EXCEL_SERIAL)
        return null
      const d = new Date(EXCEL_EPOCH_MS + Math.floor(read.value) * 86_400_000)
      return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
    }
    case 'text': {
      const text = read.text.trim()
      const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)
      if (vn) return isoDate(Number(vn[3]), Number(vn[2]), Number(vn[1]))
      const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?$/.exec(text)
      if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
      return null
    }
    default:
      return null
  }
}

/**
 * A committed time: a number, written with a decimal comma or point, alone or followed by its unit
 * ("3 ngày làm việc", as officers often type it in one cell). Null when it is neither.
 */
function parseTime(read: CellRead): { value: number; unit: TimeUnit | null } | null {
  if (read.kind === 'number')
    return Number.isFinite(read.value) ? { value: read.value, unit: null } : null
  if (read.kind !== 'text') return null
  const match = /^(-?\d+(?:[.,]\d+)?)(?:\s*(\S.*))?$/.exec(read.text.trim())
  if (!match) return null
  const unit = match[2] === undefined ? null : (UNITS_BY_TEXT[fold(match[2])] ?? undefined)
  if (unit === undefined) return null
  return { value: Number(match[1].replace(',', '.')), unit }
}

const fileIssue = (file: string, message: string, row: number | null = null): ImportIssue => ({
  file,
  record: null,
  row,
  code: null,
  field: row === null ? 'tệp' : '',
  value: null,
  message,
  severity: 'error',
})

/** The cell right of a label in the rows above the header that names the locality's code. */
function findLocalityCode(
  sheet: FirstSheet,
  headerRow: number,
): { row: number; read: CellRead } | null {
  for (const [r, cells] of sheet.rows) {
    if (r >= headerRow) break
    for (const [c, cell] of cells) {
      const read = readCell(cell)
      if (read.kind !== 'text' || !LOCALITY_CODE_HEADINGS.has(heading(read.text))) continue
      for (const [next, right] of cells) {
        if (next <= c) continue
        const value = readCell(right)
        if (value.kind !== 'empty') return { row: r, read: value }
      }
      return { row: r, read: { kind: 'empty' } }
    }
  }
  return null
}

/**
 * Reads a locality's template: every row that has a code becomes an application unless it has an
 * error; every problem is located by row, column heading and letter, and value, in Vietnamese.
 * Never throws.
 */
export async function readLocalityExcel(
  bytes: Uint8Array,
  file: string,
  memo: XlsxMemo = {},
): Promise<{ applications: ImportedApplication[]; issues: ImportIssue[] }> {
  const read = readFirstSheet(bytes, file, memo)
  if ('issues' in read) return { applications: [], issues: read.issues }
  const { sheet } = read

  // The header: of the first rows, the one that names the most of the template's columns.
  let header: { row: number; columns: Partial<Record<Column, number>> } | null = null
  for (const [r, cells] of sheet.rows) {
    if (r > HEADER_ROWS) break
    const columns: Partial<Record<Column, number>> = {}
    for (const [col, cell] of cells) {
      const read = readCell(cell)
      const column = read.kind === 'text' ? columnOf(read.text) : undefined
      if (column && columns[column] === undefined) columns[column] = col
    }
    const found = Object.keys(columns).length
    if (found > 0 && (!header || found > Object.keys(header.columns).length))
      header = { row: r, columns }
  }
  if (!header || header.columns.code === undefined) {
    const expected = COLUMN_ORDER.map((c) => COLUMNS[c]).join(' | ')
    return {
      applications: [],
      issues: [
        fileIssue(
          file,
          header
            ? `Dòng tiêu đề (dòng ${header.row}) thiếu cột "${COLUMNS.code}". Mẫu có các cột: ${expected}.`
            : `Không tìm thấy dòng tiêu đề trong ${HEADER_ROWS} dòng đầu của trang "${sheet.name}": cần ít nhất cột "${COLUMNS.code}" (mẫu có các cột: ${expected}).`,
          header?.row ?? null,
        ),
      ],
    }
  }
  const columns = header.columns
  const fieldOf = (column: Column) =>
    `${COLUMNS[column].replace(/ \(.*\)$/, '')} (cột ${columnLetter(columns[column]!)})`

  const issues: ImportIssue[] = []
  const localityCell = findLocalityCode(sheet, header.row)
  const localityRead = localityCell?.read
  const locality =
    localityRead?.kind === 'text'
      ? oneLine(localityRead.text)
      : localityRead?.kind === 'number' && Number.isInteger(localityRead.value)
        ? String(localityRead.value)
        : null
  // Without it no row can be applied, but the rows are still read so that one report says all.
  const localityKnown = Boolean(locality && /^\d{2,5}$/.test(locality))
  if (!localityKnown) {
    issues.push({
      ...fileIssue(
        file,
        locality
          ? `Mã đơn vị hành chính "${locality}" không hợp lệ: cần 2, 3 hoặc 5 chữ số.`
          : `Thiếu mã đơn vị hành chính của địa phương: ghi mã vào ô bên phải nhãn "${LOCALITY_CODE_LABEL}" phía trên dòng tiêu đề.`,
        localityCell?.row ?? null,
      ),
      field: LOCALITY_CODE_LABEL.replace(/:$/, ''),
      value: localityRead ? shownRead(localityRead) : null,
    })
  }
  if (localityRead?.kind === 'number')
    issues.push({
      ...fileIssue(
        file,
        'Mã đơn vị hành chính lưu dạng số trong Excel: các chữ số 0 ở đầu (nếu có) đã mất, hãy kiểm tra.',
        localityCell!.row,
      ),
      field: LOCALITY_CODE_LABEL.replace(/:$/, ''),
      value: locality,
      severity: 'warning',
    })

  const applications: ImportedApplication[] = []
  const seen = new Map<string, number>()
  for (const [r, row] of sheet.rows) {
    if (r <= header.row) continue
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

    // Each of the template's columns; a column the officer added is not the catalogue's and is
    // ignored. The name is never imported: its look-up formula is skipped, and a name typed by
    // hand only tells that the row is not empty (a name without a code is an error).
    const reads = new Map<Column, CellRead>()
    for (const column of COLUMN_ORDER) {
      const col = columns[column]
      if (col === undefined) continue
      const cell = row.get(col)
      if (column === 'name' && cell?.kind === 'formula') continue
      let read: CellRead
      if (cell?.kind === 'formula') {
        read = readCell(cell)
        if (cell.result === null)
          issue(
            'error',
            column,
            `=${cell.formula}`,
            'Ô chứa công thức chưa có giá trị tính sẵn: hãy dán giá trị (Paste Values) thay cho công thức.',
          )
        else
          issue(
            'warning',
            column,
            `=${cell.formula}`,
            `Ô chứa công thức: đã dùng giá trị tính sẵn "${shownRead(read) ?? ''}"; công thức không được tính lại, hãy kiểm tra.`,
          )
      } else read = readCell(cell)
      if (read.kind === 'error') {
        issue('error', column, read.shown, 'Ô chứa giá trị lỗi của Excel.')
        read = { kind: 'empty' }
      } else if (read.kind === 'text' && read.text.length > MAX_CELL_CHARS) {
        issue(
          'error',
          column,
          shownValue(read.text),
          `Ô dài ${read.text.length} ký tự; giới hạn ${MAX_CELL_CHARS} ký tự.`,
        )
        read = { kind: 'empty' }
      }
      reads.set(column, read)
    }
    const readOf = (column: Column): CellRead => reads.get(column) ?? { kind: 'empty' }
    const problemIn = (column: Column) =>
      columns[column] !== undefined &&
      rowIssues.some((i) => i.severity === 'error' && i.field === fieldOf(column))
    if (!rowIssues.length && [...reads.values()].every((read) => read.kind === 'empty')) continue

    // A text column: a date or a number there is shown as text; nothing is evaluated.
    const text = (column: Column, multiline = false): string | null => {
      const read = readOf(column)
      if (read.kind === 'text') return (multiline ? lines(read.text) : oneLine(read.text)) || null
      if (read.kind === 'number') return String(read.value)
      if (read.kind === 'date') {
        issue('error', column, shownRead(read), 'Ô chứa ngày tháng, không phải văn bản.')
        return null
      }
      return null
    }

    // The code.
    const codeRead = readOf('code')
    let code: string | null = null
    if (codeRead.kind === 'number' && NATIONAL_CODE.test(codeRead.value.toFixed(6))) {
      // Excel turned "1.001190" into the number 1.00119; six decimals give the code back.
      code = codeRead.value.toFixed(6)
      issue(
        'warning',
        'code',
        String(codeRead.value),
        `Mã thủ tục lưu dạng số trong Excel: đọc là ${code}.`,
      )
    } else if (!problemIn('code')) {
      const written = text('code') ?? ''
      // A date in the column was reported by text(); the code is then simply missing.
      if (!problemIn('code')) {
        const local = LOCAL_CODE.exec(written)
        code = local ? local[1] : written
        const error = local ? null : nationalCodeError(code)
        if (error) {
          issue('error', 'code', written || null, error)
          code = null
        }
      }
    }
    if (code) {
      const first = seen.get(code)
      if (first !== undefined)
        issue('error', 'code', code, `Mã thủ tục trùng với dòng ${first} trong cùng tệp.`)
      else seen.set(code, r)
    }

    // The day it applies from.
    let appliedFrom: string | null = null
    const dateRead = readOf('appliedFrom')
    if (dateRead.kind !== 'empty' && !problemIn('appliedFrom')) {
      appliedFrom = parseDate(dateRead)
      if (!appliedFrom)
        issue(
          'error',
          'appliedFrom',
          shownRead(dateRead),
          `Ngày không hợp lệ: ghi theo dạng dd/mm/yyyy (ví dụ 15/01/2025), năm từ ${PLAUSIBLE_YEARS.from} đến ${PLAUSIBLE_YEARS.to}.`,
        )
    }

    // The committed time and its unit: both or neither.
    let committedTime: ImportedApplication['committedTime'] = null
    const timeRead = readOf('committedTime')
    const unitRead = readOf('unit')
    let value: number | null = null
    let unitInTime: TimeUnit | null = null
    let unit: TimeUnit | null = null
    if (timeRead.kind !== 'empty' && !problemIn('committedTime')) {
      const parsed = parseTime(timeRead)
      if (!parsed)
        issue(
          'error',
          'committedTime',
          shownRead(timeRead),
          'Thời hạn cam kết phải là một số (ví dụ 3 hoặc 0,5), có thể kèm đơn vị (ví dụ "3 ngày làm việc").',
        )
      else if (parsed.value < 0)
        issue('error', 'committedTime', shownRead(timeRead), 'Thời hạn cam kết không được âm.')
      else {
        value = parsed.value
        unitInTime = parsed.unit
      }
    }
    if (unitRead.kind !== 'empty' && !problemIn('unit')) {
      const written = unitRead.kind === 'text' ? unitRead.text : (shownRead(unitRead) ?? '')
      unit = UNITS_BY_TEXT[fold(written)] ?? null
      if (!unit)
        issue(
          'error',
          'unit',
          shownValue(written),
          `Đơn vị thời hạn không hợp lệ: chọn một trong ${UNIT_LABELS.map((l) => `"${l}"`).join(', ')}.`,
        )
      else if (unitInTime && unitInTime !== unit) {
        issue(
          'error',
          'unit',
          shownValue(written),
          `Đơn vị "${timeUnitLabels[unitInTime].vi}" ghi trong ô thời hạn cam kết khác đơn vị ở cột này.`,
        )
        value = null
      }
    }
    unit ??= unitInTime
    if (value !== null && unit) committedTime = { value, unit }
    else if (value !== null && unitRead.kind === 'empty')
      issue(
        'error',
        columns.unit === undefined ? 'committedTime' : 'unit',
        null,
        'Có thời hạn cam kết nhưng thiếu đơn vị thời hạn.',
      )
    else if (unit && timeRead.kind === 'empty')
      issue(
        'error',
        columns.committedTime === undefined ? 'unit' : 'committedTime',
        null,
        'Có đơn vị thời hạn nhưng thiếu thời hạn cam kết.',
      )

    // The online-service link.
    const url = text('onlineServiceUrl')
    if (url) {
      const valid = validateUrl(url)
      if (valid !== true) issue('error', 'onlineServiceUrl', shownValue(url), valid)
    }

    const application: ImportedApplication = {
      locality: locality ?? '',
      procedure: code ?? '',
      appliedFrom,
      applyingDecision: text('applyingDecision'),
      committedTime,
      receivingAddress: text('receivingAddress', true),
      officerInCharge: text('officerInCharge'),
      unitInCharge: text('unitInCharge'),
      onlineServiceUrl: url,
      localNotes: text('localNotes', true),
    }
    const written = readOf('code')
    const shownCode = code ?? (written.kind === 'text' ? oneLine(written.text) : null)
    for (const i of rowIssues) i.code = shownCode
    issues.push(...rowIssues)
    if (!rowIssues.some((i) => i.severity === 'error')) applications.push(application)
  }

  if (!localityKnown) return { applications: [], issues }
  if (applications.length === 0 && !issues.some((i) => i.severity === 'error'))
    issues.push({
      ...fileIssue(file, 'Tệp không có dòng thủ tục nào dưới dòng tiêu đề.'),
      field: '',
      severity: 'warning',
    })
  return { applications, issues }
}
