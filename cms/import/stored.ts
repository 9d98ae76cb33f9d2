/**
 * A stored procedure read back into the importers' terms (`ImportedProcedure`): references by
 * natural key instead of ID. The change set diffs a file against the catalogue in these terms, so a
 * reviewer reads "Cơ quan thực hiện: UBND cấp xã → UBND cấp huyện" rather than IDs, and the
 * exporters write the portal's shapes from them.
 */
import type { Payload } from 'payload'

import { idOf } from '../lib/idOf'
import type { Procedure } from '../payload-types'
import {
  NO_GAP,
  type ImportedGap,
  type ImportedProcedure,
  type ImportedMethod,
  type NoneOrUnknownGap,
} from './records'

/** Natural keys of the documents a procedure refers to, by ID. */
export interface NaturalKeys {
  sectors: Map<string, string>
  agencies: Map<string, string>
  legalDocuments: Map<string, { number: string; title: string | null }>
  /** media by file name */
  media: Map<string, string>
  /** procedures by national code */
  procedures: Map<string, string>
}

type StoredGap = { kind?: string | null; source?: string | null } | null | undefined

function gapOf<Kind extends 'none' | 'unknown'>(gap: StoredGap): ImportedGap<Kind> {
  if (!gap?.kind) return NO_GAP as ImportedGap<Kind>
  return { kind: gap.kind as Kind, source: gap.source ?? null }
}

/** The key of a reference, whether stored as an ID or populated; a dangling one reads as null. */
function keyOf<T>(ref: unknown, keys: Map<string, T>): T | null {
  if (ref === null || ref === undefined) return null
  return keys.get(String(idOf(ref as never))) ?? null
}

const keysOf = <T>(refs: unknown[] | null | undefined, keys: Map<string, T>): T[] =>
  (refs ?? []).map((ref) => keyOf(ref, keys)).filter((key): key is T => key !== null)

export function importedFromStored(doc: Procedure, keys: NaturalKeys): ImportedProcedure {
  const methods: ImportedMethod[] = (doc.methods ?? []).map((m) => ({
    channel: m.channel,
    processingTime: m.processingTime ?? null,
    processingTimeUnit: m.processingTimeUnit ?? null,
    description: m.description ?? null,
    processingTimeText: m.processingTimeText ?? null,
    processingTimeGap: gapOf(m.processingTimeGap),
    fees: (m.fees ?? []).map((f) => ({
      amount: f.amount ?? null,
      currency: f.currency ?? null,
      description: f.description ?? null,
    })),
    feesGap: gapOf<'none' | 'unknown'>(m.feesGap) as NoneOrUnknownGap,
  }))
  return {
    code: doc.code,
    localCode: doc.localCode ?? null,
    name: doc.name,
    validity: doc.validity,
    levels: doc.levels ?? [],
    sector: keyOf(doc.sector, keys.sectors) ?? '',
    formalityType: doc.formalityType ?? null,
    onlineServiceLevel: doc.onlineServiceLevel ?? null,
    subjects: doc.subjects ?? [],
    subjectsGap: gapOf(doc.subjectsGap),
    description: doc.description ?? null,
    agencies: {
      implementing: keysOf(doc.agencies?.implementing, keys.agencies),
      competent: keysOf(doc.agencies?.competent, keys.agencies),
      coordinating: keysOf(doc.agencies?.coordinating, keys.agencies),
      authorised: keysOf(doc.agencies?.authorised, keys.agencies),
      implementingGap: gapOf(doc.agencies?.implementingGap),
    },
    steps: doc.steps ?? null,
    stepsGap: gapOf(doc.stepsGap),
    methods,
    methodsGap: gapOf(doc.methodsGap),
    dossierCases: (doc.dossierCases ?? []).map((c) => ({
      name: c.name,
      components: (c.components ?? []).map((component) => ({
        name: component.name,
        description: component.description ?? null,
        originals: component.originals ?? 0,
        copies: component.copies ?? 0,
        required: component.required ?? false,
        form: keyOf(component.form, keys.media),
      })),
    })),
    dossierGap: gapOf(doc.dossierGap),
    results: (doc.results ?? []).map((r) => ({ name: r.name, code: r.code ?? null })),
    resultsGap: gapOf(doc.resultsGap),
    requirements: doc.requirements ?? null,
    requirementsGap: gapOf<'none' | 'unknown'>(doc.requirementsGap) as NoneOrUnknownGap,
    legalBasis: keysOf(doc.legalBasis, keys.legalDocuments),
    keywords: doc.keywords ?? [],
    synonyms: doc.synonyms ?? [],
    relatedProcedures: keysOf(doc.relatedProcedures, keys.procedures),
  }
}

/**
 * Reads every natural key of the catalogue once: a few thousand short rows at province scale,
 * cheaper than populating each procedure's references.
 */
export async function loadNaturalKeys(payload: Payload): Promise<NaturalKeys> {
  const all = async <T>(collection: string, select: Record<string, true>) =>
    (
      await payload.find({
        collection: collection as never,
        depth: 0,
        pagination: false,
        select: select as never,
        overrideAccess: true,
      })
    ).docs as unknown as (T & { id: string | number })[]
  const byId = <T, V>(docs: (T & { id: string | number })[], value: (doc: T) => V) =>
    new Map(docs.map((doc) => [String(doc.id), value(doc)]))
  const [sectors, agencies, legal, media, procedures] = await Promise.all([
    all<{ name: string }>('sectors', { name: true }),
    all<{ name: string }>('agencies', { name: true }),
    all<{ number: string; title?: string | null }>('legal-documents', {
      number: true,
      title: true,
    }),
    all<{ filename?: string | null }>('media', { filename: true }),
    all<{ code: string }>('procedures', { code: true }),
  ])
  return {
    sectors: byId(sectors, (d) => d.name),
    agencies: byId(agencies, (d) => d.name),
    legalDocuments: byId(legal, (d) => ({ number: d.number, title: d.title ?? null })),
    media: byId(media, (d) => d.filename ?? ''),
    procedures: byId(procedures, (d) => d.code),
  }
}
