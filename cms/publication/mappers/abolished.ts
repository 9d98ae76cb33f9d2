import type { AbolishedProcedure } from '../../../content-schemas'
import { vietnamDay } from '../../lib/dates'
import { idOf } from '../../lib/idOf'
import type { AppliedProcedure, Decision, Procedure } from '../../payload-types'
import { byKey } from './common'
import { procedureSlug } from './procedure'

/**
 * A decision takes effect on its effective date, by Vietnam's calendar, not when it was approved:
 * one approved today for next month reaches citizens then (the midnight publish of
 * cms/jobs/publishOnEffectiveDate.ts). A release made on `today` carries the decisions in force.
 */
export const decisionsInForce = (decisions: Decision[], today: string): Decision[] =>
  decisions.filter((d) => vietnamDay(d.effectiveDate) <= today)

export interface Abolition {
  /** effective date of the first decision in force that abolished or replaced it */
  since: string
  decisionId: string
  /** the procedure that replaced it (a "replaced" entry names the old one in `replaces`) */
  replacementId: string | null
}

/**
 * Procedure id → how it left the catalogue, from the decisions in force: an "abolished" entry
 * abolishes its procedure; a "replaced" entry's procedure is the new one and abolishes the one it
 * replaces. The earliest decision is the one that took it out.
 */
export function abolitions(inForce: Decision[]): Map<string, Abolition> {
  const found = new Map<string, Abolition>()
  const byDate = [...inForce].sort(byKey((d) => `${vietnamDay(d.effectiveDate)} ${d.number}`))
  for (const d of byDate)
    for (const entry of d.entries ?? []) {
      const gone =
        entry.change === 'abolished'
          ? idOf(entry.procedure)
          : entry.change === 'replaced'
            ? idOf(entry.replaces)
            : null
      if (!gone || found.has(gone)) continue
      found.set(gone, {
        since: vietnamDay(d.effectiveDate),
        decisionId: d.id,
        replacementId: entry.change === 'replaced' ? idOf(entry.procedure) : null,
      })
    }
  return found
}

/**
 * What the old addresses of the procedures out of the catalogue say: abolished by a decision in
 * force (since its date), or marked abolished by hand with no such decision (since: not known).
 */
export function toAbolishedProcedures(
  gone: Procedure[],
  {
    abolished,
    inForceCodes,
    codeOf,
    applied,
  }: {
    abolished: Map<string, Abolition>
    inForceCodes: Set<string>
    codeOf: Map<string, string>
    applied: AppliedProcedure[]
  },
): AbolishedProcedure[] {
  const localitiesOf = new Map<string, Set<string>>()
  for (const a of applied) {
    const procedure = idOf(a.procedure)
    const locality = idOf(a.locality)
    if (!procedure || !locality) continue
    const set = localitiesOf.get(procedure) ?? new Set<string>()
    set.add(locality)
    localitiesOf.set(procedure, set)
  }
  return gone
    .filter((p) => !inForceCodes.has(p.code)) // a newer version of the same code is in force
    .map((p) => {
      const how = abolished.get(p.id)
      const replacement = how?.replacementId ? (codeOf.get(how.replacementId) ?? null) : null
      return {
        code: p.code,
        slug: procedureSlug(p),
        name: p.name,
        since: how?.since ?? null,
        decisionId: how?.decisionId ?? null,
        replacementCode: replacement && inForceCodes.has(replacement) ? replacement : null,
        localityIds: [...(localitiesOf.get(p.id) ?? [])].sort(),
      }
    })
    .sort(byKey((a) => a.code))
}
