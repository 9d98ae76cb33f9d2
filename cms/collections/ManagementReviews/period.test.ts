import { describe, expect, it } from 'vitest'

import { periodBounds, reviewPeriodOf } from './period'

describe('a management review’s period', () => {
  it('is a quarter or a year key', () => {
    expect(reviewPeriodOf({ periodKind: 'quarter', year: 2026, quarter: '4' })).toEqual({
      key: '2026-Q4',
    })
    expect(reviewPeriodOf({ periodKind: 'year', year: 2026, quarter: '2' })).toEqual({
      key: '2026',
    })
  })

  it('refuses what is not one, naming the field', () => {
    expect(reviewPeriodOf({ periodKind: 'month', year: 2026 })).toMatchObject({
      error: { path: 'periodKind' },
    })
    expect(reviewPeriodOf({ periodKind: 'quarter', year: 206, quarter: 1 })).toMatchObject({
      error: { path: 'year', message: expect.stringContaining('206') },
    })
    expect(reviewPeriodOf({ periodKind: 'quarter', year: 2026.5, quarter: 1 })).toMatchObject({
      error: { path: 'year' },
    })
    expect(reviewPeriodOf({ periodKind: 'quarter', year: 2026, quarter: null })).toMatchObject({
      error: { path: 'quarter' },
    })
  })

  it('runs from its first to its last day', () => {
    expect(periodBounds('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' })
    expect(periodBounds('2028-Q1')).toEqual({ from: '2028-01-01', to: '2028-03-31' })
    expect(periodBounds('2026-Q3')).toEqual({ from: '2026-07-01', to: '2026-09-30' })
    expect(periodBounds('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' })
    expect(() => periodBounds('2026-03')).toThrow()
  })
})
