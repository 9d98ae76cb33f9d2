/**
 * The audit report DOCX, read back: rendered for real, unzipped and parsed (no mocks).
 */
import { describe, expect, it } from 'vitest'

import { allText, blocksOf, readDocx, type Block } from '../../../lib/docx/readDocx'
import type { AuditReportExport } from './model'
import { auditReportFilename, DRAFT_MARKER, renderAuditReportDocx } from './renderAuditReport'

const report: AuditReportExport = {
  issuingBody: ['UBND TỈNH ĐIỆN BIÊN', 'ỦY BAN NHÂN DÂN THỊ TRẤN ĐIỆN BIÊN ĐÔNG'],
  localityName: 'Thị trấn Điện Biên Đông',
  code: 'ĐGNB-2026-01',
  programmeTitle: 'Chương trình đánh giá nội bộ năm 2026',
  criteria: 'TCVN ISO 9001:2015',
  plannedDate: '2026-11-20',
  actualDate: '2026-11-21',
  reportDate: '2026-11-28',
  scope: {
    units: ['Tư pháp – Hộ tịch'],
    documents: [{ code: 'QT-HT-01', title: 'Quy trình đăng ký khai sinh' }],
    procedures: ['Đăng ký khai sinh'],
    note: null,
  },
  team: [
    { name: 'Lò Văn Đánh', unit: 'Văn phòng – Thống kê', role: 'lead' },
    { name: 'Quàng Thị Giá', unit: null, role: 'member' },
  ],
  findings: [
    {
      type: 'conformity',
      clause: '9.1',
      description: 'Theo dõi đầy đủ.',
      evidence: null,
      references: [],
    },
    {
      type: 'nonconformity',
      clause: '7.5.3',
      description: 'Hồ sơ lưu thiếu.',
      evidence: 'Sổ tháng 10',
      references: ['QT-HT-01', 'Đăng ký khai sinh'],
    },
  ],
  conclusion: 'Hệ thống phù hợp, cần khắc phục 01 điểm.',
  leadAuditor: { name: 'Lò Văn Đánh', title: 'Công chức Văn phòng – Thống kê', date: '2026-11-28' },
  head: null,
}

const tables = (blocks: Block[]) =>
  blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')

describe('renderAuditReportDocx', () => {
  it('opens as a Word file with the header block, scope, team and signatures', async () => {
    const docx = readDocx(await renderAuditReportDocx(report))
    expect(docx.entries['word/document.xml']).toBeDefined()
    const blocks = blocksOf(docx.body)
    const [header] = tables(blocks)
    expect(header.rows[0][0]).toContain('ỦY BAN NHÂN DÂN THỊ TRẤN ĐIỆN BIÊN ĐÔNG')
    expect(header.rows[0][1]).toContain('BÁO CÁO')
    expect(header.rows[0][2]).toContain('Mã: ĐGNB-2026-01')
    expect(header.rows[0][2]).toContain('Ngày đánh giá: 21/11/2026')
    expect(header.rows[0][2]).toContain('Ngày báo cáo: 28/11/2026')
    const text = allText(docx.body)
    expect(text).not.toContain(DRAFT_MARKER)
    expect(text).toContain('Ngày dự kiến: 20/11/2026')
    expect(text).toContain('– QT-HT-01 – Quy trình đăng ký khai sinh')
    const team = tables(blocks).find((t) => t.rows[0][0] === 'STT' && t.rows[0][1] === 'Họ và tên')!
    expect(team.rows.slice(1)).toEqual([
      ['1', 'Lò Văn Đánh', 'Văn phòng – Thống kê', 'Trưởng đoàn'],
      ['2', 'Quàng Thị Giá', 'Chưa gán bộ phận', 'Thành viên'],
    ])
    const signatures = tables(blocks).find((t) => t.rows[0][0] === 'Trách nhiệm')!
    expect(signatures.rows[0]).toEqual(['Trách nhiệm', 'Trưởng đoàn đánh giá', 'Lãnh đạo đơn vị'])
    // The head is not known to the system: left blank, not made up.
    expect(signatures.rows[1]).toEqual(['Họ và tên', 'Lò Văn Đánh', ''])
  })

  it('groups findings by type, nonconformities first, with counts', async () => {
    const blocks = blocksOf(readDocx(await renderAuditReportDocx(report)).body)
    const counts = tables(blocks).find((t) => t.rows[0][0] === 'Loại phát hiện')!
    expect(counts.rows.slice(1)).toEqual([
      ['Điểm không phù hợp', '1'],
      ['Điểm cần cải tiến/khuyến nghị', '0'],
      ['Phù hợp', '1'],
      ['Tổng cộng', '2'],
    ])
    const findings = tables(blocks).find((t) => t.rows[0][1] === 'Điều khoản')!
    expect(findings.rows.slice(1)).toEqual([
      ['Điểm không phù hợp (1)'],
      ['1', '7.5.3', 'Hồ sơ lưu thiếu.', 'Sổ tháng 10', 'QT-HT-01, Đăng ký khai sinh'],
      ['Phù hợp (1)'],
      ['1', '9.1', 'Theo dõi đầy đủ.', '', ''],
    ])
  })

  it('marks a report not yet issued and says unknown dates are unknown', async () => {
    const draft = { ...report, reportDate: null, actualDate: null, findings: [] }
    const text = allText(readDocx(await renderAuditReportDocx(draft)).body)
    expect(text).toContain(DRAFT_MARKER)
    expect(text).toContain('Ngày thực hiện: chưa ghi nhận')
    expect(text).toContain('Ngày báo cáo: chưa ban hành')
    expect(auditReportFilename(draft)).toBe('Bao-cao-danh-gia-noi-bo_DGNB-2026-01-BAN-NHAP.docx')
    expect(auditReportFilename(report)).toBe('Bao-cao-danh-gia-noi-bo_DGNB-2026-01.docx')
  })
})
