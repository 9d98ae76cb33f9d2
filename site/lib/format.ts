/** Vietnamese formatting of the snapshot's values: dates, time limits, fees, file sizes. */
import {
  currencyLabels,
  formatProcessingTime,
  type ChannelTime,
  type Currency,
  type ProcessingTime,
} from '../../content-schemas'

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 })

/** { value: 5, unit: 'working-day' } → "5 ngày làm việc"; 0 means the desk resolves it on the spot. */
export function formatTime(time: ProcessingTime): string {
  if (time.value === 0) return 'Giải quyết ngay'
  return formatProcessingTime(time)
}

/**
 * A channel's time as the source states it: a value and unit, its words, or null when not stated.
 * A bare number without unit ("5") is shown as written, saying the unit is missing, never guessed.
 */
export function formatChannelTime(time: ChannelTime): string | null {
  if (time.kind === 'stated') return formatTime(time)
  if (time.kind === 'text')
    return /^\d+([.,]\d+)?$/.test(time.text.trim())
      ? `${time.text.trim()} (nguồn không ghi đơn vị)`
      : time.text
  return null
}

/** 0 → "Miễn phí"; 50000 → "50.000 đồng"; 10 USD → "10 USD". */
export function formatFee(amount: number, currency: Currency = 'VND'): string {
  return amount === 0 ? 'Miễn phí' : `${number.format(amount)} ${currencyLabels[currency].vi}`
}

/**
 * "2021-06-30" → "30/06/2021"; the snapshot's dates are calendar dates, so no time zone applies.
 * Anything that is not a date gives null, so a page never prints "undefined/undefined/".
 */
export function formatDate(isoDate: string | null | undefined): string | null {
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate ?? '')
  return date ? `${date[3]}/${date[2]}/${date[1]}` : null
}

const vietnamDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
})

/** An instant (e.g. updatedAt) as the calendar date in Việt Nam, dd/mm/yyyy. */
export const formatInstantDate = (iso: string): string => vietnamDate.format(new Date(iso))

/** 10372 → "10 kB" */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`
  return `${number.format(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`
}

const formats: Record<string, string> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/msword': 'DOC',
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.ms-excel': 'XLS',
}

/** The file format as citizens know it, from its MIME type or, failing that, its extension. */
export function formatLabel(mimeType: string, path: string): string {
  return formats[mimeType] ?? path.split('.').pop()?.toUpperCase() ?? 'Tệp'
}

/** "1 bản chính, 2 bản sao" */
export function formatCopies(originals: number, copies: number): string {
  const parts = [
    originals ? `${originals} bản chính` : '',
    copies ? `${copies} bản sao` : '',
  ].filter(Boolean)
  return parts.join(', ')
}
