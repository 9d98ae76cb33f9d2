/**
 * The Vietnamese labels citizens read, taken from the contract's enumerations
 * (content-schemas/enumerations.ts), where the CMS takes its select options too.
 */
import {
  agencyRoleLabels as agencyRoles,
  channelSubmitLabels,
  decisionChangeLabels,
  legalStatusLabels as legalStatuses,
  levelLabels as levels,
  LEVELS,
  onlineLevelLabels as onlineLevels,
  subjectLabels as subjects,
  viLabels,
  type Channel,
  type DecisionChange,
  type Level,
  type OnlineLevel,
} from '../../content-schemas'

export type { Channel, Level, OnlineLevel }
export type Change = DecisionChange

/** Province first, then district, then commune: the order levels are listed in. */
export const LEVEL_ORDER: readonly Level[] = LEVELS

export const levelLabels = viLabels(levels)
/** Each channel's heading on a procedure page: "Nộp trực tiếp". */
export const channelLabels = channelSubmitLabels
export const onlineLevelLabels = viLabels(onlineLevels)
export const subjectLabels: Record<string, string> = viLabels(subjects)

/** An unknown subject code (added to the CMS before the site) is shown as is rather than hidden. */
export const subjectLabel = (code: string): string => subjectLabels[code] ?? code

export const changeLabels = viLabels(decisionChangeLabels)
export const legalStatusLabels = viLabels(legalStatuses)
export const agencyRoleLabels = viLabels(agencyRoles)
