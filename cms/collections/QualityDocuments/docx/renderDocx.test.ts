/**
 * The DOCX export, read back: each test renders a real file and unzips and parses it (no mocks), then
 * checks what an officer opening it in Word would see.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { birthRegistrationProcedure } from './fixtures'
import { formatDate, formatIssueNumber, statusMarker } from './format'
import type { QualityDocumentExport } from './model'
import {
  type Block,
  type ReadDocx,
  W,
  allText,
  blocksOf,
  fieldInstructions,
  readDocx,
  textOf,
} from '../../../lib/docx/readDocx'
import { DOCX_CONTENT_TYPE, qualityDocumentFilename, renderQualityDocumentDocx } from './renderDocx'

type TableBlock = Extract<Block, { kind: 'table' }>

async function render(
  doc: QualityDocumentExport,
): Promise<{ buffer: Buffer; docx: ReadDocx; blocks: Block[] }> {
  const buffer = await renderQualityDocumentDocx(doc)
  const docx = readDocx(buffer)
  return { buffer, docx, blocks: blocksOf(docx.body) }
}

function tables(blocks: Block[]): TableBlock[] {
  return blocks.filter((b): b is TableBlock => b.kind === 'table')
}

/** The first top-level table whose header row (first row) is exactly these labels. */
function tableWithHeader(blocks: Block[], header: string[]): string[][] {
  const found = tables(blocks).find((t) => JSON.stringify(t.rows[0]) === JSON.stringify(header))
  if (!found) throw new Error(`no table with header ${header.join(' | ')}`)
  return found.rows
}

function paragraphs(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))
}

/** The blocks between a section heading and the next one. */
function section(blocks: Block[], heading: string): Block[] {
  const start = blocks.findIndex((b) => b.kind === 'paragraph' && b.text === heading)
  if (start < 0) throw new Error(`no heading ${heading}`)
  const end = blocks.findIndex(
    (b, i) => i > start && b.kind === 'paragraph' && /^\d\. [A-ZĐÂÊÔƠƯ]/u.test(b.text),
  )
  return blocks.slice(start + 1, end < 0 ? undefined : end)
}

const SECTION_HEADINGS = [
  '1. MỤC ĐÍCH',
  '2. PHẠM VI',
  '3. TÀI LIỆU VIỆN DẪN',
  '4. ĐỊNH NGHĨA/VIẾT TẮT',
  '5. NỘI DUNG QUY TRÌNH',
  '6. BIỂU MẪU',
  '7. HỒ SƠ CẦN LƯU',
]

describe('renderQualityDocumentDocx — the current issue of QT-HT-01 Đăng ký khai sinh', () => {
  let buffer: Buffer
  let docx: ReadDocx
  let blocks: Block[]
  beforeAll(async () => {
    ;({ buffer, docx, blocks } = await render(birthRegistrationProcedure()))
  })

  it('is a zip package Word opens: [Content_Types].xml, the main part, every XML part well formed', () => {
    expect(buffer.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]))
    expect(Object.keys(docx.entries)).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        '_rels/.rels',
        'word/document.xml',
        'word/styles.xml',
        'word/numbering.xml',
      ]),
    )
    const types = docx.xml('[Content_Types].xml').documentElement!
    const overrides = types.getElementsByTagName('Override')
    const mainTypes: string[] = []
    for (let i = 0; i < overrides.length; i++) {
      if (overrides[i].getAttribute('PartName') === '/word/document.xml')
        mainTypes.push(overrides[i].getAttribute('ContentType') ?? '')
    }
    expect(mainTypes).toEqual([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    ])
    for (const path of Object.keys(docx.entries).filter((p) => /\.(xml|rels)$/.test(p))) {
      expect(() => docx.xml(path), path).not.toThrow()
    }
  })

  it('is A4 portrait with the NĐ 30 margins and a different first-page header', () => {
    const sectPr = docx.body.getElementsByTagNameNS(W, 'sectPr')[0]
    const size = sectPr.getElementsByTagNameNS(W, 'pgSz')[0]
    expect(Number(size.getAttributeNS(W, 'w'))).toBe(11906)
    expect(Number(size.getAttributeNS(W, 'h'))).toBe(16838)
    const margin = sectPr.getElementsByTagNameNS(W, 'pgMar')[0]
    const mm = (name: string) => Number(margin.getAttributeNS(W, name)) / (1440 / 25.4)
    expect(mm('top')).toBeCloseTo(20, 0)
    expect(mm('bottom')).toBeCloseTo(20, 0)
    expect(mm('left')).toBeCloseTo(30, 0)
    expect(mm('right')).toBeCloseTo(15, 0)
    expect(sectPr.getElementsByTagNameNS(W, 'titlePg').length).toBe(1)
  })

  it('sets Times New Roman 13 pt for every script (so Vietnamese never falls back to a theme font) and Vietnamese as the language', () => {
    const defaults = docx.xml('word/styles.xml').getElementsByTagNameNS(W, 'rPrDefault')[0]
    const fonts = defaults.getElementsByTagNameNS(W, 'rFonts')[0]
    for (const slot of ['ascii', 'hAnsi', 'eastAsia', 'cs'])
      expect(fonts.getAttributeNS(W, slot), slot).toBe('Times New Roman')
    expect(defaults.getElementsByTagNameNS(W, 'sz')[0].getAttributeNS(W, 'val')).toBe('26')
    expect(defaults.getElementsByTagNameNS(W, 'lang')[0].getAttributeNS(W, 'val')).toBe('vi-VN')
    // No run anywhere names another font.
    for (const part of [docx.body, ...Object.values(docx.headers)]) {
      const runFonts = part.getElementsByTagNameNS(W, 'rFonts')
      for (let i = 0; i < runFonts.length; i++) {
        for (const slot of ['ascii', 'hAnsi', 'eastAsia', 'cs']) {
          const value = runFonts[i].getAttributeNS(W, slot)
          if (value) expect(value).toBe('Times New Roman')
        }
      }
    }
  })

  it('opens with the header block: issuing body, QUY TRÌNH and the title, code, issue 02, dd/mm/yyyy date, page x/y fields', () => {
    const first = blocks[0]
    expect(first.kind).toBe('table')
    const rows = (first as TableBlock).rows
    expect(rows).toHaveLength(1)
    const [body, centre, right] = rows[0]
    expect(body).toBe('UBND HUYỆN ĐIỆN BIÊN ĐÔNG\nỦY BAN NHÂN DÂN THỊ TRẤN ĐIỆN BIÊN ĐÔNG')
    expect(centre).toBe('QUY TRÌNH\nĐăng ký khai sinh')
    expect(right.split('\n')).toEqual([
      'Mã hiệu: QT-HT-01',
      'Lần ban hành: 02',
      'Ngày ban hành: 15/07/2024',
      'Trang: {PAGE}/{NUMPAGES}',
    ])
    // Bold where the brief wants it: the issuing body and the title.
    const firstCellRuns = first.element
      .getElementsByTagNameNS(W, 'tc')[0]
      .getElementsByTagNameNS(W, 'r')
    for (let i = 0; i < firstCellRuns.length; i++)
      expect(firstCellRuns[i].getElementsByTagNameNS(W, 'b').length).toBe(1)
  })

  it('shows the effective date only when it differs from the issue date', async () => {
    const { blocks: later } = await render(
      birthRegistrationProcedure({ effectiveDate: '2024-08-01' }),
    )
    expect((later[0] as TableBlock).rows[0][2]).toContain(
      'Ngày ban hành: 15/07/2024\nNgày hiệu lực: 01/08/2024',
    )
  })

  it('has the signature block: Soạn thảo | Xem xét | Phê duyệt by Họ và tên / Chữ ký / Chức vụ / Ngày ký', () => {
    const rows = tableWithHeader(blocks, ['Trách nhiệm', 'Soạn thảo', 'Xem xét', 'Phê duyệt'])
    expect(rows.slice(1)).toEqual([
      ['Họ và tên', 'Lò Thị Hoa', 'Nguyễn Văn Hùng', 'Quàng Văn Thanh'],
      ['Chữ ký', '', '', ''],
      [
        'Chức vụ',
        'Công chức Tư pháp - Hộ tịch',
        'Phó Chủ tịch UBND thị trấn',
        'Chủ tịch UBND thị trấn',
      ],
      ['Ngày ký', '08/07/2024', '10/07/2024', '12/07/2024'],
    ])
  })

  it('has the revision table, one row per issue, issue numbers with two digits, oldest first', () => {
    const index = blocks.findIndex(
      (b) => b.kind === 'paragraph' && b.text === 'THEO DÕI SỬA ĐỔI TÀI LIỆU',
    )
    expect(index).toBeGreaterThan(0)
    const rows = (blocks[index + 1] as TableBlock).rows
    expect(rows).toEqual([
      ['Ngày sửa đổi', 'Lần ban hành', 'Nội dung sửa đổi', 'Lý do sửa đổi'],
      [
        '15/06/2022',
        '01',
        'Ban hành lần đầu.',
        'Xây dựng, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.',
      ],
      [
        '15/07/2024',
        '02',
        'Bổ sung liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế; rút thời gian thẩm định từ 6 xuống 4 giờ làm việc.',
        'Thực hiện Nghị định số 63/2024/NĐ-CP ngày 10/6/2024 của Chính phủ.',
      ],
    ])
  })

  it('numbers the seven sections in order, section 1 starting a new page', () => {
    const headings = paragraphs(blocks).filter((t) => /^\d\. /.test(t))
    expect(headings).toEqual(SECTION_HEADINGS)
    const purpose = blocks.find((b) => b.kind === 'paragraph' && b.text === '1. MỤC ĐÍCH')!
    expect(purpose.element.getElementsByTagNameNS(W, 'pageBreakBefore').length).toBe(1)
  })

  it('lists the linked procedures, code and name, in section 2 (Phạm vi)', () => {
    const scope = paragraphs(section(blocks, '2. PHẠM VI'))
    expect(scope).toContain('Thủ tục hành chính áp dụng:')
    expect(scope).toContain('1.001193 – Thủ tục đăng ký khai sinh')
    expect(scope.some((t) => t.startsWith('1.012839 – Liên thông thủ tục hành chính'))).toBe(true)
  })

  it('renders bullets and numbered items as real Word lists', () => {
    const content = section(blocks, '5. NỘI DUNG QUY TRÌNH')
    const numbered = content.filter(
      (b) => b.kind === 'paragraph' && b.element.getElementsByTagNameNS(W, 'numPr').length === 1,
    )
    expect(numbered.map((b) => (b as { text: string }).text)).toEqual([
      'Tờ khai đăng ký khai sinh theo mẫu (BM-01);',
      'Bản chính Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh;',
      'Văn bản ủy quyền theo quy định của pháp luật trong trường hợp ủy quyền thực hiện việc đăng ký khai sinh.',
      'Giấy tờ tùy thân có ảnh còn giá trị sử dụng;',
      'Giấy chứng nhận kết hôn của cha, mẹ trẻ em (nếu có).',
    ])
    expect(paragraphs(content)).toContain('5.1. Thành phần hồ sơ')
  })

  it('has the step table of section 5 with all five steps and the total against the time limit', () => {
    const content = section(blocks, '5. NỘI DUNG QUY TRÌNH')
    expect(paragraphs(content)).toContain('Các bước thực hiện:')
    const rows = tableWithHeader(content, [
      'Bước',
      'Nội dung công việc',
      'Trách nhiệm',
      'Thời gian',
      'Biểu mẫu/kết quả',
    ])
    expect(rows).toHaveLength(7)
    expect(rows.slice(1, 6).map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ['B1', 'Bộ phận Một cửa', '1 giờ làm việc', 'BM-02'],
      ['B2', 'Bộ phận Một cửa', '0,5 giờ làm việc', 'BM-03'],
      ['B3', 'Công chức Tư pháp - Hộ tịch', '4 giờ làm việc', 'Dự thảo Giấy khai sinh'],
      [
        'B4',
        'Chủ tịch hoặc Phó Chủ tịch UBND thị trấn',
        '2 giờ làm việc',
        'Giấy khai sinh (bản chính)',
      ],
      ['B5', 'Bộ phận Một cửa', '0,5 giờ làm việc', ''],
    ])
    // A line break inside a task stays a line break.
    expect(rows[1][1]).toBe(
      'Tiếp nhận, kiểm tra tính đầy đủ, hợp lệ của hồ sơ; lập Phiếu tiếp nhận hồ sơ và hẹn trả kết quả.\nHồ sơ chưa đầy đủ: hướng dẫn người nộp bổ sung, hoàn thiện.',
    )
    expect(rows[6]).toEqual([
      'Tổng thời gian giải quyết',
      '8 giờ làm việc (1 ngày làm việc)',
      'Thời hạn quy định: 1 ngày làm việc',
    ])
    // The total spans the first three columns.
    const table = tables(content)[0].element
    const totalRow = table.getElementsByTagNameNS(W, 'tr')[6]
    expect(totalRow.getElementsByTagNameNS(W, 'gridSpan')[0].getAttributeNS(W, 'val')).toBe('3')
    // The header row repeats on the next page.
    expect(
      table.getElementsByTagNameNS(W, 'tr')[0].getElementsByTagNameNS(W, 'tblHeader').length,
    ).toBe(1)
  })

  it('sorts steps by their order', async () => {
    const doc = birthRegistrationProcedure()
    const { blocks: shuffled } = await render({ ...doc, steps: [...doc.steps].reverse() })
    const rows = tableWithHeader(section(shuffled, '5. NỘI DUNG QUY TRÌNH'), [
      'Bước',
      'Nội dung công việc',
      'Trách nhiệm',
      'Thời gian',
      'Biểu mẫu/kết quả',
    ])
    expect(rows.slice(1, 6).map((r) => r[0])).toEqual(['B1', 'B2', 'B3', 'B4', 'B5'])
  })

  it('has the forms (section 6) and records (section 7) tables', () => {
    expect(
      tableWithHeader(section(blocks, '6. BIỂU MẪU'), ['STT', 'Mã hiệu', 'Tên biểu mẫu']).slice(1),
    ).toEqual([
      ['1', 'BM-01', 'Tờ khai đăng ký khai sinh'],
      ['2', 'BM-02', 'Phiếu tiếp nhận hồ sơ và hẹn trả kết quả'],
      ['3', 'BM-03', 'Phiếu kiểm soát quá trình giải quyết hồ sơ'],
      ['4', '', 'Sổ đăng ký khai sinh'],
    ])
    expect(
      tableWithHeader(section(blocks, '7. HỒ SƠ CẦN LƯU'), [
        'STT',
        'Hồ sơ',
        'Trách nhiệm lưu',
        'Thời gian lưu',
        'Nơi lưu/hình thức',
      ]).slice(1),
    ).toEqual([
      [
        '1',
        'Tờ khai đăng ký khai sinh và giấy tờ kèm theo',
        'Công chức Tư pháp - Hộ tịch',
        'Vĩnh viễn',
        'Tủ hồ sơ hộ tịch; bản giấy',
      ],
      [
        '2',
        'Sổ đăng ký khai sinh',
        'Công chức Tư pháp - Hộ tịch',
        'Vĩnh viễn',
        'Kho lưu trữ UBND thị trấn; bản giấy và CSDL',
      ],
      [
        '3',
        'Phiếu kiểm soát quá trình giải quyết hồ sơ',
        'Bộ phận Một cửa',
        '05 năm',
        'Bộ phận Một cửa; bản giấy',
      ],
    ])
  })

  it('keeps Vietnamese text intact, precomposed (NFC), code point for code point', () => {
    const xml = new TextDecoder().decode(docx.entries['word/document.xml'])
    expect(xml).toContain('Đăng ký khai sinh')
    expect(xml).toContain('Ủy ban nhân dân thị trấn Điện Biên Đông')
    // "Ủ" is the one code point U+1EE6, "Đ" U+0110, "ă" U+0103: not a base letter plus combining marks.
    expect([...'Ủy ban nhân dân'].map((c) => c.codePointAt(0))).toEqual([
      0x1ee6, 0x79, 0x20, 0x62, 0x61, 0x6e, 0x20, 0x6e, 0x68, 0xe2, 0x6e, 0x20, 0x64, 0xe2, 0x6e,
    ])
    expect([...'Đăng'].map((c) => c.codePointAt(0))).toEqual([0x110, 0x103, 0x6e, 0x67])
    expect(xml).not.toMatch(/[\u0300-\u036f]/)
    expect(xml.normalize('NFC')).toBe(xml)
  })

  it('repeats code, issue and page x/y in the header of later pages, with real PAGE/NUMPAGES fields', () => {
    expect(Object.keys(docx.headers).sort()).toEqual(['default', 'first'])
    const later = docx.headers.default
    const rows = (blocksOf(later).find((b) => b.kind === 'table') as TableBlock).rows
    expect(rows).toEqual([['Mã hiệu: QT-HT-01', 'Lần ban hành: 02', 'Trang: {PAGE}/{NUMPAGES}']])
    expect(fieldInstructions(later)).toEqual(['PAGE', 'NUMPAGES'])
    expect(fieldInstructions(docx.body)).toEqual(['PAGE', 'NUMPAGES'])
    // The PAGE field is a complete begin/separate/end field, not text.
    const kinds: string[] = []
    const chars = later.getElementsByTagNameNS(W, 'fldChar')
    for (let i = 0; i < chars.length; i++)
      kinds.push(chars[i].getAttributeNS(W, 'fldCharType') ?? '')
    expect(kinds).toEqual(['begin', 'separate', 'end', 'begin', 'separate', 'end'])
  })

  it('carries no "not valid" marker on the current issue', () => {
    const everything = [docx.body, ...Object.values(docx.headers)].map(allText).join('\n')
    expect(everything).not.toContain('KHÔNG CÓ GIÁ TRỊ SỬ DỤNG')
    expect(everything).not.toContain('ĐANG HIỆU LỰC')
    expect(allText(docx.headers.first).trim()).toBe('')
    expect(blocks[1].kind === 'paragraph' && blocks[1].text).not.toContain('—')
  })

  it('writes the title and code into the file properties', () => {
    const core = new TextDecoder().decode(docx.entries['docProps/core.xml'])
    expect(core).toContain('<dc:title>QT-HT-01 – Đăng ký khai sinh</dc:title>')
  })
})

describe('renderQualityDocumentDocx — an issue that is not the current one', () => {
  const MARKER = 'BẢN DỰ THẢO — KHÔNG CÓ GIÁ TRỊ SỬ DỤNG'

  it('marks a draft on the first page, right under the header block, and in the header of every page', async () => {
    const draft = birthRegistrationProcedure({
      issueNumber: 3,
      isCurrentIssue: false,
      statusLabel: 'Bản dự thảo',
      issueDate: null,
      effectiveDate: null,
      approvedBy: null,
    })
    const { docx, blocks } = await render(draft)
    const markerIndex = blocks.findIndex((b) => b.kind === 'paragraph' && b.text === MARKER)
    expect(markerIndex).toBeGreaterThan(0)
    expect(markerIndex).toBeLessThan(3)
    // Red and bold, so it cannot be overlooked.
    const run = blocks[markerIndex].element.getElementsByTagNameNS(W, 'r')[0]
    expect(run.getElementsByTagNameNS(W, 'b').length).toBe(1)
    expect(run.getElementsByTagNameNS(W, 'color')[0].getAttributeNS(W, 'val')).toBe('C00000')
    // Once on the first page (under the header block, not again in its page header), and atop every later page.
    expect(allText(docx.headers.first)).not.toContain(MARKER)
    expect(paragraphs(blocks).filter((p) => p.includes('KHÔNG CÓ GIÁ TRỊ SỬ DỤNG'))).toEqual([
      MARKER,
    ])
    expect(allText(docx.headers.default)).toContain(MARKER)
    // No issue date yet: a blank to fill in, not an invented date.
    expect((blocks[0] as TableBlock).rows[0][2]).toContain(
      'Lần ban hành: 03\nNgày ban hành: …/…/……',
    )
    // Not approved yet: the approver's column is empty.
    expect(
      tableWithHeader(blocks, ['Trách nhiệm', 'Soạn thảo', 'Xem xét', 'Phê duyệt'])[1],
    ).toEqual(['Họ và tên', 'Lò Thị Hoa', 'Nguyễn Văn Hùng', ''])
  })

  it('marks a superseded issue as such', async () => {
    const { docx, blocks } = await render(
      birthRegistrationProcedure({
        issueNumber: 1,
        isCurrentIssue: false,
        statusLabel: 'Đã bị thay thế',
      }),
    )
    const marker = 'ĐÃ BỊ THAY THẾ — KHÔNG CÓ GIÁ TRỊ SỬ DỤNG'
    expect(paragraphs(blocks)).toContain(marker)
    expect(allText(docx.headers.first)).not.toContain(marker)
    expect(allText(docx.headers.default)).toContain(marker)
  })
})

describe('renderQualityDocumentDocx — a document with nothing filled in yet', () => {
  let docx: ReadDocx
  let blocks: Block[]
  beforeAll(async () => {
    ;({ docx, blocks } = await render({
      code: 'QT-01',
      title: 'Kiểm soát tài liệu',
      typeLabel: 'Quy trình',
      issueNumber: 1,
      issueDate: null,
      effectiveDate: null,
      issuingBody: [],
      statusLabel: 'Bản dự thảo',
      isCurrentIssue: false,
      preparedBy: null,
      reviewedBy: null,
      approvedBy: null,
      procedures: [],
      sections: {
        purpose: [],
        scope: [],
        references: [],
        definitions: [{ kind: 'paragraph', text: '   ' }],
        content: [],
      },
      steps: [],
      totalTime: null,
      timeLimit: null,
      forms: [],
      records: [],
      revisions: [],
    }))
  })

  it('says "Không có." under every empty section rather than dropping it', () => {
    for (const heading of SECTION_HEADINGS) {
      expect(paragraphs(section(blocks, heading)), heading).toEqual(['Không có.'])
      expect(tables(section(blocks, heading)), heading).toEqual([])
    }
  })

  it('says there is no revision yet, and leaves the signature block blank without a date row', () => {
    const index = blocks.findIndex(
      (b) => b.kind === 'paragraph' && b.text === 'THEO DÕI SỬA ĐỔI TÀI LIỆU',
    )
    expect((blocks[index + 1] as TableBlock).rows.slice(1)).toEqual([['Chưa có sửa đổi.']])
    expect(
      tableWithHeader(blocks, ['Trách nhiệm', 'Soạn thảo', 'Xem xét', 'Phê duyệt']).slice(1),
    ).toEqual([
      ['Họ và tên', '', '', ''],
      ['Chữ ký', '', '', ''],
      ['Chức vụ', '', '', ''],
    ])
    expect(textOf(docx.body)).toContain('Lần ban hành: 01')
  })
})

describe('renderQualityDocumentDocx — text as it comes from editors', () => {
  it('normalises decomposed Vietnamese to NFC and drops characters XML cannot hold', async () => {
    const nfd = (s: string) => s.normalize('NFD')
    const doc = birthRegistrationProcedure({
      title: nfd('Đăng ký khai sinh'),
      issuingBody: [nfd('Ủy ban nhân dân thị trấn Điện Biên Đông')],
      sections: {
        ...birthRegistrationProcedure().sections,
        purpose: [{ kind: 'paragraph', text: `${nfd('Mục đích')}\u0007 <rõ> & "đúng"` }],
      },
    })
    expect(doc.title).not.toBe('Đăng ký khai sinh')
    const { docx, blocks } = await render(doc)
    expect((blocks[0] as TableBlock).rows[0][1]).toBe('QUY TRÌNH\nĐăng ký khai sinh')
    expect((blocks[0] as TableBlock).rows[0][0]).toBe('ỦY BAN NHÂN DÂN THỊ TRẤN ĐIỆN BIÊN ĐÔNG')
    expect(paragraphs(section(blocks, '1. MỤC ĐÍCH'))).toEqual(['Mục đích <rõ> & "đúng"'])
    expect(new TextDecoder().decode(docx.entries['word/document.xml'])).not.toMatch(
      /[\u0300-\u036f]/,
    )
  })

  it('starts each run of numbered items at 1 again', async () => {
    const doc = birthRegistrationProcedure()
    const { blocks } = await render({
      ...doc,
      sections: {
        ...doc.sections,
        purpose: [
          { kind: 'numbered', text: 'Một' },
          { kind: 'numbered', text: 'Hai' },
          { kind: 'paragraph', text: 'Giữa' },
          { kind: 'numbered', text: 'Một lần nữa' },
        ],
      },
    })
    const numIds = section(blocks, '1. MỤC ĐÍCH').map((b) =>
      b.element.getElementsByTagNameNS(W, 'numId')[0]?.getAttributeNS(W, 'val'),
    )
    expect(numIds[0]).toBeDefined()
    expect(numIds[1]).toBe(numIds[0])
    expect(numIds[2]).toBeUndefined()
    expect(numIds[3]).toBeDefined()
    expect(numIds[3]).not.toBe(numIds[0])
  })
})

describe('qualityDocumentFilename', () => {
  it('names the file by code and two-digit issue, ASCII only', () => {
    expect(qualityDocumentFilename({ code: 'QT-HT-01', issueNumber: 2 })).toBe(
      'QT-HT-01_lan-02.docx',
    )
    expect(qualityDocumentFilename({ code: 'QT-HT-01', issueNumber: 12 })).toBe(
      'QT-HT-01_lan-12.docx',
    )
    expect(qualityDocumentFilename({ code: 'QT/TP đăng ký 01', issueNumber: 1 })).toBe(
      'QT-TP-dang-ky-01_lan-01.docx',
    )
    expect(qualityDocumentFilename({ code: '  ', issueNumber: 3 })).toBe('tai-lieu_lan-03.docx')
    // A file that is not the issue in force says so in its name.
    expect(qualityDocumentFilename({ code: 'QT-HT-01', issueNumber: 3, status: 'draft' })).toBe(
      'QT-HT-01_lan-03-BAN-NHAP.docx',
    )
    expect(qualityDocumentFilename({ code: 'QT-HT-01', issueNumber: 3, status: 'in-review' })).toBe(
      'QT-HT-01_lan-03-BAN-NHAP.docx',
    )
    expect(
      qualityDocumentFilename({ code: 'QT-HT-01', issueNumber: 1, status: 'superseded' }),
    ).toBe('QT-HT-01_lan-01-DA-BI-THAY-THE.docx')
    expect(qualityDocumentFilename({ code: 'QT-HT-01', issueNumber: 2, status: 'effective' })).toBe(
      'QT-HT-01_lan-02.docx',
    )
    expect(qualityDocumentFilename({ code: 'Đ"Ư\\../ÝÊ', issueNumber: 1 })).toMatch(
      /^[A-Za-z0-9._-]+$/,
    )
    expect(DOCX_CONTENT_TYPE).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
  })
})

describe('wording helpers', () => {
  it('prints dates dd/mm/yyyy, timestamps as the day in Vietnam', () => {
    expect(formatDate('2024-07-15')).toBe('15/07/2024')
    expect(formatDate('2024-02-29T17:00:00.000Z')).toBe('01/03/2024')
    expect(formatDate(null)).toBeNull()
    expect(formatDate(' ')).toBeNull()
    expect(formatDate('2023-02-30')).toBe('2023-02-30')
  })

  it('prints issue numbers with two digits', () => {
    expect(formatIssueNumber(1)).toBe('01')
    expect(formatIssueNumber(10)).toBe('10')
  })

  it('builds the marker from the status label, once', () => {
    expect(statusMarker({ isCurrentIssue: true, statusLabel: 'Bản dự thảo' })).toBeNull()
    expect(statusMarker({ isCurrentIssue: false, statusLabel: 'Bản dự thảo' })).toBe(
      'BẢN DỰ THẢO — KHÔNG CÓ GIÁ TRỊ SỬ DỤNG',
    )
    expect(
      statusMarker({
        isCurrentIssue: false,
        statusLabel: 'Bản dự thảo — không có giá trị sử dụng',
      }),
    ).toBe('BẢN DỰ THẢO — KHÔNG CÓ GIÁ TRỊ SỬ DỤNG')
  })
})
