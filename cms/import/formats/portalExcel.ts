/**
 * Reads the Excel list the national procedure database (CSDL quốc gia về TTHC) exports: one row per
 * procedure, columns Mã số | Tên | Cơ quan ban hành | Cơ quan thực hiện | Lĩnh vực. Each row becomes
 * a skeleton procedure; every part the list does not carry is a gap of kind 'unknown' naming the
 * file and row, never a default. Pure: no database.
 *
 * Levels: the list has none, the model has no gap for them (they are a required select, not a
 * part of NĐ 63 that may be unknown), so a skeleton has `levels: []` and each row gets a warning
 * that the officer must choose them; drafts may be saved without them, a publish may not.
 *
 * "Cơ quan ban hành" (the ministry that announced the procedure) has no field in the catalogue: it
 * is required to recognise the list but not imported.
 */
import ExcelJS from 'exceljs'

import { fold } from '../../../content-schemas/fold'
import { NATIONAL_CODE } from '../../collections/Procedures/code'
import type { ImportedProcedure } from '../records'
import { shownValue, type ImportIssue } from '../report'
import { readProcedureCode, skeletonProcedure, splitAgencies } from '../skeleton'
import { checkedContainer, type XlsxMemo } from './firstSheet'

export const EXCEL_SOURCE = 'Danh sách TTHC xuất từ CSDL quốc gia'

const COLUMNS = {
  code: 'Mã số',
  name: 'Tên',
  issuer: 'Cơ quan ban hành',
  implementing: 'Cơ quan thực hiện',
  sector: 'Lĩnh vực',
} as const
type Column = keyof typeof COLUMNS

/** Other headings the portal and officers write for the same columns. */
const HEADINGS: Record<string, Column> = {
  'ma so': 'code',
  'ma thu tuc': 'code',
  'ma tthc': 'code',
  ten: 'name',
  'ten thu tuc': 'name',
  'ten tthc': 'name',
  'co quan ban hanh': 'issuer',
  'co quan thuc hien': 'implementing',
  'linh vuc': 'sector',
}

/** The header is looked for in these first rows: titles and blank lines often come first. */
const HEADER_ROWS = 10
export const MAX_CELL_CHARS = 10_000

/** A heading as compared: folded, no surrounding punctuation ("Mã số:" and "MÃ SỐ (*)" match). */
const heading = (text: string) =>
  fold(text)
    .replace(/\(\*\)/g, '')
    .replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')

/** The cell's text, or a reason it has none that an importer can trust. */
type CellText = { text: string } | { problem: 'formula' | 'date' | 'error'; shown: string }

function cellText(cell: ExcelJS.Cell): CellText {
  const value = cell.value
  // Never evaluated and never trusted: a cached result may be stale or forged.
  if (cell.type === ExcelJS.ValueType.Formula)
    return { problem: 'formula', shown: `=${cell.formula}` }
  if (value === null || value === undefined) return { text: '' }
  if (typeof value === 'string') return { text: value }
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value) }
  if (value instanceof Date) return { problem: 'date', shown: value.toISOString().slice(0, 10) }
  if (typeof value === 'object') {
    if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') }
    if ('error' in value) return { problem: 'error', shown: String(value.error) }
    if ('text' in value) {
      // A hyperlink's text is typed as a string but is rich text when the link is formatted.
      const text = value.text as string | ExcelJS.CellRichTextValue
      return { text: typeof text === 'string' ? text : text.richText.map((r) => r.text).join('') }
    }
  }
  return { text: String(cell.text ?? '') }
}

const clean = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim()

export async function readPortalExcel(
  bytes: Uint8Array,
  file: string,
  memo: XlsxMemo = {},
): Promise<{ procedures: ImportedProcedure[]; issues: ImportIssue[] }> {
  const issues: ImportIssue[] = []
  const fileError = (message: string, row: number | null = null) => {
    issues.push({
      file,
      record: null,
      row,
      code: null,
      field: row === null ? 'tệp' : '',
      value: null,
      message,
      severity: 'error',
    })
    return { procedures: [], issues }
  }

  const unsafe = checkedContainer(bytes, file, memo)
  if (unsafe.length) return { procedures: [], issues: unsafe }

  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never)
  } catch {
    return fileError(
      `Tệp ${file} không phải tệp Excel (.xlsx) hợp lệ: không đọc được nội dung bảng tính.`,
    )
  }
  // The list is the first sheet the officer sees: a hidden sheet is never read, since nobody
  // checking the file would see what it imports.
  const sheet = workbook.worksheets.find((s) => s.state === 'visible')
  const hidden = workbook.worksheets.filter((s) => s.state !== 'visible').map((s) => `"${s.name}"`)
  if (hidden.length)
    issues.push({
      file,
      record: null,
      row: null,
      code: null,
      field: 'trang tính',
      value: hidden.join(', '),
      message: `Tệp có trang tính ẩn ${hidden.join(', ')}: không đọc trang ẩn${sheet ? `, chỉ đọc trang "${sheet.name}"` : ''}.`,
      severity: 'warning',
    })
  if (!workbook.worksheets.length) return fileError(`Tệp ${file} không có trang tính nào.`)
  if (!sheet)
    return fileError(
      `Mọi trang tính của tệp ${file} đều bị ẩn: hãy hiện trang chứa danh sách rồi nhập lại.`,
    )

  // The header: the first of the first rows that names the most of the five columns.
  let header: { row: number; columns: Partial<Record<Column, number>> } | null = null
  for (let r = 1; r <= Math.min(HEADER_ROWS, sheet.rowCount); r++) {
    const columns: Partial<Record<Column, number>> = {}
    sheet.getRow(r).eachCell((cell, col) => {
      const read = cellText(cell)
      const column = 'text' in read ? HEADINGS[heading(read.text)] : undefined
      if (column && columns[column] === undefined) columns[column] = col
    })
    const found = Object.keys(columns).length
    if (found > 0 && (!header || found > Object.keys(header.columns).length))
      header = { row: r, columns }
  }
  const missing = (Object.keys(COLUMNS) as Column[]).filter((c) => header?.columns[c] === undefined)
  if (!header || missing.length) {
    const names = missing.map((c) => `"${COLUMNS[c]}"`).join(', ')
    return fileError(
      header
        ? `Dòng tiêu đề (dòng ${header.row}) thiếu cột ${names}. Danh sách cần các cột: ${Object.values(COLUMNS).join(' | ')}.`
        : `Không tìm thấy dòng tiêu đề trong ${HEADER_ROWS} dòng đầu: cần các cột ${Object.values(COLUMNS).join(' | ')}.`,
      header?.row ?? null,
    )
  }
  const columns = header.columns as Record<Column, number>
  const letter = (col: number) => sheet.getColumn(col).letter
  const fieldOf = (col: number) => {
    const column = (Object.keys(columns) as Column[]).find((c) => columns[c] === col)
    return column ? `${COLUMNS[column]} (cột ${letter(col)})` : `cột ${letter(col)}`
  }

  const procedures: ImportedProcedure[] = []
  const seen = new Map<string, number>()
  // Only the rows that exist: a sheet may declare a million rows and hold three.
  const rows: ExcelJS.Row[] = []
  sheet.eachRow((row, r) => {
    if (r > header.row) rows.push(row)
  })
  for (const row of rows) {
    const r = row.number
    const texts = new Map<number, string>()
    const rowIssues: ImportIssue[] = []
    const codeCell = cellText(row.getCell(columns.code))
    const writtenCode = 'text' in codeCell ? clean(codeCell.text) || null : null
    const issue = (
      severity: ImportIssue['severity'],
      col: number | null,
      value: unknown,
      message: string,
    ) =>
      rowIssues.push({
        file,
        record: null,
        row: r,
        code: writtenCode,
        field: col === null ? '' : fieldOf(col),
        value: shownValue(value),
        message,
        severity,
      })

    // Every cell of the row, the five columns and any other: none is evaluated or trusted blindly.
    // Empty cells too: an empty cell may be the first of a merged range.
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const read = cellText(cell)
      if (cell.isMerged || cell.type === ExcelJS.ValueType.Merge)
        // A merged cell stands for several rows or columns: which of them its value belongs to is
        // a guess the importer does not make.
        issue(
          'error',
          col,
          'text' in read ? read.text : read.shown,
          `Ô thuộc vùng gộp ô (từ ô ${cell.master.address}): hãy bỏ gộp ô và ghi giá trị vào từng ô.`,
        )
      else if ('problem' in read) {
        const messages = {
          formula: 'Ô chứa công thức: không tính công thức, hãy dán giá trị (Paste Values).',
          date: 'Ô chứa ngày tháng, không phải văn bản.',
          error: 'Ô chứa giá trị lỗi của Excel.',
        }
        issue('error', col, read.shown, messages[read.problem])
      } else if (read.text.length > MAX_CELL_CHARS)
        issue(
          'error',
          col,
          read.text,
          `Ô dài ${read.text.length} ký tự; giới hạn ${MAX_CELL_CHARS} ký tự.`,
        )
      else texts.set(col, clean(read.text))
    })
    if (rowIssues.length === 0 && [...texts.values()].every((t) => t === '')) continue

    const text = (column: Column) => texts.get(columns[column]) ?? ''
    const problemIn = (column: Column) =>
      rowIssues.some((i) => i.field === fieldOf(columns[column]))

    const written = text('code')
    let read = readProcedureCode(written)
    const codeCellValue = row.getCell(columns.code).value
    if (
      typeof codeCellValue === 'number' &&
      NATIONAL_CODE.test(codeCellValue.toFixed(6)) &&
      // Only a number that is the code exactly: 1.0011934 is not 1.001193 rounded.
      Number(codeCellValue.toFixed(6)) === codeCellValue
    ) {
      // Excel turned "1.001190" into the number 1.00119; six decimals give the code back.
      read = { code: codeCellValue.toFixed(6), localCode: null }
      issue(
        'warning',
        columns.code,
        codeCellValue,
        `Mã số lưu dạng số trong Excel: đọc là ${read.code}.`,
      )
    }
    const code = 'code' in read ? read.code : written
    const localCode = 'code' in read ? read.localCode : null
    const codeError = problemIn('code') || !('error' in read) ? null : read.error
    const writtenText = 'text' in codeCell ? codeCell.text : ''
    if (codeError) issue('error', columns.code, code || null, codeError)
    else if (!problemIn('code')) {
      if (writtenText !== writtenText.trim())
        issue('warning', columns.code, writtenText, `Mã số có khoảng trắng thừa: đọc là ${code}.`)
      const first = seen.get(code)
      if (first !== undefined)
        issue('error', columns.code, code, `Mã thủ tục trùng với dòng ${first} trong cùng tệp.`)
      else seen.set(code, r)
    }
    if (!text('name') && !problemIn('name'))
      issue('error', columns.name, null, 'Thiếu tên thủ tục.')
    if (!text('sector') && !problemIn('sector'))
      issue('error', columns.sector, null, 'Thiếu lĩnh vực.')

    const errors = rowIssues.some((i) => i.severity === 'error')
    if (!errors)
      issue(
        'warning',
        null,
        null,
        'Danh sách không ghi cấp thực hiện: cần chọn cấp thực hiện trước khi gửi duyệt.',
      )
    for (const i of rowIssues) i.code = code || writtenCode
    issues.push(...rowIssues)
    if (errors) continue

    procedures.push(
      skeletonProcedure(
        {
          code,
          localCode,
          name: text('name'),
          sector: text('sector'),
          levels: [],
          implementing: splitAgencies(text('implementing')),
        },
        `${EXCEL_SOURCE}, tệp ${file}, dòng ${r}`,
      ),
    )
  }
  if (procedures.length === 0 && !issues.some((i) => i.severity === 'error'))
    issues.push({
      file,
      record: null,
      row: null,
      code: null,
      field: '',
      value: null,
      message: 'Danh sách không có dòng thủ tục nào dưới dòng tiêu đề.',
      severity: 'warning',
    })
  return { procedures, issues }
}
