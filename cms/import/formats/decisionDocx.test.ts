/**
 * The decision appendix reader on real DOCX files, built with the `docx` package as Word lays them
 * out (decisionDocx.fixtures.ts), then unzipped and parsed by the reader: no mocks.
 */
import fs from 'node:fs'

import { strToU8, zipSync } from 'fflate'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'

import { formatIssue, type ImportIssue } from '../report'
import { readDecisionDocx } from './decisionDocx'
import {
  APPENDIX_TITLE,
  DECISION_BODY,
  EXAMPLE_APPENDIX,
  decisionDocx,
  type FixtureCell,
  type FixturePart,
} from './decisionDocx.fixtures'
import { IMPORT_FORMATS } from './index'

const FILE = 'qd-123.docx'
const read = async (parts: FixturePart[]) => readDecisionDocx(await decisionDocx(parts), FILE)
const errors = (issues: ImportIssue[]) => issues.filter((i) => i.severity === 'error')
const warnings = (issues: ImportIssue[]) => issues.filter((i) => i.severity === 'warning')

const ABOLISHED_HEADER = [
  'STT',
  'Mã số TTHC',
  'Tên thủ tục hành chính',
  'Tên VBQPPL quy định việc bãi bỏ thủ tục hành chính',
  'Lĩnh vực',
  'Cơ quan thực hiện',
]
const SHORT_HEADER = [
  'STT',
  'Mã số TTHC',
  'Tên thủ tục hành chính',
  'Lĩnh vực',
  'Cơ quan thực hiện',
]
const row = (n: number, code: string, name: string, sector = 'Hộ tịch', agency = 'UBND cấp xã') => [
  String(n),
  code,
  name,
  sector,
  agency,
]

describe('readDecisionDocx: a decision with its appendix', () => {
  it('reads number, signed date and title from the body, and every row as an entry', async () => {
    const { decisions, skeletons, issues } = await read([...DECISION_BODY, ...EXAMPLE_APPENDIX])
    expect(issues).toEqual([])
    expect(decisions).toHaveLength(1)
    const [decision] = decisions
    expect(decision.number).toBe('123/QĐ-UBND')
    expect(decision.signedDate).toBe('2025-03-05')
    expect(decision.title).toBe(
      'Về việc công bố Danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung, thay thế và bị bãi bỏ trong lĩnh vực Hộ tịch, Chứng thực thuộc thẩm quyền giải quyết của tỉnh Điện Biên',
    )
    expect(decision.entries).toEqual([
      {
        change: 'new',
        code: '2.000986',
        name: 'Đăng ký lại khai sinh có yếu tố nước ngoài',
        sector: 'Hộ tịch',
        implementingAgency: 'Sở Tư pháp',
        level: 'province',
        replaces: null,
        whatChanged: null,
      },
      {
        change: 'new',
        // the local suffix is the skeleton's localCode; the entry links by the national code
        code: '2.000908',
        // a line break inside the cell is a space in the name
        name: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản',
        sector: 'Chứng thực',
        implementingAgency: 'Sở Tư pháp; Tổ chức hành nghề công chứng',
        level: 'province',
        replaces: null,
        whatChanged: null,
      },
      {
        // after the repeated header row, still under the sector group row above it
        change: 'new',
        code: '2.000815',
        name: 'Chứng thực chữ ký người dịch',
        sector: 'Chứng thực',
        implementingAgency: 'Sở Tư pháp',
        level: 'province',
        replaces: null,
        whatChanged: null,
      },
      {
        change: 'amended',
        code: '1.001193',
        name: 'Đăng ký khai sinh',
        sector: 'Hộ tịch',
        implementingAgency: 'Ủy ban nhân dân cấp xã',
        level: 'commune',
        replaces: null,
        whatChanged: 'Nghị định 07/2025/NĐ-CP',
      },
      {
        change: 'amended',
        code: '1.000656',
        name: 'Đăng ký khai tử',
        sector: 'Hộ tịch',
        // the agency cell is merged down over both rows
        implementingAgency: 'Ủy ban nhân dân cấp xã',
        level: 'commune',
        replaces: null,
        whatChanged: 'Nghị định 07/2025/NĐ-CP',
      },
      {
        change: 'replaced',
        code: '1.004222',
        name: 'Đăng ký thường trú',
        sector: 'Cư trú',
        implementingAgency: null,
        level: 'commune',
        replaces: '1.004194',
        whatChanged: 'Luật Cư trú 2020',
      },
      {
        change: 'abolished',
        code: '1.003197',
        name: 'Xóa đăng ký thường trú',
        sector: 'Cư trú',
        implementingAgency: 'Công an cấp xã',
        level: 'commune',
        replaces: null,
        whatChanged: 'Luật Cư trú 2020',
      },
    ])

    // New, amended and replaced rows give skeletons; the abolished one does not.
    expect(skeletons.map((s) => s.code)).toEqual([
      '2.000986',
      '2.000908',
      '2.000815',
      '1.001193',
      '1.000656',
      '1.004222',
    ])
    const unknown = (table: number, row: number) => ({
      kind: 'unknown',
      source: `Phụ lục Quyết định 123/QĐ-UBND, tệp ${FILE}, bảng ${table}, dòng ${row}`,
    })
    expect(skeletons[1]).toMatchObject({
      code: '2.000908',
      localCode: '2.000908.000.00.00.H56',
      name: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản',
      sector: 'Chứng thực',
      levels: ['province'],
      formalityType: null,
      onlineServiceLevel: null,
      agencies: {
        implementing: ['Sở Tư pháp', 'Tổ chức hành nghề công chứng'],
        implementingGap: { kind: null, source: null },
      },
      // The appendix states a time limit and a fee, but not per channel: still unknown, never read
      // as the procedure's.
      methods: [],
      methodsGap: unknown(2, 5),
      subjectsGap: unknown(2, 5),
      stepsGap: unknown(2, 5),
      dossierGap: unknown(2, 5),
      resultsGap: unknown(2, 5),
      requirementsGap: unknown(2, 5),
    })
    // No agency column in the replaced table: the agency is unknown, not empty.
    expect(skeletons[5].agencies.implementingGap).toEqual(unknown(4, 2))
  })

  it('reads docs/examples/decision-appendix.docx with no error or warning', async () => {
    const bytes = fs.readFileSync(
      new URL('../../../docs/examples/decision-appendix.docx', import.meta.url),
    )
    const { decisions, skeletons, issues } = await readDecisionDocx(
      new Uint8Array(bytes),
      'decision-appendix.docx',
    )
    expect(issues).toEqual([])
    expect(decisions[0]).toMatchObject({ number: '123/QĐ-UBND', signedDate: '2025-03-05' })
    expect(decisions[0].entries.map((e) => `${e.change} ${e.code}`)).toEqual([
      'new 2.000986',
      'new 2.000908',
      'new 2.000815',
      'amended 1.001193',
      'amended 1.000656',
      'replaced 1.004222',
      'abolished 1.003197',
    ])
    expect(skeletons).toHaveLength(6)
  })

  it('reads decomposed tone marks (NFD) as the composed text', async () => {
    const decompose = (part: FixturePart): FixturePart =>
      'paragraph' in part
        ? { ...part, paragraph: part.paragraph.normalize('NFD') }
        : {
            ...part,
            table: part.table.map((cells) =>
              cells.map((c): FixtureCell =>
                typeof c === 'string'
                  ? c.normalize('NFD')
                  : { ...c, text: c.text.normalize('NFD') },
              ),
            ),
          }
    const composed = await read([...DECISION_BODY, ...EXAMPLE_APPENDIX])
    const decomposed = await read([...DECISION_BODY, ...EXAMPLE_APPENDIX].map(decompose))
    expect(decomposed.issues).toEqual([])
    expect(decomposed.decisions).toEqual(composed.decisions)
    expect(decomposed.skeletons).toEqual(composed.skeletons)
    expect(decomposed.decisions[0].entries[0].name).toBe(
      'Đăng ký lại khai sinh có yếu tố nước ngoài'.normalize('NFC'),
    )
  })

  it('takes number and date from the appendix note when the file has no body, and warns of the title', async () => {
    const { decisions, issues } = await read(EXAMPLE_APPENDIX)
    expect(decisions[0]).toMatchObject({
      number: '123/QĐ-UBND',
      signedDate: '2025-03-05',
      title: null,
    })
    expect(issues).toEqual([
      expect.objectContaining({ field: 'trích yếu', severity: 'warning', row: null }),
    ])
    expect(issues[0].message).toMatch(/không có phần thân quyết định/)
  })

  it('leaves number, date and title null with a warning each when nothing states them', async () => {
    const { decisions, skeletons, issues } = await read([
      { paragraph: 'Danh mục thủ tục hành chính mới ban hành' },
      { table: [SHORT_HEADER, row(1, '1.001193', 'Đăng ký khai sinh')] },
    ])
    expect(decisions[0]).toMatchObject({ number: null, signedDate: null, title: null })
    expect(decisions[0].entries).toEqual([
      expect.objectContaining({ change: 'new', code: '1.001193', level: null }),
    ])
    // No level heading: the skeleton has no level and the officer is told to choose one.
    expect(skeletons[0].levels).toEqual([])
    expect(skeletons[0].stepsGap.source).toBe(
      `Phụ lục quyết định công bố TTHC, tệp ${FILE}, bảng 1, dòng 2`,
    )
    expect(warnings(issues).map((i) => i.field)).toEqual([
      'số quyết định',
      'ngày ký',
      'trích yếu',
      'bảng 1',
    ])
    expect(issues[3]).toMatchObject({ row: 2, code: '1.001193' })
    expect(issues[3].message).toMatch(/không ghi cấp thực hiện/)
    expect(errors(issues)).toEqual([])
  })
})

describe('readDecisionDocx: the shapes real appendices take', () => {
  it('reads sector group rows merged or not, STT restarting, levels and sections in merged rows', async () => {
    const { decisions, issues } = await read([
      ...DECISION_BODY,
      ...APPENDIX_TITLE,
      {
        headerRows: 1,
        table: [
          ['STT', 'Mã TTHC', 'Tên TTHC', 'Cơ quan thực hiện'],
          [{ text: 'A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH', span: 4 }],
          [{ text: 'I. DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH', span: 4 }],
          // group row in its own cells: the numbering in STT, the sector under the name
          ['I', '', 'LĨNH VỰC HỘ TỊCH (02 TTHC)', ''],
          ['1', '1.001193', 'Đăng ký khai sinh', 'Sở Tư pháp'],
          ['2', '1.000656', 'Đăng ký khai tử', 'Sở Tư pháp'],
          [{ text: 'II. Lĩnh vực Chứng thực', span: 4 }],
          ['1', '2.000815', 'Chứng thực chữ ký người dịch', 'Sở Tư pháp'],
          [{ text: 'B. THỦ TỤC HÀNH CHÍNH CẤP XÃ', span: 4 }],
          [{ text: 'Lĩnh vực Chứng thực', span: 4 }],
          // the same code at another level is another section: no duplicate
          ['1', '2.000815', 'Chứng thực chữ ký người dịch', 'UBND cấp xã'],
        ],
      },
    ])
    expect(issues).toEqual([])
    expect(
      decisions[0].entries.map((e) => [e.change, e.level, e.sector, e.code, e.implementingAgency]),
    ).toEqual([
      ['new', 'province', 'Hộ tịch', '1.001193', 'Sở Tư pháp'],
      ['new', 'province', 'Hộ tịch', '1.000656', 'Sở Tư pháp'],
      ['new', 'province', 'Chứng thực', '2.000815', 'Sở Tư pháp'],
      ['new', 'commune', 'Chứng thực', '2.000815', 'UBND cấp xã'],
    ])
  })

  it('reads a table split across pages: header repeated, or a continuation table without one', async () => {
    const { decisions, issues } = await read([
      ...DECISION_BODY,
      ...APPENDIX_TITLE,
      { paragraph: 'C. Thủ tục hành chính cấp xã' },
      { paragraph: '1. Danh mục thủ tục hành chính bị bãi bỏ' },
      {
        table: [
          ABOLISHED_HEADER,
          ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
          [
            '1',
            '1.003197',
            'Xóa đăng ký thường trú',
            'Luật Cư trú 2020',
            'Cư trú',
            'Công an cấp xã',
          ],
        ],
      },
      { paragraph: '' },
      {
        table: [
          ABOLISHED_HEADER,
          ['2', '1.002755', 'Gia hạn tạm trú', 'Luật Cư trú 2020', 'Cư trú', 'Công an cấp xã'],
        ],
      },
      {
        table: [
          ['3', '1.004194', 'Đăng ký tạm trú', 'Luật Cư trú 2020', 'Cư trú', 'Công an cấp xã'],
        ],
      },
    ])
    expect(issues).toEqual([])
    expect(decisions[0].entries.map((e) => [e.change, e.level, e.code, e.whatChanged])).toEqual([
      ['abolished', 'commune', '1.003197', 'Luật Cư trú 2020'],
      ['abolished', 'commune', '1.002755', 'Luật Cư trú 2020'],
      ['abolished', 'commune', '1.004194', 'Luật Cư trú 2020'],
    ])
  })

  it('skips the second row of a two-row header, its merged-down cells repeating the headings', async () => {
    const { decisions, issues } = await read([
      ...DECISION_BODY,
      { paragraph: 'PHỤ LỤC' },
      { paragraph: 'Danh mục thủ tục hành chính được sửa đổi, bổ sung thực hiện tại cấp xã' },
      {
        table: [
          [
            { text: 'STT', merge: 'restart' },
            { text: 'Mã số TTHC', merge: 'restart' },
            { text: 'Tên thủ tục hành chính', merge: 'restart' },
            { text: 'Thời hạn giải quyết', span: 2 },
            { text: 'Lĩnh vực', merge: 'restart' },
          ],
          [
            { text: '', merge: 'continue' },
            { text: '', merge: 'continue' },
            { text: '', merge: 'continue' },
            'Trực tiếp',
            'Trực tuyến',
            { text: '', merge: 'continue' },
          ],
          ['1', '1.001193', 'Đăng ký khai sinh', '03 ngày', '02 ngày', 'Hộ tịch'],
        ],
      },
    ])
    expect(issues).toEqual([])
    expect(decisions[0].entries).toEqual([
      expect.objectContaining({
        change: 'amended',
        level: 'commune',
        code: '1.001193',
        sector: 'Hộ tịch',
      }),
    ])
  })

  it('reads other wordings of the columns and a bare level heading', async () => {
    const { decisions, skeletons, issues } = await read([
      ...DECISION_BODY,
      { paragraph: 'PHỤ LỤC' },
      { paragraph: 'II. THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG' },
      { paragraph: 'B. CẤP HUYỆN' },
      {
        table: [
          [
            'Số TT',
            'Số hồ sơ TTHC',
            'Thủ tục hành chính',
            'Nội dung sửa đổi, bổ sung',
            'Căn cứ pháp lý',
            'Lĩnh vực',
            'Cơ quan/đơn vị thực hiện',
          ],
          [
            '1',
            '1.001022',
            'Đăng ký lại kết hôn',
            'Thời hạn giải quyết',
            'Nghị định 07/2025/NĐ-CP',
            'Hộ tịch',
            'Phòng Tư pháp',
          ],
        ],
      },
    ])
    expect(issues).toEqual([])
    expect(decisions[0].entries).toEqual([
      {
        change: 'amended',
        code: '1.001022',
        name: 'Đăng ký lại kết hôn',
        sector: 'Hộ tịch',
        implementingAgency: 'Phòng Tư pháp',
        level: 'district',
        replaces: null,
        whatChanged: 'Thời hạn giải quyết; Nghị định 07/2025/NĐ-CP',
      },
    ])
    expect(skeletons[0].levels).toEqual(['district'])
  })

  it('stops at "Phần II. Nội dung cụ thể", whose tables are not the list', async () => {
    const { decisions, issues } = await read([
      ...DECISION_BODY,
      { paragraph: 'PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH CẤP XÃ' },
      { table: [SHORT_HEADER, row(1, '1.001193', 'Đăng ký khai sinh')] },
      { paragraph: 'PHẦN II. NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH' },
      {
        table: [
          ['Thành phần hồ sơ', 'Số lượng'],
          ['Tờ khai', '01'],
        ],
      },
    ])
    expect(issues).toEqual([])
    expect(decisions[0].entries).toEqual([
      expect.objectContaining({ change: 'new', level: 'commune', code: '1.001193' }),
    ])
  })

  it('takes the change from the columns or the title when a table has no section heading', async () => {
    const { decisions, issues } = await read([
      ...DECISION_BODY,
      { paragraph: 'PHỤ LỤC' },
      {
        paragraph:
          'DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA UBND CẤP XÃ',
      },
      { table: [SHORT_HEADER, row(1, '1.003197', 'Xóa đăng ký thường trú', 'Cư trú')] },
    ])
    expect(issues).toEqual([])
    expect(decisions[0].entries[0]).toMatchObject({ change: 'abolished', level: 'commune' })
  })
})

describe('readDecisionDocx: problems located by table, row, column and value', () => {
  it('reports malformed codes, rows without code, a missing name and duplicates, keeping the good rows', async () => {
    const { decisions, skeletons, issues } = await read([
      ...DECISION_BODY,
      ...APPENDIX_TITLE,
      { paragraph: 'A. THỦ TỤC HÀNH CHÍNH CẤP XÃ' },
      { paragraph: 'I. Danh mục thủ tục hành chính mới ban hành' },
      {
        table: [
          SHORT_HEADER,
          row(1, '1.001193', 'Đăng ký khai sinh'),
          row(2, '1.00119', 'Đăng ký kết hôn'),
          row(3, 'BTP-HCM-285', 'Đăng ký nuôi con nuôi'),
          row(4, '', 'Đăng ký giám hộ'),
          row(5, '1.000656', ''),
          row(6, '1.001193', 'Đăng ký khai sinh (lặp lại)'),
          ['7', '', '', '', 'UBND cấp xã'],
        ],
      },
      // the same code in another section is not a duplicate
      { paragraph: 'II. Danh mục thủ tục hành chính bị bãi bỏ' },
      { table: [SHORT_HEADER, row(1, '1.001193', 'Đăng ký khai sinh')] },
    ])
    expect(decisions[0].entries.map((e) => [e.change, e.code])).toEqual([
      ['new', '1.001193'],
      ['abolished', '1.001193'],
    ])
    expect(skeletons.map((s) => s.code)).toEqual(['1.001193'])
    const found = errors(issues).map((i) => [i.row, i.field, i.code, i.value])
    expect(found).toEqual([
      [3, 'bảng 2, cột 2 "Mã số TTHC"', '1.00119', '1.00119'],
      [4, 'bảng 2, cột 2 "Mã số TTHC"', 'BTP-HCM-285', 'BTP-HCM-285'],
      [5, 'bảng 2, cột 2 "Mã số TTHC"', null, null],
      [6, 'bảng 2, cột 3 "Tên thủ tục hành chính"', '1.000656', null],
      [7, 'bảng 2, cột 2 "Mã số TTHC"', '1.001193', '1.001193'],
      [8, 'bảng 2, cột 2 "Mã số TTHC"', null, null],
    ])
    const messages = errors(issues).map((i) => i.message)
    expect(messages[0]).toMatch(/không đúng định dạng d\.dddddd/)
    expect(messages[2]).toMatch(/Đăng ký giám hộ.*không ghi mã số TTHC/)
    expect(messages[3]).toMatch(/Thiếu tên thủ tục/)
    expect(messages[4]).toMatch(/trùng với bảng 2, dòng 2 trong cùng mục \(mới ban hành, cấp xã\)/)
    expect(messages[5]).toMatch(/không có mã số TTHC và tên thủ tục/)
    expect(formatIssue(errors(issues)[0])).toBe(
      `Lỗi: tệp ${FILE}, mã 1.00119, dòng 3, trường bảng 2, cột 2 "Mã số TTHC": giá trị "1.00119" — Mã thủ tục "1.00119" không đúng định dạng d.dddddd (ví dụ 1.001193).`,
    )
  })

  it('reports a replaced row without the old code, a malformed old code, and a row without sector', async () => {
    const { decisions, skeletons, issues } = await read([
      ...DECISION_BODY,
      ...APPENDIX_TITLE,
      { paragraph: 'Thủ tục hành chính cấp xã' },
      { paragraph: 'III. Danh mục thủ tục hành chính được thay thế' },
      {
        table: [
          ['STT', 'Mã TTHC', 'Tên TTHC', 'Mã TTHC được thay thế', 'Tên TTHC được thay thế'],
          ['1', '1.004222', 'Đăng ký thường trú', '', 'Đăng ký thường trú (cũ)'],
          ['2', '1.004194', 'Đăng ký tạm trú', '1.4194', 'Đăng ký tạm trú (cũ)'],
        ],
      },
    ])
    expect(decisions[0].entries).toEqual([
      expect.objectContaining({
        change: 'replaced',
        code: '1.004222',
        replaces: null,
        sector: null,
      }),
    ])
    // No sector anywhere: the entry stays (it links when the code exists), no skeleton is made.
    expect(skeletons).toEqual([])
    expect(issues.map((i) => [i.severity, i.row, i.field])).toEqual([
      ['warning', 2, 'bảng 2, cột 4 "Mã TTHC được thay thế"'],
      ['warning', 2, 'bảng 2'],
      ['error', 3, 'bảng 2, cột 4 "Mã TTHC được thay thế"'],
    ])
    expect(issues[0].message).toMatch(/chỉ có tên/)
    expect(issues[1].message).toMatch(/không ghi lĩnh vực/)
    expect(issues[2].value).toBe('1.4194')
  })

  it('reports a table whose columns are not recognised and one without a code column', async () => {
    const { decisions, issues } = await read([
      ...DECISION_BODY,
      ...APPENDIX_TITLE,
      { paragraph: 'I. Danh mục thủ tục hành chính mới ban hành cấp xã' },
      { table: [SHORT_HEADER, row(1, '1.001193', 'Đăng ký khai sinh')] },
      { paragraph: 'Ghi chú:' },
      {
        table: [
          ['Họ và tên', 'Chức vụ'],
          ['Nguyễn Văn A', 'Chủ tịch'],
        ],
      },
      { paragraph: 'II. Danh mục thủ tục hành chính được sửa đổi, bổ sung cấp xã' },
      {
        table: [
          ['STT', 'Tên thủ tục hành chính', 'Lĩnh vực'],
          ['1', 'Đăng ký kết hôn', 'Hộ tịch'],
        ],
      },
    ])
    expect(decisions[0].entries).toHaveLength(1)
    expect(errors(issues)).toEqual([
      expect.objectContaining({ row: 1, field: 'bảng 3', value: 'Họ và tên | Chức vụ' }),
      expect.objectContaining({ row: 1, field: 'bảng 4' }),
    ])
    expect(errors(issues)[0].message).toMatch(/Không nhận ra các cột của bảng 3/)
    expect(errors(issues)[1].message).toMatch(/không có cột "Mã số TTHC"/)
  })

  it('reports a table under no section when the title names several changes', async () => {
    const { decisions, issues } = await read([
      ...DECISION_BODY,
      ...APPENDIX_TITLE,
      { table: [SHORT_HEADER, row(1, '1.001193', 'Đăng ký khai sinh')] },
    ])
    expect(decisions[0].entries).toEqual([])
    expect(errors(issues)).toEqual([expect.objectContaining({ row: 2, field: 'bảng 2' })])
    expect(errors(issues)[0].message).toMatch(/Không rõ bảng 2 thuộc danh mục nào/)
  })

  it('gives one error for a document with no appendix table, or with tables that are not lists', async () => {
    for (const parts of [
      DECISION_BODY.filter((p) => 'paragraph' in p),
      [
        ...DECISION_BODY,
        {
          table: [
            ['Họ và tên', 'Địa chỉ'],
            ['A', 'B'],
          ],
        },
      ],
    ]) {
      const { decisions, skeletons, issues } = await read(parts)
      expect(decisions).toEqual([])
      expect(skeletons).toEqual([])
      expect(issues).toHaveLength(1)
      expect(issues[0]).toMatchObject({ file: FILE, field: 'tệp', row: null, severity: 'error' })
      expect(issues[0].message).toMatch(/không (có bảng nào|bảng nào là danh mục)/)
    }
  })

  it('refuses what is not a Word document: text, a workbook, a truncated file, broken XML, .doc, PDF, a zip bomb', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Danh sách').addRow(['Mã số', 'Tên'])
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer())
    const docx = await decisionDocx(EXAMPLE_APPENDIX)
    const brokenXml = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<w:document><w:body><w:p>'),
      'word/_rels/document.xml.rels': strToU8('<Relationships/>'),
    })
    const cases: [Uint8Array, RegExp][] = [
      [strToU8('STT;Mã số TTHC;Tên thủ tục\n1;1.001193;Đăng ký khai sinh'), /không phải tệp Word/],
      [xlsx, /không đọc được nội dung văn bản/],
      [docx.subarray(0, docx.length - 200), /bị cắt cụt hoặc hỏng/],
      [brokenXml, /không đọc được nội dung văn bản/],
      [
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
        /Word 97–2003 \(\.doc\).*lưu lại dạng \.docx/,
      ],
      [strToU8('%PDF-1.7\n'), /là tệp PDF/],
      // a zip bomb: 20 MB of zeros compressed to a few kilobytes
      [zipSync({ 'word/document.xml': new Uint8Array(20 * 1024 * 1024) }), /zip bomb/],
    ]
    for (const [bytes, message] of cases) {
      const { decisions, skeletons, issues } = await readDecisionDocx(bytes, FILE)
      expect(decisions).toEqual([])
      expect(skeletons).toEqual([])
      expect(issues).toEqual([
        expect.objectContaining({ file: FILE, field: 'tệp', severity: 'error' }),
      ])
      expect(issues[0].message).toMatch(message)
    }
  })
})

describe('format registry', () => {
  it('recognises a DOCX as decision-docx and an XLSX as portal-xlsx, each by its entries', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Danh sách').addRow(['Mã số', 'Tên'])
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer())
    const docx = await decisionDocx([...DECISION_BODY, ...EXAMPLE_APPENDIX])
    const detected = (bytes: Uint8Array) =>
      IMPORT_FORMATS.filter((f) => f.detect(bytes, 'x')).map((f) => f.name)
    expect(detected(docx)).toEqual(['decision-docx'])
    expect(detected(xlsx)).toEqual(['portal-xlsx'])
    // A ZIP too damaged to list still goes to a reader that says why.
    expect(detected(docx.subarray(0, 100))).toEqual(['portal-xlsx'])

    const format = IMPORT_FORMATS.find((f) => f.name === 'decision-docx')!
    const set = await format.read(docx, FILE)
    expect(set.decisions?.[0].entries).toHaveLength(7)
    expect(set.skeletons).toHaveLength(6)
    expect(set.issues).toEqual([])
  })
})
