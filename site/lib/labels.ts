/**
 * The Vietnamese labels citizens read, taken from the contract's enumerations
 * (content-schemas/enumerations.ts), where the CMS takes its select options too.
 */
import {
  agencyRoleLabels as agencyRoles,
  channelSubmitLabels,
  decisionChangeLabels,
  legalStatusLabels as legalStatuses,
  onlineLevelLabels as onlineLevels,
  PROCEDURE_LEVELS,
  procedureLevelLabels,
  subjectLabels as subjects,
  viLabels,
  type Channel,
  type DecisionChange,
  type OnlineLevel,
  type ProcedureLevel,
} from '../../content-schemas'

export type { Channel, OnlineLevel }
/** A level a procedure is handled at: the national ones beside the local tiers. */
export type Level = ProcedureLevel
export type Change = DecisionChange

/** Ministry, province, district, commune, other agency: the order levels are listed in. */
export const LEVEL_ORDER: readonly Level[] = PROCEDURE_LEVELS

export const levelLabels = viLabels(procedureLevelLabels)
/** Each channel's heading on a procedure page: "Nộp trực tiếp". */
export const channelLabels = channelSubmitLabels
export const onlineLevelLabels = viLabels(onlineLevels)
export const subjectLabels: Record<string, string> = viLabels(subjects)

/** An unknown subject code (added to the CMS before the site) is shown as is rather than hidden. */
export const subjectLabel = (code: string): string => subjectLabels[code] ?? code

export const changeLabels = viLabels(decisionChangeLabels)
export const legalStatusLabels = viLabels(legalStatuses)
export const agencyRoleLabels = viLabels(agencyRoles)

/** A level in running text: "cấp tỉnh", "cấp bộ", "của cơ quan khác" ("Thủ tục …"). */
export const levelPhrases: Record<Level, string> = {
  ...(Object.fromEntries(
    Object.entries(levelLabels).map(([level, label]) => [level, label.toLowerCase()]),
  ) as Record<Level, string>),
  'other-agency': 'của cơ quan khác',
}
