import { describe, expect, it } from 'vitest'

import { formatDate, formatDateTime, vietnamDay } from './dates'

describe('dates in Vietnam', () => {
  it('reads an instant as the day it is in Vietnam (UTC+7)', () => {
    expect(vietnamDay('2026-11-22T17:00:00.000Z')).toBe('2026-11-23')
    expect(vietnamDay('2026-11-23T16:59:59.000Z')).toBe('2026-11-23')
    expect(vietnamDay('2026-11-23')).toBe('2026-11-23')
  })
  it('prints dd/mm/yyyy', () => {
    expect(formatDate('2026-11-22T17:00:00.000Z')).toBe('23/11/2026')
    expect(formatDate('2026-01-05')).toBe('05/01/2026')
    expect(formatDate(null)).toBe('')
  })

  it('writes an instant as dd/mm/yyyy HH:mm in Hà Nội, and nothing for no date', () => {
    expect(formatDateTime('2026-12-01T18:54:00Z')).toBe('02/12/2026 01:54')
    expect(formatDateTime(new Date('2026-03-05T03:07:00Z'))).toBe('05/03/2026 10:07')
    expect(formatDateTime(null)).toBe('')
  })
})
