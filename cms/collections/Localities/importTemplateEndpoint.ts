import type { Endpoint, PayloadRequest } from 'payload'

import { writeLocalityTemplate } from '../../import/formats/localityExcel'
import type { Locality } from '../../payload-types'
import { contentDisposition } from '../Media/contentDisposition'
import { mayDownloadTemplate } from './templateAccess'
import { localityTemplateInput } from './templateData'

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const error = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * GET /api/localities/:id/import-template — the XLSX an officer fills with the locality's applied
 * procedures (cms/import/formats/localityExcel.ts). Refused before any lookup, and with the same
 * answer as an unknown ID, so that someone not allowed learns nothing of the locality.
 */
export const importTemplateEndpoint: Endpoint = {
  path: '/:id/import-template',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return error(401, 'Hãy đăng nhập.')
    const notFound = () =>
      error(404, 'Không tìm thấy địa phương, hoặc bạn không có quyền tải mẫu của địa phương này.')
    const id = String(req.routeParams?.id ?? '')
    if (req.user.collection !== 'users' || !mayDownloadTemplate(req.user, id)) return notFound()
    let locality: Locality
    try {
      locality = await req.payload.findByID({
        collection: 'localities',
        id,
        depth: 0,
        overrideAccess: false,
        req,
      })
    } catch {
      return notFound()
    }
    const buffer = await writeLocalityTemplate(await localityTemplateInput(req, locality))
    const name = `Mẫu thủ tục áp dụng - ${locality.name} (${locality.code}).xlsx`
    return new Response(new Uint8Array(buffer), {
      headers: {
        'Content-Type': XLSX_CONTENT_TYPE,
        'Content-Disposition': contentDisposition(name, XLSX_CONTENT_TYPE),
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
