import type { CollectionBeforeDeleteHook, Payload, PayloadRequest, Where } from 'payload'

import { formatDate } from '../../lib/dates'
import type { TransitionSubscriber } from '../../workflow/types'
import { inSystemTransaction, inTransaction } from '../../lib/transaction'
import { reviewState } from './reviewDue'
import { idOf } from '../../lib/idOf'

type Target = 'quality-documents' | 'procedures' | 'applied-procedures' | 'quality-objectives'

const openFor = (relationTo: Target, id: string | number, extra: Where[] = []): Where => ({
  and: [
    { 'document.relationTo': { equals: relationTo } },
    { 'document.value': { equals: id } },
    { state: { not_equals: 'done' } },
    ...extra,
  ],
})

async function localityName(
  payload: Payload,
  req: PayloadRequest,
  id: string | null,
): Promise<string | null> {
  if (!id) return null
  const locality = await payload.findByID({
    collection: 'localities',
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return locality.name
}

/**
 * The nightly review check: every effective quality document whose next review date is within
 * 30 days gets an open periodic task (one per document), and tasks whose date has passed become
 * overdue. Idempotent: running it twice changes nothing. One transaction: a run that fails midway
 * leaves no half of its tasks. Returns what it did, for the job log.
 */
export async function markReviewsDue(
  payload: Payload,
  { today, req }: { today: string; req?: PayloadRequest },
) {
  return req
    ? inTransaction(req, () => markDue(payload, today, req))
    : inSystemTransaction(payload, (system) => markDue(payload, today, system))
}

async function markDue(payload: Payload, today: string, req: PayloadRequest) {
  let created = 0
  let overdue = 0
  const { docs } = await payload.find({
    collection: 'quality-documents',
    where: {
      and: [{ documentStatus: { equals: 'effective' } }, { nextReviewDate: { exists: true } }],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const doc of docs) {
    const state = reviewState(doc.nextReviewDate, today)
    if (!state) continue
    const open = await payload.find({
      collection: 'review-tasks',
      where: openFor('quality-documents', doc.id, [{ reason: { equals: 'periodic' } }]),
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const existing = open.docs[0]
    if (!existing) {
      const locality = idOf(doc.locality)
      await payload.create({
        collection: 'review-tasks',
        data: {
          title: `${doc.code} – ${doc.title}`,
          document: { relationTo: 'quality-documents', value: doc.id },
          locality,
          localityName: (await localityName(payload, req, locality)) ?? 'Tỉnh',
          reason: 'periodic',
          state,
          dueDate: doc.nextReviewDate,
          note: `Hạn rà soát định kỳ: ${formatDate(doc.nextReviewDate)}.`,
        },
        overrideAccess: true,
        req,
      })
      created++
    } else if (existing.state !== state) {
      await payload.update({
        collection: 'review-tasks',
        id: existing.id,
        data: { state },
        overrideAccess: true,
        req,
      })
      if (state === 'overdue') overdue++
    }
  }
  return { checked: docs.length, created, overdue }
}

/**
 * A legal text changed: every quality document and procedure citing it must be reviewed. One open
 * task per (document, legal text).
 */
export async function flagDocumentsCiting(
  req: PayloadRequest,
  legal: { id: string; number: string },
  today: string,
): Promise<number> {
  const { payload } = req
  let flagged = 0
  const targets: {
    relationTo: Target
    docs: { id: string; title: string; locality: string | null }[]
  }[] = []
  const quality = await payload.find({
    collection: 'quality-documents',
    where: { legalBasis: { in: [legal.id] } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  targets.push({
    relationTo: 'quality-documents',
    docs: quality.docs.map((d) => ({
      id: d.id,
      title: `${d.code} – ${d.title}`,
      locality: idOf(d.locality),
    })),
  })
  const procedures = await payload.find({
    collection: 'procedures',
    where: { legalBasis: { in: [legal.id] } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  targets.push({
    relationTo: 'procedures',
    docs: procedures.docs.map((d) => ({
      id: d.id,
      title: `${d.code} – ${d.name}`,
      locality: null,
    })),
  })
  for (const { relationTo, docs } of targets) {
    for (const doc of docs) {
      const open = await payload.count({
        collection: 'review-tasks',
        where: openFor(relationTo, doc.id, [{ legalDocument: { equals: legal.id } }]),
        overrideAccess: true,
        req,
      })
      if (open.totalDocs) continue
      await payload.create({
        collection: 'review-tasks',
        data: {
          title: doc.title,
          document: { relationTo, value: doc.id },
          locality: doc.locality,
          localityName: (await localityName(payload, req, doc.locality)) ?? 'Tỉnh',
          reason: 'legal-change',
          state: 'due',
          dueDate: today,
          legalDocument: legal.id,
          note: `Văn bản ${legal.number} được cập nhật ngày ${formatDate(today)}; hãy rà soát nội dung viện dẫn.`,
        },
        overrideAccess: true,
        req,
      })
      flagged++
    }
  }
  return flagged
}

/** A new issue (or version) was published: its open review tasks are done. */
export async function closeReviewTasks(
  req: PayloadRequest,
  relationTo: string,
  id: string | number,
  at: string,
): Promise<void> {
  // A locality's copy published anew was reviewed by its officers: its master-change task is done.
  if (
    relationTo !== 'quality-documents' &&
    relationTo !== 'procedures' &&
    relationTo !== 'applied-procedures'
  )
    return
  const { docs } = await req.payload.find({
    collection: 'review-tasks',
    where: openFor(relationTo, id),
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const task of docs) {
    await req.payload.update({
      collection: 'review-tasks',
      id: task.id,
      data: { state: 'done', resolvedAt: at },
      overrideAccess: true,
      req,
    })
  }
}

/**
 * A document published anew, or withdrawn from use, no longer awaits review: its open tasks are
 * done, in the transition's transaction.
 */
export const closeReviewTasksAfterTransition: TransitionSubscriber = async ({
  req,
  collection,
  id,
  action,
  at,
}) => {
  if (action === 'publish' || action === 'obsolete')
    await closeReviewTasks(req, collection.slug, id, at)
}

/**
 * A deleted document's review tasks go with it, in the delete's transaction: a task is about one
 * document and means nothing without it. Before the document, as its deletion also removes the
 * link the tasks are found by.
 */
export const deleteReviewTasksOf =
  (relationTo: Target): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await req.payload.delete({
      collection: 'review-tasks',
      where: {
        and: [
          { 'document.relationTo': { equals: relationTo } },
          { 'document.value': { equals: id } },
        ],
      },
      overrideAccess: true,
      req,
    })
  }
