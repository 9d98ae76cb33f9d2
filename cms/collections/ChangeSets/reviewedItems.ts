import type { ItemCollection, PlanItem } from '../../import/changeSet/types'

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
