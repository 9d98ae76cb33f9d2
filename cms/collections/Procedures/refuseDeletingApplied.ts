import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/**
 * A procedure that localities apply is not deleted from under them: their applied procedures
 * (and what citizens read of them) would point at nothing. It is abolished through a decision
 * instead, and each locality stops applying it. Trusted server code (no user) is not stopped.
 */
export const refuseDeletingApplied: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user) return
  const { totalDocs } = await req.payload.count({
    collection: 'applied-procedures',
    where: { procedure: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) {
    throw new APIError(
      `Không thể xóa thủ tục này: ${totalDocs} thủ tục áp dụng tại địa phương đang dùng nó. Hãy công bố bãi bỏ thủ tục và để các địa phương ngừng áp dụng.`,
      409,
      null,
      true,
    )
  }
}
