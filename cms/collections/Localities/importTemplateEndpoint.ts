import type { Endpoint, PayloadRequest } from 'payload'

import { writeLocalityTemplate } from '../../import/formats/localityExcel'
import { contentDisposition } from '../Media/contentDisposition'
import { localityTemplateInput } from './templateData'
import { templateLocality } from './templateLocality'

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * GET /api/localities/:id/import-template — the XLSX an officer fills with the locality's applied
 * procedures (cms/import/formats/localityExcel.ts). Refused before any lookup, and with the same
 * answer as an unknown ID, so that someone not allowed learns nothing of the locality.
 */
export const importTemplateEndpoint: Endpoint = {
  path: '/:id/import-template',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const locality = await templateLocality(req)
    if (locality instanceof Response) return locality
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
