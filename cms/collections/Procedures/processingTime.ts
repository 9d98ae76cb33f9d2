/**
 * Processing times (thời hạn giải quyết) are given per channel in mixed units. The law counts
 * most of them in working days; comparing across units needs bounds, because "5 ngày" (calendar
 * days) may hold anywhere from 3 to 5 working days.
 */
export const TIME_UNITS = ['working-day', 'day', 'hour', 'month', 'year'] as const
export type TimeUnit = (typeof TIME_UNITS)[number]

export interface ProcessingTime {
  value: number
  unit: TimeUnit
}

export const timeUnitLabels: Record<TimeUnit, { vi: string; en: string }> = {
  'working-day': { vi: 'ngày làm việc', en: 'working days' },
  day: { vi: 'ngày', en: 'days' },
  hour: { vi: 'giờ làm việc', en: 'working hours' },
  month: { vi: 'tháng', en: 'months' },
  year: { vi: 'năm', en: 'years' },
}

const HOURS_PER_WORKING_DAY = 8

/** Least and most working days that a time limit can stand for. */
export function workingDayBounds({ value, unit }: ProcessingTime): { min: number; max: number } {
  switch (unit) {
    case 'working-day':
      return { min: value, max: value }
    case 'hour':
      return { min: value / HOURS_PER_WORKING_DAY, max: value / HOURS_PER_WORKING_DAY }
    case 'day':
      // A run of n calendar days holds at least floor(5n/7) weekdays (less public holidays,
      // which we do not model) and at most n.
      return { min: Math.floor((5 * value) / 7), max: value }
    case 'month':
      return { min: value * 20, max: value * 23 }
    case 'year':
      return { min: value * 250, max: value * 262 }
  }
}

/**
 * True when `shorter` is certainly no longer than `limit`. Same units compare exactly;
 * otherwise the longest reading of `shorter` must fit the shortest reading of `limit`.
 */
export function isNoLongerThan(shorter: ProcessingTime, limit: ProcessingTime): boolean {
  if (shorter.unit === limit.unit) return shorter.value <= limit.value
  return workingDayBounds(shorter).max <= workingDayBounds(limit).min
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 })

/** "5 ngày làm việc", "0,5 ngày làm việc" */
export function formatProcessingTime({ value, unit }: ProcessingTime): string {
  return `${numberFormat.format(value)} ${timeUnitLabels[unit].vi}`
}
