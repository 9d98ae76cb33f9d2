/**
 * The province index's locality filter is split in groups (site/lib/localityFilter.ts): a record's
 * localities, the filter a choice becomes and the counts read back must agree, for every code.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  localityFilterKey,
  localityFilters,
  mergeLocalityGroups,
  toIndexFilters,
} from '../../site/lib/localityFilter'

const code = fc.stringMatching(/^\d{5}$/)

describe('locality filter groups', () => {
  it('files each code under the group a choice of it searches', () => {
    fc.assert(
      fc.property(fc.uniqueArray(code, { minLength: 1, maxLength: 120 }), (codes) => {
        const groups = localityFilters(codes)
        for (const chosen of codes) {
          const filter = toIndexFilters({ field: 'Hộ tịch', locality: chosen })
          expect(filter).toEqual({ field: 'Hộ tịch', [localityFilterKey(chosen)]: chosen })
          expect(groups[localityFilterKey(chosen)]).toContain(chosen)
        }
        // and back: the groups read as one list holding every code once
        const merged = mergeLocalityGroups(groups, (a, b) => [...a, ...b]).locality
        expect([...merged].sort()).toEqual([...codes].sort())
      }),
    )
  })

  it('spreads a province’s communes over several groups', () => {
    const codes = Array.from({ length: 100 }, (_, i) => String(3100 + i * 3).padStart(5, '0'))
    const sizes = Object.values(localityFilters(codes)).map((g) => g.length)
    expect(sizes.length).toBe(8)
    expect(Math.max(...sizes)).toBeLessThan(25)
  })

  it('counts the groups of a search as one filter, the others as they are', () => {
    const counts = {
      'locality-1': { '03100': 4 },
      'locality-6': { '03103': 2 },
      level: { 'Cấp xã': 6 },
    }
    expect(mergeLocalityGroups(counts, (a, b) => ({ ...a, ...b }))).toEqual({
      locality: { '03100': 4, '03103': 2 },
      level: { 'Cấp xã': 6 },
    })
  })
})
