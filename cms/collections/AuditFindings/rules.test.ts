import { describe, expect, it } from 'vitest'

import { mayRecordFinding } from './rules'

describe('mayRecordFinding', () => {
  const audit = { leadAuditorID: 'lead', auditorIDs: ['m1'] }
  it('lets the lead and members record while in progress only', () => {
    expect(mayRecordFinding({ ...audit, userID: 'm1', state: 'in-progress' })).toEqual({ ok: true })
    expect(mayRecordFinding({ ...audit, userID: 'lead', state: 'in-progress' })).toEqual({
      ok: true,
    })
    expect(mayRecordFinding({ ...audit, userID: 'x', state: 'in-progress' })).toEqual({
      ok: false,
      reason: 'not-auditor',
    })
    expect(mayRecordFinding({ ...audit, userID: 'm1', state: 'planned' })).toEqual({
      ok: false,
      reason: 'not-started',
    })
  })
  it('keeps a completed audit closed to everyone', () => {
    for (const state of ['completed', 'reported'] as const)
      for (const userID of ['lead', 'm1', 'x'])
        expect(mayRecordFinding({ ...audit, userID, state })).toEqual({
          ok: false,
          reason: 'closed',
        })
  })
})
