/**
 * The town's internal audit programme for 2026, approved by its chairman, and one audit planned
 * under it: the auditor of Văn phòng – Thống kê audits the one-stop desk and Tư pháp – Hộ tịch. It
 * is left planned: starting it and recording findings is the demo's to do.
 */
export interface SeedAuditProgramme {
  /** slug of the locality */
  locality: string
  year: number
  purpose: string
  criteria: string
  plannedAudits: { month: number; units: string[]; scope: string }[]
  /** who prepared and who approved it (emails) */
  preparedBy: string
  approvedBy: string
  approvedOn: string
}

export interface SeedInternalAudit {
  locality: string
  year: number
  code: string
  plannedDate: string
  units: string[]
  /** codes of quality documents */
  documents: string[]
  leadAuditor: string
  scopeNote: string
}

const town = 'thi-tran-dien-bien-dong'

export const auditProgrammes: SeedAuditProgramme[] = [
  {
    locality: town,
    year: 2026,
    purpose:
      'Xác định hệ thống quản lý chất lượng của UBND thị trấn phù hợp với TCVN ISO 9001:2015 và được áp dụng, duy trì có hiệu lực; phát hiện điểm cần cải tiến.',
    criteria:
      'TCVN ISO 9001:2015; các tài liệu của hệ thống quản lý chất lượng đang hiệu lực; quy định pháp luật về giải quyết thủ tục hành chính.',
    plannedAudits: [
      {
        month: 12,
        units: ['Bộ phận Một cửa', 'Tư pháp – Hộ tịch'],
        scope: 'Tiếp nhận, trả kết quả và chứng thực tại Bộ phận Một cửa; lĩnh vực hộ tịch.',
      },
    ],
    preparedBy: 'canbo.dienbiendong@demo.gov.vn',
    approvedBy: 'chutich.dienbiendong@demo.gov.vn',
    approvedOn: '2026-01-15',
  },
]

export const internalAudits: SeedInternalAudit[] = [
  {
    locality: town,
    year: 2026,
    code: 'ĐGNB-2026-01',
    plannedDate: '2026-12-15',
    units: ['Bộ phận Một cửa', 'Tư pháp – Hộ tịch'],
    documents: ['QT-CT-03', 'CSCL-01'],
    leadAuditor: 'danhgia.dienbiendong@demo.gov.vn',
    scopeNote: 'Hồ sơ phát sinh từ ngày 01/01/2026.',
  },
]
