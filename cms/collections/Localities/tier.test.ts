import { describe, expect, it } from 'vitest'

import { parentError, tierOf, unitCodeError } from './tier'

describe('administrative tiers', () => {
  it('maps every commune-level unit to the commune tier', () => {
    expect(['commune', 'ward', 'township', 'special-zone'].map((t) => tierOf(t as never))).toEqual([
      'commune',
      'commune',
      'commune',
      'commune',
    ])
    expect(tierOf('provincial-city')).toBe('district')
  })

  it('checks the code length of each tier', () => {
    expect(unitCodeError('11', 'province')).toBeNull()
    expect(unitCodeError('101', 'district')).toBeNull()
    expect(unitCodeError('03451', 'township')).toBeNull()
    expect(unitCodeError('3451', 'township')).toContain('5 chữ số')
    expect(unitCodeError('11a', 'district')).toContain('"11a"')
  })

  it('holds both the three-tier (pre-2025) and two-tier structures', () => {
    expect(parentError('township', 'district')).toBeNull()
    expect(parentError('commune', 'province')).toBeNull()
    expect(parentError('district', 'province')).toBeNull()
    expect(parentError('commune', 'ward')).toContain('cấp tỉnh hoặc cấp huyện')
    expect(parentError('province', 'province')).not.toBeNull()
    expect(parentError('ward', undefined)).not.toBeNull()
  })
})
