import { fold } from '../../../content-schemas/fold'

/** Folded query: longer than this is not a search citizens type, and is refused. */
export const QUERY_MAX_LENGTH = 100
/** The report's body, in bytes: a query and a locality code fit in far less. */
export const REPORT_MAX_BYTES = 1024
const MAX_WORDS = 15
/** What a folded query may hold: letters, digits and the punctuation of names, dates and codes. */
const ALLOWED = /^[a-z0-9 .,/\-()?'":]+$/
/** Nine digits or more in a row (spaces, dots, dashes between them too): a phone or an ID number. */
const LONG_NUMBER = /\d(?:[\s.\-/]?\d){8,}/

export type Report = { query: string; locality: string | null }

/** The report in a request's body (`{ q, locality? }` as JSON text), or why it is refused. */
export function readReport(body: string): Report | { error: string } {
  if (Buffer.byteLength(body) > REPORT_MAX_BYTES)
    return { error: `Nội dung báo cáo quá dài (tối đa ${REPORT_MAX_BYTES} byte).` }
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return { error: 'Nội dung báo cáo phải là JSON dạng {"q": "...", "locality": "..."}.' }
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return { error: 'Nội dung báo cáo phải là JSON dạng {"q": "...", "locality": "..."}.' }
  const { q, locality, ...rest } = parsed as Record<string, unknown>
  if (Object.keys(rest).length)
    return { error: `Trường không được nhận: ${Object.keys(rest).join(', ')}.` }
  if (typeof q !== 'string') return { error: 'Thiếu từ tìm kiếm (q) dạng chữ.' }
  const query = fold(q)
  const problem = queryProblem(query)
  if (problem) return { error: problem }
  if (locality !== undefined && locality !== null && locality !== '') {
    if (typeof locality !== 'string' || !/^\d{1,10}$/.test(locality))
      return { error: 'Mã địa phương (locality) phải là dãy số, ví dụ "11311".' }
    return { query, locality }
  }
  return { query, locality: null }
}

function queryProblem(query: string): string | null {
  if (!/[a-z0-9]/.test(query)) return 'Từ tìm kiếm (q) trống hoặc không có chữ, số.'
  if (query.length > QUERY_MAX_LENGTH) return `Từ tìm kiếm (q) dài quá ${QUERY_MAX_LENGTH} ký tự.`
  if (query.split(' ').length > MAX_WORDS) return `Từ tìm kiếm (q) nhiều hơn ${MAX_WORDS} từ.`
  if (!ALLOWED.test(query))
    return 'Từ tìm kiếm (q) chỉ được có chữ tiếng Việt, số, khoảng trắng và các dấu . , / - ( ) ? \' " :.'
  if (LONG_NUMBER.test(query))
    return 'Từ tìm kiếm (q) có dãy số giống số điện thoại hoặc số giấy tờ: không ghi nhận để giữ bí mật cho người tìm.'
  return null
}
