import type { Payload, PayloadRequest } from 'payload'

/** A dossier component as stored or imported: its text, and the form file attached to it. */
interface Component {
  name?: string | null
  description?: string | null
  form?: unknown
}
interface DossierCase {
  components?: Component[] | null
}

/**
 * A component asks for a form when its text names one: "Tờ khai (theo mẫu)", "Mẫu số 01/TP-…",
 * "Đơn đề nghị (Mẫu …)". The national records name form files inside the component text, and
 * NĐ 63/2010 (Art. 8) has the forms attached right after each procedure. ("Mẫu giáo" is a school.)
 */
const NAMES_A_FORM = /(?:^|[^\p{L}])(?:mẫu(?!\s+giáo)|tờ khai)(?![\p{L}])/iu

/** How many components of the dossier name a form but have no form file attached. */
export function formsNotAttached(dossierCases: DossierCase[] | null | undefined): number {
  let count = 0
  for (const dossierCase of dossierCases ?? [])
    for (const component of dossierCase.components ?? [])
      if (
        !component.form &&
        NAMES_A_FORM.test(`${component.name ?? ''} ${component.description ?? ''}`)
      )
        count++
  return count
}

/**
 * Fills `formsNotAttached` of procedures stored before it existed, as their next save would.
 * Bookkeeping through the adapter: no hooks, no new version. Returns how many changed.
 */
export async function recordFormsNotAttached(
  payload: Payload,
  req: PayloadRequest,
): Promise<number> {
  const { docs } = await payload.find({
    collection: 'procedures',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { dossierCases: true, formsNotAttached: true },
  })
  let changed = 0
  for (const procedure of docs) {
    const count = formsNotAttached(procedure.dossierCases as DossierCase[] | null)
    if ((procedure.formsNotAttached ?? null) === count) continue
    await payload.db.updateOne({
      collection: 'procedures',
      id: procedure.id,
      data: { formsNotAttached: count },
      req,
      returning: false,
    })
    changed++
  }
  return changed
}
