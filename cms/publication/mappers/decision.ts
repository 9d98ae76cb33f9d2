import type { ChangeLogEntry, Decision as PublishedDecision } from '../../../content-schemas'
import { idOf } from '../../lib/idOf'
import type { Decision } from '../../payload-types'
import { byKey, day, text, type RefIn } from './common'

type Entry = PublishedDecision['entries'][number]

/** A decision's entries about published procedures (abolished ones included), in the decision's order. */
export const decisionEntries = (d: Decision, codeOf: Map<string, string>): Entry[] =>
  (d.entries ?? [])
    .filter((e) => codeOf.has(idOf(e.procedure)!))
    .map((e) => ({
      procedureCode: codeOf.get(idOf(e.procedure)!)!,
      change: e.change,
      replacesCode: e.replaces ? (codeOf.get(idOf(e.replaces)!) ?? null) : null,
      whatChanged: text(e.whatChanged),
    }))

export const toDecision = (
  d: Decision,
  codeOf: Map<string, string>,
  fileRef: RefIn,
): PublishedDecision => ({
  id: d.id,
  number: d.number,
  kind: d.kind,
  title: d.title,
  issuer: d.issuer,
  localityId: idOf(d.locality)!,
  signedDate: day(d.signedDate)!,
  effectiveDate: day(d.effectiveDate)!,
  fileId: fileRef(d.file),
  entries: decisionEntries(d, codeOf).sort(byKey((e) => e.procedureCode)),
})

/**
 * The change log citizens read: every entry of the province's announcement decisions, newest
 * effective date first, then by procedure code.
 */
export function toChangeLog(
  decisions: Decision[],
  codeOf: Map<string, string>,
  nameOfCode: Map<string, string>,
): ChangeLogEntry[] {
  return decisions
    .filter((d) => d.kind === 'announcement')
    .flatMap((d) =>
      decisionEntries(d, codeOf).map((e) => ({
        date: day(d.effectiveDate)!,
        decisionId: d.id,
        decisionNumber: d.number,
        procedureCode: e.procedureCode,
        procedureName: nameOfCode.get(e.procedureCode)!,
        change: e.change,
        whatChanged: e.whatChanged,
      })),
    )
    .sort((a, b) =>
      a.date !== b.date
        ? a.date < b.date
          ? 1
          : -1
        : byKey<ChangeLogEntry>((e) => e.procedureCode)(a, b),
    )
}
