import ExcelJS from 'exceljs'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { formatIssue } from '../report'
import { readPortalExcel } from './portalExcel'

const FILE = 'danhsach.xlsx'
const HEADER = ['Mã số', 'Tên', 'Cơ quan ban hành', 'Cơ quan thực hiện', 'Lĩnh vực']
const ROWS = [
  ['1.001193', 'Đăng ký khai sinh', 'Bộ Tư pháp', 'Ủy ban nhân dân cấp xã', 'Hộ tịch'],
  ['1.000894', 'Đăng ký kết hôn', 'Bộ Tư pháp', '', 'Hộ tịch'],
]

/** An XLSX in memory: a title, a blank line, then the rows given (the header by default first). */
async function xlsx(
  rows: unknown[][] = [HEADER, ...ROWS],
  edit?: (sheet: ExcelJS.Worksheet) => void,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Danh sách')
  sheet.addRow(['DANH SÁCH THỦ TỤC HÀNH CHÍNH'])
  sheet.addRow([])
  for (const row of rows) sheet.addRow(row)
  edit?.(sheet)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

const read = async (bytes: Uint8Array) => readPortalExcel(bytes, FILE)
const errorsOf = async (bytes: Uint8Array) =>
  (await read(bytes)).issues.filter((i) => i.severity === 'error')

describe('readPortalExcel: a good list', () => {
  it('reads each row as a skeleton procedure, every part not in the list unknown with its row', async () => {
    const { procedures, issues } = await read(await xlsx())
    expect(procedures).toHaveLength(2)
    const source = (row: number) => ({
      kind: 'unknown',
      source: `Danh sách TTHC xuất từ CSDL quốc gia, tệp ${FILE}, dòng ${row}`,
    })
    const [birth, marriage] = procedures
    expect(birth).toMatchObject({
      code: '1.001193',
      localCode: null,
      name: 'Đăng ký khai sinh',
      sector: 'Hộ tịch',
      levels: [],
      formalityType: null,
      onlineServiceLevel: null,
      agencies: {
        implementing: ['Ủy ban nhân dân cấp xã'],
        implementingGap: { kind: null, source: null },
      },
      subjectsGap: source(4),
      stepsGap: source(4),
      methodsGap: source(4),
      dossierGap: source(4),
      resultsGap: source(4),
      requirementsGap: source(4),
    })
    expect(marriage.agencies.implementingGap).toEqual(source(5))
    // Levels are not in the list: a warning per row, the record kept.
    expect(issues).toEqual([
      expect.objectContaining({ row: 4, code: '1.001193', severity: 'warning' }),
      expect.objectContaining({ row: 5, code: '1.000894', severity: 'warning' }),
    ])
    expect(issues[0].message).toMatch(/không ghi cấp thực hiện/)
  })

  it('finds the header case- and tone-insensitively, in any column order, and keeps local codes', async () => {
    const header = ['LINH VUC', 'ten', 'ma so:', 'Cơ Quan Thực Hiện', 'CƠ QUAN BAN HÀNH']
    const { procedures } = await read(
      await xlsx([
        header,
        [
          'Chứng thực',
          'Chứng thực bản sao',
          '1.000494.000.00.00.H29',
          'UBND xã; Phòng Tư pháp',
          '',
        ],
      ]),
    )
    expect(procedures[0]).toMatchObject({
      code: '1.000494',
      localCode: '1.000494.000.00.00.H29',
      sector: 'Chứng thực',
      agencies: { implementing: ['UBND xã', 'Phòng Tư pháp'] },
    })
  })

  it('reads a code Excel stored as a number back with six decimals, with a warning', async () => {
    const { procedures, issues } = await read(
      await xlsx([HEADER, [1.00119, 'Thủ tục', 'Bộ', 'UBND xã', 'Hộ tịch']]),
    )
    expect(procedures[0].code).toBe('1.001190')
    expect(issues[0].message).toMatch(/đọc là 1\.001190/)
  })

  it('reads rich text and hyperlink cells as their text, and refuses a date', async () => {
    const bytes = await xlsx([HEADER, ROWS[0], ROWS[1]], (sheet) => {
      sheet.getCell('B4').value = { richText: [{ text: 'Đăng ký ' }, { text: 'khai sinh' }] }
      sheet.getCell('D4').value = { text: 'UBND xã', hyperlink: 'https://example.gov.vn' }
      sheet.getCell('E5').value = new Date('2026-01-02T00:00:00Z')
    })
    const { procedures, issues } = await read(bytes)
    expect(procedures).toHaveLength(1)
    expect(procedures[0]).toMatchObject({
      name: 'Đăng ký khai sinh',
      agencies: { implementing: ['UBND xã'] },
    })
    expect(issues.find((i) => i.severity === 'error')).toMatchObject({
      row: 5,
      field: 'Lĩnh vực (cột E)',
      value: '2026-01-02',
    })
  })

  it('skips blank rows', async () => {
    const { procedures } = await read(await xlsx([HEADER, ROWS[0], [], ['', '  '], ROWS[1]]))
    expect(procedures.map((p) => p.code)).toEqual(['1.001193', '1.000894'])
  })
})

describe('readPortalExcel: bad lists', () => {
  it('names a missing column and the header row', async () => {
    const errors = await errorsOf(
      await xlsx([HEADER.filter((h) => h !== 'Lĩnh vực'), ROWS[0].slice(0, 4)]),
    )
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ row: 3 })
    expect(errors[0].message).toMatch(/^Dòng tiêu đề \(dòng 3\) thiếu cột "Lĩnh vực"/)
  })

  it('says when no header is within the first ten rows', async () => {
    const blank = Array.from({ length: 10 }, () => ['x'])
    const errors = await errorsOf(await xlsx([...blank, HEADER, ROWS[0]]))
    expect(errors[0].message).toMatch(/Không tìm thấy dòng tiêu đề trong 10 dòng đầu/)
  })

  it('refuses a formula cell without evaluating it, with its row and column', async () => {
    const bytes = await xlsx([HEADER, ...ROWS], (sheet) => {
      sheet.getCell('B4').value = { formula: 'UPPER("x")', result: 'X' } as ExcelJS.CellValue
    })
    const { procedures, issues } = await read(bytes)
    expect(procedures.map((p) => p.code)).toEqual(['1.000894'])
    const error = issues.find((i) => i.severity === 'error')!
    expect(error).toMatchObject({ row: 4, code: '1.001193', field: 'Tên (cột B)' })
    expect(error.value).toBe('=UPPER("x")')
    expect(formatIssue(error)).toBe(
      'Lỗi: tệp danhsach.xlsx, mã 1.001193, dòng 4, trường Tên (cột B): giá trị "=UPPER("x")" — Ô chứa công thức: không tính công thức, hãy dán giá trị (Paste Values).',
    )
  })

  it('refuses a formula in a column outside the five', async () => {
    const bytes = await xlsx([HEADER, ROWS[0]], (sheet) => {
      sheet.getCell('G4').value = { formula: '1+1' } as ExcelJS.CellValue
    })
    expect((await errorsOf(bytes))[0]).toMatchObject({ row: 4, field: 'cột G' })
  })

  it('refuses duplicate, malformed and missing codes and empty names, each on its row', async () => {
    const errors = await errorsOf(
      await xlsx([
        HEADER,
        ROWS[0],
        ['1.001193', 'Lặp lại', 'Bộ', 'UBND', 'Hộ tịch'],
        ['1-001193', 'Sai mã', 'Bộ', 'UBND', 'Hộ tịch'],
        ['', 'Không mã', 'Bộ', 'UBND', 'Hộ tịch'],
        ['1.000001', '', 'Bộ', 'UBND', ''],
      ]),
    )
    expect(errors.map((e) => [e.row, e.field, e.message])).toEqual([
      [5, 'Mã số (cột A)', 'Mã thủ tục trùng với dòng 4 trong cùng tệp.'],
      [6, 'Mã số (cột A)', expect.stringMatching(/"1-001193" không đúng định dạng d\.dddddd/)],
      [7, 'Mã số (cột A)', 'Mã thủ tục là bắt buộc.'],
      [8, 'Tên (cột B)', 'Thiếu tên thủ tục.'],
      [8, 'Lĩnh vực (cột E)', 'Thiếu lĩnh vực.'],
    ])
  })

  it('refuses a cell over 10,000 characters, showing it shortened', async () => {
    const huge = 'a'.repeat(10_001)
    const { procedures, issues } = await read(
      await xlsx([HEADER, ['1.001193', huge, 'Bộ', 'UBND', 'Hộ tịch']]),
    )
    expect(procedures).toEqual([])
    expect(issues[0]).toMatchObject({ row: 4, field: 'Tên (cột B)', severity: 'error' })
    expect(issues[0].message).toMatch(/dài 10001 ký tự; giới hạn 10000/)
    expect(issues[0].value!.length).toBeLessThanOrEqual(120)
  })

  it('refuses a file that is not an XLSX', async () => {
    const errors = await errorsOf(strToU8('Mã số;Tên\n1.001193;Đăng ký khai sinh\n'))
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toMatch(/^Tệp danhsach\.xlsx không phải tệp Excel \(\.xlsx\)/)
    const notExcel = zipSync({ 'readme.txt': strToU8('xin chào') })
    expect((await errorsOf(notExcel))[0].message).toMatch(
      /không phải tệp Excel|không có trang tính/,
    )
  })

  it('refuses a zip bomb before exceljs sees it', async () => {
    const bomb = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/worksheets/sheet1.xml': new Uint8Array(30 * 1024 * 1024),
    })
    const errors = await errorsOf(bomb)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ field: 'tệp', row: null })
    expect(errors[0].message).toMatch(/zip bomb/)
  })

  it('refuses a truncated XLSX', async () => {
    const good = await xlsx()
    const errors = await errorsOf(good.subarray(0, Math.floor(good.length / 2)))
    expect(errors[0].message).toMatch(/bị cắt cụt hoặc hỏng/)
  })
})

describe('readPortalExcel: what a careless reader would trust', () => {
  it('refuses a number that six decimals do not give back exactly, and warns of a padded code', async () => {
    const { procedures, issues } = await read(
      await xlsx([
        HEADER,
        [1.0011934, 'Thủ tục', 'Bộ', 'UBND xã', 'Hộ tịch'],
        [' 1.000894 ', 'Đăng ký kết hôn', 'Bộ Tư pháp', '', 'Hộ tịch'],
      ]),
    )
    expect(procedures.map((p) => p.code)).toEqual(['1.000894'])
    expect(
      issues.filter((i) => i.field === 'Mã số (cột A)').map((i) => [i.row, i.severity, i.message]),
    ).toEqual([
      [4, 'error', expect.stringMatching(/không đúng định dạng d\.dddddd/)],
      [5, 'warning', 'Mã số có khoảng trắng thừa: đọc là 1.000894.'],
    ])
  })

  it('refuses every row a merged cell spans, an empty first cell included', async () => {
    const bytes = await xlsx(
      [HEADER, ...ROWS, ['1.000656', 'Chứng thực', 'Bộ Tư pháp', 'UBND xã', 'Chứng thực']],
      (sheet) => {
        sheet.getCell('D4').value = null
        sheet.mergeCells('D4:D5')
      },
    )
    const { procedures, issues } = await read(bytes)
    expect(procedures.map((p) => p.code)).toEqual(['1.000656'])
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.row, i.field])).toEqual([
      [4, 'Cơ quan thực hiện (cột D)'],
      [5, 'Cơ quan thực hiện (cột D)'],
    ])
    expect(issues[0].message).toBe(
      'Ô thuộc vùng gộp ô (từ ô D4): hãy bỏ gộp ô và ghi giá trị vào từng ô.',
    )
  })

  it('never reads a hidden sheet: the first visible one, with a warning naming the hidden', async () => {
    const workbook = new ExcelJS.Workbook()
    const hidden = workbook.addWorksheet('Cũ')
    hidden.addRow(HEADER)
    hidden.addRow(['1.000001', 'Thủ tục đã bãi bỏ', 'Bộ', '', 'Hộ tịch'])
    hidden.state = 'veryHidden'
    const visible = workbook.addWorksheet('Danh sách')
    visible.addRow(HEADER)
    visible.addRow(ROWS[0])
    const { procedures, issues } = await read(new Uint8Array(await workbook.xlsx.writeBuffer()))
    expect(procedures.map((p) => p.code)).toEqual(['1.001193'])
    expect(issues[0]).toMatchObject({ field: 'trang tính', severity: 'warning', value: '"Cũ"' })
    expect(issues[0].message).toBe(
      'Tệp có trang tính ẩn "Cũ": không đọc trang ẩn, chỉ đọc trang "Danh sách".',
    )

    visible.state = 'hidden'
    const allHidden = await read(new Uint8Array(await workbook.xlsx.writeBuffer()))
    expect(allHidden.procedures).toEqual([])
    expect(allHidden.issues.find((i) => i.severity === 'error')?.message).toMatch(
      /^Mọi trang tính của tệp danhsach\.xlsx đều bị ẩn/,
    )
  })

  it('does not walk the empty rows up to a row far down', async () => {
    const bytes = await xlsx([HEADER, ROWS[0]], (sheet) => {
      sheet.getRow(1_000_000).values = ROWS[1]
    })
    const started = performance.now()
    const { procedures } = await read(bytes)
    expect(procedures.map((p) => p.code)).toEqual(['1.001193', '1.000894'])
    expect(performance.now() - started).toBeLessThan(3_000)
  })
})
