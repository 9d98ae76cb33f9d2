import ExcelJS from 'exceljs'
import fc from 'fast-check'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { TIME_UNITS } from '../../../content-schemas/enumerations'
import type { ImportedApplication } from '../records'
import { formatIssue } from '../report'
import { IMPORT_FORMATS } from './index'
import {
  APPLIED_SHEET,
  MASTER_SHEET,
  readLocalityExcel,
  writeLocalityTemplate,
  xmlSafe,
  type LocalityTemplateInput,
  type TemplateApplication,
} from './localityExcel'

const FILE = 'thutuc-apdung.xlsx'

const application = (
  code: string,
  overrides: Partial<ImportedApplication> = {},
): ImportedApplication => ({
  locality: '91001',
  procedure: code,
  appliedFrom: null,
  applyingDecision: null,
  committedTime: null,
  receivingAddress: null,
  officerInCharge: null,
  unitInCharge: null,
  onlineServiceUrl: null,
  localNotes: null,
  ...overrides,
})

const INPUT: LocalityTemplateInput = {
  locality: { name: 'Thị trấn Điện Biên Đông', code: '91001' },
  applications: [
    {
      ...application('1.001193', {
        appliedFrom: '2024-01-15',
        applyingDecision: '45/QĐ-UBND',
        committedTime: { value: 0.5, unit: 'working-day' },
        receivingAddress: 'Bộ phận một cửa thị trấn\nTầng 1, trụ sở UBND',
        officerInCharge: 'Lò Thị Hoa',
        unitInCharge: 'Tư pháp – hộ tịch',
        onlineServiceUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html',
        localNotes: 'Trả kết quả trong ngày nếu nộp trước 10 giờ.',
      }),
      procedureName: 'Đăng ký khai sinh',
    },
    // Nothing overridden: every part is the master's.
    { ...application('1.000894'), procedureName: 'Đăng ký kết hôn' },
    {
      ...application('2.000635', { committedTime: { value: 4, unit: 'hour' } }),
      procedureName: 'Cấp bản sao trích lục hộ tịch',
    },
  ],
  master: [
    {
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      sector: 'Hộ tịch',
      methods: [
        {
          channel: 'direct',
          processingTime: 1,
          processingTimeUnit: 'working-day',
          processingTimeText: null,
        },
        {
          channel: 'online',
          processingTime: null,
          processingTimeUnit: null,
          processingTimeText: null,
        },
      ],
    },
    { code: '1.000894', name: 'Đăng ký kết hôn', sector: null, methods: [] },
  ],
}

const template = async (input: LocalityTemplateInput = INPUT) =>
  new Uint8Array(await writeLocalityTemplate(input))

/** Edits the first sheet of a written template and saves it again, as an officer would. */
async function edited(
  edit: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
  input: LocalityTemplateInput = INPUT,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await writeLocalityTemplate(input)) as never)
  edit(workbook.worksheets[0], workbook)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** A template with the given data rows under the header (row 6 onwards), none pre-filled. */
const withRows = (rows: unknown[][]) =>
  edited(
    (sheet) => {
      rows.forEach((values, i) => (sheet.getRow(6 + i).values = values as ExcelJS.CellValue[]))
    },
    { ...INPUT, applications: [] },
  )

const read = (bytes: Uint8Array) => readLocalityExcel(bytes, FILE)
const errorsOf = async (bytes: Uint8Array) =>
  (await read(bytes)).issues.filter((i) => i.severity === 'error')

describe('writeLocalityTemplate', () => {
  it('names the locality, writes the header and pre-fills the current applications', async () => {
    const bytes = await template()
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(bytes) as never)
    const [sheet, master] = workbook.worksheets
    expect(sheet.name).toBe(APPLIED_SHEET)
    expect(sheet.getCell('B2').value).toBe('Thị trấn Điện Biên Đông')
    expect(sheet.getCell('B3').value).toBe('91001')
    expect((sheet.getRow(5).values as unknown[]).slice(1)).toEqual([
      'Mã thủ tục',
      'Tên thủ tục (chỉ để đọc)',
      'Áp dụng từ ngày (dd/mm/yyyy)',
      'Số quyết định áp dụng',
      'Thời hạn cam kết',
      'Đơn vị thời hạn',
      'Địa chỉ tiếp nhận',
      'Công chức phụ trách',
      'Bộ phận phụ trách',
      'Đường dẫn DVC trực tuyến',
      'Ghi chú',
    ])
    // Sorted by code; the applying date shown as dd/mm/yyyy.
    expect(sheet.getCell('A6').value).toBe('1.000894')
    expect(sheet.getCell('A7').value).toBe('1.001193')
    // The name is looked up from the code, its cached result the master's name; so are spare rows.
    expect(sheet.getCell('B7').value).toEqual({
      formula: `IFERROR(VLOOKUP(A7,'Danh mục tỉnh'!$A:$B,2,FALSE),"")`,
      result: 'Đăng ký khai sinh',
    })
    expect(sheet.getCell('B9').value).toMatchObject({
      formula: `IFERROR(VLOOKUP(A9,'Danh mục tỉnh'!$A:$B,2,FALSE),"")`,
    })
    // exceljs does not read calcPr back: the workbook part says it.
    const parts = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' })
    expect(strFromU8(parts['xl/workbook.xml'])).toContain('fullCalcOnLoad="1"')
    // A code no longer in the master list keeps the name it had.
    expect(sheet.getCell('B8').value).toBe('Cấp bản sao trích lục hộ tịch')
    expect(sheet.getCell('C7').numFmt).toBe('dd/mm/yyyy')
    expect(sheet.getCell('C7').value).toEqual(new Date('2024-01-15T00:00:00.000Z'))
    expect(sheet.getCell('E7').value).toBe(0.5)
    expect(sheet.getCell('F7').value).toBe('ngày làm việc')
    // The unit is chosen from the enumeration's Vietnamese labels, also on empty rows below.
    for (const cell of ['F6', 'F7', 'F300'])
      expect(sheet.getCell(cell).dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"ngày làm việc,ngày,giờ làm việc,tháng,năm"'],
      })

    expect(master.name).toBe(MASTER_SHEET)
    expect((master.getRow(3).values as unknown[]).slice(1)).toEqual([
      'Mã thủ tục',
      'Tên thủ tục',
      'Lĩnh vực',
      'Thời hạn: nộp trực tiếp',
      'Thời hạn: nộp trực tuyến',
      'Thời hạn: nộp qua dịch vụ bưu chính',
    ])
    // A time the master does not state is said to be unknown; a channel it lacks is left empty.
    expect((master.getRow(4).values as unknown[]).slice(1)).toEqual([
      '1.000894',
      'Đăng ký kết hôn',
      'Chưa có thông tin',
      'Chưa có thông tin',
      'Chưa có thông tin',
      'Chưa có thông tin',
    ])
    expect((master.getRow(5).values as unknown[]).slice(1)).toEqual([
      '1.001193',
      'Đăng ký khai sinh',
      'Hộ tịch',
      '1 ngày làm việc',
      'Chưa có thông tin',
      '',
    ])
  })
})

describe('readLocalityExcel: the round trip', () => {
  it('reads back exactly the applications the template was written from', async () => {
    const { applications, issues } = await read(await template())
    expect(issues).toEqual([])
    const expected = INPUT.applications
      .map(({ procedureName: _name, ...rest }) => rest)
      .sort((a, b) => a.procedure.localeCompare(b.procedure))
    expect(applications).toEqual(expected)
  })

  it('keeps an empty override as null (the master holds), never an empty value', async () => {
    const { applications } = await read(await template())
    const marriage = applications.find((a) => a.procedure === '1.000894')!
    expect(Object.values(marriage).filter((v) => v !== null)).toEqual(['91001', '1.000894'])
  })

  it('finds the columns by their heading when the officer reorders, renames or deletes them', async () => {
    // The officer's own workbook: no formats of the template, the header retyped in another
    // order, without tone marks or in capitals, the name and most overrides left out.
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Sheet1')
    sheet.getRow(1).values = ['Mã đơn vị hành chính:', '91001']
    sheet.getRow(3).values = ['GHI CHU', 'don vi thoi han', 'Thoi han cam ket', 'MÃ THỦ TỤC:']
    sheet.getRow(4).values = ['Ghi chú mới', 'ngày', 3, '1.001193']
    const { applications, issues } = await read(new Uint8Array(await workbook.xlsx.writeBuffer()))
    expect(issues).toEqual([])
    expect(applications).toEqual([
      application('1.001193', {
        committedTime: { value: 3, unit: 'day' },
        localNotes: 'Ghi chú mới',
      }),
    ])
  })

  it('accepts dates as dd/mm/yyyy text, ISO text, Excel dates and Excel serial numbers', async () => {
    const { applications, issues } = await read(
      await withRows([
        ['1.000001', null, '5/2/2025'],
        ['1.000002', null, '2025-02-05'],
        ['1.000003', null, new Date(Date.UTC(2025, 1, 5))],
        ['1.000004', null, 45693],
        ['1.000005', null, '05.02.2025'],
      ]),
    )
    expect(issues).toEqual([])
    expect(applications.map((a) => a.appliedFrom)).toEqual(Array(5).fill('2025-02-05'))
  })

  it('reads decimal commas, local codes and codes Excel stored as numbers', async () => {
    const { applications, issues } = await read(
      await withRows([
        ['1.000494.000.00.00.H29', null, null, null, '0,5', 'Ngày làm việc'],
        [1.00119, null, null, null, 2, 'giờ làm việc'],
        // The unit typed in the time's cell, the unit column left empty or agreeing.
        ['1.000003', null, null, null, '3 ngày làm việc'],
        ['1.000004', null, null, null, '1,5 Ngày', 'ngày'],
      ]),
    )
    expect(applications.map((a) => [a.procedure, a.committedTime])).toEqual([
      ['1.000494', { value: 0.5, unit: 'working-day' }],
      ['1.001190', { value: 2, unit: 'hour' }],
      ['1.000003', { value: 3, unit: 'working-day' }],
      ['1.000004', { value: 1.5, unit: 'day' }],
    ])
    expect(issues.map((i) => [i.severity, i.row, i.field, i.value])).toEqual([
      ['warning', 7, 'Mã thủ tục (cột A)', '1.00119'],
    ])
  })
})

/** Letters officers type, the characters XML and Excel treat specially, and line breaks. */
const CHARS = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ',
  ...'ĐĂÂÊÔƠƯ ABCQ0123456789=+-/.,;:"\'()&<>%#@',
]
const text = (multiline: boolean) =>
  fc
    .string({ unit: fc.constantFrom(...CHARS, ...(multiline ? ['\n', '  '] : [])), maxLength: 60 })
    // Values as the catalogue holds them: no stray spaces at the ends (of a line), none doubled
    // on one line.
    .map((t) =>
      multiline
        ? t
            .split('\n')
            .map((l) => l.trimEnd())
            .join('\n')
            .trim()
        : t.replace(/\s+/g, ' ').trim(),
    )
    .map((t) => t || null)
const isoDay = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10))
const generatedApplication: fc.Arbitrary<Omit<TemplateApplication, 'procedure'>> = fc.record({
  locality: fc.constant('91001'),
  procedureName: fc.option(text(false), { nil: null }).map((t) => t ?? null),
  appliedFrom: fc.option(isoDay, { nil: null }),
  applyingDecision: text(false),
  committedTime: fc.option(
    fc.record({
      value: fc.integer({ min: 0, max: 2000 }).map((n) => n / 4),
      unit: fc.constantFrom(...TIME_UNITS),
    }),
    { nil: null },
  ),
  receivingAddress: text(true),
  officerInCharge: text(false),
  unitInCharge: text(false),
  onlineServiceUrl: fc.option(fc.webUrl({ withQueryParameters: true }), { nil: null }),
  localNotes: text(true),
})

describe('readLocalityExcel: the round trip on generated applications', () => {
  it('reads back every application written, whatever its text, numbers and dates', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .uniqueArray(fc.integer({ min: 0, max: 9_999_999 }), { maxLength: 12 })
          .chain((codes) =>
            fc.tuple(
              fc.constant(codes),
              fc.array(generatedApplication, { minLength: codes.length, maxLength: codes.length }),
            ),
          ),
        async ([codes, rows]) => {
          const applications = rows.map((row, i) => ({
            ...row,
            procedure: `${Math.floor(codes[i] / 1_000_000)}.${String(codes[i] % 1_000_000).padStart(6, '0')}`,
          }))
          const { applications: back, issues } = await read(
            await template({ ...INPUT, applications }),
          )
          expect(issues.filter((i) => i.severity === 'error')).toEqual([])
          expect(back).toEqual(
            applications
              .map(({ procedureName: _name, ...rest }) => rest)
              .sort((a, b) => a.procedure.localeCompare(b.procedure)),
          )
        },
      ),
      { numRuns: 40 },
    )
  })

  it('writes a valid file even when the catalogue holds control characters (pasted from Word)', async () => {
    const pasted = 'Tầng 1\u000bnhà A\u0001\u001f'
    expect(xmlSafe(pasted)).toBe('Tầng 1\nnhà A')
    const { applications, issues } = await read(
      await template({
        ...INPUT,
        locality: { name: 'Thị trấn\u0002 A', code: '91001' },
        applications: [
          { ...application('1.000001', { receivingAddress: pasted }), procedureName: null },
        ],
      }),
    )
    expect(issues).toEqual([])
    expect(applications[0].receivingAddress).toBe('Tầng 1\nnhà A')
  })
})

describe('readLocalityExcel: every problem located, in Vietnamese, the row left out', () => {
  it('refuses malformed and duplicate codes, naming the first row of a duplicate', async () => {
    const { applications, issues } = await read(
      await withRows([
        ['1.001193', 'Đăng ký khai sinh'],
        ['1001193'],
        ['1.001193'],
        [null, 'Chỉ có tên, thiếu mã'],
      ]),
    )
    expect(applications.map((a) => a.procedure)).toEqual(['1.001193'])
    expect(issues.map((i) => [i.row, i.field, i.value, i.message])).toEqual([
      [
        7,
        'Mã thủ tục (cột A)',
        '1001193',
        'Mã thủ tục "1001193" không đúng định dạng d.dddddd (ví dụ 1.001193).',
      ],
      [8, 'Mã thủ tục (cột A)', '1.001193', 'Mã thủ tục trùng với dòng 6 trong cùng tệp.'],
      [9, 'Mã thủ tục (cột A)', null, 'Mã thủ tục là bắt buộc.'],
    ])
    expect(formatIssue(issues[1])).toBe(
      `Lỗi: tệp ${FILE}, mã 1.001193, dòng 8, trường Mã thủ tục (cột A): giá trị "1.001193" — Mã thủ tục trùng với dòng 6 trong cùng tệp.`,
    )
  })

  it('refuses dates that are not dates', async () => {
    const errors = await errorsOf(
      await withRows([
        ['1.000001', null, '31/02/2025'],
        ['1.000002', null, 'tháng 3'],
        ['1.000003', null, '2025/13/01'],
        // A year alone is an Excel serial of 1905; a typo puts a year two centuries on.
        ['1.000004', null, 2025],
        ['1.000005', null, '15/01/2204'],
      ]),
    )
    expect(errors.map((e) => [e.row, e.field, e.value])).toEqual([
      [6, 'Áp dụng từ ngày (cột C)', '31/02/2025'],
      [7, 'Áp dụng từ ngày (cột C)', 'tháng 3'],
      [8, 'Áp dụng từ ngày (cột C)', '2025/13/01'],
      // Shown as Excel shows it in the template's date column.
      [9, 'Áp dụng từ ngày (cột C)', '17/07/1905'],
      [10, 'Áp dụng từ ngày (cột C)', '15/01/2204'],
    ])
    expect(errors[0].message).toBe(
      'Ngày không hợp lệ: ghi theo dạng dd/mm/yyyy (ví dụ 15/01/2025), năm từ 1990 đến 2099.',
    )
  })

  it('needs a time and its unit together, a number not below zero, a known unit', async () => {
    const errors = await errorsOf(
      await withRows([
        ['1.000001', null, null, null, 3],
        ['1.000002', null, null, null, null, 'ngày'],
        ['1.000003', null, null, null, -1, 'ngày'],
        ['1.000004', null, null, null, 'ba ngày', 'ngày'],
        ['1.000005', null, null, null, 3, 'tuần'],
        ['1.000006', null, null, null, '3 ngày', 'giờ làm việc'],
      ]),
    )
    expect(errors.map((e) => [e.row, e.field, e.value, e.message])).toEqual([
      [6, 'Đơn vị thời hạn (cột F)', null, 'Có thời hạn cam kết nhưng thiếu đơn vị thời hạn.'],
      [7, 'Thời hạn cam kết (cột E)', null, 'Có đơn vị thời hạn nhưng thiếu thời hạn cam kết.'],
      [8, 'Thời hạn cam kết (cột E)', '-1', 'Thời hạn cam kết không được âm.'],
      [
        9,
        'Thời hạn cam kết (cột E)',
        'ba ngày',
        'Thời hạn cam kết phải là một số (ví dụ 3 hoặc 0,5), có thể kèm đơn vị (ví dụ "3 ngày làm việc").',
      ],
      [
        10,
        'Đơn vị thời hạn (cột F)',
        'tuần',
        'Đơn vị thời hạn không hợp lệ: chọn một trong "ngày làm việc", "ngày", "giờ làm việc", "tháng", "năm".',
      ],
      [
        11,
        'Đơn vị thời hạn (cột F)',
        'giờ làm việc',
        'Đơn vị "ngày" ghi trong ô thời hạn cam kết khác đơn vị ở cột này.',
      ],
    ])
  })

  it('refuses a link that is not http(s)', async () => {
    const row = (url: string) => ['1.000001', null, null, null, null, null, null, null, null, url]
    const errors = await errorsOf(await withRows([row('javascript:alert(1)')]))
    expect(errors.map((e) => [e.row, e.field, e.value, e.message])).toEqual([
      [
        6,
        'Đường dẫn DVC trực tuyến (cột J)',
        'javascript:alert(1)',
        'Địa chỉ phải bắt đầu bằng http:// hoặc https://',
      ],
    ])
  })

  it('reads a formula’s cached value with a warning, and refuses one with no cached value', async () => {
    const { applications, issues } = await read(
      await edited(
        (sheet) => {
          sheet.getCell('A6').value = '1.000001'
          sheet.getCell('E6').value = { formula: '1+2', result: 3 } as ExcelJS.CellFormulaValue
          sheet.getCell('F6').value = 'ngày'
          sheet.getCell('A7').value = '1.000002'
          sheet.getCell('D7').value = { formula: 'Z1' } as ExcelJS.CellFormulaValue
        },
        { ...INPUT, applications: [] },
      ),
    )
    expect(applications).toEqual([
      application('1.000001', { committedTime: { value: 3, unit: 'day' } }),
    ])
    expect(issues.map((i) => [i.severity, i.row, i.field, i.value])).toEqual([
      ['warning', 6, 'Thời hạn cam kết (cột E)', '=1+2'],
      ['error', 7, 'Số quyết định áp dụng (cột D)', '=Z1'],
    ])
    expect(issues[0].message).toContain('đã dùng giá trị tính sẵn "3"')
  })

  it('refuses huge cells, Excel error values and a date where text belongs', async () => {
    const errors = await errorsOf(
      await withRows([
        ['1.000001', null, null, null, null, null, 'x'.repeat(10_001)],
        ['1.000002', null, null, { error: '#REF!' }],
        ['1.000003', null, null, null, null, null, null, new Date(Date.UTC(2025, 0, 1))],
      ]),
    )
    expect(errors.map((e) => [e.row, e.field, e.message])).toEqual([
      [6, 'Địa chỉ tiếp nhận (cột G)', 'Ô dài 10001 ký tự; giới hạn 10000 ký tự.'],
      [7, 'Số quyết định áp dụng (cột D)', 'Ô chứa giá trị lỗi của Excel.'],
      [8, 'Công chức phụ trách (cột H)', 'Ô chứa ngày tháng, không phải văn bản.'],
    ])
  })

  it('refuses a file without the locality’s code, still reporting its rows', async () => {
    const bytes = await edited((sheet) => {
      sheet.getCell('B3').value = null
      sheet.getCell('A9').value = 'abc'
    })
    const { applications, issues } = await read(bytes)
    expect(applications).toEqual([])
    expect(issues.map((i) => [i.severity, i.row, i.field])).toEqual([
      ['error', 3, 'Mã đơn vị hành chính'],
      ['error', 9, 'Mã thủ tục (cột A)'],
    ])
    expect(issues[0].message).toContain('Thiếu mã đơn vị hành chính')
  })

  it('says which column is missing, and what is wrong with a file that is no workbook', async () => {
    const noCode = await edited((sheet) => (sheet.getCell('A5').value = 'Số thứ tự'))
    expect((await errorsOf(noCode)).map((e) => [e.row, e.message])).toEqual([
      [
        5,
        'Dòng tiêu đề (dòng 5) thiếu cột "Mã thủ tục". Mẫu có các cột: Mã thủ tục | Tên thủ tục (chỉ để đọc) | Áp dụng từ ngày (dd/mm/yyyy) | Số quyết định áp dụng | Thời hạn cam kết | Đơn vị thời hạn | Địa chỉ tiếp nhận | Công chức phụ trách | Bộ phận phụ trách | Đường dẫn DVC trực tuyến | Ghi chú.',
      ],
    ])
    const notExcel = zipSync({ 'hello.txt': strToU8('xin chào') })
    expect((await errorsOf(notExcel))[0].message).toBe(`Tệp ${FILE} không có trang tính nào.`)
    // A zip bomb never reaches exceljs: checkZip refuses it from the ZIP's directory.
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(20 * 1024 * 1024) })
    expect((await errorsOf(bomb)).map((e) => [e.field, /zip bomb/.test(e.message)])).toEqual([
      ['tệp', true],
    ])
    const truncated = (await template()).subarray(0, 2000)
    expect((await errorsOf(truncated))[0]).toMatchObject({ field: 'tệp', row: null })
  })
})

describe('detecting the template among the import formats', () => {
  const formatOf = (bytes: Uint8Array) =>
    IMPORT_FORMATS.filter((f) => f.detect(bytes, 'any-name.bin')).map((f) => f.name)

  it('tells the locality template from the national Excel list by the first sheet’s header', async () => {
    expect(formatOf(await template())).toEqual(['locality-xlsx'])
    const list = new ExcelJS.Workbook()
    const sheet = list.addWorksheet('Danh sách')
    sheet.addRow(['DANH SÁCH THỦ TỤC HÀNH CHÍNH'])
    // "Ghi chú" is no mark of the template: lists have notes too.
    sheet.addRow(['Mã số', 'Tên', 'Cơ quan ban hành', 'Cơ quan thực hiện', 'Lĩnh vực', 'Ghi chú'])
    expect(formatOf(new Uint8Array(await list.xlsx.writeBuffer()))).toEqual(['portal-xlsx'])
  })

  it('looks at the first sheet only, and leaves damaged containers to the list reader’s message', async () => {
    // The template's sheet moved behind another one: the first sheet has no such header.
    const moved = await edited((_sheet, workbook) => {
      const first = workbook.addWorksheet('Ghi chú')
      first.addRow(['Ghi chú của cán bộ'])
      // exceljs orders sheets by orderNo when writing (not in its typings).
      ;(first as unknown as { orderNo: number }).orderNo = -1
    })
    const reordered = new ExcelJS.Workbook()
    await reordered.xlsx.load(Buffer.from(moved) as never)
    expect(reordered.worksheets[0].name).toBe('Ghi chú')
    expect(formatOf(moved)).toEqual(['portal-xlsx'])
    expect(formatOf((await template()).subarray(0, 2000))).toEqual(['portal-xlsx'])
  })

  it('reads the set through the registry', async () => {
    const format = IMPORT_FORMATS.find((f) => f.name === 'locality-xlsx')!
    const set = await format.read(await template(), FILE)
    expect(set.applications).toHaveLength(3)
    expect(set.issues).toEqual([])
  })
})
