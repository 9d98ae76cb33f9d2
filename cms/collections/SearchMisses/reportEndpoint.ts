/**
 * POST /api/search-misses/report   body: JSON text {"q": "...", "locality": "<code>"?}
 *
 * The public search page reports a query that found nothing (site/scripts/reportMiss.ts). Off
 * unless the province turns it on (`searchMissReports`, SEARCH_MISS_REPORTS=on): 404 otherwise.
 * Anonymous, so it is rate-limited per client address (held in memory for one minute, never
 * stored) and for all clients together; the input is checked hard (./readReport.ts). What is stored
 * is the folded query, the locality, the day and a count: nothing about who asked.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { clientIP } from '../../lib/clientIP'
import { vietnamDay } from '../../lib/dates'
import { rateLimiter } from '../../lib/rateLimit'
import { readReport, REPORT_MAX_BYTES, type Report } from './readReport'

export const REPORT_LIMITS = { perKey: 20, total: 600, windowMs: 60_000 }
const limiter = rateLimiter(REPORT_LIMITS)

const error = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/** Whether the application was configured to accept reports (buildAppConfig). */
export const reportsEnabled = (req: PayloadRequest): boolean =>
  (req.payload.config.custom as { searchMissReports?: boolean } | undefined)?.searchMissReports ===
  true

export const reportEndpoint: Endpoint = {
  path: '/report',
  method: 'post',
  handler: async (req) => {
    if (!reportsEnabled(req))
      return error(404, 'Chưa bật ghi nhận tìm kiếm không có kết quả (SEARCH_MISS_REPORTS).')
    if (!limiter.take(clientIP(req.headers) ?? 'unknown'))
      return error(429, 'Quá nhiều báo cáo trong một phút. Hãy thử lại sau.')
    const body = await boundedText(req, REPORT_MAX_BYTES)
    if (body === null)
      return error(413, `Nội dung báo cáo quá dài (tối đa ${REPORT_MAX_BYTES} byte).`)
    const report = readReport(body)
    if ('error' in report) return error(400, report.error)
    const localityID = await localityOf(req, report)
    if (localityID === undefined)
      return error(400, `Không có địa phương mã "${report.locality}" trong danh mục.`)
    await count(req, report.query, localityID)
    return new Response(null, { status: 204 })
  },
}

/**
 * The request's body as text, or null past `max` bytes. Read as it arrives: a body sent in chunks
 * states no length, and `text()` would hold all of it in memory before its size could be judged.
 */
export async function boundedText(req: PayloadRequest, max: number): Promise<string | null> {
  if (!req.body) return (await req.text?.()) ?? ''
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The locality's ID, null for a province-wide search, undefined for a code that does not exist. */
async function localityOf(req: PayloadRequest, report: Report): Promise<string | null | undefined> {
  if (report.locality === null) return null
  const { docs } = await req.payload.find({
    collection: 'localities',
    where: { code: { equals: report.locality } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return docs[0] ? String(docs[0].id) : undefined
}

/** One more for the query's row of today, created on the first report. */
async function count(req: PayloadRequest, query: string, locality: string | null, retry = true) {
  const day = vietnamDay(new Date())
  const key = `${day}|${locality ?? '-'}|${query}`
  const { docs } = await req.payload.find({
    collection: 'search-misses',
    where: { key: { equals: key } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const row = docs[0]
  try {
    if (row)
      await req.payload.update({
        collection: 'search-misses',
        id: row.id,
        data: { count: row.count + 1 },
        overrideAccess: true,
      })
    else
      await req.payload.create({
        collection: 'search-misses',
        data: { key, query, locality, day: `${day}T00:00:00.000Z`, count: 1 },
        overrideAccess: true,
      })
  } catch (err) {
    // Two first reports at once: the other one created the row; count into it.
    if (!row && retry) return count(req, query, locality, false)
    throw err
  }
}
