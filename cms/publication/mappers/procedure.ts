import type { Procedure as PublishedProcedure } from '../../../content-schemas'
import {
  missingRequiredParts,
  PART_LABELS,
  unknownParts,
} from '../../collections/Procedures/requiredParts'
import { idOf } from '../../lib/idOf'
import { slugify } from '../../lib/slugify'
import type { Procedure } from '../../payload-types'
import { byKey, gapOf, ids, knownList, notStated, richText, text, type RefIn } from './common'

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

/** A part the source does not state, with that source: what the publish reports. */
export interface PartGap {
  part: string
  source: string
}

/** Published procedures with parts not stated by their source, by code: published, but said. */
export const proceduresWithGaps = (procedures: Procedure[]) =>
  procedures
    .map((p) => {
      const seen = new Set<string>()
      const parts: PartGap[] = []
      // A part unknown on several channels (same source) is one line of the report.
      for (const { part, source } of unknownParts(p)) {
        const gap = { part: PART_LABELS[part], source: source! }
        const key = `${gap.part}\u0000${gap.source}`
        if (!seen.has(key)) parts.push(gap)
        seen.add(key)
      }
      return { code: p.code, name: p.name, parts }
    })
    .filter((p) => p.parts.length > 0)
    .sort(byKey((p) => p.code))

type Method = NonNullable<Procedure['methods']>[number]
type PublishedMethod = PublishedProcedure['methods'] extends infer M
  ? M extends { kind: 'stated'; items: (infer I)[] }
    ? I
    : never
  : never

/** A channel's time limit: a value with its unit, the source's words, or not stated. */
const channelTime = (m: Method, what: string): PublishedMethod['processingTime'] => {
  if (typeof m.processingTime === 'number' && m.processingTimeUnit)
    return { kind: 'stated', value: m.processingTime, unit: m.processingTimeUnit }
  const words = text(m.processingTimeText)
  if (words) return { kind: 'text', text: words }
  return notStated(m.processingTimeGap, `${what}, thời hạn giải quyết`)
}

/** A channel's fees: rows (amount with currency, or words only), none, or not stated. */
const channelFees = (m: Method, what: string): PublishedMethod['fees'] => {
  const rows = m.fees ?? []
  if (rows.length > 0)
    return {
      kind: 'stated',
      items: rows.map((f) => ({
        amount: f.amount ?? null,
        currency: typeof f.amount === 'number' ? (f.currency ?? 'VND') : null,
        description: text(f.description),
      })),
    }
  return gapOf(m.feesGap) ?? notStated(m.feesGap, `${what}, phí, lệ phí`)
}

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
): PublishedProcedure => {
  const what = `Thủ tục ${p.code}`
  const steps = richText(p.steps)
  const requirements = richText(p.requirements)
  const requirementsGap = gapOf(p.requirementsGap)
  const dossierCases = (p.dossierCases ?? []).map((c) => ({
    name: c.name,
    components: (c.components ?? []).map((component) => ({
      name: component.name,
      description: text(component.description),
      originals: component.originals ?? 0,
      copies: component.copies ?? 0,
      required: component.required ?? true,
      formFileId: fileRef(component.form),
    })),
  }))
  return {
    id: p.id,
    code: p.code,
    localCode: text(p.localCode),
    slug: procedureSlug(p),
    name: p.name,
    description: text(p.description),
    validity: p.validity,
    levels: p.levels,
    sectorId: idOf(p.sector)!,
    formalityType: p.formalityType ?? null,
    subjects: knownList(p.subjects ?? [], p.subjectsGap, what),
    agencies: {
      implementing: knownList(ids(p.agencies?.implementing), p.agencies?.implementingGap, what),
      competent: ids(p.agencies?.competent),
      coordinating: ids(p.agencies?.coordinating),
      authorised: ids(p.agencies?.authorised),
    },
    steps: steps ? { kind: 'stated', ...steps } : notStated(p.stepsGap, what),
    methods: knownList(
      (p.methods ?? []).map((m) => ({
        channel: m.channel,
        processingTime: channelTime(m, what),
        description: text(m.description),
        fees: channelFees(m, what),
      })),
      p.methodsGap,
      what,
    ),
    // Cases without a single document state nothing (requiredParts reads the dossier the same way).
    dossierCases: knownList(
      dossierCases.some((c) => c.components.length > 0) ? dossierCases : [],
      p.dossierGap,
      what,
    ),
    results: knownList(
      (p.results ?? []).map((r) => ({
        name: r.name,
        code: text(r.code),
        templateFileId: fileRef(r.template),
      })),
      p.resultsGap,
      what,
    ),
    // Empty with no gap keeps its old meaning: no condition.
    requirements: requirements
      ? { kind: 'stated', ...requirements }
      : requirementsGap?.kind === 'unknown'
        ? requirementsGap
        : { kind: 'none' },
    legalBasisIds: ids(p.legalBasis).sort(),
    // null: the source does not say; never read as "not online".
    onlineServiceLevel: p.onlineServiceLevel ?? null,
    keywords: p.keywords ?? [],
    synonyms: p.synonyms ?? [],
    // Only procedures the release lists: a link to an abolished one would lead nowhere.
    relatedCodes: ids(p.relatedProcedures)
      .map((r) => codeOf.get(r))
      .filter((c): c is string => Boolean(c) && inForceCodes.has(c!))
      .sort(),
    updatedAt: p.updatedAt,
  }
}
