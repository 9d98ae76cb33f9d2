/**
 * What the internal audit report (Báo cáo đánh giá nội bộ) needs, already resolved from the
 * database: plain strings and dates, so the layout is a pure function of it (../toReportModel.ts
 * fills it).
 */
import type { Signatory } from '../../QualityDocuments/docx/model'
import type { FindingType } from '../rules'

export interface AuditReportExport {
  /** Letterhead lines, e.g. ["UBND TỈNH ĐIỆN BIÊN", "ỦY BAN NHÂN DÂN THỊ TRẤN ĐIỆN BIÊN ĐÔNG"] */
  issuingBody: string[]
  localityName: string
  /** Mã cuộc đánh giá, e.g. "ĐGNB-2026-01" */
  code: string
  programmeTitle: string
  criteria: string | null
  /** ISO days (yyyy-mm-dd); null when not known */
  plannedDate: string | null
  actualDate: string | null
  /** The day the report was issued; null while it is not */
  reportDate: string | null
  scope: {
    units: string[]
    documents: { code: string; title: string }[]
    procedures: string[]
    note: string | null
  }
  team: { name: string; unit: string | null; role: 'lead' | 'member' }[]
  findings: {
    type: FindingType
    clause: string
    description: string
    evidence: string | null
    /** Codes of the documents and procedures concerned, e.g. ["QT-HT-01", "1.001193"] */
    references: string[]
  }[]
  conclusion: string | null
  leadAuditor: Signatory | null
  /** The locality's head, who signs the report off; null: left blank to fill in by hand */
  head: Signatory | null
}
