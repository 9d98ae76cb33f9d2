/**
 * Comparing time limits given in different units (thời hạn giải quyết). The law counts most limits
 * in working days; "5 ngày" (calendar days) may hold anywhere from 3 to 5 working days, so
 * comparisons across units use bounds. The CMS (validation) and the site (what citizens see) both
 * read limits this way; this is the one place the reading is written.
 */
import { timeUnitLabels } from './enumerations'
import type { Channel } from './enumerations'
import type { ChannelTime, ProcessingTime } from './snapshot'

/** A working day has eight working hours (the civil service working day). */
export const HOURS_PER_WORKING_DAY = 8

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 })

/** "5 ngày làm việc", "0,5 ngày làm việc", "4 giờ làm việc": the same words in the CMS and on the site. */
export function formatProcessingTime({ value, unit }: ProcessingTime): string {
  return `${numberFormat.format(value)} ${timeUnitLabels[unit].vi}`
}

/** Least and most working days a limit can stand for. */
export function workingDayBounds({ value, unit }: ProcessingTime): { min: number; max: number } {
  switch (unit) {
    case 'working-day':
      return { min: value, max: value }
    case 'hour':
      return { min: value / HOURS_PER_WORKING_DAY, max: value / HOURS_PER_WORKING_DAY }
    case 'day':
      // A run of n calendar days holds at least floor(5n/7) weekdays (less public holidays, which
      // are not modelled) and at most n.
      return { min: Math.floor((5 * value) / 7), max: value }
    case 'month':
      return { min: value * 20, max: value * 23 }
    case 'year':
      return { min: value * 250, max: value * 262 }
  }
}

/** True when `time` is certainly no longer than `limit`. */
export function isNoLongerThan(time: ProcessingTime, limit: ProcessingTime): boolean {
  if (time.unit === limit.unit) return time.value <= limit.value
  return workingDayBounds(time).max <= workingDayBounds(limit).min
}

/**
 * True when `time` is certainly shorter than `limit` ("5 ngày" is not shorter than "5 ngày làm
 * việc": it may be the same).
 */
export function isShorterTime(time: ProcessingTime, limit: ProcessingTime): boolean {
  if (time.unit === limit.unit) return time.value < limit.value
  return workingDayBounds(time).max < workingDayBounds(limit).min
}

/**
 * The channels' stated limits (value and unit), in order: the ones that can be compared. A limit
 * in words or not stated is left to the caller, which shows its text or says it is not known.
 */
export function statedTimes(
  methods: readonly { channel: Channel; processingTime: ChannelTime }[],
): (ProcessingTime & { channel: Channel })[] {
  return methods.flatMap(({ channel, processingTime: time }) =>
    time.kind === 'stated' ? [{ value: time.value, unit: time.unit, channel }] : [],
  )
}

/**
 * The quickest of several limits (e.g. one per channel), as told to citizens: the one whose longest
 * reading is shortest, so the time shown is a promise that holds; of two with the same longest
 * reading, the one that may be shorter; of equals, the first.
 */
export function shortestTime<T extends ProcessingTime>(times: readonly T[]): T {
  // Callers pass stated limits only and say "not stated" themselves when there is none.
  if (times.length === 0) throw new Error('shortestTime: no time limit to choose from')
  return times.reduce((best, time) => (isQuicker(time, best) ? time : best))
}

function isQuicker(time: ProcessingTime, than: ProcessingTime): boolean {
  if (time.unit === than.unit) return time.value < than.value
  const a = workingDayBounds(time)
  const b = workingDayBounds(than)
  return a.max < b.max || (a.max === b.max && a.min < b.min)
}
