/**
 * The management-review pack, rendered and read back (no mocks): the parts ISO 9001 9.3.2 asks for,
 * unknown figures said as unknown, and the draft marker until the minutes are approved.
 */
import { describe, expect, it } from 'vitest'

import { emptyCounts, type DossierCounts } from '../../../../content-schemas/serviceResults'
import { blocksOf, readDocx, type Block } from '../../../lib/docx/readDocx'
import { packFilename } from './gather'
import type { ManagementReviewPack } from './model'
import { renderManagementReviewPack } from './renderPack'

const counts = (over: Partial<DossierCounts>): DossierCounts => ({
  ...emptyCounts(),
  carriedOver: 2,
  receivedOnline: 10,
  receivedDirect: 30,
  receivedPostal: 0,
  resolvedEarly: 20,
  resolvedOnTime: 18,
  resolvedLate: 1,
  pendingWithinTime: 3,
  pendingOverdue: 0,
  withdrawn: 0,
  ...over,
})

const pack = (over: Partial<ManagementReviewPack> = {}): ManagementReviewPack => ({
  issuingBody: ['UBND HUYỆN ĐIỆN BIÊN ĐÔNG', 'ỦY BAN NHÂN DÂN THỊ TRẤN ĐIỆN BIÊN ĐÔNG'],
  localityName: 'Thị trấn Điện Biên Đông',
  place: 'Điện Biên Đông',
  period: '2026-Q4',
  periodLabel: 'Quý IV/2026',
  from: '2026-10-01',
  to: '2026-12-31',
  generatedOn: '2026-12-02',
  minutes: { approved: false, approvedOn: null },
  meeting: {
    date: '2026-12-20',
    chair: { name: 'Giàng A Chủ', title: 'Chủ tịch UBND thị trấn' },
    attendees: 'Lãnh đạo UBND; công chức các bộ phận.',
  },
  objectives: [
    {
      title: '≥ 98 % hồ sơ giải quyết đúng hạn',
      target: '≥ 98 %',
      judgedPer: 'Tháng',
      periods: [
        { label: 'Tháng 10/2026', outcome: 'Đạt (100 %)' },
        { label: 'Tháng 11/2026', outcome: 'Chưa có số liệu' },
        { label: 'Tháng 12/2026', outcome: 'Chưa đến kỳ' },
      ],
      overall: 'Chưa có số liệu',
    },
  ],
  results: {
    months: [
      { label: 'Tháng 10/2026', counts: counts({}) },
      // The desk's software does not split postal receipts out: not stated, not 0.
      { label: 'Tháng 11/2026', counts: counts({ receivedPostal: null, pendingOverdue: null }) },
      { label: 'Tháng 12/2026', counts: null },
    ],
    total: null,
  },
  audits: [
    {
      code: 'DGNB-2026-01',
      date: '2026-11-12',
      scope: 'QT-HT-01; Bộ phận Một cửa',
      auditors: 'Nguyễn Văn Đánh Giá',
      state: 'Đã hoàn thành',
      findings: { conformity: 3, observation: 1, nonconformity: 1 },
    },
  ],
  nonconformities: {
    items: [
      {
        code: 'KPH-2026-01',
        detectedOn: '2026-11-12',
        source: 'Đánh giá nội bộ',
        description: 'Bộ phận Một cửa dùng mẫu tờ khai cũ của QT-HT-01',
        state: 'Đang khắc phục',
      },
    ],
    openedInPeriod: 1,
    closedInPeriod: 0,
    openAtEnd: 1,
  },
  actions: [
    {
      code: 'HDKP-2026-01',
      what: 'Sửa QT-HT-01, ban hành lần 03',
      owner: 'Lò Văn Pháp',
      due: '2026-11-30',
      state: 'Đang thực hiện',
      overdue: true,
      origin: 'KPH-2026-01',
    },
  ],
  documents: {
    effective: 2,
    inReview: 1,
    reviewOverdue: 0,
    reviewDueSoon: 1,
    overTimeLimit: 0,
    unreadDocuments: 1,
    unreadPeople: 2,
    issued: [
      {
        code: 'QT-HT-01',
        title: 'Quy trình đăng ký khai sinh',
        issueNumber: 3,
        date: '2026-12-01',
        change: 'Thay mẫu tờ khai',
        reason: 'Hành động khắc phục HDKP-2026-01',
      },
    ],
  },
  discussion: 'Hệ thống phù hợp và có hiệu lực; cần cập nhật biểu mẫu kịp thời.',
  decisions: [{ kind: 'Cơ hội cải tiến', text: 'Rà soát toàn bộ biểu mẫu trong quý I/2027' }],
  decidedActions: [],
  ...over,
})

async function render(p: ManagementReviewPack) {
  const docx = readDocx(await renderManagementReviewPack(p))
  const blocks = blocksOf(docx.body)
  const text = blocks
    .map((b) => (b.kind === 'paragraph' ? b.text : b.rows.flat().join(' | ')))
    .join('\n')
  return { blocks, text }
}

const tableWithHeader = (blocks: Block[], first: string) => {
  const found = blocks.find(
    (b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.rows[0]?.[0] === first,
  )
  if (!found) throw new Error(`no table headed ${first}`)
  return found.rows
}

describe('the management-review pack', () => {
  it('carries every input of ISO 9001 9.3.2 under its own heading, in order', async () => {
    const { blocks } = await render(pack())
    const headings = blocks
      .filter((b) => b.kind === 'paragraph' && /^[IV]+\. /.test(b.text))
      .map((b) => (b.kind === 'paragraph' ? b.text : ''))
    expect(headings).toEqual([
      'I. THÔNG TIN CHUNG',
      'II. KẾT QUẢ THỰC HIỆN MỤC TIÊU CHẤT LƯỢNG',
      'III. KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH',
      'IV. KẾT QUẢ ĐÁNH GIÁ NỘI BỘ',
      'V. SỰ KHÔNG PHÙ HỢP VÀ HÀNH ĐỘNG KHẮC PHỤC',
      'VI. TÌNH TRẠNG TÀI LIỆU CỦA HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG',
      'VII. KẾT LUẬN, QUYẾT ĐỊNH CỦA LÃNH ĐẠO',
    ])
  })

  it('opens with the administrative heading, place and date, and signs with the chair', async () => {
    const { text } = await render(pack())
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(text).toContain('Điện Biên Đông, ngày 02 tháng 12 năm 2026')
    expect(text).toContain('ỦY BAN NHÂN DÂN THỊ TRẤN ĐIỆN BIÊN ĐÔNG')
    expect(text).toContain('theo TCVN ISO 9001:2015 – Quý IV/2026')
    expect(text).toContain('CHỦ TỊCH UBND THỊ TRẤN')
    expect(text).toContain('Giàng A Chủ')
    // A typed sentence is not given a second full stop.
    expect(text).toContain('- Thành phần tham dự: Lãnh đạo UBND; công chức các bộ phận.\n')
  })

  it('says a month not reported and a count not stated as unknown, never as 0', async () => {
    const { blocks, text } = await render(pack())
    const rows = tableWithHeader(blocks, 'Kỳ')
    expect(rows[1]).toEqual(['Tháng 10/2026', '42', '20', '18', '1', '3', '97,6 %'])
    // November's overdue and postal counts are not stated: the totals and the rate that need them are unknown.
    expect(rows[2]).toEqual([
      'Tháng 11/2026',
      'Chưa có thông tin',
      '20',
      '18',
      '1',
      'Chưa có thông tin',
      'Chưa có thông tin',
    ])
    expect(rows[3]!.slice(1)).toEqual(Array(6).fill('Chưa báo cáo'))
    expect(rows[4]![0]).toBe('Cả quý IV/2026')
    expect(text).toContain('có tháng chưa có báo cáo kết quả giải quyết được phê duyệt')
  })

  it('lists objectives per period, audits with their findings, nonconformities and overdue actions', async () => {
    const { blocks, text } = await render(pack())
    const objectives = tableWithHeader(blocks, 'TT')
    expect(objectives[1]![3]).toContain('Tháng 11/2026: Chưa có số liệu')
    expect(objectives[1]![3]).toContain('Tháng 12/2026: Chưa đến kỳ')
    expect(tableWithHeader(blocks, 'Mã')[1]).toEqual([
      'DGNB-2026-01\nĐã hoàn thành',
      '12/11/2026',
      'QT-HT-01; Bộ phận Một cửa',
      'Nguyễn Văn Đánh Giá',
      '3',
      '1',
      '1',
    ])
    expect(text).toContain(
      'Trong kỳ phát sinh 1, đã đóng 0; đến cuối kỳ còn 1 sự không phù hợp chưa đóng.',
    )
    expect(text).toContain('Đang thực hiện – quá hạn')
    expect(text).toContain('Hành động khắc phục HDKP-2026-01')
  })

  it('is marked as a draft until the minutes are approved, and named so', async () => {
    const draft = await render(pack())
    expect(draft.text).toContain('DỰ THẢO – BIÊN BẢN CHƯA ĐƯỢC PHÊ DUYỆT')
    const approved = await render(pack({ minutes: { approved: true, approvedOn: '2026-12-21' } }))
    expect(approved.text).not.toContain('DỰ THẢO')
    expect(packFilename(pack())).toBe('XXLD_Thi-tran-Dien-Bien-Dong_Quy-IV-2026-DU-THAO.docx')
    expect(packFilename(pack({ minutes: { approved: true, approvedOn: null } }))).toBe(
      'XXLD_Thi-tran-Dien-Bien-Dong_Quy-IV-2026.docx',
    )
  })

  it('says when there is nothing to list, rather than leaving a part empty', async () => {
    const { text } = await render(
      pack({
        objectives: [],
        audits: [],
        nonconformities: { items: [], openedInPeriod: 0, closedInPeriod: 0, openAtEnd: 0 },
        actions: [],
        decisions: [],
        discussion: null,
        meeting: { date: null, chair: null, attendees: null },
      }),
    )
    expect(text).toContain(
      'Địa phương không có mục tiêu chất lượng được ban hành áp dụng trong kỳ.',
    )
    expect(text).toContain('Không có cuộc đánh giá nội bộ nào trong kỳ.')
    expect(text).toContain('Không có hành động khắc phục nào trong kỳ.')
    expect(text).toContain('Chưa ghi quyết định nào.')
    expect(text).toContain('- Ngày họp: chưa ấn định.')
    expect(text).toContain('NGƯỜI CHỦ TRÌ')
  })
})
