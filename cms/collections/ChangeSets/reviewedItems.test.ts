import { describe, expect, it } from 'vitest'

import { ITEM_COLLECTIONS, ITEM_STATUSES, type PlanItem } from '../../import/changeSet/types'
import { reviewedItems } from './reviewedItems'

const item = (collection: PlanItem['collection'], status: PlanItem['status']): PlanItem => ({
  collection,
  key: `${collection}/${status}`,
  title: 'x',
  status,
  id: null,
  file: null,
  changes: [],
})

describe('reviewedItems: what moves with a change set through review', () => {
  it('takes the new and changed procedures, applied procedures, decisions and results reports, nothing else', () => {
    const plan = ITEM_COLLECTIONS.flatMap((c) => ITEM_STATUSES.map((s) => item(c, s)))
    expect(reviewedItems(plan).map((i) => i.key)).toEqual([
      'procedures/new',
      'procedures/changed',
      'applied-procedures/new',
      'applied-procedures/changed',
      'decisions/new',
      'decisions/changed',
      'service-results/new',
      'service-results/changed',
    ])
  })
})
