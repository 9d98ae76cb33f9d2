import { describe, expect, it, vi } from 'vitest'

import { findWithTotal } from './findWithTotal'

/** A `payload.find` over `rows`, recording what it was asked. */
const finder = (rows: number) =>
  vi.fn(async ({ limit, pagination }: { limit: number; pagination: boolean }) => ({
    docs: Array.from({ length: Math.min(rows, limit) }, (_, i) => i),
    totalDocs: pagination ? rows : Math.min(rows, limit),
  }))

describe('findWithTotal', () => {
  it('takes the rows read for the total when the page is not full, with no count', async () => {
    const find = finder(3)
    expect(await findWithTotal(6, find)).toEqual({ docs: [0, 1, 2], totalDocs: 3 })
    expect(find).toHaveBeenCalledTimes(1)
    expect(find).toHaveBeenCalledWith({ limit: 6, page: 1, pagination: false })
  })

  it('counts when the page is full: there may be more than it shows', async () => {
    for (const rows of [6, 40]) {
      const find = finder(rows)
      const { docs, totalDocs } = await findWithTotal(6, find)
      expect(docs).toHaveLength(6)
      expect(totalDocs).toBe(rows)
      expect(find).toHaveBeenLastCalledWith({ limit: 1, page: 1, pagination: true })
    }
  })
})
