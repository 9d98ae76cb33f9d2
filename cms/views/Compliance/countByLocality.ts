import type { Payload } from 'payload'

/** How many published applied procedures each of `localities` has (a draft is not applied yet). */
export async function countByLocality(
  payload: Payload,
  localities: string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  for (const locality of localities)
    counts.set(
      locality,
      (
        await payload.count({
          collection: 'applied-procedures',
          where: {
            and: [{ locality: { equals: locality } }, { _status: { equals: 'published' } }],
          },
          overrideAccess: true,
        })
      ).totalDocs,
    )
  return counts
}
