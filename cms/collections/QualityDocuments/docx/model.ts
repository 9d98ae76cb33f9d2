/**
 * What the DOCX export of a quality document needs, already resolved from the database: plain
 * strings and dates, so the layout code is a pure function of this object and can be unit-tested
 * without Payload. `toExportModel` (beside the collection) fills it from a stored document.
 */

/** A block of a section's text, as Lexical rich text flattens to. */
export type TextBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'bullet'; text: string; depth?: number }
  | { kind: 'numbered'; text: string; depth?: number }

export interface Signatory {
  name: string
  /** Job title, e.g. "Công chức Tư pháp - Hộ tịch", "Chủ tịch UBND" */
  title: string | null
  /** ISO date (yyyy-mm-dd) the person signed off this issue, if recorded */
  date: string | null
}

export interface QualityDocumentExport {
  /** Mã hiệu, e.g. "QT-HT-01" */
  code: string
  title: string
  /** Type as a Vietnamese label: "Quy trình", "Biểu mẫu", "Chính sách chất lượng", … */
  typeLabel: string
  /** Lần ban hành: 1, 2, … (printed with two digits: 01, 02) */
  issueNumber: number
  /** ISO dates (yyyy-mm-dd); printed dd/mm/yyyy */
  issueDate: string | null
  effectiveDate: string | null
  /** Issuing body, in the order of the header's top-left block, e.g. ["UBND HUYỆN ĐIỆN BIÊN ĐÔNG", "UBND THỊ TRẤN ĐIỆN BIÊN ĐÔNG"] */
  issuingBody: string[]
  /** Status label; anything other than the effective issue is marked in the document (e.g. "Bản dự thảo", "Đã bị thay thế") */
  statusLabel: string
  isCurrentIssue: boolean
  preparedBy: Signatory | null
  reviewedBy: Signatory | null
  approvedBy: Signatory | null
  /** Linked administrative procedures, e.g. [{ code: "1.001193", name: "Thủ tục đăng ký khai sinh" }] */
  procedures: { code: string; name: string }[]
  sections: {
    purpose: TextBlock[]
    scope: TextBlock[]
    references: TextBlock[]
    definitions: TextBlock[]
    content: TextBlock[]
  }
  /** Bảng các bước: step table of section 5 */
  steps: {
    order: number
    task: string
    responsible: string
    /** Already worded, e.g. "4 giờ làm việc", "0,5 ngày làm việc" */
    time: string
    /** Form used at this step, e.g. "BM-01" or a title; null when none */
    form: string | null
  }[]
  /** Total of the step times, worded, e.g. "3 ngày làm việc"; null when there are no steps */
  totalTime: string | null
  /** The legal (or committed) time the total must fit in, worded; null when not applicable */
  timeLimit: string | null
  /** Section 6: forms (biểu mẫu) used, e.g. [{ code: "BM-01", title: "Tờ khai đăng ký khai sinh" }] */
  forms: { code: string | null; title: string }[]
  /** Section 7: records to keep (Hồ sơ cần lưu) */
  records: { record: string; keeper: string; retention: string; storage: string }[]
  /** Theo dõi sửa đổi tài liệu: generated from history, oldest first */
  revisions: { date: string | null; issueNumber: number; change: string; reason: string }[]
}
