/**
 * "What did citizens see at that instant?": reading the instant a person typed, and finding the
 * release that was live then. Pure functions, shared by the command (scripts/release-as-of.ts)
 * and the admin's endpoint (GET /api/releases/as-of).
 */

export class AsOfInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AsOfInputError'
  }
}

/** Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact. */
const VIETNAM_OFFSET = '+07:00'

export const AS_OF_FORMATS =
  'yyyy-mm-ddTHH:mm hoặc dd/mm/yyyy HH:mm (có thể thêm :ss); không ghi múi giờ thì hiểu là giờ Việt Nam (UTC+7), ví dụ 2026-11-23T10:00 hoặc 23/11/2026 10:00'

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i
const VIETNAMESE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ ,T]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?$/i
const DATE_ONLY = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})$/

/**
 * Parses an instant: ISO 8601 (`2026-11-23T10:00`, `2026-11-23 10:00:30`, with `Z` or `+07:00` if
 * given) or the Vietnamese order `23/11/2026 10:00`. A time without an offset is Vietnam time.
 * A date alone is refused: "on 23/11" could mean its morning or its evening, and releases change
 * within a day.
 */
export function parseInstant(input: string): Date {
  const text = input.trim()
  if (!text) throw new AsOfInputError(`Hãy nhập thời điểm cần xem lại: ${AS_OF_FORMATS}.`)
  if (DATE_ONLY.test(text))
    throw new AsOfInputError(
      `"${text}" chỉ có ngày: hãy ghi cả giờ, ví dụ "${text} 10:00" (giờ Việt Nam).`,
    )
  let parts: {
    y: string
    mo: string
    d: string
    h: string
    mi: string
    s?: string
    ms?: string
    zone?: string
  }
  const iso = ISO.exec(text)
  const vi = VIETNAMESE.exec(text)
  if (iso)
    parts = {
      y: iso[1],
      mo: iso[2],
      d: iso[3],
      h: iso[4],
      mi: iso[5],
      s: iso[6],
      ms: iso[7],
      zone: iso[8],
    }
  else if (vi) parts = { y: vi[3], mo: vi[2], d: vi[1], h: vi[4], mi: vi[5], s: vi[6] }
  else throw new AsOfInputError(`Không đọc được thời điểm "${text}". Cách ghi: ${AS_OF_FORMATS}.`)

  const pad = (value: string | undefined, width = 2) => (value ?? '0').padStart(width, '0')
  const zone = parts.zone
    ? parts.zone.toUpperCase() === 'Z'
      ? 'Z'
      : parts.zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
    : VIETNAM_OFFSET
  const normalized = `${parts.y}-${pad(parts.mo)}-${pad(parts.d)}T${pad(parts.h)}:${pad(parts.mi)}:${pad(parts.s)}.${(parts.ms ?? '0').padEnd(3, '0')}${zone}`
  const instant = new Date(normalized)
  // Date() rolls 31/11 over to 1/12 and 24:00 to the next day; a person who typed it made a slip.
  const [month, day, hour, minute, second] = [
    parts.mo,
    parts.d,
    parts.h,
    parts.mi,
    parts.s ?? '0',
  ].map(Number)
  const daysInMonth = new Date(Date.UTC(Number(parts.y), month, 0)).getUTCDate()
  if (
    Number.isNaN(instant.getTime()) ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    throw new AsOfInputError(
      `Thời điểm "${text}" không có thật (ngày, tháng hoặc giờ vượt giới hạn).`,
    )
  }
  return instant
}

/** An instant as people here read it: dd/mm/yyyy HH:mm:ss, Vietnam time. */
export function formatVietnamTime(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  )
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}:${parts.second} (giờ Việt Nam)`
}

/** One time the public site switched to a release: a publish, or a rollback to an earlier one. */
export interface LiveEvent {
  releaseId: string
  /** ISO instant `current` pointed at it */
  liveAt: string
}

/**
 * The event whose release was live at `at`: the last switch at or before it. Null before the
 * first publish. Events may come in any order; two at the same instant keep their given order.
 */
export function liveAtInstant<T extends LiveEvent>(events: readonly T[], at: Date): T | null {
  let found: T | null = null
  let foundAt = -Infinity
  for (const event of events) {
    const time = Date.parse(event.liveAt)
    if (Number.isNaN(time) || time > at.getTime()) continue
    if (time >= foundAt) {
      found = event
      foundAt = time
    }
  }
  return found
}
