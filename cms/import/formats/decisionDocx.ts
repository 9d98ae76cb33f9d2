/**
 * Reads a provincial announcement decision (Quyết định công bố danh mục TTHC) as Word: the
 * decision's number, signed date and title from its body when the file has one, and every row of
 * its appendix tables as an entry (new / amended / replaced / abolished, at the level and in the
 * sector the appendix places it). New, amended and replaced rows also give a skeleton procedure,
 * every part the appendix does not state unknown with the file, table and row as its source.
 * Pure: no database. docs/import.md ("A decision's appendix") describes the accepted shape.
 *
 * Issues locate a problem by table and row: `row` is the row's 1-based number in its table and
 * `field` names the table ("bảng 2") and the column.
 */
import { fold } from '../../../content-schemas/fold'
import type { DecisionChange, ProcedureLevel } from '../../../content-schemas/enumerations'
import {
  DocxPartTooLargeError,
  blocksOf,
  readDocxBody,
  tableGrid,
  type GridRow,
} from '../../lib/docx/readDocx'
import type { ImportedDecision, ImportedDecisionEntry, ImportedProcedure } from '../records'
import { shownValue, type ImportIssue } from '../report'
import { readProcedureCode, skeletonProcedure, splitAgencies } from '../skeleton'
import { checkZip } from '../zipGuard'

export const DECISION_SOURCE = 'Phụ lục quyết định công bố TTHC'

/** word/document.xml beyond this is not an appendix (a 3,000-row appendix is about 10 MB). */
export const MAX_DOCUMENT_XML_BYTES = 40 * 1024 * 1024

const CHANGE_NAMES: Record<DecisionChange, string> = {
  new: 'mới ban hành',
  amended: 'sửa đổi, bổ sung',
  replaced: 'thay thế',
  abolished: 'bãi bỏ',
}
const LEVEL_NAMES: Record<ProcedureLevel, string> = {
  ministry: 'cấp bộ',
  province: 'cấp tỉnh',
  district: 'cấp huyện',
  commune: 'cấp xã',
  'other-agency': 'cơ quan khác',
}

// --- Text -------------------------------------------------------------------------------------

/** One line, NFC (appendices arrive with decomposed tone marks), no zero-width characters. */
const clean = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim()

/** Lines kept, each cleaned: agency cells list one agency a line. */
const cleanLines = (text: string) => text.split('\n').map(clean).filter(Boolean).join('\n')

/** A heading's words, folded and without its numbering ("II.", "A)", "1.", "Phần I."). */
const headingWords = (text: string) =>
  fold(text)
    .replace(/^(phan|muc)\s+[ivxlc\d]+\s*[.:)\-–]?\s*/, '')
    .replace(/^([ivxlc]+|\d+(\.\d+)*|[a-h])\s*[.:)\-–]\s*/, '')
    .trim()

/** Numbering of a heading or group row in the STT column: "I", "II.", "A", "1", "a)". */
const isMarker = (text: string) => /^([IVXLC]+|[A-Ha-h]|\d+)\s*[.)]?$/.test(clean(text))

// --- Headings: which change, which level, which sector ---------------------------------------

const CHANGE_PATTERNS: [DecisionChange, RegExp][] = [
  ['new', /\bmoi ban hanh\b|\bban hanh moi\b/],
  ['amended', /\bsua doi\b|\bbo sung\b/],
  ['replaced', /\bthay the\b/],
  ['abolished', /\bbai bo\b|\bhuy bo\b/],
]
const LEVEL_PATTERNS: [ProcedureLevel, RegExp][] = [
  ['province', /\bcap tinh\b/],
  ['district', /\bcap huyen\b/],
  ['commune', /\bcap xa\b/],
]

/** The one value whose pattern the text matches; none when it matches none or several. */
function only<T>(text: string, patterns: [T, RegExp][]): T | null {
  const found = patterns.filter(([, pattern]) => pattern.test(text)).map(([value]) => value)
  return found.length === 1 ? found[0] : null
}

interface Heading {
  change: DecisionChange | null
  level: ProcedureLevel | null
  /** PHẦN II "Nội dung cụ thể của từng TTHC": no list table follows */
  endOfList: boolean
}

/**
 * What a heading line says: a change ("II. Danh mục TTHC được sửa đổi, bổ sung"), a level ("A.
 * THỦ TỤC HÀNH CHÍNH CẤP TỈNH"), or both. A line naming several changes is a title, not a
 * section ("… mới ban hành, sửa đổi, bổ sung, bị bãi bỏ"); a sentence of the body ("Điều 1. Công
 * bố …") is neither, since headings open with their numbering, "Danh mục" or "Thủ tục".
 */
function readHeading(text: string): Heading | null {
  const line = clean(text)
  if (!line || line.length > 400) return null
  const folded = fold(line)
  if (/noi dung cu the/.test(folded) && /^(phan|[ivxlc]+\s*[.:)])/.test(folded))
    return { change: null, level: null, endOfList: true }
  const words = headingWords(line)
  const opensAsHeading =
    words !== folded ||
    /^(danh muc|thu tuc hanh chinh|tthc|cac thu tuc|nhom thu tuc)\b/.test(folded)
  if (!opensAsHeading || /^(linh vuc)\b/.test(words)) return null
  // "B. CẤP HUYỆN" alone is a level heading too.
  if (!/\b(thu tuc|tthc|danh muc)\b/.test(words) && !/^cap (tinh|huyen|xa)$/.test(words))
    return null
  const change = only(words, CHANGE_PATTERNS)
  const level = only(words, LEVEL_PATTERNS)
  return change || level ? { change, level, endOfList: false } : null
}

/** "I. Lĩnh vực Hộ tịch" / "LĨNH VỰC HỘ TỊCH (05 TTHC)" → "Hộ tịch". */
function readSectorHeading(text: string): string | null {
  const line = clean(text)
  const match =
    /^(?:(?:[IVXLC]+|[A-Ha-h]|\d+(?:\.\d+)*)\s*[.:)\-–]\s*)?l\u0129nh v\u1ef1c\s*[:\-–]?\s*(.+)$/iu.exec(
      line,
    )
  if (!match || line.length > 200) return null
  const name = match[1].replace(/\s*\([^)]*\d[^)]*\)\s*$/, '').trim()
  if (!name) return null
  // A sector written in capitals is stored as a name is written: "HỘ TỊCH" → "Hộ tịch".
  return name === name.toUpperCase() && name !== name.toLowerCase()
    ? name.charAt(0) + name.slice(1).toLowerCase()
    : name
}

// --- Columns ----------------------------------------------------------------------------------

type Column =
  | 'stt'
  | 'code'
  | 'name'
  | 'sector'
  | 'agency'
  | 'replacesCode'
  | 'replacesName'
  | 'changeText'
  | 'changeDetail'
  | 'legalBasis'
  | 'other'

const REPLACED_OLD = /\b(duoc|bi) thay the\b/

/** The column a heading names, folded; null when it is not a heading of an appendix table. */
function columnOf(text: string): Column | null {
  const h = fold(clean(text))
    .replace(/[(*):.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (!h) return null
  if (/^(stt|tt|so tt|so thu tu)$/.test(h)) return 'stt'
  if (/^(ma|so ho so|ho so)\b/.test(h)) return REPLACED_OLD.test(h) ? 'replacesCode' : 'code'
  if (/vbqppl|van ban quy pham|quy dinh (viec|noi dung)/.test(h)) return 'changeText'
  if (/^noi dung (duoc )?(sua doi|thay the|bai bo)/.test(h)) return 'changeDetail'
  if (/^ten\b/.test(h) || /^(thu tuc hanh chinh|tthc|thu tuc)$/.test(h))
    return REPLACED_OLD.test(h) ? 'replacesName' : 'name'
  if (/^linh vuc\b/.test(h)) return 'sector'
  if (/^(co quan|don vi)\b.*\b(thuc hien|giai quyet)\b/.test(h)) return 'agency'
  if (/^can cu phap ly\b/.test(h)) return 'legalBasis'
  if (/^(thoi han|dia diem|phi\b|le phi|muc phi|cach thuc|ghi chu|doi tuong)/.test(h))
    return 'other'
  return null
}

interface TableHeader {
  /** 0-based index of the header row in its table; -1 for a continuation without one */
  row: number
  /** the column of each grid position, with the heading as written */
  columns: Map<number, { column: Column; heading: string }>
  /** the header's cell texts folded, to recognise the header repeated on later pages */
  signature: string
}

const signatureOf = (row: GridRow) =>
  row.cells
    .map((c) => fold(clean(c.text)))
    .filter(Boolean)
    .join('|')

/** The first of a table's first rows that names the procedure's name and one more column. */
function findHeader(rows: GridRow[]): TableHeader | null {
  for (let r = 0; r < Math.min(rows.length, 3); r++) {
    const columns = new Map<number, { column: Column; heading: string }>()
    for (const cell of rows[r].cells) {
      const column = columnOf(cell.text)
      if (!column) continue
      for (let c = cell.column; c < cell.column + cell.span; c++)
        columns.set(c, { column, heading: clean(cell.text) })
    }
    const kinds = new Set([...columns.values()].map((c) => c.column))
    if (kinds.has('name') && kinds.size >= 2)
      return { row: r, columns, signature: signatureOf(rows[r]) }
  }
  return null
}

const gridWidth = (rows: GridRow[]) =>
  Math.max(0, ...rows.flatMap((r) => r.cells.map((c) => c.column + c.span)))

// --- The decision's own lines ----------------------------------------------------------------

const NUMBER =
  /S\u1ed1\s*[:.]?\s*(\d+)\s*\/\s*((?:\d{4}\s*\/\s*)?Q\u0110\s*[-–]\s*[\p{L}\d.]+(?:\s*[-–]\s*[\p{L}\d.]+)*)/iu
const DECISION_REFERENCE =
  /Quy\u1ebft \u0111\u1ecbnh s\u1ed1\s*[:.]?\s*(\d+)\s*\/\s*((?:\d{4}\s*\/\s*)?Q\u0110\s*[-–]\s*[\p{L}\d.]+(?:\s*[-–]\s*[\p{L}\d.]+)*)/iu
const WORDED_DATE = /ng\u00e0y\s+(\d{1,2})\s+th\u00e1ng\s+(\d{1,2})\s+n\u0103m\s+(\d{4})/iu
const SLASHED_DATE = /ng\u00e0y\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu

const decisionNumber = (n: string, rest: string) =>
  `${n}/${rest.replace(/\s+/g, '').replace(/–/g, '-')}`

/** yyyy-mm-dd of a day that exists, else null. */
function isoDate(day: string, month: string, year: string): string | null {
  const d = Number(day)
  const m = Number(month)
  const y = Number(year)
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function dateIn(text: string): string | null {
  const match = WORDED_DATE.exec(text) ?? SLASHED_DATE.exec(text)
  return match ? isoDate(match[1], match[2], match[3]) : null
}

/** A line that ends the title: the signer's line, the preamble, or the articles. */
const endsTitle = (folded: string) =>
  /^(chu tich|uy ban nhan dan|ubnd|can cu|theo de nghi|quyet dinh\s*:|dieu 1)/.test(folded)

// --- The reader -------------------------------------------------------------------------------

type Block = { kind: 'paragraph'; text: string } | { kind: 'table'; index: number; rows: GridRow[] }

export async function readDecisionDocx(
  bytes: Uint8Array,
  file: string,
): Promise<{
  decisions: ImportedDecision[]
  skeletons: ImportedProcedure[]
  issues: ImportIssue[]
}> {
  const issues: ImportIssue[] = []
  const none = { decisions: [], skeletons: [] }
  const fileIssue = (message: string, severity: ImportIssue['severity'], field = 'tệp') =>
    issues.push({
      file,
      record: null,
      row: null,
      code: null,
      field,
      value: null,
      message,
      severity,
    })

  // Decisions are often published as Word 97–2003 or PDF: say so, rather than "not a ZIP".
  const starts = (signature: number[]) => signature.every((b, i) => bytes[i] === b)
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    fileIssue(
      `Tệp ${file} là tệp Word 97–2003 (.doc), không phải .docx: hãy mở bằng Word và lưu lại dạng .docx (File → Save As → Word Document) rồi nhập lại.`,
      'error',
    )
    return { ...none, issues }
  }
  if (starts([0x25, 0x50, 0x44, 0x46])) {
    fileIssue(
      `Tệp ${file} là tệp PDF: cần bản Word (.docx) của quyết định để đọc được bảng phụ lục.`,
      'error',
    )
    return { ...none, issues }
  }
  const unsafe = checkZip(bytes, file, 'docx')
  if (unsafe.length) return { ...none, issues: unsafe }

  let blocks: Block[]
  try {
    const body = readDocxBody(bytes, { maxPartBytes: MAX_DOCUMENT_XML_BYTES })
    let tables = 0
    blocks = blocksOf(body).map((block) =>
      block.kind === 'paragraph'
        ? { kind: 'paragraph', text: block.text }
        : { kind: 'table', index: ++tables, rows: tableGrid(block.element) },
    )
  } catch (error) {
    fileIssue(
      error instanceof DocxPartTooLargeError
        ? `Tệp ${file} có phần nội dung ${error.path} quá lớn khi giải nén (${Math.round(error.bytes / 1024 / 1024)} MB; giới hạn ${MAX_DOCUMENT_XML_BYTES / 1024 / 1024} MB): không xử lý.`
        : `Tệp ${file} không phải tệp Word (.docx) hợp lệ: không đọc được nội dung văn bản (word/document.xml thiếu hoặc hỏng).`,
      'error',
    )
    return { ...none, issues }
  }

  // Where the appendix starts: its "PHỤ LỤC" line, else its first heading or list table. What comes
  // before is the decision's body (and its tables, such as the header with number and date).
  const tables = blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')
  const listTables = new Map(tables.map((t) => [t, findHeader(t.rows)]))
  let appendixStart = blocks.findIndex(
    (b) => b.kind === 'paragraph' && /^phu luc\b/.test(fold(clean(b.text))),
  )
  if (appendixStart < 0)
    appendixStart = blocks.findIndex((b) =>
      b.kind === 'paragraph' ? readHeading(b.text) !== null : listTables.get(b) !== null,
    )
  if (appendixStart < 0) appendixStart = blocks.length

  if (![...listTables.values()].some(Boolean)) {
    const firstHeader = tables[0]?.rows[0]?.cells.map((c) => clean(c.text)).filter(Boolean)
    fileIssue(
      tables.length === 0
        ? `Tệp ${file} không có bảng nào: không tìm thấy phụ lục danh mục thủ tục hành chính (bảng có các cột STT | Mã số TTHC | Tên thủ tục hành chính | Lĩnh vực | Cơ quan thực hiện).`
        : `Tệp ${file} có ${tables.length} bảng nhưng không bảng nào là danh mục thủ tục hành chính: cần dòng tiêu đề có cột "Tên thủ tục hành chính" và "Mã số TTHC"${firstHeader?.length ? ` (bảng 1 bắt đầu bằng: ${shownValue(firstHeader.join(' | '))})` : ''}.`,
      'error',
    )
    return { ...none, issues }
  }

  const decision = readDecisionLines(blocks, appendixStart, file, issues)

  // --- The appendix ---
  const entries: ImportedDecisionEntry[] = []
  const skeletons = new Map<string, ImportedProcedure>()
  /** first row of each code in each section (change and level) */
  const seen = new Map<string, string>()
  const titleChange = titleChangeOf(blocks, appendixStart)
  let change: DecisionChange | null = null
  let level: ProcedureLevel | null = null
  let sector: string | null = null
  let previous = null as { header: TableHeader; width: number } | null
  const source = `${decision.number ? `Phụ lục Quyết định ${decision.number}` : DECISION_SOURCE}, tệp ${file}`

  for (let b = appendixStart; b < blocks.length; b++) {
    const block = blocks[b]
    if (block.kind === 'paragraph') {
      const text = clean(block.text)
      if (!text) continue
      previous = null
      const heading = readHeading(text)
      if (heading?.endOfList) break
      if (heading) {
        if (heading.change) change = heading.change
        if (heading.level) level = heading.level
        sector = null
        continue
      }
      const named = readSectorHeading(text)
      if (named) sector = named
      continue
    }

    const t = block.index
    const where = `bảng ${t}`
    const tableIssue = (message: string, severity: ImportIssue['severity'], row: number | null) =>
      issues.push({
        file,
        record: null,
        row,
        code: null,
        field: where,
        value: null,
        message,
        severity,
      })

    let header = listTables.get(block) ?? null
    const width = gridWidth(block.rows)
    if (!header && previous && previous.width === width) {
      // A table split across pages without its header: the rows go on under the same columns.
      header = { ...previous.header, row: -1 }
    }
    if (!header) {
      const read = block.rows[0]?.cells.map((c) => clean(c.text)).filter(Boolean) ?? []
      issues.push({
        file,
        record: null,
        row: 1,
        code: null,
        field: where,
        value: shownValue(read.join(' | ')) || null,
        message: `Không nhận ra các cột của bảng ${t}: bảng danh mục cần dòng tiêu đề có cột "Mã số TTHC" và "Tên thủ tục hành chính" (thường kèm STT, Lĩnh vực, Cơ quan thực hiện). Bảng này không được đọc.`,
        severity: 'error',
      })
      previous = null
      continue
    }
    previous = { header, width }
    const kinds = new Set([...header.columns.values()].map((c) => c.column))
    if (!kinds.has('code')) {
      tableIssue(
        `Bảng ${t} không có cột "Mã số TTHC": không liên kết được thủ tục nào với danh mục. Hãy thêm cột mã số thủ tục (ví dụ 1.001193) rồi nhập lại.`,
        'error',
        header.row + 1,
      )
      continue
    }

    // A table under no section heading: its columns or the title may still say which list it is
    // (a heading may also come as a merged row inside the table, so this is settled at its first row).
    const fallbackChange = (): DecisionChange | null => {
      if (kinds.has('replacesCode') || kinds.has('replacesName')) return 'replaced'
      if ([...header.columns.values()].some((c) => /bai bo/.test(fold(c.heading))))
        return 'abolished'
      return titleChange
    }
    let tableChange: DecisionChange | null = change
    let unclear = false
    let toldNoOldCode = false
    const settleChange = (rowNumber: number): DecisionChange | null => {
      tableChange ??= fallbackChange()
      if (!tableChange && !unclear) {
        unclear = true
        tableIssue(
          `Không rõ bảng ${t} thuộc danh mục nào (mới ban hành, sửa đổi bổ sung, thay thế hay bãi bỏ): thiếu tiêu đề mục phía trên bảng, ví dụ "I. Danh mục thủ tục hành chính mới ban hành". Các dòng dưới đó không được đọc.`,
          'error',
          rowNumber,
        )
      }
      if (tableChange === 'replaced' && !kinds.has('replacesCode') && !toldNoOldCode) {
        toldNoOldCode = true
        tableIssue(
          `Bảng ${t} (thủ tục thay thế) không có cột mã số thủ tục được thay thế: các mục không ghi thủ tục nào bị thay thế.`,
          'warning',
          rowNumber,
        )
      }
      return tableChange
    }

    const columnAt = (c: number) => header.columns.get(c)
    let procedureRows = 0
    for (let r = header.row + 1; r < block.rows.length; r++) {
      const row = block.rows[r]
      const rowNumber = r + 1
      // The texts of the row by column; a merged cell counts once, under the column it starts in.
      const cells = new Map<Column, { text: string; grid: number }>()
      const texts: { text: string; column: Column | undefined; span: number }[] = []
      for (const cell of row.cells) {
        const text = cell.text.normalize('NFC')
        const column = columnAt(cell.column)?.column
        texts.push({ text: clean(text), column, span: cell.span })
        if (column && !cells.has(column) && clean(text))
          cells.set(column, { text, grid: cell.column })
      }
      const filled = texts.filter((c) => c.text)
      if (filled.length === 0) continue
      // The header again (Word's repeated header row, or a table pasted page by page), a row of
      // sub-headings, or the column numbering "(1) | (2) | …". A row whose code cell starts like a
      // code is none of these (most rows: no need to fold them).
      const codeLike = /^\d\.\d/.test(clean(cells.get('code')?.text ?? ''))
      if (
        (row.repeatsAsHeader && !codeLike) ||
        (!codeLike && signatureOf(row) === header.signature) ||
        signatureOf(row) === header.signature ||
        (!codeLike && filled.length >= 2 && filled.every((c) => columnOf(c.text) !== null)) ||
        (!codeLike && filled.length >= 2 && filled.every((c) => /^\(?\d+\)?$/.test(c.text)))
      )
        continue

      const cellText = (column: Column) => clean(cells.get(column)?.text ?? '')
      const fieldOf = (column: Column) => {
        const at =
          cells.get(column)?.grid ?? [...header.columns].find(([, c]) => c.column === column)?.[0]
        const heading = at === undefined ? undefined : header.columns.get(at)?.heading
        return heading ? `${where}, cột ${at! + 1} "${shownValue(heading)}"` : where
      }
      const writtenCode = cellText('code')
      const rowIssue = (
        severity: ImportIssue['severity'],
        column: Column | null,
        value: string | null,
        message: string,
      ) =>
        issues.push({
          file,
          record: null,
          row: rowNumber,
          code: writtenCode || null,
          field: column ? fieldOf(column) : where,
          value: shownValue(value),
          message,
          severity,
        })

      // The second row of a two-row header ("Thời hạn giải quyết" over "Trực tiếp | Trực tuyến"):
      // before any procedure, a row whose code and name cells are empty or headings themselves
      // (a header cell merged down repeats its heading).
      const headingOrEmpty = (column: Column) =>
        !cellText(column) || columnOf(cellText(column)) !== null
      if (procedureRows === 0 && headingOrEmpty('code') && headingOrEmpty('name')) {
        const text = filled.find((c) => c.column !== 'stt' || !isMarker(c.text))?.text ?? ''
        if (!readSectorHeading(text) && !readHeading(text)) continue
      }

      // A group row: one text across the row (besides its numbering) that names a section, a level
      // or a sector, as appendices group their rows ("I. Lĩnh vực Hộ tịch").
      if (!writtenCode) {
        const distinct = [
          ...new Set(
            filled.filter((c) => !(c.column === 'stt' && isMarker(c.text))).map((c) => c.text),
          ),
        ]
        const merged = row.cells.some((c) => c.span > 1)
        if (distinct.length === 1 || (distinct.length === 0 && merged)) {
          const text = distinct[0] ?? filled[0].text
          const named = readSectorHeading(text)
          const heading = named ? null : readHeading(text)
          if (named) {
            sector = named
            continue
          }
          if (heading && !heading.endOfList) {
            if (heading.change) tableChange = change = heading.change
            if (heading.level) level = heading.level
            sector = null
            unclear = false
            continue
          }
          if (merged) {
            rowIssue(
              'warning',
              null,
              text,
              'Dòng gộp không nhận ra (không phải tên lĩnh vực, cấp hay mục của danh mục): bỏ qua.',
            )
            continue
          }
        }
      }

      procedureRows++
      const rowChange = settleChange(rowNumber)
      if (!rowChange) continue
      const name = cellText('name')
      if (!writtenCode) {
        rowIssue(
          'error',
          'code',
          null,
          name
            ? `Dòng có tên thủ tục "${shownValue(name)}" nhưng không ghi mã số TTHC (quyết định đôi khi liệt kê thủ tục không kèm mã): không liên kết được với thủ tục nào nên dòng này không được nhập. Hãy bổ sung mã số (tra trên CSDL quốc gia về TTHC).`
            : 'Dòng không có mã số TTHC và tên thủ tục: không đọc được.',
        )
        continue
      }
      const code = readProcedureCode(writtenCode)
      let failed = false
      if ('error' in code) {
        rowIssue('error', 'code', writtenCode, code.error)
        failed = true
      }
      if (!name) {
        rowIssue('error', 'name', null, 'Thiếu tên thủ tục hành chính.')
        failed = true
      }
      let replaces: string | null = null
      if (rowChange === 'replaced' && kinds.has('replacesCode')) {
        const old = cellText('replacesCode')
        if (old) {
          const read = readProcedureCode(old)
          if ('error' in read) {
            rowIssue('error', 'replacesCode', old, `Mã thủ tục được thay thế: ${read.error}`)
            failed = true
          } else replaces = read.code
        } else
          rowIssue(
            'warning',
            'replacesCode',
            cellText('replacesName') || null,
            cellText('replacesName')
              ? 'Không ghi mã số của thủ tục được thay thế (chỉ có tên): mục này không liên kết được với thủ tục bị thay thế.'
              : 'Không ghi thủ tục được thay thế.',
          )
      }
      if (failed || 'error' in code) continue

      const section = `${rowChange}|${level ?? ''}`
      const key = `${section}|${code.code}`
      const first = seen.get(key)
      if (first) {
        rowIssue(
          'error',
          'code',
          writtenCode,
          `Mã thủ tục trùng với ${first} trong cùng mục (${CHANGE_NAMES[rowChange]}${level ? `, ${LEVEL_NAMES[level]}` : ''}).`,
        )
        continue
      }
      seen.set(key, `bảng ${t}, dòng ${rowNumber}`)

      const rowSector = cellText('sector')
        ? (readSectorHeading(cellText('sector')) ?? cellText('sector'))
        : sector
      const agencyText = cleanLines(cells.get('agency')?.text ?? '')
      // What changed and the text that changed it, as the Decisions field holds both.
      const changeText =
        rowChange === 'new'
          ? null
          : [cellText('changeDetail'), cellText('changeText') || cellText('legalBasis')]
              .filter(Boolean)
              .join('; ') || null
      entries.push({
        change: rowChange,
        code: code.code,
        name,
        sector: rowSector,
        implementingAgency: agencyText ? splitAgencies(agencyText).join('; ') : null,
        level,
        replaces,
        whatChanged: changeText,
      })

      if (rowChange === 'abolished' || skeletons.has(code.code)) continue
      if (!rowSector) {
        rowIssue(
          'warning',
          'sector',
          null,
          'Phụ lục không ghi lĩnh vực của thủ tục: nếu mã này chưa có trong danh mục thì không tạo được thủ tục mới; hãy thêm cột hoặc dòng "Lĩnh vực …".',
        )
        continue
      }
      if (!level)
        rowIssue(
          'warning',
          null,
          null,
          'Phụ lục không ghi cấp thực hiện (không có tiêu đề "Thủ tục hành chính cấp tỉnh/huyện/xã"): cần chọn cấp thực hiện trước khi gửi duyệt.',
        )
      skeletons.set(
        code.code,
        skeletonProcedure(
          {
            code: code.code,
            localCode: code.localCode,
            name,
            sector: rowSector,
            levels: level ? [level] : [],
            implementing: splitAgencies(agencyText),
          },
          `${source}, bảng ${t}, dòng ${rowNumber}`,
        ),
      )
    }
  }

  if (entries.length === 0 && !issues.some((i) => i.severity === 'error'))
    fileIssue('Các bảng danh mục không có dòng thủ tục nào.', 'warning', '')
  return {
    decisions: [{ ...decision, entries }],
    skeletons: [...skeletons.values()],
    issues,
  }
}

/** The one change the appendix's (or decision's) title names, for tables under no section. */
function titleChangeOf(blocks: Block[], appendixStart: number): DecisionChange | null {
  const titles = blocks
    .slice(0, Math.min(blocks.length, appendixStart + 6))
    .filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph')
    .map((b) => fold(clean(b.text)))
    .filter((t) => /danh muc (thu tuc|tthc)/.test(t))
  const changes = new Set(titles.map((t) => only(t, CHANGE_PATTERNS)).filter(Boolean))
  return changes.size === 1 ? [...changes][0] : null
}

/**
 * Number, signed date and title from the decision's body (the blocks before the appendix): "Số:
 * 123/QĐ-UBND", "Điện Biên, ngày 05 tháng 3 năm 2025", and the lines under "QUYẾT ĐỊNH". Without a
 * body, the appendix's "(Ban hành kèm theo Quyết định số … ngày …)" still names number and date.
 * What the file does not say stays null, with a warning.
 */
function readDecisionLines(
  blocks: Block[],
  appendixStart: number,
  file: string,
  issues: ImportIssue[],
): Omit<ImportedDecision, 'entries'> {
  const lines = (from: number, to: number) =>
    blocks
      .slice(from, to)
      .flatMap((b) =>
        b.kind === 'paragraph' ? [b.text] : b.rows.flatMap((r) => r.cells.map((c) => c.text)),
      )
      .flatMap((t) => t.split('\n'))
      .map(clean)
      .filter(Boolean)
  const body = lines(0, appendixStart)
  const headingAt = body.findIndex((l) => fold(l) === 'quyet dinh')
  const hasBody = headingAt >= 0

  let number: string | null = null
  let signedDate: string | null = null
  let title: string | null = null
  // The header above "QUYẾT ĐỊNH" (all of what precedes the appendix when that line is missing).
  for (const line of hasBody ? body.slice(0, headingAt) : body) {
    const match = NUMBER.exec(line)
    if (match && !number) number = decisionNumber(match[1], match[2])
    // The place and date line: "Điện Biên, ngày 05 tháng 3 năm 2025".
    if (!signedDate && /,\s*ng\u00e0y\b/iu.test(line)) signedDate = dateIn(line)
  }
  if (hasBody) {
    const parts: string[] = []
    for (const line of body.slice(headingAt + 1, headingAt + 5)) {
      if (endsTitle(fold(line)) || line.length > 500) break
      parts.push(line)
    }
    title = parts.join(' ') || null
  }
  // The appendix's own reference to the decision it belongs to.
  const note = lines(appendixStart, Math.min(blocks.length, appendixStart + 8)).join(' ')
  const reference = DECISION_REFERENCE.exec(note)
  if (reference) {
    number ??= decisionNumber(reference[1], reference[2])
    signedDate ??= dateIn(note.slice(reference.index))
  }

  const warn = (field: string, message: string) =>
    issues.push({
      file,
      record: null,
      row: null,
      code: null,
      field,
      value: null,
      message,
      severity: 'warning',
    })
  const where = hasBody
    ? 'Phần thân quyết định không ghi'
    : 'Tệp chỉ có phụ lục (không có phần thân quyết định) và phụ lục không ghi'
  if (!number)
    warn(
      'số quyết định',
      `${where} số quyết định (dạng "Số: 123/QĐ-UBND"): cần nhập số quyết định.`,
    )
  if (!signedDate)
    warn('ngày ký', `${where} ngày ký (dạng "ngày 05 tháng 3 năm 2025"): cần nhập ngày ký.`)
  if (!title)
    warn(
      'trích yếu',
      hasBody
        ? 'Không đọc được trích yếu dưới dòng "QUYẾT ĐỊNH": cần nhập trích yếu.'
        : 'Tệp chỉ có phụ lục (không có phần thân quyết định): cần nhập trích yếu của quyết định.',
    )
  return { number, title, signedDate }
}
