import { describe, expect, it } from 'vitest'

import { AsOfInputError, formatVietnamTime, liveAtInstant, parseInstant } from './asOf'

describe('reading the instant a person asks about', () => {
  it('reads a time without an offset as Vietnam time (UTC+7), in ISO or Vietnamese order', () => {
    expect(parseInstant('2026-11-23T10:00').toISOString()).toBe('2026-11-23T03:00:00.000Z')
    expect(parseInstant('2026-11-23 10:00:30').toISOString()).toBe('2026-11-23T03:00:30.000Z')
    expect(parseInstant('23/11/2026 10:00').toISOString()).toBe('2026-11-23T03:00:00.000Z')
    expect(parseInstant(' 3/1/2027 7:05 ').toISOString()).toBe('2027-01-03T00:05:00.000Z')
    // Just after midnight in Hà Nội is still the previous day in UTC.
    expect(parseInstant('01/12/2026 00:30').toISOString()).toBe('2026-11-30T17:30:00.000Z')
  })

  it('honours an explicit offset', () => {
    expect(parseInstant('2026-11-23T10:00Z').toISOString()).toBe('2026-11-23T10:00:00.000Z')
    expect(parseInstant('2026-11-23T10:00:00.250+09:00').toISOString()).toBe(
      '2026-11-23T01:00:00.250Z',
    )
    expect(parseInstant('2026-11-23T10:00-0100').toISOString()).toBe('2026-11-23T11:00:00.000Z')
  })

  it('refuses a date alone, impossible dates and other text, saying how to write it', () => {
    expect(() => parseInstant('23/11/2026')).toThrow(/cả giờ/)
    expect(() => parseInstant('2026-11-23')).toThrow(AsOfInputError)
    expect(() => parseInstant('31/11/2026 10:00')).toThrow(/không có thật/)
    expect(() => parseInstant('29/02/2026 10:00')).toThrow(/không có thật/)
    expect(parseInstant('29/02/2028 10:00').toISOString()).toBe('2028-02-29T03:00:00.000Z')
    expect(() => parseInstant('2026-11-23T24:00')).toThrow(/không có thật/)
    expect(() => parseInstant('hôm qua')).toThrow(/dd\/mm\/yyyy HH:mm/)
    expect(() => parseInstant('')).toThrow(AsOfInputError)
  })

  it('shows an instant back in Vietnam time', () => {
    expect(formatVietnamTime('2026-11-30T17:30:00.000Z')).toBe('01/12/2026 00:30:00 (giờ Việt Nam)')
  })
})

describe('the release live at an instant', () => {
  const events = [
    { releaseId: 'B', liveAt: '2026-11-24T09:00:00.000Z', action: 'publish' },
    { releaseId: 'A', liveAt: '2026-11-23T08:00:00.000Z', action: 'publish' },
    { releaseId: 'A', liveAt: '2026-11-25T10:00:00.000Z', action: 'rollback' },
  ]
  const at = (iso: string) => liveAtInstant(events, new Date(iso))

  it('is none before the first publish', () => {
    expect(at('2026-11-23T07:59:59.999Z')).toBeNull()
    expect(liveAtInstant([], new Date())).toBeNull()
  })

  it('is the last switch at or before the instant, a rollback included', () => {
    expect(at('2026-11-23T08:00:00.000Z')?.releaseId).toBe('A')
    expect(at('2026-11-24T08:59:59.000Z')?.releaseId).toBe('A')
    expect(at('2026-11-24T09:00:00.000Z')?.releaseId).toBe('B')
    expect(at('2026-11-25T10:00:00.000Z')).toMatchObject({ releaseId: 'A', action: 'rollback' })
    expect(at('2030-01-01T00:00:00.000Z')).toMatchObject({ releaseId: 'A', action: 'rollback' })
  })
})
