/**
 * A minimal XLSX writer for the battery: exceljs takes 70 ms to write the smallest workbook (over a
 * second for a 1 MB cell), which for hundreds of inputs is most of the battery's time; writing the
 * few XML parts by hand takes a millisecond. What it writes is what Excel writes for these cells
 * (inline strings, formulas with cached results, error values, dates as styled serial numbers,
 * merged ranges, sheet states), and exceljs reads it as it reads Excel's files; the valid controls
 * and the truncated inputs still come from exceljs itself.
 */
import { strToU8, zipSync } from 'fflate'

export type Cell =
  | string
  | number
  | null
  | undefined
  | { formula: string; result?: string | number }
  | { error: string }
  | { date: Date }

export interface Sheet {
  name: string
  /** rows from row 1, or placed at a given row number */
  rows: (Cell[] | { r: number; cells: Cell[] })[]
  state?: 'visible' | 'hidden' | 'veryHidden'
  /** ranges such as "B5:B6" */
  merges?: string[]
}

const escape = (text: string) =>
  /[<>&"]/.test(text)
    ? text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
    : text

export const columnLetter = (index: number) => {
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

/** Days since 1899-12-30, as Excel counts. */
const serial = (date: Date) => date.getTime() / 86_400_000 + 25_569

function cellXml(ref: string, cell: Cell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'string')
    return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escape(cell)}</t></is></c>`
  if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`
  if ('formula' in cell) {
    const text = typeof cell.result === 'string'
    return `<c r="${ref}"${text ? ' t="str"' : ''}><f>${escape(cell.formula)}</f>${cell.result === undefined ? '' : `<v>${escape(String(cell.result))}</v>`}</c>`
  }
  if ('error' in cell) return `<c r="${ref}" t="e"><v>${escape(cell.error)}</v></c>`
  return `<c r="${ref}" s="1"><v>${serial(cell.date)}</v></c>`
}

function sheetXml(sheet: Sheet): string {
  let next = 1
  const rows = sheet.rows.map((row) => {
    const { r, cells } = Array.isArray(row) ? { r: next, cells: row } : row
    next = r + 1
    const xml = cells.map((cell, c) => cellXml(`${columnLetter(c)}${r}`, cell)).join('')
    return `<row r="${r}">${xml}</row>`
  })
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : ''
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData>${merges}</worksheet>`
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export function writeXlsx(sheets: Sheet[]): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${MAIN}" xmlns:r="${OFFICE}"><sheets>${sheets
        .map(
          (s, i) =>
            `<sheet name="${escape(s.name)}" sheetId="${i + 1}"${s.state && s.state !== 'visible' ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
        )
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${RELS}">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${OFFICE}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${OFFICE}/styles" Target="styles.xml"/></Relationships>`,
    ),
    // Style 1: the short date format (numFmt 14), which is how a cell says it holds a date.
    'xl/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
  }
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet))
  })
  return zipSync(files, { level: 1 })
}
