import type { IncomingHttpHeaders } from 'node:http'

import { maxUploadBytes, megabytes } from '../collections/Media/fileRules.ts'
import { IMPORT_LIMITS } from '../import/limits.ts'

/**
 * How large a request's body may be, by where it goes. Payload reads a body before its access
 * rules run (and Next, a route's, before the route), so without a proxy in front one client could
 * fill the admin's memory with a body no route needs. The admin's server refuses such a request
 * from its headers, before reading any of it (scripts/lib/cmsServer.ts). The limits follow what
 * the routes accept; docs/deploy.md gives the proxy's, which is the largest of them.
 */

const MB = 1024 * 1024

/** A document saved from the admin (as JSON or form data), a GraphQL query: Next's own cut on /admin. */
export const FORM_BYTES = 10 * MB

/** The largest body a request to this path may carry. */
export function bodyLimit(pathname: string): number {
  const route = pathname.replace(/\/+$/, '')
  // An import's files, all together (cms/collections/ChangeSets/endpoints.ts), and its options.
  if (route === '/api/change-sets/plan') return IMPORT_LIMITS.batchBytes + FORM_BYTES
  // A file uploaded, or replaced, with the document's fields.
  if (route === '/api/media' || route.startsWith('/api/media/'))
    return maxUploadBytes() + FORM_BYTES
  return FORM_BYTES
}

export interface BodyRefusal {
  status: 411 | 413
  message: string
}

/**
 * Why a request's body is refused, judged from its headers alone; null when it may be read. A
 * body sent in chunks states no length, and would be known too long only once read: refused
 * (411). Browsers, and the admin's own requests, state it.
 */
export function bodyRefusal(headers: IncomingHttpHeaders, pathname: string): BodyRefusal | null {
  const length = headers['content-length']
  if (length === undefined)
    return headers['transfer-encoding'] === undefined
      ? null
      : {
          status: 411,
          message:
            'Máy chủ chỉ nhận nội dung có nêu trước độ dài (tiêu đề Content-Length), không nhận nội dung gửi theo từng phần.',
        }
  const bytes = Number(length)
  const limit = bodyLimit(pathname)
  return bytes > limit
    ? {
        status: 413,
        message: `Nội dung gửi lên quá lớn (${megabytes(bytes)}); địa chỉ này nhận tối đa ${megabytes(limit)}.`,
      }
    : null
}
