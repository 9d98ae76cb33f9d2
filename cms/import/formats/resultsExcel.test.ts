import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'

import { emptyCounts, type DossierCounts } from '../../../content-schemas/serviceResults'
import { readImport } from '../readImport'
import { formatIssue } from '../report'
import {
  classifyColumn,
  readPeriodText,
  readResultsExcel,
  RESULTS_SHEET,
  writeResultsTemplate,
  type ResultsTemplateInput,
} from './resultsExcel'
import { writeLocalityTemplate } from './localityExcel'

const INPUT: ResultsTemplateInput = {
  locality: { name: 'Thị trấn Điện Biên Đông', code: '03226' },
  period: '2026-11',
  procedures: [
    { code: '1.001193', name: 'Thủ tục đăng ký khai sinh', sector: 'Hộ tịch' },
    { code: '1.000656', name: 'Thủ tục đăng ký khai tử', sector: 'Hộ tịch' },
    { code: '2.000815', name: 'Chứng thực bản sao từ bản chính', sector: 'Chứng thực' },
  ],
}

const counts = (over: Partial<DossierCounts>): DossierCounts => ({ ...emptyCounts(), ...over })

/** The template with counts typed in, as an officer fills it (row 8 is the first procedure). */
async function filledTemplate(rows: Record<number, (number | string | null)[]>) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await writeResultsTemplate(INPUT)) as never)
  const sheet = workbook.getWorksheet(RESULTS_SHEET)!
  for (const [row, values] of Object.entries(rows))
    values.forEach((value, i) => {
      if (value !== null) sheet.getCell(Number(row), 4 + i).value = value
    })
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe('readResultsExcel: the template the admin offers', () => {
  it('reads back the locality, the period and each reported row; empty is unknown, 0 is none', async () => {
    const bytes = await filledTemplate({
      8: [3, 20, 12, 1, 15, 14, 2, 4, 0, 1],
      9: [0, 0, 2, 0, 1, 1, 0, 0, 0, null],
      // row 10 (chứng thực) left empty: not reported
    })
    const { serviceResults, issues } = await readResultsExcel(bytes, 'ket-qua.xlsx')
    expect(issues).toEqual([])
    expect(serviceResults).toHaveLength(1)
    const [report] = serviceResults
    expect(report).toMatchObject({
      file: 'ket-qua.xlsx',
      locality: '03226',
      period: '2026-11',
      source: 'Tệp ket-qua.xlsx',
    })
    expect(report.rows).toEqual([
      {
        row: 8,
        code: '1.001193',
        name: null,
        sector: 'Hộ tịch',
        counts: {
          carriedOver: 3,
          receivedOnline: 20,
          receivedDirect: 12,
          receivedPostal: 1,
          resolvedEarly: 15,
          resolvedOnTime: 14,
          resolvedLate: 2,
          pendingWithinTime: 4,
          pendingOverdue: 0,
          withdrawn: 1,
        },
      },
      {
        row: 9,
        code: '1.000656',
        name: null,
        sector: 'Hộ tịch',
        counts: counts({
          carriedOver: 0,
          receivedOnline: 0,
          receivedDirect: 2,
          receivedPostal: 0,
          resolvedEarly: 1,
          resolvedOnTime: 1,
          resolvedLate: 0,
          pendingWithinTime: 0,
          pendingOverdue: 0,
        }),
      },
    ])
  })

  it('is recognised by the import as results, not as a list of procedures', async () => {
    const bytes = await filledTemplate({ 8: [0, 1, 0, 0, 1, 0, 0, 0, 0, 0] })
    const set = await readImport([{ file: 'ket-qua.xlsx', bytes }])
    expect(set.issues).toEqual([])
    expect(set.serviceResults).toHaveLength(1)
    expect(set.skeletons).toEqual([])
    // …and a locality's applied-procedures template is still read as that.
    const locality = await writeLocalityTemplate({
      locality: { name: 'Xã A', code: '03227' },
      applications: [],
      master: [],
    })
    const other = await readImport([{ file: 'ap-dung.xlsx', bytes: new Uint8Array(locality) }])
    expect(other.serviceResults).toEqual([])
  })

  it('refuses a row whose sums disagree, naming the row and the numbers, and keeps the others', async () => {
    const bytes = await filledTemplate({
      8: [3, 20, 12, 1, 15, 14, 2, 4, 0, 5], // 40 accounted for, 36 to handle
      9: [0, 0, 2, 0, 1, 1, 0, 0, 0, 0],
    })
    const { serviceResults, issues } = await readResultsExcel(bytes, 'ket-qua.xlsx')
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ row: 8, code: '1.001193', severity: 'error' })
    expect(formatIssue(issues[0])).toBe(
      'Lỗi: tệp ket-qua.xlsx, mã 1.001193, dòng 8 — Số liệu không khớp: đã giải quyết + đang giải quyết + rút/trả lại = 40, nhưng kỳ trước chuyển sang + tiếp nhận trong kỳ = 36.',
    )
    expect(serviceResults[0].rows.map((r) => r.code)).toEqual(['1.000656'])
  })

  it('says where a count is not a count, and reads thousands as Vietnamese write them', async () => {
    const bytes = await filledTemplate({
      8: ['1.250', 0, 0, 0, 1250, 0, 0, 0, 0, 0],
      9: [-1, 0, 0, 0, 'mười', 0, 0, 2.5, 0, '-'],
    })
    const { serviceResults, issues } = await readResultsExcel(bytes, 'ket-qua.xlsx')
    expect(serviceResults[0].rows).toHaveLength(1)
    expect(serviceResults[0].rows[0].counts.carriedOver).toBe(1250)
    const lines = issues.map(formatIssue)
    expect(lines).toEqual([
      'Lỗi: tệp ket-qua.xlsx, mã 1.000656, dòng 9, trường Kỳ trước chuyển sang (cột D): giá trị "-1" — Số hồ sơ phải là số nguyên không âm.',
      'Lỗi: tệp ket-qua.xlsx, mã 1.000656, dòng 9, trường Giải quyết trước hạn (cột H): giá trị "mười" — Số hồ sơ phải là số nguyên không âm (ví dụ 0, 12 hoặc 1.250).',
      'Lỗi: tệp ket-qua.xlsx, mã 1.000656, dòng 9, trường Đang giải quyết trong hạn (cột K): giá trị "2.5" — Số hồ sơ phải là số nguyên không âm.',
      'Cảnh báo: tệp ket-qua.xlsx, mã 1.000656, dòng 9, trường Rút hồ sơ, trả lại (cột M): giá trị "-" — Ô ghi "-": hiểu là chưa có thông tin. Nếu không có hồ sơ nào, hãy ghi 0.',
    ])
  })

  it('refuses a file with no period, and one whose period is not a month, quarter or year', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await writeResultsTemplate(INPUT)) as never)
    const sheet = workbook.getWorksheet(RESULTS_SHEET)!
    sheet.getCell('B4').value = null
    const none = await readResultsExcel(
      new Uint8Array(await workbook.xlsx.writeBuffer()),
      'ket-qua.xlsx',
    )
    expect(none.serviceResults).toEqual([])
    expect(none.issues.map(formatIssue)).toEqual([
      'Lỗi: tệp ket-qua.xlsx, trường Kỳ báo cáo — Không tìm thấy kỳ báo cáo: ghi "Tháng 10/2026" (hoặc "Quý III/2026", "Năm 2026") vào ô bên phải nhãn "Kỳ báo cáo:" phía trên dòng tiêu đề.',
    ])
    sheet.getCell('B4').value = 'Từ ngày 03/10/2026 đến ngày 20/10/2026'
    const odd = await readResultsExcel(
      new Uint8Array(await workbook.xlsx.writeBuffer()),
      'ket-qua.xlsx',
    )
    expect(odd.issues[0].message).toContain('không phải một tháng, một quý hay một năm')
  })
})

/**
 * The layout one-stop software commonly exports (the reporting form of the Office of Government):
 * three header rows with merged group headings, sector rows with subtotals, a combined column for
 * direct and postal receipts, no column for withdrawn dossiers, a reporting cut-off from the 15th.
 */
async function softwareExport(
  rows: (string | number | null)[][],
  { lateHeading = 'Quá hạn', period = '(Kỳ báo cáo: từ ngày 15/09/2026 đến ngày 14/10/2026)' } = {},
) {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Báo cáo')
  sheet.getCell('A1').value = 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'
  sheet.getCell('A2').value = period
  // Row 4: groups; row 5: subgroups; row 6: columns.
  const header = [
    [
      'STT',
      'Mã TTHC',
      'Lĩnh vực, thủ tục',
      'Số hồ sơ nhận giải quyết',
      '',
      '',
      '',
      'Kết quả giải quyết',
      '',
      '',
      '',
      '',
      '',
      '',
    ],
    [
      '',
      '',
      '',
      'Tổng số',
      'Trong đó',
      '',
      '',
      'Số hồ sơ đã giải quyết',
      '',
      '',
      '',
      'Số hồ sơ đang giải quyết',
      '',
      '',
    ],
    [
      '',
      '',
      '',
      '',
      'Số mới tiếp nhận trực tuyến',
      'Số kỳ trước chuyển qua',
      'Số mới tiếp nhận (trực tiếp và qua dịch vụ bưu chính)',
      'Tổng số',
      'Trả trước hạn',
      'Trả đúng thời hạn',
      'Trả ' + lateHeading.toLowerCase(),
      'Tổng số',
      'Chưa đến hạn',
      lateHeading,
    ],
  ]
  header.forEach((values, i) => (sheet.getRow(4 + i).values = values))
  for (const range of [
    'A4:A6',
    'B4:B6',
    'C4:C6',
    'D4:G4',
    'H4:N4',
    'D5:D6',
    'E5:G5',
    'H5:K5',
    'L5:N5',
  ])
    sheet.mergeCells(range)
  rows.forEach((values, i) => (sheet.getRow(7 + i).values = values))
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe('readResultsExcel: the one-stop software export', () => {
  it('reads merged group headings, derives withdrawn from the total, leaves the channel split unknown', async () => {
    const bytes = await softwareExport([
      ['I', null, 'Lĩnh vực Hộ tịch', 38, 20, 3, 15, 31, 15, 14, 2, 4, 4, 0],
      [1, '1.001193', 'Đăng ký khai sinh', 36, 20, 3, 13, 31, 15, 14, 2, 4, 4, 0],
      [2, '1.000656', 'Đăng ký khai tử', 2, 0, 0, 2, 1, 0, 1, 0, 0, 0, 0],
      ['II', null, 'Lĩnh vực Chứng thực', 10, 0, 0, 10, 10, 10, 0, 0, 0, 0, 0],
      [null, null, 'Tổng cộng', 48, 20, 3, 25, 41, 25, 14, 2, 4, 4, 0],
    ])
    const { serviceResults, issues } = await readResultsExcel(bytes, 'baocao.xlsx')
    expect(issues.filter((i) => i.severity === 'error')).toEqual([])
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('gộp hồ sơ nhận trực tiếp và qua bưu chính'),
    ])
    const [report] = serviceResults
    expect(report.period).toBe('2026-10')
    expect(report.locality).toBeNull()
    expect(report.source).toBe(
      'Tệp baocao.xlsx; số liệu từ 15/09/2026 đến 14/10/2026 (tháng 10/2026)',
    )
    expect(report.rows).toEqual([
      {
        row: 8,
        code: '1.001193',
        name: null,
        sector: 'Hộ tịch',
        counts: counts({
          carriedOver: 3,
          receivedOnline: 20,
          resolvedEarly: 15,
          resolvedOnTime: 14,
          resolvedLate: 2,
          pendingWithinTime: 4,
          pendingOverdue: 0,
          withdrawn: 1,
        }),
      },
      {
        row: 9,
        code: '1.000656',
        name: null,
        sector: 'Hộ tịch',
        counts: counts({
          carriedOver: 0,
          receivedOnline: 0,
          resolvedEarly: 0,
          resolvedOnTime: 1,
          resolvedLate: 0,
          pendingWithinTime: 0,
          pendingOverdue: 0,
          withdrawn: 1,
        }),
      },
      // A sector with no procedure rows under it: the source's grain there is the sector.
      {
        row: 10,
        code: null,
        name: null,
        sector: 'Chứng thực',
        counts: counts({
          carriedOver: 0,
          receivedOnline: 0,
          resolvedEarly: 10,
          resolvedOnTime: 0,
          resolvedLate: 0,
          pendingWithinTime: 0,
          pendingOverdue: 0,
          withdrawn: 0,
        }),
      },
    ])
  })

  it('refuses a row whose totals disagree with their parts', async () => {
    const bytes = await softwareExport([
      [1, '1.001193', 'Đăng ký khai sinh', 36, 20, 3, 13, 30, 15, 14, 2, 4, 4, 0],
      [2, '1.000656', 'Đăng ký khai tử', 2, 0, 0, 2, 3, 0, 1, 0, 0, 0, 0],
    ])
    const { issues } = await readResultsExcel(bytes, 'baocao.xlsx')
    expect(issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([
      'Lỗi: tệp baocao.xlsx, mã 1.001193, dòng 7, trường Tổng số đã giải quyết (cột H): giá trị "30" — Số liệu không khớp: "Tổng số đã giải quyết" là 30 nhưng cộng "Giải quyết trước hạn" + "Giải quyết đúng hạn" + "Giải quyết quá hạn" được 31.',
      'Lỗi: tệp baocao.xlsx, mã 1.000656, dòng 8, trường Tổng số đã giải quyết (cột H): giá trị "3" — Số liệu không khớp: "Tổng số đã giải quyết" là 3 nhưng cộng "Giải quyết trước hạn" + "Giải quyết đúng hạn" + "Giải quyết quá hạn" được 1.',
    ])
  })

  it('says which sheets it did not read: a month a sheet is not silently one month', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(
      (await softwareExport([
        [1, '1.001193', 'Đăng ký khai sinh', 36, 20, 3, 13, 31, 15, 14, 2, 4, 4, 0],
      ])) as never,
    )
    workbook.addWorksheet('Tháng 11').getCell('A1').value = 'TÌNH HÌNH, KẾT QUẢ…'
    workbook.addWorksheet('Tháng 12')
    // A hidden sheet (a lookup list) is nobody's data to lose.
    workbook.addWorksheet('Danh mục', { state: 'hidden' })
    const { serviceResults, issues } = await readResultsExcel(
      new Uint8Array(await workbook.xlsx.writeBuffer()),
      'baocao.xlsx',
    )
    expect(serviceResults).toHaveLength(1)
    const warning = issues.find((i) => i.message.includes('trang tính'))!
    expect(warning.severity).toBe('warning')
    expect(formatIssue(warning)).toContain(
      'Tệp có 3 trang tính; chỉ trang đầu "Báo cáo" được đọc, các trang "Tháng 11", "Tháng 12" không được nhập.',
    )
  })

  it('asks which "quá hạn" a column means when nothing above says', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Báo cáo')
    sheet.getCell('A1').value = 'Tháng 10/2026'
    sheet.getRow(3).values = ['Mã TTHC', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Trực tuyến']
    sheet.getRow(4).values = ['1.001193', 1, 2, 0, 3]
    const { serviceResults, issues } = await readResultsExcel(
      new Uint8Array(await workbook.xlsx.writeBuffer()),
      'baocao.xlsx',
    )
    expect(serviceResults).toEqual([])
    expect(formatIssue(issues[0])).toContain(
      'không cho biết là hồ sơ đã giải quyết quá hạn hay đang giải quyết quá hạn',
    )
  })
})

describe('classifyColumn and readPeriodText', () => {
  it('tells resolved late from in progress overdue by the headings above', () => {
    expect(classifyColumn(['Kết quả giải quyết', 'Số hồ sơ đã giải quyết', 'Trả quá hạn'])).toBe(
      'resolvedLate',
    )
    expect(classifyColumn(['Kết quả giải quyết', 'Số hồ sơ đang giải quyết', 'Quá hạn'])).toBe(
      'pendingOverdue',
    )
    expect(classifyColumn(['Đang giải quyết quá hạn'])).toBe('pendingOverdue')
    expect(classifyColumn(['Tổng số hồ sơ', 'Tồn kỳ trước'])).toBe('carriedOver')
    expect(classifyColumn(['STT'])).toBeNull()
  })

  it('reads the ways reports name their period', () => {
    const key = (text: string) => {
      const read = readPeriodText(text)
      return read.kind === 'period' ? read.period : read.kind
    }
    expect(key('Tháng 10/2026')).toEqual({ kind: 'month', year: 2026, index: 10 })
    expect(key('THÁNG 9 NĂM 2026')).toEqual({ kind: 'month', year: 2026, index: 9 })
    expect(key('Quý III/2026')).toEqual({ kind: 'quarter', year: 2026, index: 3 })
    expect(key('Quý 4 năm 2026')).toEqual({ kind: 'quarter', year: 2026, index: 4 })
    expect(key('Năm 2025')).toEqual({ kind: 'year', year: 2025 })
    expect(key('2026-Q2')).toEqual({ kind: 'quarter', year: 2026, index: 2 })
    expect(key('Từ ngày 01/10/2026 đến ngày 31/10/2026')).toEqual({
      kind: 'month',
      year: 2026,
      index: 10,
    })
    // Nghị định 09/2019: a quarter from 15 December to 14 March.
    expect(key('từ 15/12/2025 đến 14/03/2026')).toEqual({ kind: 'quarter', year: 2026, index: 1 })
    expect(key('Báo cáo 6 tháng đầu năm 2026')).toBe('unsupported')
    expect(key('Từ ngày 31/02/2026 đến ngày 14/03/2026')).toBe('unsupported')
    expect(key('Báo cáo tình hình')).toBe('none')
  })
})
