import {
  channelLabels,
  levelLabels,
  type Channel,
  type TimeUnit,
  type UnitType,
} from '../../../content-schemas/enumerations'
import {
  formatProcessingTime,
  isNoLongerThan,
  shortestTime,
} from '../../../content-schemas/processingTime'
import type { ProcessingTime } from '../../../content-schemas/snapshot'
import { tierOf } from '../Localities/tier'

export interface ApplicationInput {
  procedure: {
    name: string
    code: string
    validity?: string | null
    levels?: string[] | null
    methods?:
      | { channel: Channel; processingTime?: number | null; processingTimeUnit?: TimeUnit | null }[]
      | null
  }
  locality: { name: string; unitType: UnitType; dissolvedOn?: string | null }
  committedTime?: { value?: number | null; unit?: TimeUnit | null } | null
  appliedFrom?: string | null
}

export interface RuleError {
  path: string
  message: string
}

/**
 * Rules for a locality applying a procedure of the province's master list. The master stays the
 * source of every part that is not overridden, so only the overrides are checked here.
 */
export function applicationErrors({
  procedure,
  locality,
  committedTime,
  appliedFrom,
}: ApplicationInput): RuleError[] {
  const errors: RuleError[] = []
  const label = `thủ tục ${procedure.code} "${procedure.name}"`

  if (procedure.validity === 'abolished') {
    errors.push({
      path: 'procedure',
      message: `Không thể áp dụng ${label} vì thủ tục đã bị bãi bỏ.`,
    })
  }

  const tier = tierOf(locality.unitType)
  if (!(procedure.levels ?? []).includes(tier)) {
    errors.push({
      path: 'procedure',
      message: `Không thể áp dụng ${label} tại ${locality.name}: thủ tục không thực hiện ở ${levelLabels[tier].vi.toLowerCase()}.`,
    })
  }

  if (
    locality.dissolvedOn &&
    (!appliedFrom || appliedFrom.slice(0, 10) >= locality.dissolvedOn.slice(0, 10))
  ) {
    errors.push({
      path: 'appliedFrom',
      message: `${locality.name} đã chấm dứt hoạt động, không thể áp dụng thủ tục từ ngày này.`,
    })
  }

  errors.push(...committedTimeErrors(committedTime, procedure.methods))
  return errors
}

/**
 * A locality's committed time against the master's channels: a unit is needed, and the commitment
 * may be no longer than the legal time of any channel that states one. One message names every
 * channel it exceeds and the longest time that would be accepted. Exported on its own for the
 * import's change set, which checks a spreadsheet's rows against the master list.
 */
export function committedTimeErrors(
  committedTime: ApplicationInput['committedTime'],
  methods: ApplicationInput['procedure']['methods'],
): RuleError[] {
  if (committedTime?.value === undefined || committedTime?.value === null) return []
  if (!committedTime.unit) {
    return [{ path: 'committedTime.unit', message: 'Hãy chọn đơn vị của thời hạn cam kết.' }]
  }
  const committed: ProcessingTime = { value: committedTime.value, unit: committedTime.unit }
  const legal = legalTimes(methods)
  const exceeded = legal.filter((time) => !isNoLongerThan(committed, time))
  if (exceeded.length === 0) return []
  const channels = exceeded
    .map((time) => `của kênh ${channelLabels[time.channel].vi}: ${formatProcessingTime(time)}`)
    .join('; ')
  return [
    {
      path: 'committedTime.value',
      message: `Thời hạn cam kết ${formatProcessingTime(committed)} dài hơn thời hạn theo quy định ${channels}. Hãy cam kết không quá ${formatProcessingTime(shortestTime(legal))}.`,
    },
  ]
}

/** The master's legal times that are a number and a unit, by channel: what a commitment is held to. */
export function legalTimes(
  methods: ApplicationInput['procedure']['methods'],
): (ProcessingTime & { channel: Channel })[] {
  return (methods ?? []).flatMap(({ channel, processingTime, processingTimeUnit }) =>
    typeof processingTime === 'number' && processingTimeUnit
      ? [{ value: processingTime, unit: processingTimeUnit, channel }]
      : [],
  )
}

/** The stored title of an applied procedure: what the admin lists and searches. */
export const appliedTitle = (
  procedure: { code: string; name: string },
  locality: { name: string },
): string => `${procedure.code} – ${procedure.name} (${locality.name})`
