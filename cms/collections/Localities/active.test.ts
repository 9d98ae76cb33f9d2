import { describe, expect, it } from 'vitest'

import { activeLocalitiesWhere, isDissolved } from './active'

describe('isDissolved', () => {
  it('a unit ends on its end date in Vietnam, whatever the stored instant', () => {
    // 01/07/2025 picked in the admin: 17:00 UTC the day before.
    const district = { dissolvedOn: '2025-06-30T17:00:00.000Z' }
    expect(isDissolved(district, '2025-06-30')).toBe(false)
    expect(isDissolved(district, '2025-07-01')).toBe(true)
    expect(isDissolved({ dissolvedOn: '2025-07-01' }, '2025-07-01')).toBe(true)
    expect(isDissolved({ dissolvedOn: null }, '2099-01-01')).toBe(false)
    expect(isDissolved({}, '2099-01-01')).toBe(false)
  })
})

describe('activeLocalitiesWhere', () => {
  it('keeps units without an end date or ending after today', () => {
    expect(activeLocalitiesWhere('2025-06-30')).toEqual({
      or: [
        { dissolvedOn: { exists: false } },
        { dissolvedOn: { greater_than_equal: '2025-06-30T17:00:00.000Z' } },
      ],
    })
  })
})
