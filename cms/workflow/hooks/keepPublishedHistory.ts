import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { isAdmin } from '../../access'

/**
 * What citizens have seen is not deleted by a person: a published procedure is abolished, an
 * applied one withdrawn, an ISO document made obsolete, each through review. Drafts that were never
 * published may be deleted; administrators may still clean up.
 */
export const keepPublishedHistory: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const user = req.user
  if (!user || isAdmin(user)) return
  const published = await req.payload.countVersions({
    collection: collection.slug as never,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    req,
  })
  if (published.totalDocs > 0) {
    throw new APIError(
      'Không thể xóa nội dung đã từng ban hành: hãy đổi tình trạng (bãi bỏ, ngừng áp dụng, hết hiệu lực) và gửi xem xét, để lịch sử được giữ lại.',
      403,
      null,
      true,
    )
  }
}
