import type { Where } from 'payload'

import { vietnamDay } from '../../lib/dates'

/** The day after a yyyy-mm-dd, as yyyy-mm-dd. */
const nextDay = (day: string): string => {
  const date = new Date(`${day}T00:00:00.000Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

/**
 * Whether a unit has ended by `today` (yyyy-mm-dd in Vietnam): "Chấm dứt hoạt động từ ngày
 * 01/07/2025" means it no longer exists on that day.
 */
export function isDissolved(
  locality: { dissolvedOn?: string | null },
  today: string = vietnamDay(new Date()),
): boolean {
  return !!locality.dissolvedOn && vietnamDay(locality.dissolvedOn) <= today
}

/**
 * The units still in existence on `today`, as a query: no end date, or one after today. The date
 * is stored as an instant; one that falls on a later Vietnamese day is at or after the start of
 * tomorrow in Vietnam (UTC+7, no daylight saving).
 */
export function activeLocalitiesWhere(today: string = vietnamDay(new Date())): Where {
  const startOfTomorrow = new Date(`${nextDay(today)}T00:00:00.000+07:00`).toISOString()
  return {
    // `exists: false`, not `equals: null`: the admin's picker sends this in a query string, where
    // null becomes "" (a date the API refuses).
    or: [
      { dissolvedOn: { exists: false } },
      { dissolvedOn: { greater_than_equal: startOfTomorrow } },
    ],
  }
}
