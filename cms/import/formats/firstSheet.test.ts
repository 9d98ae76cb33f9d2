import ExcelJS from 'exceljs'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import {
  MAX_MERGED_CELLS,
  columnLetter,
  firstSheetRows,
  readFirstSheet,
  type FirstSheet,
  type SheetCell,
  type XlsxMemo,
} from './firstSheet'

const FILE = 'mau.xlsx'

const sheetOf = (bytes: Uint8Array, memo?: XlsxMemo): FirstSheet => {
  const read = readFirstSheet(bytes, FILE, memo)
  if ('issues' in read) throw new Error(read.issues.map((i) => i.message).join('; '))
  return read.sheet
}

const cellAt = (sheet: FirstSheet, address: string): SheetCell | undefined => {
  const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(address)!
  let column = 0
  for (const letter of letters) column = column * 26 + letter.charCodeAt(0) - 64
  return sheet.rows.get(Number(row))?.get(column)
}

/** A cell as exceljs gives it, in the reader's terms: what the readers relied on before. */
function fromExcelJS(cell: ExcelJS.Cell): SheetCell | undefined {
  const plain = (value: ExcelJS.CellValue): SheetCell | undefined => {
    if (value === null || value === undefined) return undefined
    if (typeof value === 'string') return { kind: 'text', text: value }
    if (typeof value === 'number') return { kind: 'number', value }
    if (typeof value === 'boolean') return { kind: 'boolean', value }
    if (value instanceof Date) return { kind: 'date', value }
    if ('richText' in value)
      return { kind: 'text', text: value.richText.map((r) => r.text).join('') }
    if ('error' in value) return { kind: 'error', shown: String(value.error) }
    if ('hyperlink' in value) return { kind: 'text', text: String(value.text) }
    throw new Error(`unexpected value ${JSON.stringify(value)}`)
  }
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = plain((cell.result as ExcelJS.CellValue) ?? null)
    return { kind: 'formula', formula: cell.formula, result: (result ?? null) as never }
  }
  return plain(cell.value)
}

const withoutMerge = (cell: SheetCell | undefined) => {
  if (!cell) return cell
  const { merge: _merge, ...rest } = cell
  return rest
}

describe('readFirstSheet: cells as exceljs reads them', () => {
  it('gives every cell of the first sheet the value exceljs gives, and nothing of the other sheets', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Thủ tục áp dụng')
    sheet.getColumn(3).numFmt = 'dd/mm/yyyy'
    sheet.getRow(1).values = ['Mã thủ tục', 'Tên', 'Ngày', 'Số', 'Có', 'Lỗi', 'Liên kết']
    sheet.getRow(2).values = [
      '1.001193',
      { richText: [{ text: 'Đăng ký ' }, { font: { bold: true }, text: 'khai sinh' }] },
      new Date(Date.UTC(2025, 1, 5)),
      0.5,
      true,
      { error: '#REF!' },
      { text: 'Cổng DVC', hyperlink: 'https://dichvucong.gov.vn/' },
    ]
    sheet.getRow(3).values = [
      1.00119,
      { formula: 'A2&"x"', result: '1.001193x' },
      { formula: 'DATE(2025,2,5)', result: 45693 },
      { formula: '1+2', result: 3 },
      { formula: 'Z9' },
      '  ',
      'a < b & "c"\nthứ hai',
    ]
    sheet.getCell('A5').value = 'gộp'
    sheet.mergeCells('A5:B6')
    const master = workbook.addWorksheet('Danh mục tỉnh')
    master.addRow(['không được đọc'])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())

    const loaded = new ExcelJS.Workbook()
    await loaded.xlsx.load(Buffer.from(bytes) as never)
    const read = sheetOf(bytes)
    expect(read.name).toBe('Thủ tục áp dụng')
    let compared = 0
    loaded.worksheets[0].eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const mine = cellAt(read, cell.address)
        // exceljs gives a merged range's other cells its first cell's value.
        expect(withoutMerge(mine), cell.address).toEqual(fromExcelJS(cell))
        compared++
      }),
    )
    expect(compared).toBeGreaterThan(20)
    expect(cellAt(read, 'B6')).toEqual({ kind: 'text', text: 'gộp', merge: 'A5' })
    expect([...read.rows.values()].flatMap((r) => [...r.values()])).not.toContainEqual({
      kind: 'text',
      text: 'không được đọc',
    })
  })

  it('reads rich text without its phonetic guide, shared formulas, inline strings, 1904 dates and custom date formats', () => {
    const bytes = workbookOf({
      workbook: `<workbookPr date1904="1"/><sheets><sheet name="Một" sheetId="1" r:id="rId1"/></sheets>`,
      sharedStrings: `<sst xmlns="${MAIN}"><si><r><t>Đăng </t></r><r><rPr><b/></rPr><t>ký</t></r><rPh sb="0" eb="1"><t>ダン</t></rPh></si><si><t xml:space="preserve"> hai </t></si></sst>`,
      styles: `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="170" formatCode="&quot;ngày&quot; dd&quot;/&quot;mm"/><numFmt numFmtId="171" formatCode="0.00 &quot;ngày&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="14"/><xf numFmtId="170"/><xf numFmtId="171"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
      sheet: `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>
        <x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="B2" t="s"><x:v>1</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:r><x:t>trực </x:t></x:r><x:r><x:t>tiếp</x:t></x:r></x:is></x:c></x:row>
        <x:row r="3"><x:c r="A3" s="1"><x:v>0</x:v></x:c><x:c r="B3" s="2"><x:v>1.5</x:v></x:c><x:c r="C3" s="3"><x:v>1</x:v></x:c><x:c r="D3" s="0"><x:v>45693</x:v></x:c></x:row>
        <x:row r="4"><x:c r="A4"><x:f t="shared" ref="A4:A6" si="0">B4+$C$1</x:f><x:v>1</x:v></x:c></x:row>
        <x:row r="6"><x:c r="A6"><x:f t="shared" si="0"/><x:v>2</x:v></x:c><x:c r="B6" t="b"><x:v>0</x:v></x:c></x:row>
      </x:sheetData></x:worksheet>`,
    })
    const sheet = sheetOf(bytes)
    expect(cellAt(sheet, 'A2')).toEqual({ kind: 'text', text: 'Đăng ký' })
    expect(cellAt(sheet, 'B2')).toEqual({ kind: 'text', text: ' hai ' })
    expect(cellAt(sheet, 'C2')).toEqual({ kind: 'text', text: 'trực tiếp' })
    // 1904 dates: day 0 is 01/01/1904; a format with a date letter outside quotes is a date, one
    // with date words only inside quotes is not; style 0 is never a date.
    expect(cellAt(sheet, 'A3')).toEqual({ kind: 'date', value: new Date(Date.UTC(1904, 0, 1)) })
    expect(cellAt(sheet, 'B3')).toEqual({ kind: 'number', value: 1.5 })
    expect(cellAt(sheet, 'C3')).toEqual({ kind: 'date', value: new Date(Date.UTC(1904, 0, 2)) })
    expect(cellAt(sheet, 'D3')).toEqual({ kind: 'number', value: 45693 })
    expect(cellAt(sheet, 'A4')).toEqual({
      kind: 'formula',
      formula: 'B4+$C$1',
      result: { kind: 'number', value: 1 },
    })
    expect(cellAt(sheet, 'A6')).toEqual({
      kind: 'formula',
      formula: 'B6+$C$1',
      result: { kind: 'number', value: 2 },
    })
    expect(cellAt(sheet, 'B6')).toEqual({ kind: 'boolean', value: false })
    expect(firstSheetRows(bytes, 3)).toEqual([
      [],
      ['Đăng ký', ' hai ', 'trực tiếp'],
      ['1904-01-01T00:00:00.000Z', '1.5', '1904-01-02T00:00:00.000Z', '45693'],
    ])
  })

  it('takes the first worksheet in tab order, passing over a chart sheet', () => {
    const bytes = workbookOf({
      workbook: `<sheets><sheet name="Biểu đồ" sheetId="2" r:id="rId2"/><sheet name="Dữ liệu" sheetId="1" r:id="rId1"/></sheets>`,
      rels: `<Relationship Id="rId1" Type="${OFFICE}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${OFFICE}/chartsheet" Target="chartsheets/sheet1.xml"/>`,
      sheet: `<worksheet xmlns="${MAIN}"><sheetData><row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row></sheetData></worksheet>`,
    })
    const sheet = sheetOf(bytes)
    expect(sheet.name).toBe('Dữ liệu')
    // Rows and cells without a reference follow the ones before them.
    expect(cellAt(sheet, 'B1')).toEqual({ kind: 'text', text: 'b' })
  })
})

describe('readFirstSheet: what it refuses, in Vietnamese, naming the file', () => {
  const messageOf = (bytes: Uint8Array) => {
    const read = readFirstSheet(bytes, FILE)
    return 'issues' in read ? read.issues.map((i) => [i.field, i.message]) : null
  }

  it('refuses malformed XML, a DTD (entity expansion) and a missing sheet part as unreadable', () => {
    const unreadable = [
      [
        'tệp',
        `Tệp ${FILE} không phải tệp Excel (.xlsx) hợp lệ: không đọc được nội dung bảng tính.`,
      ],
    ]
    expect(messageOf(workbookOf({ sheet: `<worksheet xmlns="${MAIN}"><sheetData><row>` }))).toEqual(
      unreadable,
    )
    const lol = `<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>`
    expect(
      messageOf(
        workbookOf({
          sheet: `${lol}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>`,
        }),
      ),
    ).toEqual(unreadable)
    expect(messageOf(workbookOf({ sheet: null }))).toEqual(unreadable)
  })

  it('says that a container with no workbook has no sheet, and leaves container damage to checkZip', () => {
    expect(messageOf(zipSync({ 'hello.txt': strToU8('xin chào') }))).toEqual([
      ['tệp', `Tệp ${FILE} không có trang tính nào.`],
    ])
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(20 * 1024 * 1024) })
    expect(messageOf(bomb)![0][1]).toMatch(/zip bomb/)
    expect(firstSheetRows(bomb)).toBeNull()
  })

  it(`refuses more than ${MAX_MERGED_CELLS.toLocaleString('vi-VN')} merged cells, which exceljs would each create`, () => {
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData/><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>`
    expect(messageOf(workbookOf({ sheet }))).toEqual([
      [
        'tệp',
        `Tệp ${FILE} có quá nhiều ô gộp (hơn 100.000 ô) ở trang "Một": hãy bỏ gộp ô rồi nhập lại.`,
      ],
    ])
  })

  it('checks the container and parses the sheet once for the detection and the reading of a file', () => {
    const bytes = workbookOf({})
    const memo: XlsxMemo = {}
    const first = readFirstSheet(bytes, FILE, memo)
    expect(memo.container).toEqual([])
    expect(readFirstSheet(bytes, FILE, memo)).toBe(first)
  })
})

describe('columnLetter', () => {
  it('names columns as Excel does', () => {
    expect([1, 26, 27, 52, 703, 16384].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'AAA',
      'XFD',
    ])
  })
})

// ---------------------------------------------------------------------------------------------

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** A workbook from hand-written parts (inner XML of workbook and relationships; whole other parts). */
function workbookOf(parts: {
  workbook?: string
  rels?: string
  sheet?: string | null
  sharedStrings?: string
  styles?: string
}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${OFFICE}">${parts.workbook ?? '<sheets><sheet name="Một" sheetId="1" r:id="rId1"/></sheets>'}</workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.rels ?? `<Relationship Id="rId1" Type="${OFFICE}/worksheet" Target="worksheets/sheet1.xml"/>`}</Relationships>`,
    ),
  }
  if (parts.sheet !== null)
    files['xl/worksheets/sheet1.xml'] = strToU8(
      parts.sheet ?? `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`,
    )
  if (parts.sharedStrings) files['xl/sharedStrings.xml'] = strToU8(parts.sharedStrings)
  if (parts.styles) files['xl/styles.xml'] = strToU8(parts.styles)
  return zipSync(files)
}
