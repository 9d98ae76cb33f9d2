import type { Endpoint, PayloadRequest } from 'payload'

import {
  auditReportFilename,
  DOCX_CONTENT_TYPE,
  renderAuditReportDocx,
} from './docx/renderAuditReport'
import { toReportModel } from './toReportModel'

const error = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * GET /api/internal-audits/:id/docx — the audit report (Báo cáo đánh giá nội bộ) as a DOCX, marked
 * as a draft until the report is issued. Reading goes through the collection's access, so no one
 * downloads what they may not read.
 */
export const auditDocxEndpoint: Endpoint = {
  path: '/:id/docx',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return error(401, 'Hãy đăng nhập.')
    const audit = await req.payload.findByID({
      collection: 'internal-audits',
      id: String(req.routeParams?.id),
      depth: 0,
      overrideAccess: false,
      disableErrors: true,
      req,
    })
    if (!audit) return error(404, 'Không tìm thấy cuộc đánh giá, hoặc bạn không có quyền xem.')
    const report = await toReportModel(req, audit)
    const buffer = await renderAuditReportDocx(report)
    const name = auditReportFilename(report)
    return new Response(new Uint8Array(buffer), {
      headers: {
        'Content-Type': DOCX_CONTENT_TYPE,
        'Content-Disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
