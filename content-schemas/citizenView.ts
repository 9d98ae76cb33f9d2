import { isShorterTime } from './processingTime'
import type {
  Application,
  Locality,
  Method,
  NotStated,
  ProcessingTime,
  Procedure,
  Stated,
} from './snapshot'

export interface CitizenMethod extends Method {
  /**
   * the time the locality committed to, when it is certainly shorter than this channel's legal
   * one or the legal one is not stated as a value (nothing to compare: the promise is the
   * locality's own statement); otherwise null, and the legal time alone is shown
   */
  committedTime: ProcessingTime | null
}

export interface CitizenProcedure extends Omit<Procedure, 'methods'> {
  methods: Stated<CitizenMethod> | NotStated
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
    // channels whose legal time it shortens (the CMS allows it equal, the contract any length) or
    // whose legal time is not a value to compare with.
    methods:
      procedure.methods.kind === 'stated'
        ? {
            kind: 'stated',
            items: procedure.methods.items.map((method) => {
              const committed = application.committedTime
              const legal = method.processingTime
              return {
                ...method,
                committedTime:
                  committed && (legal.kind !== 'stated' || isShorterTime(committed, legal))
                    ? committed
                    : null,
              }
            }),
          }
        : procedure.methods,
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
