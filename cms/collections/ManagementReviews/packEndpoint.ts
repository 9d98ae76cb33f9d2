import type { Endpoint, PayloadRequest } from 'payload'

import type { ManagementReview } from '../../payload-types'
import { DOCX_CONTENT_TYPE } from '../QualityDocuments/docx/filename'
import { gatherPack, packFilename } from './pack/gather'
import { renderManagementReviewPack } from './pack/renderPack'

const error = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * GET /api/management-reviews/:id/pack — Báo cáo xem xét của lãnh đạo as a DOCX: the period's
 * inputs read now from the records, and the minutes as last saved (marked as a draft until they
 * are approved). Reading goes through the collection's access.
 */
export const packEndpoint: Endpoint = {
  path: '/:id/pack',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return error(401, 'Hãy đăng nhập.')
    let review: ManagementReview
    try {
      review = await req.payload.findByID({
        collection: 'management-reviews',
        id: String(req.routeParams?.id),
        depth: 0,
        draft: true,
        overrideAccess: false,
        req,
      })
    } catch {
      return error(404, 'Không tìm thấy cuộc xem xét, hoặc bạn không có quyền xem.')
    }
    const pack = await gatherPack(req, review)
    const buffer = await renderManagementReviewPack(pack)
    const name = packFilename(pack)
    return new Response(new Uint8Array(buffer), {
      headers: {
        'Content-Type': DOCX_CONTENT_TYPE,
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
