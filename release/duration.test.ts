import { describe, expect, it } from 'vitest'

import { formatDuration } from './duration'

describe('formatDuration', () => {
  it('reads as an officer says it', () => {
    expect(formatDuration(72_000)).toBe('1 phút 12 giây')
    expect(formatDuration(71_600)).toBe('1 phút 12 giây')
    expect(formatDuration(120_000)).toBe('2 phút')
    expect(formatDuration(45_200)).toBe('45 giây')
    expect(formatDuration(3_440)).toBe('3,4 giây')
    expect(formatDuration(0)).toBe('0 giây')
    expect(formatDuration(3_725_000)).toBe('1 giờ 2 phút')
  })

  it('rounds up to the next minute rather than saying 60 giây', () => {
    expect(formatDuration(59_700)).toBe('1 phút')
  })

  it('says nothing for what is not a duration', () => {
    expect(formatDuration(Number.NaN)).toBe('')
    expect(formatDuration(-1)).toBe('')
  })
})
