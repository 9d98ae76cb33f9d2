/** Vietnamese formatting of the snapshot's values: dates, time limits, fees, file sizes. */
import { formatProcessingTime, type ProcessingTime } from '../../content-schemas'

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 })

/** { value: 5, unit: 'working-day' } → "5 ngày làm việc"; 0 means the desk resolves it on the spot. */
export function formatTime(time: ProcessingTime): string {
  if (time.value === 0) return 'Giải quyết ngay'
  return formatProcessingTime(time)
}

/** 0 → "Miễn phí"; 50000 → "50.000 đồng". */
export function formatFee(amount: number): string {
  return amount === 0 ? 'Miễn phí' : `${number.format(amount)} đồng`
}

/** "2021-06-30" → "30/06/2021"; the snapshot's dates are calendar dates, so no time zone applies. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-')
  return `${d}/${m}/${y}`
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
