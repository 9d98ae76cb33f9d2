import { isShorterTime } from './processingTime'
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

/**
 * The procedure as a citizen of `locality` sees it: the master, with the locality's overrides on
 * top. Where the locality set nothing, the master (or the locality's own desk) stands.
 */
export function citizenView(
  procedure: Procedure,
  application: Application,
  locality: Locality,
): CitizenProcedure {
  return {
    ...procedure,
    // A commitment is one time for every channel; it means something to the citizen only on the
    // channels whose legal time it shortens (the CMS allows it equal, the contract any length).
    methods: procedure.methods.map((method) => {
      const committed = application.committedTime
      return {
        ...method,
        committedTime:
          committed && isShorterTime(committed, method.processingTime) ? committed : null,
      }
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
