import { describe, expect, it } from 'vitest'

import { readersOf, registerCounts, reminderDays, reminderDue } from './rules'

const users = [
  { id: 'a1', roles: ['locality-officer'], localityIDs: ['A'] },
  { id: 'a2', roles: ['reviewer'], localityIDs: ['A'] },
  { id: 'a3', roles: ['approver'], localityIDs: ['A'], unitID: 'desk' },
  { id: 'b2', roles: ['approver'], localityIDs: ['B'], unitID: 'desk' },
  { id: 'b1', roles: ['locality-officer'], localityIDs: ['B'] },
  { id: 'p1', roles: ['legal-officer'], localityIDs: [] },
  { id: 'p2', roles: ['approver'], localityIDs: [] },
]

describe('readersOf', () => {
  it("defaults to the locality's officers", () => {
    expect(readersOf({ localityID: 'A', roles: [], userIDs: [] }, users)).toEqual(['a1'])
  })
  it('takes chosen roles and named users of the locality only', () => {
    expect(readersOf({ localityID: 'A', roles: ['reviewer'], userIDs: ['b1'] }, users)).toEqual([
      'a2',
    ])
    expect(readersOf({ localityID: 'A', roles: [], userIDs: ['a2'] }, users)).toEqual(['a2'])
  })
  it('takes the people of the chosen units, of the locality only', () => {
    expect(
      readersOf({ localityID: 'A', roles: [], userIDs: [], unitIDs: ['desk'] }, users),
    ).toEqual(['a3'])
    expect(
      readersOf(
        { localityID: 'A', roles: ['locality-officer'], userIDs: [], unitIDs: ['desk'] },
        users,
      ),
    ).toEqual(['a1', 'a3'])
  })
  it("reads a province document's readers among province staff", () => {
    expect(readersOf({ localityID: null, roles: ['legal-officer'], userIDs: [] }, users)).toEqual([
      'p1',
    ])
    // Nobody in the province holds the default role.
    expect(readersOf({ localityID: null, roles: [], userIDs: [] }, users)).toEqual([])
  })
})

describe('reminderDue', () => {
  it('reminds after N days, then once per N days', () => {
    const task = { openedOn: '2026-12-01', lastRemindedOn: null }
    expect(reminderDue(task, '2026-12-07', 7)).toBe(false)
    expect(reminderDue(task, '2026-12-08', 7)).toBe(true)
    const reminded = { ...task, lastRemindedOn: '2026-12-08' }
    expect(reminderDue(reminded, '2026-12-08', 7)).toBe(false)
    expect(reminderDue(reminded, '2026-12-15', 7)).toBe(true)
  })
  it('reads the interval from the setting, 7 by default', () => {
    expect(reminderDays(undefined)).toBe(7)
    expect(reminderDays('3')).toBe(3)
    expect(reminderDays('0')).toBe(7)
    expect(reminderDays('abc')).toBe(7)
  })
})

describe('registerCounts', () => {
  it('counts confirmed and open, not superseded', () => {
    expect(
      registerCounts([{ state: 'confirmed' }, { state: 'open' }, { state: 'superseded' }]),
    ).toEqual({ total: 2, confirmed: 1, open: 1 })
  })
})
