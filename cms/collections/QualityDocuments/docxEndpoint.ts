import type { Endpoint, PayloadRequest } from 'payload'

import type { QualityDocument } from '../../payload-types'
import {
  DOCX_CONTENT_TYPE,
  qualityDocumentFilename,
  renderQualityDocumentDocx,
} from './docx/renderDocx'
import { toExportModel } from './toExportModel'

const error = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * GET /api/quality-documents/:id/docx — the effective issue as a DOCX in the administrative
 * layout. `?draft=true` exports the version being worked on, marked as a draft. Reading goes
 * through the collection's access, so no one exports what they may not read.
 */
export const docxEndpoint: Endpoint = {
  path: '/:id/docx',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return error(401, 'Hãy đăng nhập.')
    const draft = req.searchParams?.get('draft') === 'true'
    let doc: QualityDocument
    try {
      doc = await req.payload.findByID({
        collection: 'quality-documents',
        id: String(req.routeParams?.id),
        depth: 2,
        draft,
        overrideAccess: false,
        req,
      })
    } catch {
      return error(404, 'Không tìm thấy tài liệu, hoặc bạn không có quyền xem.')
    }
    const model = await toExportModel(req, doc, { current: !draft })
    const buffer = await renderQualityDocumentDocx(model)
    const status = doc.documentStatus ?? 'draft'
    const name = qualityDocumentFilename({
      ...model,
      // As the file's marker says: an effective document exported as a draft is not the one in force.
      status: model.isCurrentIssue ? 'effective' : status === 'effective' ? 'superseded' : status,
    })
    return new Response(new Uint8Array(buffer), {
      headers: {
        'Content-Type': DOCX_CONTENT_TYPE,
        'Content-Disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
