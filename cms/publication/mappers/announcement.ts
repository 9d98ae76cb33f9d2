import { idOf } from '../../lib/idOf'
import type { Decision } from '../../payload-types'

/**
 * Procedures that only decisions not yet in force bring in: announced as new, or as the
 * replacement of another, by a decision whose effective date has not come. Like the procedure a
 * decision abolishes, which stays until that date, such a procedure is not listed before it: the
 * catalogue never says more than the decisions in force. A procedure that a decision in force
 * names (in any entry), or that no decision names (data entered without its decision), stays.
 */
export function notYetAnnounced(all: Decision[], inForce: Decision[]): Set<string> {
  const inForceIDs = new Set(inForce.map((d) => d.id))
  const namedInForce = new Set(
    inForce.flatMap((d) => (d.entries ?? []).map((e) => idOf(e.procedure))),
  )
  const waiting = all
    .filter((d) => !inForceIDs.has(d.id))
    .flatMap((d) => d.entries ?? [])
    .filter((e) => e.change === 'new' || e.change === 'replaced')
    .map((e) => idOf(e.procedure))
    .filter((id): id is string => id !== null && !namedInForce.has(id))
  return new Set(waiting)
}
