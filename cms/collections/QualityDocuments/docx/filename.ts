import { foldVietnamese } from '../../../../content-schemas/fold'
import { formatIssueNumber } from './format'

/** The MIME type to serve the export with. */
export const DOCX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/**
 * ASCII-only, file-system- and header-safe slug of a document code: Vietnamese letters lose their
 * marks ("đ" → "d"), anything but letters, digits, dot, dash and underscore becomes a dash.
 * "QT-HT-01" stays "QT-HT-01"; "QT/TP 01" becomes "QT-TP-01".
 */
export function asciiSlug(value: string): string {
  return foldVietnamese(value)
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
}

/** What a file that is not the issue in force says it is, in its name. */
const NOT_IN_FORCE: Record<'draft' | 'in-review' | 'superseded' | 'obsolete', string> = {
  draft: 'BAN-NHAP',
  'in-review': 'BAN-NHAP',
  superseded: 'DA-BI-THAY-THE',
  obsolete: 'HET-HIEU-LUC',
}

/**
 * File name for the DOCX of one issue, e.g. "QT-HT-01_lan-02.docx"; a draft's says so
 * ("QT-HT-01_lan-03-BAN-NHAP.docx"), as does a superseded or withdrawn issue's, so that a copy
 * passed around is never taken for the issue in force. ASCII only, so it needs no encoding in a
 * Content-Disposition header and survives every file system and mail client.
 */
export function qualityDocumentFilename(doc: {
  code: string
  issueNumber: number
  /** Absent or 'effective' for the issue in force. */
  status?: keyof typeof NOT_IN_FORCE | 'effective' | null
}): string {
  const code = asciiSlug(doc.code).slice(0, 80) || 'tai-lieu'
  const suffix = doc.status && doc.status !== 'effective' ? `-${NOT_IN_FORCE[doc.status]}` : ''
  return `${code}_lan-${formatIssueNumber(doc.issueNumber)}${suffix}.docx`
}
