import { describe, expect, it } from 'vitest'

import {
  formatProcessingTime,
  isNoLongerThan,
  shortestTime,
  statedTimes,
  workingDayBounds,
} from './processingTime'
import type { ProcessingTime } from './snapshot'

const t = (value: number, unit: ProcessingTime['unit']): ProcessingTime => ({ value, unit })

describe('workingDayBounds', () => {
  it('reads hours as working hours, eight to a working day', () => {
    expect(workingDayBounds(t(4, 'hour'))).toEqual({ min: 0.5, max: 0.5 })
    expect(workingDayBounds(t(16, 'hour'))).toEqual({ min: 2, max: 2 })
  })

  it('reads calendar days, months and years as ranges of working days', () => {
    expect(workingDayBounds(t(7, 'day'))).toEqual({ min: 5, max: 7 })
    expect(workingDayBounds(t(1, 'month'))).toEqual({ min: 20, max: 23 })
    expect(workingDayBounds(t(1, 'year'))).toEqual({ min: 250, max: 262 })
  })
})

describe('isNoLongerThan', () => {
  it('compares the same unit exactly', () => {
    expect(
      isNoLongerThan({ value: 5, unit: 'working-day' }, { value: 5, unit: 'working-day' }),
    ).toBe(true)
    expect(
      isNoLongerThan({ value: 6, unit: 'working-day' }, { value: 5, unit: 'working-day' }),
    ).toBe(false)
    expect(
      isNoLongerThan({ value: 0.5, unit: 'working-day' }, { value: 1, unit: 'working-day' }),
    ).toBe(true)
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
    expect(isNoLongerThan({ value: 9, unit: 'hour' }, { value: 1, unit: 'working-day' })).toBe(
      false,
    )
  })
})

describe('shortestTime', () => {
  it('keeps the same unit exact', () => {
    expect(shortestTime([t(5, 'working-day'), t(3, 'working-day'), t(4, 'working-day')])).toEqual(
      t(3, 'working-day'),
    )
  })

  // A channel's 16 working hours are two working days: longer than one working day. Reading a
  // working day as 33.6 clock hours (the site's old reading) made the 16 hours look shorter.
  it('reads hours as working hours when channels mix hours and working days', () => {
    expect(shortestTime([t(16, 'hour'), t(1, 'working-day')])).toEqual(t(1, 'working-day'))
    expect(shortestTime([t(1, 'working-day'), t(16, 'hour')])).toEqual(t(1, 'working-day'))
    expect(shortestTime([t(4, 'hour'), t(1, 'working-day')])).toEqual(t(4, 'hour'))
  })

  // One month may hold 23 working days: not certainly shorter than 22 working days (the old
  // reading, 30 calendar days against 22 × 1.4, said it was).
  it('prefers the limit whose longest reading is shortest', () => {
    expect(shortestTime([t(1, 'month'), t(22, 'working-day')])).toEqual(t(22, 'working-day'))
    expect(shortestTime([t(7, 'day'), t(6, 'working-day')])).toEqual(t(6, 'working-day'))
  })

  it('of two with the same longest reading, takes the one that may be shorter; of equals, the first', () => {
    expect(shortestTime([t(5, 'working-day'), t(5, 'day')])).toEqual(t(5, 'day'))
    const first = t(2, 'working-day')
    expect(shortestTime([first, t(16, 'hour')])).toBe(first)
  })

  it('returns the element given, so callers keep what they attached to it', () => {
    const times = [
      { ...t(3, 'day'), channel: 'direct' },
      { ...t(1, 'working-day'), channel: 'online' },
    ]
    expect(shortestTime(times).channel).toBe('online')
  })

  it('agrees with isNoLongerThan whenever one limit is certainly the shortest', () => {
    const all = [
      t(0.5, 'working-day'),
      t(3, 'hour'),
      t(10, 'day'),
      t(2, 'month'),
      t(8, 'working-day'),
      t(1, 'year'),
    ]
    const best = shortestTime(all)
    for (const other of all) expect(isNoLongerThan(best, other)).toBe(true)
  })
})

describe('statedTimes', () => {
  it('keeps the limits given as value and unit, with their channel, in order', () => {
    expect(
      statedTimes([
        { channel: 'direct', processingTime: { kind: 'text', text: '5' } },
        { channel: 'online', processingTime: { kind: 'stated', value: 3, unit: 'working-day' } },
        { channel: 'postal', processingTime: { kind: 'unknown', source: 'CSDL quốc gia về TTHC' } },
        { channel: 'direct', processingTime: { kind: 'stated', value: 2, unit: 'day' } },
      ]),
    ).toEqual([
      { value: 3, unit: 'working-day', channel: 'online' },
      { value: 2, unit: 'day', channel: 'direct' },
    ])
  })
})

describe('formatProcessingTime', () => {
  it('words each unit as the law does, hours as working hours', () => {
    expect(formatProcessingTime(t(5, 'working-day'))).toBe('5 ngày làm việc')
    expect(formatProcessingTime(t(0.5, 'working-day'))).toBe('0,5 ngày làm việc')
    expect(formatProcessingTime(t(4, 'hour'))).toBe('4 giờ làm việc')
  })
})
