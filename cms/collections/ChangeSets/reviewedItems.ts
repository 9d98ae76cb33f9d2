import type { PayloadRequest } from 'payload'

import type { ItemCollection, PlanItem } from '../../import/changeSet/types'
import type { ChangeSet } from '../../payload-types'

/** The collections whose documents go through review, and so move with the set (./transition.ts). */
export const REVIEWED_COLLECTIONS: readonly ItemCollection[] = [
  'procedures',
  'applied-procedures',
  'decisions',
  'service-results',
]

/**
 * The items that move with the set through its review: those it creates or changes in a reviewed
 * collection. New reference data (sectors, agencies, legal texts) is written with the set but has
 * no review of its own; unchanged and absent items are not touched. The page counts these before
 * the write (ids still null); the transition moves them once written.
 */
export const reviewedItems = (plan: readonly PlanItem[]): PlanItem[] =>
  plan.filter(
    (item) =>
      (item.status === 'new' || item.status === 'changed') &&
      REVIEWED_COLLECTIONS.includes(item.collection),
  )

/**
 * The reviewed items a set wrote, as the workflow moves them (./transition.ts) and as what reacts
 * to its transitions reads them: the plan is read on its own and only each item's collection, id
 * and title are kept.
 */
export async function writtenReviewedItems(req: PayloadRequest, id: string) {
  const { plan } = (await req.payload.findByID({
    collection: 'change-sets',
    id,
    depth: 0,
    select: { plan: true },
    overrideAccess: true,
    req,
  })) as Pick<ChangeSet, 'plan'>
  return reviewedItems(((plan ?? []) as unknown as PlanItem[]).filter(Boolean))
    .filter((item) => item.id !== null)
    .map((item) => ({ collection: item.collection, id: item.id!, title: item.title }))
}
