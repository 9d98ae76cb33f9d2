/**
 * Calendar days as Vietnamese offices count them: in Vietnam's time zone, whatever the server's.
 * A date picked in the admin is stored as an instant (e.g. 17:00 UTC the day before), and an
 * approval at 23:30 UTC is dated the next day in Hà Nội.
 */
const TIME_ZONE = 'Asia/Ho_Chi_Minh'

const isoDayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})
const viDayFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** yyyy-mm-dd of an instant, in Vietnam; a bare yyyy-mm-dd is returned as it is. */
export function vietnamDay(value: string | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  return isoDayFormat.format(typeof value === 'string' ? new Date(value) : value)
}

/** dd/mm/yyyy, or '' when there is no date. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return ''
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-')
    return `${d}/${m}/${y}`
  }
  return viDayFormat.format(typeof value === 'string' ? new Date(value) : value)
}

const viDayTimeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hourCycle: 'h23',
})

/** dd/mm/yyyy HH:mm in Vietnam, or '' when there is no date (vi-VN alone puts the time first). */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return ''
  const part = Object.fromEntries(
    viDayTimeFormat
      .formatToParts(typeof value === 'string' ? new Date(value) : value)
      .map((p) => [p.type, p.value]),
  )
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`
}
