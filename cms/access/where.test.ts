import type { Access, PayloadRequest, Where } from 'payload'
import { describe, expect, it } from 'vitest'

import { readLocalityOwned } from './index'
import { versionsFollowRead } from './versions'
import { matchesWhere, whereMismatches } from './where'

describe('whereMismatches: an access Where judged on a document not yet saved', () => {
  const officerRule: Where = {
    and: [{ kind: { equals: 'application' } }, { locality: { in: ['a', 'b'] } }],
  }

  it('accepts a document inside the rule, with relations as IDs or as objects', () => {
    expect(matchesWhere({ kind: 'application', locality: 'a' }, officerRule)).toBe(true)
    expect(
      matchesWhere({ kind: 'application', locality: { id: 'b', name: 'Xã B' } }, officerRule),
    ).toBe(true)
  })

  it('names each field that puts the document outside the rule', () => {
    expect(whereMismatches({ kind: 'announcement', locality: 'a' }, officerRule)).toEqual(['kind'])
    expect(whereMismatches({ kind: 'announcement', locality: 'z' }, officerRule)).toEqual([
      'kind',
      'locality',
    ])
    expect(whereMismatches({ kind: 'application', locality: null }, officerRule)).toEqual([
      'locality',
    ])
    expect(whereMismatches({ kind: 'application' }, officerRule)).toEqual(['locality'])
    expect(whereMismatches({ kind: 'application', locality: { id: 'z' } }, officerRule)).toEqual([
      'locality',
    ])
  })

  it('passes an "or" when one branch holds, and names all branches when none does', () => {
    const scope: Where = { or: [{ locality: { in: ['a'] } }, { locality: { exists: false } }] }
    expect(matchesWhere({ locality: null }, scope)).toBe(true)
    expect(matchesWhere({ locality: 'a' }, scope)).toBe(true)
    expect(whereMismatches({ locality: 'b' }, scope)).toEqual(['locality'])
    expect(matchesWhere({}, { locality: { exists: true } })).toBe(false)
  })

  it('matches hasMany values by any item, and compares IDs whatever their type', () => {
    expect(matchesWhere({ localities: ['x', 'a'] }, { localities: { in: ['a'] } })).toBe(true)
    expect(matchesWhere({ recipient: 42 }, { recipient: { equals: '42' } })).toBe(true)
    expect(matchesWhere({ recipient: 41 }, { recipient: { not_equals: '42' } })).toBe(true)
    expect(matchesWhere({ recipient: 42 }, { recipient: { not_in: ['42'] } })).toBe(false)
  })

  it('fails closed on what it cannot judge in memory', () => {
    expect(whereMismatches({ document: 'd1' }, { 'document.locality': { in: ['a'] } })).toEqual([
      'document.locality',
    ])
    expect(matchesWhere({ title: 'Đăng ký' }, { title: { like: 'Đăng' } })).toBe(false)
    expect(matchesWhere({ title: 'x' }, { title: {} })).toBe(false)
    // A nested group is judged, a populated relation too.
    expect(
      matchesWhere({ workflow: { state: 'draft' } }, { 'workflow.state': { equals: 'draft' } }),
    ).toBe(true)
    expect(
      matchesWhere({ document: { locality: 'a' } }, { 'document.locality': { in: ['a'] } }),
    ).toBe(true)
  })
})

describe('versionsFollowRead: version reads follow draft reads', () => {
  const req = (user: unknown) => ({ req: { user } as unknown as PayloadRequest })
  const officer = { id: 'u1', roles: ['locality-officer'], localities: ['a'] }

  it('prefixes the read rule with version. and keeps and/or structure', async () => {
    const rule = versionsFollowRead(readLocalityOwned('locality'))
    expect(await rule(req(officer))).toEqual({
      or: [{ 'version.locality': { in: ['a'] } }, { 'version._status': { equals: 'published' } }],
    })
    expect(await rule(req({ id: 'u2', roles: ['reviewer'] }))).toBe(true)
  })

  it('gives anonymous callers no versions, even where the read rule lets them read published documents', async () => {
    expect(await versionsFollowRead(readLocalityOwned('locality'))(req(null))).toBe(false)
    expect(await versionsFollowRead((() => true) as Access)(req(null))).toBe(false)
  })

  it("maps a rule on the document ID to the version's parent and refuses what read refuses", async () => {
    expect(
      await versionsFollowRead((() => ({ id: { in: ['d1'] } })) as Access)(req(officer)),
    ).toEqual({ parent: { in: ['d1'] } })
    expect(await versionsFollowRead((() => false) as Access)(req(officer))).toBe(false)
  })
})
