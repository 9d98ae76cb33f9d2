import { expect, it } from 'vitest'

import { dailyAtVietnamTime } from './vietnamCron'

it('writes a Vietnam time of day in the local time croner reads', () => {
  // A server in UTC: midnight in Vietnam is 17:00 the day before.
  expect(dailyAtVietnamTime(0, 0, 0)).toBe('0 17 * * *')
  expect(dailyAtVietnamTime(1, 0, 0)).toBe('0 18 * * *')
  // The admin's server, in Vietnam time.
  expect(dailyAtVietnamTime(0, 0, 420)).toBe('0 0 * * *')
  expect(dailyAtVietnamTime(1, 30, 420)).toBe('30 1 * * *')
  // Elsewhere, e.g. UTC−5: 12:00 the day before.
  expect(dailyAtVietnamTime(0, 0, -300)).toBe('0 12 * * *')
})
