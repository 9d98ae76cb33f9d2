/**
 * One import is one change set: planned (the dry run, stored with its input), then written as
 * drafts in one transaction, then reviewed as a unit (cms/collections/ChangeSets/transition.ts).
 * The REST endpoints and the CLI both call these functions with a request that carries the person.
 */
import { APIError, type PayloadRequest } from 'payload'

import { updateSet } from '../../collections/ChangeSets/updateSet'
import { formatDateTime } from '../../lib/dates'

import { inTransaction } from '../../lib/transaction'
import type { ChangeSet } from '../../payload-types'
import {
  asProcedureData,
  type ImportedApplication,
  type ImportedDecision,
  type ImportedProcedure,
} from '../records'
import { writeDrafts, type DraftWrite, type OnProgress } from '../write/drafts'
import { planChangeSet, nameKey, type KeyIndex, type PlannedSet } from './plan'
import { endProgress, startProgress } from './progress'
import { readInputs, type ImportInput } from './readInputs'
import { packSource, unpackSource } from './source'
import { countPlan, type ChangeSetPlan, type PlanItem } from './types'

/** Reads, plans and records a set in the "planned" state; nothing of the catalogue is written. */
export async function createPlannedSet(
  req: PayloadRequest,
  {
    inputs,
    format,
    locality,
    changeReason,
    takeUnstated = [],
  }: {
    inputs: ImportInput[]
    format?: string
    locality: string | null
    changeReason?: string
    /** a sync: the parts (`code` or `code:path`) the new record leaves unstated that become unknown */
    takeUnstated?: string[]
  },
): Promise<{ doc: ChangeSet; planned: PlannedSet }> {
  const { payload } = req
  if (!req.user) throw new APIError('Hãy đăng nhập.', 401, null, true)
  const read = await readInputs(inputs, { format })
  const fileOf = (kind: string, key: string) => read.origins[`${kind}:${key}`] ?? null
  let localityID: string | null = null
  if (locality !== null) {
    const { docs } = await payload.find({
      collection: 'localities',
      where: { code: { equals: locality } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (!docs[0])
      throw new APIError(`Không có địa phương nào mang mã "${locality}".`, 400, null, true)
    localityID = String(docs[0].id)
  }
  const planned = await planChangeSet(
    payload,
    read.set,
    { locality },
    { req, fileOf, takeUnstated: new Set(takeUnstated) },
  )
  const names = inputs.map((i) => i.name).join(', ')
  const doc = await payload.create({
    collection: 'change-sets',
    data: {
      title: `Nhập ${names.length > 80 ? `${inputs.length} tệp` : names} – ${formatDateTime(new Date())}`,
      state: 'planned',
      locality: localityID,
      format: format ?? [...new Set(read.formats.map((f) => f.format).filter(Boolean))].join(', '),
      files: read.formats.map((f) => ({ name: f.name, format: f.format, size: f.size })),
      author: req.user.id as string,
      changeReason: changeReason?.trim() || `Nhập dữ liệu từ ${names}`,
      counts: planned.plan.counts,
      plan: planned.plan.items as never,
      issues: planned.plan.issues as never,
      source: packSource({ set: read.set, origins: read.origins, takeUnstated }),
      history: [],
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return { doc, planned }
}

const ids = (index: Map<string, string>, names: string[]) =>
  names.map((name) => index.get(nameKey(name))).filter((id): id is string => Boolean(id))

/** Payload's data for a procedure read by natural keys, references resolved with `index`. */
export function procedureData(record: ImportedProcedure, index: KeyIndex) {
  const { sector, agencies, legalBasis, dossierCases, relatedProcedures, ...rest } = record
  return {
    ...asProcedureData(rest),
    sector: index.sectors.get(nameKey(sector)) ?? null,
    agencies: {
      implementing: ids(index.agencies, agencies.implementing),
      competent: ids(index.agencies, agencies.competent),
      coordinating: ids(index.agencies, agencies.coordinating),
      authorised: ids(index.agencies, agencies.authorised),
      implementingGap: agencies.implementingGap,
    },
    legalBasis: ids(
      index.legalDocuments,
      legalBasis.map((l) => l.number),
    ),
    dossierCases: dossierCases.map((c) => ({
      name: c.name,
      components: c.components.map((component) => ({
        ...component,
        form: component.form ? (index.media.get(component.form) ?? null) : null,
      })),
    })),
    relatedProcedures: relatedProcedures
      .map((code) => index.procedures.get(code))
      .filter((id): id is string => Boolean(id)),
  }
}

function applicationData(record: ImportedApplication, index: KeyIndex): Record<string, unknown> {
  // Only what the row gives: an empty cell leaves the master's value (or the stored one) alone.
  const data: Record<string, unknown> = {
    locality: index.localities.get(record.locality),
    procedure: index.procedures.get(record.procedure),
  }
  if (record.appliedFrom) data.appliedFrom = `${record.appliedFrom}T00:00:00.000Z`
  if (record.committedTime) data.committedTime = record.committedTime
  for (const field of [
    'receivingAddress',
    'officerInCharge',
    'unitInCharge',
    'onlineServiceUrl',
    'localNotes',
  ] as const)
    if (record[field] !== null) data[field] = record[field]
  return data
}

/**
 * A draft announcement decision: what the appendix states, nothing invented (the signer and the
 * effective date stay empty until the officer completes them; a draft may lack them).
 */
function decisionData(
  record: ImportedDecision,
  index: KeyIndex,
  provinceID: string,
): Record<string, unknown> {
  return {
    number: record.number,
    kind: 'announcement',
    locality: provinceID,
    ...(record.title ? { title: record.title } : {}),
    ...(record.signedDate ? { signedDate: `${record.signedDate}T00:00:00.000Z` } : {}),
    entries: record.entries.map((entry) => ({
      procedure: index.procedures.get(entry.code),
      change: entry.change,
      replaces: entry.replaces ? (index.procedures.get(entry.replaces) ?? null) : null,
      whatChanged: entry.whatChanged,
    })),
  }
}

/**
 * Writes a planned set as drafts, in one transaction: its new reference data, its procedures and
 * applied procedures, each version linked to the set, and the set itself moved to "draft". Re-plans
 * first against the catalogue as it is now; a set with any error writes nothing.
 */
export async function writeChangeSet(
  req: PayloadRequest,
  id: string,
  onProgress?: OnProgress,
): Promise<{ doc: ChangeSet; plan: ChangeSetPlan }> {
  const { payload } = req
  // Not the stored plan: the write plans again, and a province's plan is tens of megabytes parsed.
  const set = (await payload.findByID({
    collection: 'change-sets',
    id,
    depth: 0,
    select: { plan: false, issues: false },
    overrideAccess: true,
    req,
  })) as ChangeSet
  if (set.state !== 'planned')
    throw new APIError(`Lô "${set.title}" đã được ghi; không ghi lại lần nữa.`, 409, null, true)
  if (!set.source) throw new APIError(`Lô "${set.title}" không còn dữ liệu nguồn.`, 400, null, true)
  const source = unpackSource(set.source)
  const localityCode = set.locality
    ? ((
        await payload.findByID({
          collection: 'localities',
          id: String(set.locality),
          depth: 0,
          overrideAccess: true,
          req,
        })
      ).code ?? null)
    : null
  const fileOf = (kind: string, key: string) => source.origins[`${kind}:${key}`] ?? null

  try {
    return await inTransaction(req, async () => {
      const planned = await planChangeSet(
        payload,
        source.set,
        { locality: localityCode },
        { req, fileOf, takeUnstated: new Set(source.takeUnstated ?? []) },
      )
      if (planned.plan.counts.errors > 0)
        throw new APIError(
          `Lô "${set.title}" có ${planned.plan.counts.errors} lỗi; không ghi gì. Hãy sửa tệp và nhập lại.`,
          400,
          null,
          true,
        )
      const { index } = planned
      const link = { changeSet: id, changeReason: set.changeReason ?? null }
      const relatedLater = planned.procedures.filter((w) =>
        w.record.relatedProcedures.some((code) => !index.procedures.has(code)),
      )
      const total =
        planned.newSectors.length +
        planned.newAgencies.length +
        planned.newLegalDocuments.length +
        planned.procedures.length +
        relatedLater.length +
        planned.applications.length +
        planned.decisions.length +
        planned.serviceResults.length
      const progress = startProgress(id, total)
      let before = 0
      const step: OnProgress = (done) => {
        progress.done = before + done
        onProgress?.(progress.done, total)
      }
      const write = async (writes: DraftWrite[]) => {
        const written = await writeDrafts(payload, req, writes, step)
        before += writes.length
        return written
      }
      const reference = async (
        collection: 'sectors' | 'agencies' | 'legal-documents',
        keys: string[],
        data: (key: string, i: number) => Record<string, unknown>,
        map: Map<string, string>,
      ) => {
        const written = await write(
          keys.map((k, i) => ({ collection, id: null, data: data(k, i) })),
        )
        keys.forEach((key, i) => map.set(nameKey(key), written[i]!))
      }
      await reference('sectors', planned.newSectors, (name) => ({ name }), index.sectors)
      await reference('agencies', planned.newAgencies, (name) => ({ name }), index.agencies)
      await reference(
        'legal-documents',
        planned.newLegalDocuments.map((l) => l.number),
        (number, i) => ({
          number,
          title: planned.newLegalDocuments[i]!.title,
          // The source gives no dates or validity: say so rather than the form's default.
          status: 'unknown',
        }),
        index.legalDocuments,
      )
      const withIDs = new Map<PlanItem, string>()
      const procedureIDs = await write(
        planned.procedures.map((w) => ({
          collection: 'procedures',
          id: w.item.id,
          data: { ...procedureData(w.record, index), workflow: link },
        })),
      )
      planned.procedures.forEach((w, i) => {
        index.procedures.set(w.record.code, procedureIDs[i]!)
        withIDs.set(w.item, procedureIDs[i]!)
      })
      // Relations to procedures new in this set, now that they exist.
      await write(
        relatedLater.map((w) => ({
          collection: 'procedures',
          id: index.procedures.get(w.record.code)!,
          data: {
            relatedProcedures: procedureData(w.record, index).relatedProcedures,
            workflow: link,
          },
        })),
      )
      const applicationIDs = await write(
        planned.applications.map((w) => ({
          collection: 'applied-procedures',
          id: w.item.id,
          data: { ...applicationData(w.record, index), workflow: link },
        })),
      )
      planned.applications.forEach((w, i) => withIDs.set(w.item, applicationIDs[i]!))
      const decisionIDs = await write(
        planned.decisions.map((w) => ({
          collection: 'decisions',
          id: w.item.id,
          data: {
            ...decisionData(w.record, index, planned.provinceID!),
            workflow: link,
          },
        })),
      )
      planned.decisions.forEach((w, i) => withIDs.set(w.item, decisionIDs[i]!))
      // A report replaces the period's report whole: the file is the desk's report for the period.
      const resultIDs = await write(
        planned.serviceResults.map((w) => ({
          collection: 'service-results',
          id: w.item.id,
          data: { ...w.data, workflow: link },
        })),
      )
      planned.serviceResults.forEach((w, i) => withIDs.set(w.item, resultIDs[i]!))
      for (const item of planned.plan.items) {
        if (withIDs.has(item)) item.id = withIDs.get(item)!
        else if (item.status === 'new' && item.id === null) {
          const map =
            item.collection === 'sectors'
              ? index.sectors
              : item.collection === 'agencies'
                ? index.agencies
                : index.legalDocuments
          item.id = map.get(nameKey(item.key)) ?? null
        }
      }
      const at = new Date().toISOString()
      // Not Payload's update: it would read the whole set back (plan and packed source) to merge into.
      await updateSet(req, set, {
        state: 'draft',
        plan: planned.plan.items as never,
        issues: planned.plan.issues as never,
        counts: countPlan(planned.plan.items, planned.plan.issues),
        progress: { done: total, total, startedAt: progress.startedAt, finishedAt: at },
        history: [
          ...(set.history ?? []),
          { action: 'write', from: 'planned', to: 'draft', by: req.user?.id as string, at },
        ],
      })
      const doc = (await payload.findByID({
        collection: 'change-sets',
        id,
        depth: 0,
        select: { source: false },
        overrideAccess: true,
        req,
      })) as ChangeSet
      return { doc, plan: planned.plan }
    })
  } finally {
    endProgress(id)
  }
}
