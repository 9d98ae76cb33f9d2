import { asciiSlug } from '../../QualityDocuments/docx/filename'

export { DOCX_CONTENT_TYPE } from '../../QualityDocuments/docx/filename'

/**
 * "Bao-cao-danh-gia-noi-bo_DGNB-2026-01.docx"; a report not yet issued says so ("…-BAN-NHAP.docx"),
 * so a copy passed around is never taken for the issued one. ASCII only, as the ISO exports.
 */
export function auditReportFilename(report: { code: string; reportDate: string | null }): string {
  const code = asciiSlug(report.code).slice(0, 80) || 'cuoc-danh-gia'
  return `Bao-cao-danh-gia-noi-bo_${code}${report.reportDate ? '' : '-BAN-NHAP'}.docx`
}
