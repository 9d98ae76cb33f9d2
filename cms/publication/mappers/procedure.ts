import type { Procedure as PublishedProcedure } from '../../../content-schemas'
import { missingRequiredParts, PART_LABELS } from '../../collections/Procedures/requiredParts'
import { idOf } from '../../lib/idOf'
import { slugify } from '../../lib/slugify'
import type { Procedure } from '../../payload-types'
import { byKey, ids, richText, text, type RefIn } from './common'

/** What a procedure's references resolve to inside the release. */
export interface ProcedureRefs {
  /** procedure id → code, for every published procedure (abolished ones too) */
  codeOf: Map<string, string>
  /** codes of the procedures the release lists (not abolished) */
  inForceCodes: Set<string>
  fileRef: RefIn
}

/** Published procedures lacking a part the law requires, by code; empty when all are complete. */
export const incompleteProcedures = (procedures: Procedure[]) =>
  procedures
    .map((p) => ({
      code: p.code,
      name: p.name,
      parts: missingRequiredParts(p).map((m) => PART_LABELS[m.part]),
    }))
    .filter((p) => p.parts.length > 0)
    .sort(byKey((p) => p.code))

export const procedureSlug = (p: Pick<Procedure, 'code' | 'name'>) =>
  `${p.code.replace('.', '-')}-${slugify(p.name).slice(0, 80).replace(/-+$/, '')}`

/** Files a procedure links to: its forms and result templates. */
export const procedureFileIDs = (p: Procedure): string[] =>
  [
    ...(p.dossierCases ?? []).flatMap((c) =>
      (c.components ?? []).map((component) => idOf(component.form)),
    ),
    ...(p.results ?? []).map((r) => idOf(r.template)),
  ].filter((id): id is string => Boolean(id))

export const toProcedure = (
  p: Procedure,
  { codeOf, inForceCodes, fileRef }: ProcedureRefs,
): PublishedProcedure => ({
  id: p.id,
  code: p.code,
  localCode: text(p.localCode),
  slug: procedureSlug(p),
  name: p.name,
  description: text(p.description),
  validity: p.validity,
  levels: p.levels as PublishedProcedure['levels'],
  sectorId: idOf(p.sector)!,
  formalityType: p.formalityType ?? null,
  subjects: p.subjects ?? [],
  agencies: {
    implementing: ids(p.agencies?.implementing),
    competent: ids(p.agencies?.competent),
    coordinating: ids(p.agencies?.coordinating),
    authorised: ids(p.agencies?.authorised),
  },
  steps: richText(p.steps)!,
  methods: (p.methods ?? []).map((m) => ({
    channel: m.channel,
    processingTime: { value: m.processingTime!, unit: m.processingTimeUnit! },
    description: text(m.description),
    fees: (m.fees ?? []).map((f) => ({ amount: f.amount!, description: text(f.description) })),
  })),
  dossierCases: (p.dossierCases ?? []).map((c) => ({
    name: c.name,
    components: (c.components ?? []).map((component) => ({
      name: component.name,
      description: text(component.description),
      originals: component.originals ?? 0,
      copies: component.copies ?? 0,
      required: component.required ?? true,
      formFileId: fileRef(component.form),
    })),
  })),
  results: (p.results ?? []).map((r) => ({
    name: r.name,
    code: text(r.code),
    templateFileId: fileRef(r.template),
  })),
  requirements: richText(p.requirements),
  legalBasisIds: ids(p.legalBasis).sort(),
  onlineServiceLevel: p.onlineServiceLevel ?? 'none',
  keywords: p.keywords ?? [],
  synonyms: p.synonyms ?? [],
  // Only procedures the release lists: a link to an abolished one would lead nowhere.
  relatedCodes: ids(p.relatedProcedures)
    .map((r) => codeOf.get(r))
    .filter((c): c is string => Boolean(c) && inForceCodes.has(c!))
    .sort(),
  updatedAt: p.updatedAt,
})
