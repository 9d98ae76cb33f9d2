/**
 * The first sheet of an XLSX, read without loading the workbook: only the workbook's index, the
 * first worksheet, the shared strings it uses and the styles are inflated (`inflateEntries`) and
 * parsed (saxes), after `checkZip` found the container safe. exceljs loads every sheet: a locality's
 * template carries the province's master list on its second sheet, most of the file, and at
 * province scale (149 files) loading them cost 60–150 ms of CPU each against about 15 ms here.
 *
 * Cells are read as exceljs reads them (`cell-xform.js`), so the readers' checks keep their meaning:
 * a formula keeps its text and cached result; a number styled with a date format is a date; a
 * shared or inline rich text is its runs joined; a merged range's cells all hold its first cell.
 *
 * Detection and reading of one file share one `XlsxMemo`, so each file's container is checked
 * and its sheet parsed once; the memo lives as long as that one file's turn in the import.
 */
import { SaxesParser, type SaxesTag } from 'saxes'

import type { ImportIssue } from '../report'
import { checkZip, inflateEntries } from '../zipGuard'

/** A cell's content. `merge` is the address of the first cell of the merged range it is part of. */
export type SheetCell = (
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: Date }
  | { kind: 'error'; shown: string }
  /** `result` is the value Excel stored when it last computed the formula, null when none */
  | { kind: 'formula'; formula: string; result: CachedValue | null }
) & { merge?: string }

export type CachedValue = Exclude<SheetCell, { kind: 'formula' } | { kind: 'empty' }>

export interface FirstSheet {
  /** the sheet's name, as its tab shows it */
  name: string
  /** row number → column number (1 = A) → cell; only rows and cells that hold something */
  rows: Map<number, Map<number, SheetCell>>
  /**
   * The workbook's other worksheets a person sees (not hidden, not charts), in the order of their
   * tabs: not read, so a reader whose data may continue there can say so.
   */
  others: string[]
}

/** What detection and reading of one file share. */
export interface XlsxMemo {
  container?: ImportIssue[]
  firstSheet?: FirstSheetRead
}

export type FirstSheetRead = { sheet: FirstSheet } | { issues: ImportIssue[] }

/** Beyond this many cells in merged ranges the file is refused: exceljs would create each of them. */
export const MAX_MERGED_CELLS = 100_000

/** `checkZip` once per file. */
export function checkedContainer(
  bytes: Uint8Array,
  file: string,
  memo: XlsxMemo = {},
): ImportIssue[] {
  return (memo.container ??= checkZip(bytes, file, 'xlsx'))
}

/** The first sheet of the workbook, or the file-level errors that keep it from being read. */
export function readFirstSheet(
  bytes: Uint8Array,
  file: string,
  memo: XlsxMemo = {},
): FirstSheetRead {
  if (memo.firstSheet) return memo.firstSheet
  const unsafe = checkedContainer(bytes, file, memo)
  return (memo.firstSheet = unsafe.length ? { issues: unsafe } : parseFirstSheet(bytes, file))
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

/** "AB12" → { row: 12, column: 28 }, or null. */
export function decodeAddress(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address)
  if (!match) return null
  let column = 0
  for (const letter of match[1].toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64
  return { row: Number(match[2]), column }
}

/**
 * The texts of the first `rows` rows (index 0 is row 1), non-empty cells only, for format
 * detection; null when the bytes are not a safe, readable XLSX.
 */
export function firstSheetRows(
  bytes: Uint8Array,
  rows = 10,
  memo: XlsxMemo = {},
  file = '',
): string[][] | null {
  const read = readFirstSheet(bytes, file, memo)
  if ('issues' in read) return null
  return Array.from({ length: rows }, (_, r) =>
    [...(read.sheet.rows.get(r + 1)?.values() ?? [])]
      .map(cellText)
      .filter((text) => text.trim() !== ''),
  )
}

/** A cell as text, formulas by their cached result: for headings and detection. */
export function cellText(cell: SheetCell): string {
  const value = cell.kind === 'formula' ? cell.result : cell
  if (!value || value.kind === 'empty') return ''
  switch (value.kind) {
    case 'text':
      return value.text
    case 'number':
      return String(value.value)
    case 'boolean':
      return value.value ? 'TRUE' : 'FALSE'
    case 'date':
      return value.value.toISOString()
    case 'error':
      return value.shown
  }
}

// ---------------------------------------------------------------------------------------------

const fileError = (file: string, message: string): { issues: ImportIssue[] } => ({
  issues: [
    {
      file,
      record: null,
      row: null,
      code: null,
      field: 'tệp',
      value: null,
      message,
      severity: 'error',
    },
  ],
})

/** A part that is not well-formed XML, or one whose shape no workbook has. */
class UnreadablePart extends Error {}

const localName = (name: string) => name.slice(name.indexOf(':') + 1)

/** Bytes decoded and parsed at a time: a parse can stop once it has what it needs. */
const CHUNK = 32 * 1024

/**
 * Parses a part (UTF-8, as workbook parts are) with saxes, strictly (any error stops it), calling
 * `open`/`close` with local names and `text` with character data; stops early, unchecked beyond
 * that point, once `done` says so. A DTD is refused: no workbook part has one, and it is where
 * entity-expansion attacks live.
 */
function parseXml(
  data: Uint8Array,
  handlers: {
    open?: (name: string, attributes: Record<string, string>) => void
    close?: (name: string) => void
    text?: (text: string) => void
    done?: () => boolean
  },
) {
  const parser = new SaxesParser({ position: false })
  parser.on('error', (error) => {
    throw new UnreadablePart(error.message)
  })
  parser.on('doctype', () => {
    throw new UnreadablePart('a DOCTYPE is not allowed in a workbook part')
  })
  if (handlers.open) {
    const open = handlers.open
    parser.on('opentag', (tag: SaxesTag) =>
      open(localName(tag.name), tag.attributes as Record<string, string>),
    )
  }
  if (handlers.close) {
    const close = handlers.close
    parser.on('closetag', (tag: SaxesTag) => close(localName(tag.name)))
  }
  if (handlers.text) {
    parser.on('text', handlers.text)
    parser.on('cdata', handlers.text)
  }
  const decoder = new TextDecoder()
  for (let at = 0; at < data.length; at += CHUNK) {
    parser.write(decoder.decode(data.subarray(at, at + CHUNK), { stream: true }))
    if (handlers.done?.()) return
  }
  parser.write(decoder.decode()).close()
}

/** An attribute by its local name, whatever its prefix. */
const attribute = (attributes: Record<string, string>, name: string): string | undefined => {
  if (name in attributes) return attributes[name]
  for (const key in attributes) if (localName(key) === name) return attributes[key]
  return undefined
}

/**
 * Text runs of a string item (<si>, <is>): its <t>, or its rich-text runs' <t>, never the phonetic
 * guides (<rPh>) Excel shows above East Asian text, as exceljs reads it.
 */
class RunsReader {
  private depthInPhonetic = 0
  private inText = false
  private text = ''
  open(name: string) {
    if (name === 'rPh') this.depthInPhonetic++
    else if (name === 't' && this.depthInPhonetic === 0) this.inText = true
  }
  close(name: string) {
    if (name === 'rPh') this.depthInPhonetic--
    else if (name === 't') this.inText = false
  }
  add(text: string) {
    if (this.inText) this.text += text
  }
  take(): string {
    const text = this.text
    this.text = ''
    this.inText = false
    this.depthInPhonetic = 0
    return text
  }
}

/**
 * The shared strings up to index `last`: a template's first sheet uses the first strings (writers
 * number them in the order of the sheets), so the master list's strings after them are not read.
 */
function sharedStrings(data: Uint8Array, last: number): string[] {
  const strings: string[] = []
  const runs = new RunsReader()
  let inItem = false
  parseXml(data, {
    done: () => strings.length > last,
    open: (name) => {
      if (name === 'si') inItem = true
      else if (inItem) runs.open(name)
    },
    close: (name) => {
      if (name === 'si') {
        strings.push(runs.take())
        inItem = false
      } else if (inItem) runs.close(name)
    },
    text: (text) => {
      if (inItem) runs.add(text)
    },
  })
  return strings
}

/** Built-in number formats that are dates or times, as exceljs knows them (defaultnumformats.js). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47])

/** exceljs's `isDateFmt`: a format with a date or time letter outside quotes and brackets. */
const isDateFormat = (code: string) =>
  /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''))

/** For each cell style (the `s` of a cell), whether its number format shows a date. */
function dateStyles(data: Uint8Array): boolean[] {
  const custom = new Map<number, string>()
  const styles: boolean[] = []
  let inCellXfs = false
  parseXml(data, {
    open: (name, attributes) => {
      if (name === 'numFmt') {
        const id = Number(attribute(attributes, 'numFmtId'))
        custom.set(id, attribute(attributes, 'formatCode') ?? '')
      } else if (name === 'cellXfs') inCellXfs = true
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attribute(attributes, 'numFmtId') ?? 0)
        const code = custom.get(id)
        styles.push(code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id))
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false
    },
  })
  return styles
}

/** Excel's serial day as exceljs turns it into a date (`excelToDate`). */
const excelDate = (serial: number, date1904: boolean) =>
  new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000))

/**
 * A shared formula's text at another cell: relative references move by the offset, as exceljs's
 * `slideFormula` (utils/shared-formula.js) does. Used only to show the formula in a message.
 */
function slideFormula(
  formula: string,
  from: { row: number; column: number },
  to: { row: number; column: number },
) {
  return formula.replace(
    /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi,
    (whole, sheet: string | undefined, _name, part: string, paren: string | undefined) => {
      if (paren) return whole
      const match = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i.exec(part)
      if (!match) return whole
      const letters = match[2].toUpperCase()
      if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return whole
      const at = decodeAddress(`${letters}${match[4]}`)!
      const column = match[1] ? at.column : at.column + to.column - from.column
      const row = match[3] ? at.row : at.row + to.row - from.row
      return `${sheet ?? ''}${match[1] ?? ''}${columnLetter(column)}${match[3] ?? ''}${row}`
    },
  )
}

function parseFirstSheet(bytes: Uint8Array, file: string): FirstSheetRead {
  const unreadable = () =>
    fileError(
      file,
      `Tệp ${file} không phải tệp Excel (.xlsx) hợp lệ: không đọc được nội dung bảng tính.`,
    )
  try {
    const index = inflateEntries(
      bytes,
      (name) => name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels',
    )
    const workbook = index.get('xl/workbook.xml')
    const rels = index.get('xl/_rels/workbook.xml.rels')
    if (!workbook) return fileError(file, `Tệp ${file} không có trang tính nào.`)

    // The sheets in the order of their tabs, and the part each relationship points at.
    const sheets: { name: string; rel: string; hidden: boolean }[] = []
    let date1904 = false
    parseXml(workbook, {
      open: (name, attributes) => {
        if (name === 'sheet')
          sheets.push({
            name: attribute(attributes, 'name') ?? '',
            rel: attribute(attributes, 'id') ?? '',
            hidden: /^(hidden|veryHidden)$/.test(attribute(attributes, 'state') ?? ''),
          })
        else if (name === 'workbookPr') date1904 = attribute(attributes, 'date1904') === '1'
      },
    })
    const targets = new Map<string, { target: string; type: string }>()
    if (rels)
      parseXml(rels, {
        open: (name, attributes) => {
          if (name === 'Relationship')
            targets.set(attribute(attributes, 'Id') ?? '', {
              target: attribute(attributes, 'Target') ?? '',
              type: attribute(attributes, 'Type') ?? '',
            })
        },
      })
    // Chart sheets are not worksheets: exceljs skips them too.
    const worksheets = sheets.filter((s) => !/\/chartsheet$/.test(targets.get(s.rel)?.type ?? ''))
    const first = worksheets[0]
    if (!first) return fileError(file, `Tệp ${file} không có trang tính nào.`)
    const target = targets.get(first.rel)?.target
    if (!target) return unreadable()
    const sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target}`

    const parts = inflateEntries(
      bytes,
      (name) => name === sheetPath || name === 'xl/sharedStrings.xml' || name === 'xl/styles.xml',
    )
    const sheetXml = parts.get(sheetPath)
    if (!sheetXml) return unreadable()
    const shared = parts.get('xl/sharedStrings.xml')
    const styles = parts.get('xl/styles.xml')
    const sheet = parseSheet(
      sheetXml,
      first.name,
      (last) => (shared ? sharedStrings(shared, last) : []),
      styles ? dateStyles(styles) : [],
      date1904,
    )
    return sheet === 'too-many-merged'
      ? fileError(
          file,
          `Tệp ${file} có quá nhiều ô gộp (hơn ${MAX_MERGED_CELLS.toLocaleString('vi-VN')} ô) ở trang "${first.name}": hãy bỏ gộp ô rồi nhập lại.`,
        )
      : {
          sheet: {
            ...sheet,
            others: worksheets.filter((s) => s !== first && !s.hidden).map((s) => s.name),
          },
        }
  } catch {
    // Malformed XML (UnreadablePart), an entry zlib cannot inflate.
    return unreadable()
  }
}

/** The cells of a worksheet part, as exceljs's cell-xform reads them, merged ranges filled in. */
function parseSheet(
  xml: Uint8Array,
  name: string,
  sharedStrings: (last: number) => string[],
  dates: boolean[],
  date1904: boolean,
): Omit<FirstSheet, 'others'> | 'too-many-merged' {
  const rows = new Map<number, Map<number, SheetCell>>()
  // Cells holding a shared string, filled in once the sheet says how many strings it uses.
  const shared: { cell: { kind: 'text'; text: string }; index: number }[] = []
  const merges: string[] = []
  // The first cell of each shared formula, by its index, to show a dependent cell's formula.
  const sharedFormulas = new Map<string, { formula: string; at: { row: number; column: number } }>()
  const runs = new RunsReader()

  let rowNumber = 0
  let columnNumber = 0
  let cell: {
    type: string | undefined
    style: number
    formula: string | null
    shared: { index: string | undefined; master: boolean } | null
    value: string | null
    inline: boolean
  } | null = null
  let inside: 'f' | 'v' | 'is' | null = null

  const finish = () => {
    const c = cell!
    cell = null
    const at = { row: rowNumber, column: columnNumber }
    // Style 0 is never looked up, as in exceljs.
    const isDate = c.style > 0 && (dates[c.style] ?? false)
    const valueOf = (raw: string): CachedValue => {
      switch (c.type) {
        case 'str':
        case 'inlineStr':
          return { kind: 'text', text: raw }
        case 'b':
          return { kind: 'boolean', value: parseInt(raw, 10) !== 0 }
        case 'e':
          return { kind: 'error', shown: raw }
        case 'd':
          return { kind: 'date', value: new Date(raw) }
        default: {
          const value = parseFloat(raw)
          return isDate
            ? { kind: 'date', value: excelDate(value, date1904) }
            : { kind: 'number', value }
        }
      }
    }
    let read: SheetCell | null = null
    if (c.formula || c.shared) {
      let formula = c.formula ?? ''
      if (c.shared?.index !== undefined) {
        const master = sharedFormulas.get(c.shared.index)
        if (c.shared.master && formula) sharedFormulas.set(c.shared.index, { formula, at })
        else if (!formula && master) formula = slideFormula(master.formula, master.at, at)
      }
      read = {
        kind: 'formula',
        formula,
        result: c.value !== null && c.value !== '' ? valueOf(c.value) : null,
      }
    } else if (c.inline) read = { kind: 'text', text: c.value ?? '' }
    else if (c.value !== null && c.value !== '') {
      if (c.type === 's') {
        const cell = { kind: 'text' as const, text: '' }
        shared.push({ cell, index: parseInt(c.value, 10) })
        read = cell
      } else read = valueOf(c.value)
    }
    if (!read) return
    let row = rows.get(rowNumber)
    if (!row) rows.set(rowNumber, (row = new Map()))
    row.set(columnNumber, read)
  }

  parseXml(xml, {
    open: (tag, attributes) => {
      if (cell) {
        if (inside === 'is') runs.open(tag)
        else if (tag === 'f') {
          inside = 'f'
          const type = attribute(attributes, 't')
          if (type === 'shared')
            cell.shared = {
              index: attribute(attributes, 'si'),
              master: attribute(attributes, 'ref') !== undefined,
            }
        } else if (tag === 'v') inside = 'v'
        else if (tag === 'is') {
          inside = 'is'
          cell.inline = true
        }
        return
      }
      if (tag === 'row') {
        const r = attribute(attributes, 'r')
        rowNumber = r !== undefined ? Number(r) : rowNumber + 1
        columnNumber = 0
      } else if (tag === 'c') {
        const at = decodeAddress(attribute(attributes, 'r') ?? '')
        columnNumber = at ? at.column : columnNumber + 1
        if (at) rowNumber = at.row
        cell = {
          type: attribute(attributes, 't'),
          style: Number(attribute(attributes, 's') ?? 0),
          formula: null,
          shared: null,
          value: null,
          inline: false,
        }
      } else if (tag === 'mergeCell') {
        const ref = attribute(attributes, 'ref')
        if (ref) merges.push(ref)
      }
    },
    close: (tag) => {
      if (!cell) return
      if (inside === 'is') {
        if (tag === 'is') {
          cell.value = runs.take()
          inside = null
        } else runs.close(tag)
      } else if (tag === 'f' || tag === 'v') inside = null
      else if (tag === 'c') finish()
    },
    text: (text) => {
      if (!cell) return
      if (inside === 'f') cell.formula = (cell.formula ?? '') + text
      else if (inside === 'v') cell.value = (cell.value ?? '') + text
      else if (inside === 'is') runs.add(text)
    },
  })

  if (shared.length) {
    let last = -1
    for (const { index } of shared) if (index > last) last = index
    const strings = sharedStrings(last)
    for (const { cell, index } of shared) cell.text = strings[index] ?? ''
  }

  // Every cell of a merged range holds its first cell, as exceljs's mergeCells makes it.
  let mergedCells = 0
  for (const ref of merges) {
    const [from, to = from] = ref.split(':')
    const a = decodeAddress(from)
    const b = decodeAddress(to)
    if (!a || !b) continue
    const top = Math.min(a.row, b.row)
    const bottom = Math.max(a.row, b.row)
    const left = Math.min(a.column, b.column)
    const right = Math.max(a.column, b.column)
    mergedCells += (bottom - top + 1) * (right - left + 1)
    if (mergedCells > MAX_MERGED_CELLS) return 'too-many-merged'
    const master = rows.get(top)?.get(left) ?? { kind: 'empty' }
    const merge = `${columnLetter(left)}${top}`
    for (let r = top; r <= bottom; r++) {
      let row = rows.get(r)
      if (!row) rows.set(r, (row = new Map()))
      for (let c = left; c <= right; c++) row.set(c, { ...master, merge })
    }
  }
  // Rows in sheet order, cells in column order: a sheet's XML may list them out of order.
  const sorted = new Map(
    [...rows]
      .sort(([a], [b]) => a - b)
      .map(([r, cells]) => [r, new Map([...cells].sort(([a], [b]) => a - b))]),
  )
  return { name, rows: sorted }
}
