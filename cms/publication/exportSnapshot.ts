import type { Payload } from 'payload'

import {
  contentHash,
  parseSnapshot,
  SCHEMA_VERSION,
  type Snapshot,
  type SnapshotContent,
} from '../../content-schemas'
import { vietnamDay } from '../lib/dates'
import { idOf } from '../lib/idOf'
import type {
  Agency,
  AppliedProcedure,
  Decision,
  LegalDocument,
  Procedure,
  SearchSynonym,
  ServiceResult,
  Sector,
} from '../payload-types'
import type { Withheld } from './mappers/appliedProcedure'
import {
  abolitions,
  byKey,
  decisionsInForce,
  incompleteProcedures,
  notYetAnnounced,
  procedureFileIDs,
  proceduresWithGaps,
  provinceUnits,
  readFiles,
  refIn,
  toAgency,
  toChangeLog,
  toDecision,
  toLegalDocument,
  toLocalCatalogues,
  toAbolishedProcedures,
  toLocality,
  toProcedure,
  toSearchSynonyms,
  toServiceResults,
  toSector,
} from './mappers'

/**
 * The locality details open master-change review tasks withhold, by applied procedure. Trusted
 * read: the tasks are internal, only what they withhold reaches the snapshot (as an absence).
 */
async function withheldDetails(payload: Payload): Promise<Withheld> {
  const { docs } = await payload.find({
    collection: 'review-tasks',
    where: {
      and: [{ reason: { equals: 'master-change' } }, { state: { not_equals: 'done' } }],
    },
    select: { document: true, conflicts: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const withheld = new Map<string, Set<string>>()
  for (const task of docs) {
    const id = task.document?.relationTo === 'applied-procedures' ? idOf(task.document.value) : null
    if (!id) continue
    const fields = withheld.get(id) ?? new Set<string>()
    for (const conflict of (task.conflicts as { field?: string }[] | null) ?? [])
      if (conflict.field) fields.add(conflict.field)
    withheld.set(id, fields)
  }
  return withheld
}

/** A published procedure lacks a part the law requires: the release must not go out. */
export class IncompleteProcedureError extends Error {
  constructor(readonly problems: { code: string; name: string; parts: string[] }[]) {
    super(
      'Không thể xuất bản vì thủ tục thiếu thành phần bắt buộc (Nghị định 63/2010/NĐ-CP, Điều 8):\n' +
        problems.map((p) => `  - ${p.code} "${p.name}": thiếu ${p.parts.join(', ')}`).join('\n'),
    )
    this.name = 'IncompleteProcedureError'
  }
}

/** One line naming the released procedures whose source leaves parts unstated, and which parts. */
export const gapsLine = (gaps: ExportResult['gaps']) =>
  `${gaps.length} thủ tục có phần chưa có thông tin: ` +
  gaps.map((g) => `${g.code} (${g.parts.map((p) => p.part).join(', ')})`).join('; ')

export interface ExportResult {
  snapshot: Snapshot
  /** files to write into the release: their bytes (read from disk or the bucket) → path inside the release */
  files: { bytes: Buffer; target: string }[]
  /** released procedures with parts their source does not state (published, said as such) */
  gaps: ReturnType<typeof proceduresWithGaps>
}

/**
 * What the snapshot takes of an applied procedure (toApplication): a province has tens of thousands,
 * and each one's workflow history and version fields would otherwise be read and held for nothing.
 */
const APPLICATION_FIELDS = {
  locality: true,
  procedure: true,
  appliedFrom: true,
  applyingDecision: true,
  committedTime: true,
  receivingAddress: true,
  officerInCharge: true,
  unitInCharge: true,
  onlineServiceUrl: true,
  localNotes: true,
} as const

/**
 * Builds the release snapshot of a province from what anonymous readers may see, i.e. published
 * content only: every read goes through access control with no user. The result is deterministic:
 * the same content gives the same `contentHash`, whatever order the database returns rows in.
 * Each entity's shape is its mapper's job (./mappers); this reads, resolves references and sorts.
 */
export async function exportSnapshot(
  payload: Payload,
  { now = new Date(), provinceSlug }: { now?: Date; provinceSlug?: string } = {},
): Promise<ExportResult> {
  const read = { overrideAccess: false, depth: 0, limit: 0, pagination: false } as const
  const allLocalities = (await payload.find({ collection: 'localities', ...read })).docs
  const { province, localities } = provinceUnits(allLocalities, provinceSlug)
  const inProvince = { in: localities.map((l) => l.id) }
  const [sectors, agencies, legalDocuments, allDecisions, procedures, applied, synonyms, results] =
    (
      await Promise.all([
        payload.find({ collection: 'sectors', ...read }),
        payload.find({ collection: 'agencies', ...read }),
        payload.find({ collection: 'legal-documents', ...read }),
        payload.find({ collection: 'decisions', ...read, where: { locality: inProvince } }),
        payload.find({ collection: 'procedures', ...read }),
        payload.find({
          collection: 'applied-procedures',
          ...read,
          where: { locality: inProvince },
          select: APPLICATION_FIELDS,
        }),
        payload.find({ collection: 'search-synonyms', ...read }),
        payload.find({ collection: 'service-results', ...read, where: { locality: inProvince } }),
      ])
    ).map((r) => r.docs) as [
      Sector[],
      Agency[],
      LegalDocument[],
      Decision[],
      Procedure[],
      AppliedProcedure[],
      SearchSynonym[],
      ServiceResult[],
    ]

  const incomplete = incompleteProcedures(procedures)
  if (incomplete.length) throw new IncompleteProcedureError(incomplete)
  // What is in force on the release's day: decisions from their effective date, and without the
  // procedures those decisions abolished or replaced (or that were marked abolished by hand).
  const decisions = decisionsInForce(allDecisions, vietnamDay(now))
  const abolished = abolitions(decisions)
  // And not yet the procedures that only decisions still to take effect announce.
  const notYet = notYetAnnounced(allDecisions, decisions)
  const inForce = procedures.filter(
    (p) => p.validity !== 'abolished' && !abolished.has(p.id) && !notYet.has(p.id),
  )
  const inForceIDs = new Set(inForce.map((p) => p.id))
  const codeOf = new Map(procedures.map((p) => [p.id, p.code]))
  const nameOfCode = new Map([...procedures].reverse().map((p) => [p.code, p.name]))
  const inForceCodes = new Set(inForce.map((p) => p.code))

  // Files: only those a published procedure or decision links to. Trusted read: these are the files
  // of published content, public by definition; reading them without a user would depend on the
  // visibility bookkeeping being current (cms/collections/Media).
  const decisionFileIDs = decisions.map((d) => idOf(d.file)).filter((id) => id !== null)
  const fileIDs = new Set([...inForce.flatMap(procedureFileIDs), ...decisionFileIDs])
  const media = fileIDs.size
    ? (
        await payload.find({
          collection: 'media',
          ...read,
          overrideAccess: true,
          where: { id: { in: [...fileIDs] } },
        })
      ).docs
    : []
  const files = await readFiles(payload, media)
  const fileRef = refIn(files.refs.map((f) => f.id))
  const decisionRef = refIn(decisions.map((d) => d.id))
  const legalRef = refIn(legalDocuments.map((d) => d.id))

  const content: SnapshotContent = {
    localities: localities.map(toLocality).sort(byKey((l) => l.code)),
    sectors: sectors.map(toSector).sort(byKey((s) => s.slug)),
    agencies: agencies.map(toAgency).sort(byKey((a) => a.id)),
    legalDocuments: legalDocuments
      .map((d) => toLegalDocument(d, legalRef))
      .sort(byKey((d) => d.number)),
    decisions: decisions.map((d) => toDecision(d, codeOf, fileRef)).sort(byKey((d) => d.number)),
    files: files.refs.sort(byKey((f) => f.id)),
    procedures: inForce
      .map((p) => toProcedure(p, { codeOf, inForceCodes, fileRef }))
      .sort(byKey((p) => p.code)),
    localCatalogues: toLocalCatalogues(localities, applied, {
      codeOf,
      inForceCodes,
      decisionRef,
      withheld: await withheldDetails(payload),
    }),
    changes: toChangeLog(decisions, codeOf, nameOfCode),
    abolishedProcedures: toAbolishedProcedures(
      procedures.filter((p) => !inForceIDs.has(p.id) && !notYet.has(p.id)),
      { abolished, inForceCodes, codeOf, applied },
    ),
    searchSynonyms: toSearchSynonyms(synonyms, { codeOf, inForceCodes }),
    serviceResults: toServiceResults(results, {
      codeOf,
      sectorIDs: new Set(sectors.map((s) => s.id)),
      localityIDs: new Set(localities.map((l) => l.id)),
    }),
  }
  const hash = contentHash(content)
  const snapshot = parseSnapshot({
    metadata: {
      schemaVersion: SCHEMA_VERSION,
      releaseId: `${now.toISOString().replace(/[:.]/g, '-')}-${hash.slice(0, 8)}`,
      generatedAt: now.toISOString(),
      contentHash: hash,
      province: { id: province.id, slug: province.slug!, name: province.name },
    },
    ...content,
  })
  return {
    snapshot,
    files: files.copies.sort(byKey((f) => f.target)),
    gaps: proceduresWithGaps(inForce),
  }
}
