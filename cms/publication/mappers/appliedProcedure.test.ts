import { describe, expect, it } from 'vitest'

import type { AppliedProcedure, Locality } from '../../payload-types'
import { toLocalCatalogues } from './appliedProcedure'
import { refIn } from './common'

const copy = {
  id: 'a1',
  locality: 'town',
  procedure: 'p1',
  committedTime: { value: 1, unit: 'working-day' },
  receivingAddress: 'Bộ phận một cửa',
  onlineServiceUrl: 'https://dichvucong.dienbien.gov.vn/tthc/1',
  localNotes: 'Tiếp nhận cả sáng thứ Bảy.',
  officerInCharge: 'Cán bộ tư pháp',
} as unknown as AppliedProcedure

const catalogue = (withheld?: Map<string, Set<string>>) =>
  toLocalCatalogues([{ id: 'town' } as Locality], [copy], {
    codeOf: new Map([['p1', '1.004222']]),
    inForceCodes: new Set(['1.004222']),
    decisionRef: refIn([]),
    withheld,
  })[0]!.applications[0]!

describe('toLocalCatalogues: details withheld while a master-change task is open', () => {
  it('shows every detail when nothing is withheld', () => {
    expect(catalogue()).toMatchObject({
      committedTime: { value: 1, unit: 'working-day' },
      localNotes: 'Tiếp nhận cả sáng thứ Bảy.',
    })
  })

  it('leaves out exactly the withheld details of that copy, as absent overrides', () => {
    const shown = catalogue(new Map([['a1', new Set(['committedTime', 'localNotes'])]]))
    expect(shown.committedTime).toBeNull()
    expect(shown.localNotes).toBeNull()
    expect(shown.receivingAddress).toBe('Bộ phận một cửa')
    expect(shown.onlineServiceUrl).toBe('https://dichvucong.dienbien.gov.vn/tthc/1')
    expect(shown.officerInCharge).toBe('Cán bộ tư pháp')
    // Another copy's withheld details do not touch this one.
    expect(catalogue(new Map([['a2', new Set(['committedTime'])]])).committedTime).not.toBeNull()
  })
})
