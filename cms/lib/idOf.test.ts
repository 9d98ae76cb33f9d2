import { describe, expect, it } from 'vitest'

import { idOf } from './idOf'

describe('idOf', () => {
  it('reads an ID, a populated document and a polymorphic value alike', () => {
    expect(idOf('6750a1')).toBe('6750a1')
    expect(idOf(42)).toBe('42')
    expect(idOf({ id: 'abc', name: 'Xã A' })).toBe('abc')
    expect(idOf({ relationTo: 'procedures', value: 'p1' })).toBe('p1')
    expect(idOf({ relationTo: 'procedures', value: { id: 'p2' } })).toBe('p2')
  })

  it('says null when nothing is set', () => {
    for (const empty of [null, undefined, '', {}, { id: null }, false])
      expect(idOf(empty)).toBeNull()
  })
})
