import { describe, expect, it } from 'vitest'

import type { Decision } from '../../payload-types'
import { decisionsInForce } from './abolished'
import { notYetAnnounced } from './announcement'

const decision = (
  id: string,
  effectiveDate: string,
  entries: { procedure: string; change: string }[],
) => ({ id, number: `${id}/QĐ-UBND`, effectiveDate, entries }) as unknown as Decision

describe('procedures announced by decisions not yet in force', () => {
  // Picked as 10/12/2026 in Hà Nội: stored as 17:00 UTC the day before.
  const future = decision('20', '2026-12-09T17:00:00.000Z', [
    { procedure: 'brand-new', change: 'new' },
    { procedure: 'replacement', change: 'replaced' },
    { procedure: 'amended-later', change: 'amended' },
    { procedure: 'also-in-force', change: 'new' },
  ])
  const past = decision('3', '2026-01-01T00:00:00.000Z', [
    { procedure: 'also-in-force', change: 'new' },
  ])
  const all = [future, past]

  it('holds back what only a future decision announces as new or as a replacement', () => {
    const held = notYetAnnounced(all, decisionsInForce(all, '2026-12-02'))
    expect([...held].sort()).toEqual(['brand-new', 'replacement'])
  })
  it('keeps a procedure a decision in force names, and one a future decision only amends', () => {
    const held = notYetAnnounced(all, decisionsInForce(all, '2026-12-02'))
    expect(held.has('also-in-force')).toBe(false)
    expect(held.has('amended-later')).toBe(false)
  })
  it('holds back nothing from the decision’s effective date in Vietnam', () => {
    expect(notYetAnnounced(all, decisionsInForce(all, '2026-12-09')).size).toBe(2)
    expect(notYetAnnounced(all, decisionsInForce(all, '2026-12-10')).size).toBe(0)
  })
})
