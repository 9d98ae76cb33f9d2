import type { TimeUnit } from '../../../content-schemas/enumerations'
import {
  formatProcessingTime,
  HOURS_PER_WORKING_DAY,
  isNoLongerThan,
} from '../../../content-schemas/processingTime'
import type { ProcessingTime } from '../../../content-schemas/snapshot'

/** Internal steps are timed in working hours or working days (8 working hours each). */
export const STEP_TIME_UNITS = ['hour', 'working-day'] as const
export type StepTimeUnit = (typeof STEP_TIME_UNITS)[number]

export interface Step {
  timeValue?: number | null
  timeUnit?: StepTimeUnit | null
}

export interface TimeLimit {
  time: ProcessingTime
  /** What the limit is, for the message: "thời hạn cam kết của Thị trấn A", "thời hạn theo quy định (nộp trực tiếp)" */
  source: string
}

/** Total of the steps in working hours. */
export function totalWorkingHours(steps: Step[]): number {
  return steps.reduce(
    (sum, step) =>
      sum + (step.timeValue ?? 0) * (step.timeUnit === 'working-day' ? HOURS_PER_WORKING_DAY : 1),
    0,
  )
}

/** "1,5 ngày làm việc" when it is a whole number of half days, else "12 giờ làm việc". */
export function formatWorkingHours(hours: number): string {
  const days = hours / HOURS_PER_WORKING_DAY
  return Number.isInteger(days * 2) && hours >= 4
    ? formatProcessingTime({ value: days, unit: 'working-day' })
    : formatProcessingTime({ value: hours, unit: 'hour' })
}

/**
 * The limit an applied procedure's internal process must fit in: the locality's committed time
 * when it has one, otherwise the shortest legal time of its channels. A committed time is never
 * longer than the legal time when it is saved, but a master amended later can make it so: then the
 * new legal time is the limit.
 */
export function internalProcessLimit({
  committedTime,
  localityName,
  methods,
  channelLabel,
}: {
  committedTime?: { value?: number | null; unit?: TimeUnit | null } | null
  localityName: string
  methods: {
    channel: string
    processingTime?: number | null
    processingTimeUnit?: TimeUnit | null
  }[]
  channelLabel: (channel: string) => string
}): TimeLimit | null {
  const legal = methods
    .filter((m) => typeof m.processingTime === 'number' && m.processingTimeUnit)
    .map((m) => ({
      time: { value: m.processingTime!, unit: m.processingTimeUnit! },
      source: `thời hạn giải quyết theo quy định (${channelLabel(m.channel).toLowerCase()})`,
    }))
  // The strictest channel: one that every other channel's time is at least as long as.
  const strictest =
    legal.find((candidate) => legal.every((other) => isNoLongerThan(candidate.time, other.time))) ??
    legal[0] ??
    null
  if (typeof committedTime?.value === 'number' && committedTime.unit) {
    const committed = {
      time: { value: committedTime.value, unit: committedTime.unit },
      source: `thời hạn cam kết của ${localityName}`,
    }
    if (!strictest || !isNoLongerThan(strictest.time, committed.time)) return committed
    // Equal times: the commitment is what the desk works to, and what the message names.
    if (isNoLongerThan(committed.time, strictest.time)) return committed
  }
  return strictest
}

/** An error message when the steps take longer than the limit, else null. */
export function internalProcessError(steps: Step[], limit: TimeLimit | null): string | null {
  if (!limit || steps.length === 0) return null
  const hours = totalWorkingHours(steps)
  if (isNoLongerThan({ value: hours, unit: 'hour' }, limit.time)) return null
  return `Tổng thời gian các bước là ${formatWorkingHours(hours)}, vượt ${limit.source} là ${formatProcessingTime(limit.time)}. Hãy rút ngắn thời gian của các bước.`
}
