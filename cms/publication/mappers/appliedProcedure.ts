import type { Application, LocalCatalogue } from '../../../content-schemas'
import { idOf } from '../../lib/idOf'
import type { AppliedProcedure, Locality } from '../../payload-types'
import { byKey, day, text, type RefIn } from './common'

/**
 * A locality's details withheld from the public site, by applied procedure: those an amended
 * master may have invalidated, until the locality's officers resolve the review task
 * (cms/collections/AppliedProcedures/followMaster.ts). The master's legal text shows meanwhile.
 */
export type Withheld = Map<string, ReadonlySet<string>>

export const toApplication = (
  a: AppliedProcedure,
  procedureCode: string,
  decisionRef: RefIn,
  withheld: ReadonlySet<string> = new Set(),
): Application => withhold(toStatedApplication(a, procedureCode, decisionRef), withheld)

/** An application without the withheld details: `null`, as when the locality states none (the master's holds). */
export function withhold(application: Application, fields: ReadonlySet<string>): Application {
  const shown = { ...application }
  for (const field of [
    'committedTime',
    'receivingAddress',
    'onlineServiceUrl',
    'localNotes',
  ] as const)
    if (fields.has(field)) shown[field] = null
  return shown
}

const toStatedApplication = (
  a: AppliedProcedure,
  procedureCode: string,
  decisionRef: RefIn,
): Application => ({
  procedureCode,
  receivingAddress: text(a.receivingAddress),
  committedTime:
    typeof a.committedTime?.value === 'number' && a.committedTime.unit
      ? { value: a.committedTime.value, unit: a.committedTime.unit }
      : null,
  localNotes: text(a.localNotes),
  officerInCharge: text(a.officerInCharge),
  unitInCharge: text(a.unitInCharge),
  onlineServiceUrl: text(a.onlineServiceUrl),
  appliedFrom: day(a.appliedFrom),
  applyingDecisionId: decisionRef(a.applyingDecision),
})

/**
 * Each locality's applied procedures that the release lists (not abolished), by code; localities
 * applying none are left out.
 */
export function toLocalCatalogues(
  localities: Locality[],
  applied: AppliedProcedure[],
  {
    codeOf,
    inForceCodes,
    decisionRef,
    withheld = new Map(),
  }: {
    codeOf: Map<string, string>
    inForceCodes: Set<string>
    decisionRef: RefIn
    withheld?: Withheld
  },
): LocalCatalogue[] {
  const codeOfApplied = (a: AppliedProcedure) => codeOf.get(idOf(a.procedure)!) ?? ''
  return localities
    .map((l) => ({
      localityId: l.id,
      applications: applied
        .filter((a) => idOf(a.locality) === l.id && inForceCodes.has(codeOfApplied(a)))
        .map((a) => toApplication(a, codeOfApplied(a), decisionRef, withheld.get(String(a.id))))
        .sort(byKey((a) => a.procedureCode)),
    }))
    .filter((c) => c.applications.length > 0)
    .sort(byKey((c) => c.localityId))
}
