import type { PayloadRequest } from 'payload'

import type { Locality } from '../../payload-types'
import { mayDownloadTemplate } from './templateAccess'

export const templateError = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * The locality of a template download (`/api/localities/:id/…-template`), or the answer to give
 * instead: 401 to nobody logged in; to anyone not allowed, the same 404 as for a locality that
 * does not exist, given before any lookup, so that they learn nothing of it.
 */
export async function templateLocality(req: PayloadRequest): Promise<Locality | Response> {
  if (!req.user) return templateError(401, 'Hãy đăng nhập.')
  const notFound = () =>
    templateError(
      404,
      'Không tìm thấy địa phương, hoặc bạn không có quyền tải mẫu của địa phương này.',
    )
  const id = String(req.routeParams?.id ?? '')
  if (req.user.collection !== 'users' || !mayDownloadTemplate(req.user, id)) return notFound()
  try {
    return await req.payload.findByID({
      collection: 'localities',
      id,
      depth: 0,
      overrideAccess: false,
      req,
    })
  } catch {
    return notFound()
  }
}
