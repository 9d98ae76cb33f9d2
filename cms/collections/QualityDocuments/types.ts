export const DOCUMENT_TYPES = [
  'quality-policy',
  'quality-objectives',
  'procedure',
  'work-instruction',
  'form',
  'record-list',
  'external',
] as const
export type DocumentType = (typeof DOCUMENT_TYPES)[number]

export const documentTypeLabels: Record<DocumentType, { vi: string; en: string }> = {
  'quality-policy': { vi: 'Chính sách chất lượng', en: 'Quality policy' },
  'quality-objectives': { vi: 'Mục tiêu chất lượng', en: 'Quality objectives' },
  procedure: { vi: 'Quy trình', en: 'Procedure' },
  'work-instruction': { vi: 'Hướng dẫn công việc', en: 'Work instruction' },
  form: { vi: 'Biểu mẫu', en: 'Form' },
  'record-list': { vi: 'Danh mục hồ sơ', en: 'Record list' },
  external: { vi: 'Tài liệu bên ngoài', en: 'External document' },
}

export const DOCUMENT_STATUSES = [
  'draft',
  'in-review',
  'effective',
  'superseded',
  'obsolete',
] as const
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number]

export const documentStatusLabels: Record<DocumentStatus, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  'in-review': { vi: 'Đang xem xét', en: 'In review' },
  effective: { vi: 'Đang hiệu lực', en: 'Effective' },
  superseded: { vi: 'Đã bị thay thế', en: 'Superseded' },
  obsolete: { vi: 'Hết hiệu lực', en: 'Obsolete' },
}

/** The document's status while a version is being worked on, from its workflow state. */
export function statusOfWorkflowState(state: string | null | undefined): DocumentStatus {
  switch (state) {
    case 'published':
      return 'effective'
    case 'in-review':
    case 'approved':
      return 'in-review'
    default:
      return 'draft'
  }
}

/** Next review date: effective date plus the review interval, in whole months (ISO date). */
export function nextReviewDate(effectiveDate: string, intervalMonths: number): string {
  const date = new Date(`${effectiveDate.slice(0, 10)}T00:00:00.000Z`)
  const day = date.getUTCDate()
  date.setUTCDate(1)
  date.setUTCMonth(date.getUTCMonth() + intervalMonths)
  // 31/01 + 1 month is the last day of February, not 03/03.
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate()
  date.setUTCDate(Math.min(day, lastDay))
  return date.toISOString().slice(0, 10)
}
