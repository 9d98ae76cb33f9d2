import { describe, expect, it } from 'vitest'

import { formatProcessingTime, isNoLongerThan, workingDayBounds } from './processingTime'

describe('processing time', () => {
  it('compares the same unit exactly', () => {
    expect(isNoLongerThan({ value: 5, unit: 'working-day' }, { value: 5, unit: 'working-day' })).toBe(true)
    expect(isNoLongerThan({ value: 6, unit: 'working-day' }, { value: 5, unit: 'working-day' })).toBe(false)
    expect(isNoLongerThan({ value: 0.5, unit: 'working-day' }, { value: 1, unit: 'working-day' })).toBe(true)
  })

  it('treats calendar days as possibly all working days when they are the shorter time', () => {
    // 5 calendar days may be 5 working days, which is longer than 4 working days.
    expect(isNoLongerThan({ value: 5, unit: 'day' }, { value: 4, unit: 'working-day' })).toBe(false)
    expect(isNoLongerThan({ value: 5, unit: 'day' }, { value: 5, unit: 'working-day' })).toBe(true)
  })

  it('treats calendar days as possibly few working days when they are the limit', () => {
    // 7 calendar days may hold only 5 working days.
    expect(isNoLongerThan({ value: 6, unit: 'working-day' }, { value: 7, unit: 'day' })).toBe(false)
    expect(isNoLongerThan({ value: 5, unit: 'working-day' }, { value: 7, unit: 'day' })).toBe(true)
  })

  it('converts hours at eight per working day', () => {
    expect(workingDayBounds({ value: 4, unit: 'hour' })).toEqual({ min: 0.5, max: 0.5 })
    expect(isNoLongerThan({ value: 8, unit: 'hour' }, { value: 1, unit: 'working-day' })).toBe(true)
    expect(isNoLongerThan({ value: 9, unit: 'hour' }, { value: 1, unit: 'working-day' })).toBe(false)
  })

  it('formats in Vietnamese with a decimal comma', () => {
    expect(formatProcessingTime({ value: 5, unit: 'working-day' })).toBe('5 ngày làm việc')
    expect(formatProcessingTime({ value: 0.5, unit: 'working-day' })).toBe('0,5 ngày làm việc')
  })
})
