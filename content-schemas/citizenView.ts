import type { Application, Locality, Method, ProcessingTime, Procedure } from './snapshot'

export interface CitizenMethod extends Method {
  /**
   * the time the locality committed to, only when it is certainly shorter than this channel's
   * legal one; otherwise null, and the legal time alone is shown
   */
  committedTime: ProcessingTime | null
}

export interface CitizenProcedure extends Omit<Procedure, 'methods'> {
  methods: CitizenMethod[]
  locality: Locality
  receivingAddress: string | null
  localNotes: string | null
  officerInCharge: string | null
  unitInCharge: string | null
  onlineServiceUrl: string | null
  appliedFrom: string | null
  applyingDecisionId: string | null
}

/** Least and most working days a limit can stand for, with the CMS's reading of each unit. */
function workingDayBounds({ value, unit }: ProcessingTime): { min: number; max: number } {
  switch (unit) {
    case 'working-day':
      return { min: value, max: value }
    case 'hour':
      return { min: value / 8, max: value / 8 }
    case 'day':
      // n calendar days hold at least floor(5n/7) weekdays and at most n
      return { min: Math.floor((5 * value) / 7), max: value }
    case 'month':
      return { min: value * 20, max: value * 23 }
    case 'year':
      return { min: value * 250, max: value * 262 }
  }
}

/**
 * True when `time` is certainly shorter than `limit`: same units compare exactly; otherwise its
 * longest reading must be under the shortest reading of `limit` ("5 ngày" is not shorter than
 * "5 ngày làm việc", it may be the same).
 */
export function isShorterTime(time: ProcessingTime, limit: ProcessingTime): boolean {
  if (time.unit === limit.unit) return time.value < limit.value
  return workingDayBounds(time).max < workingDayBounds(limit).min
}

/**
 * The procedure as a citizen of `locality` sees it: the master, with the locality's overrides on
 * top. Where the locality set nothing, the master (or the locality's own desk) stands.
 */
export function citizenView(procedure: Procedure, application: Application, locality: Locality): CitizenProcedure {
  return {
    ...procedure,
    // A commitment is one time for every channel; it means something to the citizen only on the
    // channels whose legal time it shortens (the CMS allows it equal, the contract any length).
    methods: procedure.methods.map((method) => {
      const committed = application.committedTime
      return { ...method, committedTime: committed && isShorterTime(committed, method.processingTime) ? committed : null }
    }),
    locality,
    receivingAddress: application.receivingAddress ?? locality.deskAddress,
    localNotes: application.localNotes,
    officerInCharge: application.officerInCharge,
    unitInCharge: application.unitInCharge,
    onlineServiceUrl: application.onlineServiceUrl,
    appliedFrom: application.appliedFrom,
    applyingDecisionId: application.applyingDecisionId,
  }
}
