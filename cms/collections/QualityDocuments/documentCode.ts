/**
 * Mã hiệu of a quality document, as offices write them: "QT-HT-01", "QT 02/CX-HCTP", "BM-01",
 * "STCL". Upper-case letters (Đ included), digits, and single separators (- / . space) between them.
 */
const CODE = /^[A-ZĐ0-9]+(?:[-/. ][A-ZĐ0-9]+)*$/

export function normalizeDocumentCode(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toUpperCase()
}

export function documentCodeError(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '')
    return 'Hãy nhập mã hiệu tài liệu, ví dụ QT-HT-01.'
  const code = normalizeDocumentCode(value)
  if (code.length > 40) return `Mã hiệu "${code}" dài quá 40 ký tự.`
  if (!CODE.test(code)) {
    return `Mã hiệu "${value.trim()}" không hợp lệ: chỉ gồm chữ in hoa, chữ số và dấu phân cách - / . hoặc khoảng trắng, ví dụ QT-HT-01 hoặc QT 02/CX-HCTP.`
  }
  return null
}
