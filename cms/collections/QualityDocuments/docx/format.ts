/**
 * Small, pure wording helpers for the DOCX export: dates, issue numbers, the status marker and text
 * clean-up. Kept apart from the layout so they can be tested (and reused by the filename helper)
 * without building a document.
 */

/** Vietnamese administrative documents are dated in Vietnam's time zone (UTC+7, no daylight saving). */
const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh'

/** Lần ban hành with two digits: 1 → "01", 12 → "12" (and 100 → "100"). */
export function formatIssueNumber(issue: number): string {
  if (!Number.isFinite(issue)) return String(issue)
  return String(Math.trunc(issue)).padStart(2, '0')
}

/**
 * ISO date → "dd/mm/yyyy". The contract is a plain yyyy-mm-dd date, printed as is; a full timestamp
 * (as Payload stores dates) is read as the calendar day in Vietnam, so 2024-02-29T17:00:00Z is
 * 01/03/2024. Null or blank gives null; anything unreadable is returned trimmed, so a bad value shows
 * in the document rather than being silently dropped.
 */
export function formatDate(value: string | null | undefined): string | null {
  if (value == null) return null
  const text = value.trim()
  if (text === '') return null
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (plain) {
    const [, y, m, d] = plain
    if (isRealDate(Number(y), Number(m), Number(d))) return `${d}/${m}/${y}`
    return text
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const date = new Date(text)
    if (Number.isNaN(date.getTime())) return text
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: VIETNAM_TIME_ZONE,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).formatToParts(date)
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
    return `${part('day')}/${part('month')}/${part('year')}`
  }
  return text
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/**
 * Text as it goes into the document: Unicode NFC (decomposed Vietnamese, as some keyboards and
 * copy-pastes produce, renders with misplaced marks in Word), line endings unified, and the control
 * characters XML 1.0 cannot hold removed (one of them would make the whole file unreadable).
 */
export function cleanText(value: string | null | undefined): string {
  if (value == null) return ''
  return (
    value
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // C0 controls other than tab and line feed, and the non-characters U+FFFE/U+FFFF.
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      // Lone surrogates are not characters either.
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
  )
}

/** Vietnamese upper case, kept NFC (the header's issuing body and type label). */
export function upperVi(value: string): string {
  return cleanText(value).toLocaleUpperCase('vi-VN').normalize('NFC')
}

const NOT_VALID_FOR_USE = 'KHÔNG CÓ GIÁ TRỊ SỬ DỤNG'

/**
 * The marker printed on every page of an issue that is not the effective one, e.g.
 * "BẢN DỰ THẢO — KHÔNG CÓ GIÁ TRỊ SỬ DỤNG" or "ĐÃ BỊ THAY THẾ — KHÔNG CÓ GIÁ TRỊ SỬ DỤNG".
 * Null for the current issue.
 */
export function statusMarker(doc: { isCurrentIssue: boolean; statusLabel: string }): string | null {
  if (doc.isCurrentIssue) return null
  const label = upperVi(doc.statusLabel).trim() || 'KHÔNG PHẢI BẢN ĐANG HIỆU LỰC'
  return label.includes(NOT_VALID_FOR_USE) ? label : `${label} — ${NOT_VALID_FOR_USE}`
}
