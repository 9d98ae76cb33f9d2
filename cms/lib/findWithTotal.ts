/**
 * A first page whose total is shown ("Thông báo mới (3)", "Còn 12 việc nữa"), without Payload's
 * count query when the page is not full: the total is then the number of rows read. Only a full
 * page asks for the count, with a second find of one row (so that drafts are counted as `find`
 * counts them). A person's queue and notifications mostly fit in a page, and the count was one
 * more query per list on every dashboard and work-queue page.
 *
 * `find` is the caller's `payload.find` with `page` spread into its options.
 */
export async function findWithTotal<T>(
  limit: number,
  find: (page: { limit: number; page: 1; pagination: boolean }) => Promise<{
    docs: T[]
    totalDocs: number
  }>,
): Promise<{ docs: T[]; totalDocs: number }> {
  const { docs } = await find({ limit, page: 1, pagination: false })
  if (docs.length < limit) return { docs, totalDocs: docs.length }
  const { totalDocs } = await find({ limit: 1, page: 1, pagination: true })
  return { docs, totalDocs }
}
