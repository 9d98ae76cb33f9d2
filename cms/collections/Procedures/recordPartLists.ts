import type { Payload, PayloadRequest } from 'payload'

import { partLists, type ProcedureParts } from './requiredParts'

const PART_FIELDS = [
  'name',
  'steps',
  'stepsGap',
  'methods',
  'methodsGap',
  'dossierCases',
  'dossierGap',
  'subjects',
  'subjectsGap',
  'agencies',
  'results',
  'resultsGap',
  'requirements',
  'requirementsGap',
  'unknownParts',
  'missingParts',
] as const

/**
 * Fills the lists of not-stated and missing parts (`unknownParts`, `missingParts`) of procedures
 * saved before the lists existed: they are computed on save, and the compliance view must not wait
 * for each procedure's next edit. Written through the database adapter: bookkeeping, not an edit,
 * so no hooks run and no version is added. Returns how many procedures changed.
 */
export async function recordPartLists(payload: Payload, req: PayloadRequest): Promise<number> {
  const { docs } = await payload.find({
    collection: 'procedures',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    // Only the parts: this runs inside a migration, and columns added by later migrations (the
    // current config has them) do not exist yet.
    select: Object.fromEntries(PART_FIELDS.map((field) => [field, true])),
  })
  let changed = 0
  for (const procedure of docs) {
    const { unknownParts, missingParts } = partLists(procedure as ProcedureParts)
    const same = (a: readonly string[] | null | undefined, b: readonly string[]) =>
      (a ?? []).join() === b.join()
    if (same(procedure.unknownParts, unknownParts) && same(procedure.missingParts, missingParts))
      continue
    await payload.db.updateOne({
      collection: 'procedures',
      id: procedure.id,
      data: { unknownParts, missingParts },
      req,
      returning: false,
    })
    changed++
  }
  return changed
}
