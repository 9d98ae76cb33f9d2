import { describe, expect, it } from 'vitest'

import { reviewState } from './reviewDue'

describe('periodic review state', () => {
  const today = '2026-11-23'
  it('is overdue once the review date has passed', () => {
    expect(reviewState('2026-11-22', today)).toBe('overdue')
    expect(reviewState('2025-01-01T00:00:00.000Z', today)).toBe('overdue')
  })
  it('is due within 30 days, the review date itself included', () => {
    expect(reviewState('2026-11-23', today)).toBe('due')
    expect(reviewState('2026-12-23', today)).toBe('due')
  })
  it('is nothing further out, or without a date', () => {
    expect(reviewState('2026-12-24', today)).toBeNull()
    expect(reviewState(null, today)).toBeNull()
  })
})
