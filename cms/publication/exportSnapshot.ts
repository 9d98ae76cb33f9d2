import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { Payload } from 'payload'

import {
  contentHash,
  parseSnapshot,
  SCHEMA_VERSION,
  type ChangeLogEntry,
  type FileRef,
  type Procedure as PublishedProcedure,
  type Snapshot,
  type SnapshotContent,
} from '../../content-schemas'
import { legalKindLabels, unitTypeLabels, type UnitType } from '../../content-schemas/enumerations'
import { missingRequiredParts, REQUIRED_PARTS } from '../collections/Procedures/requiredParts'
import { lexicalToPlainText } from '../lib/lexical'
import { slugify } from '../lib/slugify'
import type { Decision, Media, Procedure } from '../payload-types'
import { idOf } from '../lib/idOf'

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

export interface ExportResult {
  snapshot: Snapshot
  /** files to copy into the release: absolute source path → path inside the release */
  files: { source: string; target: string }[]
}

const ids = (values: unknown[] | null | undefined): string[] => (values ?? []).map(idOf).filter((v): v is string => v !== null)
const day = (value: string | null | undefined): string | null => (value ? value.slice(0, 10) : null)
const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)
const text = (value: string | null | undefined) => (value && value.trim() !== '' ? value : null)

function richText(value: unknown): { html: string; text: string } | null {
  if (!value || typeof value !== 'object') return null
  const plain = lexicalToPlainText(value).trim()
  if (!plain) return null
  return { html: convertLexicalToHTML({ data: value as never, disableContainer: true }), text: plain }
}

/**
 * Builds the release snapshot of a province from what anonymous readers may see, i.e. published
 * content only: every read goes through access control with no user. The result is deterministic:
 * the same content gives the same `contentHash`, whatever order the database returns rows in.
 */
export async function exportSnapshot(
  payload: Payload,
  { now = new Date(), provinceSlug }: { now?: Date; provinceSlug?: string } = {},
): Promise<ExportResult> {
  const read = { overrideAccess: false, depth: 0, limit: 0, pagination: false } as const

  const allLocalities = (await payload.find({ collection: 'localities', ...read })).docs
  const provinces = allLocalities.filter((l) => l.tier === 'province' && (!provinceSlug || l.slug === provinceSlug))
  if (provinces.length !== 1) {
    throw new Error(provinceSlug ? `Không tìm thấy tỉnh "${provinceSlug}".` : 'Cần chỉ rõ tỉnh: có nhiều hơn một (hoặc không có) đơn vị cấp tỉnh.')
  }
  const province = provinces[0]
  // The province and every unit below it.
  const inProvince = new Set([province.id])
  for (let grew = true; grew; ) {
    grew = false
    for (const l of allLocalities) {
      const parent = idOf(l.parent)
      if (!inProvince.has(l.id) && parent && inProvince.has(parent)) {
        inProvince.add(l.id)
        grew = true
      }
    }
  }
  const localities = allLocalities.filter((l) => inProvince.has(l.id))

  const [sectors, agencies, legalDocuments, decisions, procedures, applied] = await Promise.all([
    payload.find({ collection: 'sectors', ...read }),
    payload.find({ collection: 'agencies', ...read }),
    payload.find({ collection: 'legal-documents', ...read }),
    payload.find({ collection: 'decisions', ...read, where: { locality: { in: [...inProvince] } } }),
    payload.find({ collection: 'procedures', ...read }),
    payload.find({ collection: 'applied-procedures', ...read, where: { locality: { in: [...inProvince] } } }),
  ])

  const incomplete = procedures.docs
    .map((p) => ({ code: p.code, name: p.name, parts: missingRequiredParts(p).map((m) => REQUIRED_PARTS[m.part]) }))
    .filter((p) => p.parts.length > 0)
  if (incomplete.length) throw new IncompleteProcedureError(incomplete.sort(byKey((p) => p.code)))

  const inForce = procedures.docs.filter((p) => p.validity !== 'abolished')
  const codeOf = new Map(procedures.docs.map((p) => [p.id, p.code]))
  const nameOf = new Map(procedures.docs.map((p) => [p.id, p.name]))

  // Files: only those a published procedure or decision links to.
  const fileIDs = new Set<string>()
  for (const p of inForce) {
    for (const c of p.dossierCases ?? []) for (const component of c.components ?? []) if (idOf(component.form)) fileIDs.add(idOf(component.form)!)
    for (const r of p.results ?? []) if (idOf(r.template)) fileIDs.add(idOf(r.template)!)
  }
  for (const d of decisions.docs) if (idOf(d.file)) fileIDs.add(idOf(d.file)!)
  // Trusted: these are the files of published content, which is public by definition; reading them
  // without a user would depend on the visibility bookkeeping being current (cms/collections/Media).
  const media = fileIDs.size
    ? (await payload.find({ collection: 'media', ...read, overrideAccess: true, where: { id: { in: [...fileIDs] } } })).docs
    : []
  const staticDir = (payload.collections.media.config.upload as { staticDir: string }).staticDir
  const files: ExportResult['files'] = []
  const fileRefs: FileRef[] = []
  for (const m of media as Media[]) {
    const source = path.join(staticDir, m.filename!)
    const bytes = await fs.readFile(source)
    const target = `files/${m.id}/${m.filename}`
    files.push({ source, target })
    fileRefs.push({
      id: m.id,
      title: m.title,
      path: target,
      mimeType: m.mimeType ?? 'application/octet-stream',
      size: bytes.length,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    })
  }
  const published = new Set(fileRefs.map((f) => f.id))
  const fileRef = (value: unknown) => {
    const fileID = idOf(value)
    return fileID && published.has(fileID) ? fileID : null
  }
  // The contract refuses references that do not resolve inside the release: a draft decision
  // (or a document deleted on MongoDB, which keeps the dangling id) is left out, as files are.
  const inRelease = (docs: { id: string }[]) => {
    const ids = new Set(docs.map((d) => d.id))
    return (value: unknown) => {
      const id = idOf(value)
      return id && ids.has(id) ? id : null
    }
  }
  const decisionRef = inRelease(decisions.docs)
  const legalRef = inRelease(legalDocuments.docs)

  const decisionEntries = (d: Decision) =>
    (d.entries ?? [])
      .filter((e) => codeOf.has(idOf(e.procedure)!))
      .map((e) => ({
        procedureCode: codeOf.get(idOf(e.procedure)!)!,
        change: e.change,
        replacesCode: e.replaces ? (codeOf.get(idOf(e.replaces)!) ?? null) : null,
        whatChanged: text(e.whatChanged),
      }))

  const toProcedure = (p: Procedure): PublishedProcedure => ({
    id: p.id,
    code: p.code,
    localCode: text(p.localCode),
    slug: `${p.code.replace('.', '-')}-${slugify(p.name).slice(0, 80).replace(/-+$/, '')}`,
    name: p.name,
    description: text(p.description),
    validity: p.validity,
    levels: p.levels,
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
      fees: (m.fees ?? []).map((f) => ({ amount: f.amount, description: text(f.description) })),
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
    results: (p.results ?? []).map((r) => ({ name: r.name, code: text(r.code), templateFileId: fileRef(r.template) })),
    requirements: richText(p.requirements),
    legalBasisIds: ids(p.legalBasis).sort(),
    onlineServiceLevel: p.onlineServiceLevel ?? 'none',
    keywords: p.keywords ?? [],
    synonyms: p.synonyms ?? [],
    relatedCodes: ids(p.relatedProcedures).map((r) => codeOf.get(r)).filter((c): c is string => Boolean(c) && inForce.some((p) => p.code === c)).sort(),
    updatedAt: p.updatedAt,
  })

  const inForceCodes = new Set(inForce.map((p) => p.code))
  const changes: ChangeLogEntry[] = decisions.docs
    .filter((d) => d.kind === 'announcement')
    .flatMap((d) =>
      decisionEntries(d).map((e) => ({
        date: day(d.effectiveDate)!,
        decisionId: d.id,
        decisionNumber: d.number,
        procedureCode: e.procedureCode,
        procedureName: nameOf.get(procedures.docs.find((p) => p.code === e.procedureCode)!.id)!,
        change: e.change,
        whatChanged: e.whatChanged,
      })),
    )
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.procedureCode < b.procedureCode ? -1 : a.procedureCode > b.procedureCode ? 1 : 0))

  const content: SnapshotContent = {
    localities: localities
      .map((l) => ({
        id: l.id,
        slug: l.slug!,
        name: l.name,
        unitType: l.unitType,
        unitTypeLabel: unitTypeLabels[l.unitType as UnitType].vi,
        tier: l.tier!,
        code: l.code,
        parentId: idOf(l.parent),
        portalUrl: text(l.portalUrl),
        deskAddress: text(l.deskAddress),
        phone: text(l.phone),
        email: text(l.email),
        openingHours: text(l.openingHours),
        dissolvedOn: day(l.dissolvedOn),
      }))
      .sort(byKey((l) => l.code)),
    sectors: sectors.docs.map((s) => ({ id: s.id, slug: s.slug!, name: s.name, code: text(s.code) })).sort(byKey((s) => s.slug)),
    agencies: agencies.docs.map((a) => ({ id: a.id, name: a.name, level: a.level ?? null })).sort(byKey((a) => a.id)),
    legalDocuments: legalDocuments.docs
      .map((d) => ({
        id: d.id,
        number: d.number,
        kind: d.kind,
        kindLabel: legalKindLabels[d.kind].vi,
        title: d.title,
        issuer: d.issuer,
        issueDate: day(d.issueDate)!,
        effectiveDate: day(d.effectiveDate),
        status: d.status,
        replacedById: legalRef(d.replacedBy),
      }))
      .sort(byKey((d) => d.number)),
    decisions: decisions.docs
      .map((d) => ({
        id: d.id,
        number: d.number,
        kind: d.kind,
        title: d.title,
        issuer: d.issuer,
        localityId: idOf(d.locality)!,
        signedDate: day(d.signedDate)!,
        effectiveDate: day(d.effectiveDate)!,
        fileId: fileRef(d.file),
        entries: decisionEntries(d).sort(byKey((e) => e.procedureCode)),
      }))
      .sort(byKey((d) => d.number)),
    files: fileRefs.sort(byKey((f) => f.id)),
    procedures: inForce.map(toProcedure).sort(byKey((p) => p.code)),
    localCatalogues: localities
      .map((l) => ({
        localityId: l.id,
        applications: applied.docs
          .filter((a) => idOf(a.locality) === l.id && inForceCodes.has(codeOf.get(idOf(a.procedure)!) ?? ''))
          .map((a) => ({
            procedureCode: codeOf.get(idOf(a.procedure)!)!,
            receivingAddress: text(a.receivingAddress),
            committedTime: typeof a.committedTime?.value === 'number' && a.committedTime.unit ? { value: a.committedTime.value, unit: a.committedTime.unit } : null,
            localNotes: text(a.localNotes),
            officerInCharge: text(a.officerInCharge),
            unitInCharge: text(a.unitInCharge),
            onlineServiceUrl: text(a.onlineServiceUrl),
            appliedFrom: day(a.appliedFrom),
            applyingDecisionId: decisionRef(a.applyingDecision),
          }))
          .sort(byKey((a) => a.procedureCode)),
      }))
      .filter((c) => c.applications.length > 0)
      .sort(byKey((c) => c.localityId)),
    changes,
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
  return { snapshot, files: files.sort(byKey((f) => f.target)) }
}
