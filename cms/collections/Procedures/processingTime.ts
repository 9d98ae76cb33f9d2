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

// The reading of limits across units is the contract's, shared with the public site.
export { isNoLongerThan, workingDayBounds } from '../../../content-schemas/processingTime'

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 })

/** "5 ngày làm việc", "0,5 ngày làm việc" */
export function formatProcessingTime({ value, unit }: ProcessingTime): string {
  return `${numberFormat.format(value)} ${timeUnitLabels[unit].vi}`
}
