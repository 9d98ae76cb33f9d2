import { describe, expect, it } from 'vitest'

import type { AppliedProcedure, Decision, Procedure } from '../../payload-types'
import { abolitions, decisionsInForce, toAbolishedProcedures } from './abolished'

const decision = (
  id: string,
  effectiveDate: string,
  entries: { procedure: string; change: string; replaces?: string }[],
) => ({ id, number: `${id}/QĐ-UBND`, effectiveDate, entries }) as unknown as Decision
const procedure = (id: string, code: string, name = code) =>
  ({ id, code, name }) as unknown as Procedure

describe('decisions in force and what they abolished', () => {
  // Picked as 03/12/2026 in the admin in Hà Nội: stored as 17:00 UTC the day before.
  const replacing = decision('12', '2026-12-02T17:00:00.000Z', [
    { procedure: 'new', change: 'replaced', replaces: 'old' },
    { procedure: 'amended', change: 'amended' },
  ])
  const abolishing = decision('5', '2026-01-01T00:00:00.000Z', [
    { procedure: 'gone', change: 'abolished' },
  ])

  it('takes a decision into force on its effective date in Vietnam, not before', () => {
    expect(decisionsInForce([replacing, abolishing], '2026-12-02').map((d) => d.id)).toEqual(['5'])
    expect(decisionsInForce([replacing, abolishing], '2026-12-03').map((d) => d.id)).toEqual([
      '12',
      '5',
    ])
  })

  it('abolishes what an "abolished" entry names and what a "replaced" entry replaces, from the earliest decision', () => {
    const later = decision('20', '2026-12-20T00:00:00.000Z', [
      { procedure: 'gone', change: 'abolished' },
    ])
    const found = abolitions([later, replacing, abolishing])
    expect(Object.fromEntries(found)).toEqual({
      old: { since: '2026-12-03', decisionId: '12', replacementId: 'new' },
      gone: { since: '2026-01-01', decisionId: '5', replacementId: null },
    })
  })

  it('says since when only what a decision says, and lists the localities that applied it', () => {
    const applied = [
      { procedure: 'old', locality: 'town' },
      { procedure: 'old', locality: 'commune' },
      { procedure: 'kept', locality: 'town' },
    ] as unknown as AppliedProcedure[]
    const result = toAbolishedProcedures(
      [procedure('old', '1.000001', 'Tách sổ hộ khẩu'), procedure('byHand', '1.000002')],
      {
        abolished: abolitions([replacing]),
        inForceCodes: new Set(['1.000009']),
        codeOf: new Map([['new', '1.000009']]),
        applied,
      },
    )
    expect(result).toEqual([
      {
        code: '1.000001',
        slug: '1-000001-tach-so-ho-khau',
        name: 'Tách sổ hộ khẩu',
        since: '2026-12-03',
        decisionId: '12',
        replacementCode: '1.000009',
        localityIds: ['commune', 'town'],
      },
      // Marked abolished by hand: no date, no decision; never a default.
      {
        code: '1.000002',
        slug: '1-000002-1-000002',
        name: '1.000002',
        since: null,
        decisionId: null,
        replacementCode: null,
        localityIds: [],
      },
    ])
  })
})
