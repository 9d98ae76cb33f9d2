/**
 * Việc của tôi: what awaits one person now, derived from the state of the documents, the change
 * sets and the review tasks, never from notifications (a notification is read once; the work stays
 * until it is done). Who may do what comes from the workflow's own rules (cms/workflow/rules.ts),
 * and every read goes through the person's access, so nobody sees another locality's work.
 */
import {
  createLocalReq,
  type Payload,
  type SanitizedCollectionConfig,
  type TypedUser,
  type Where,
} from 'payload'

import { checkRole, localityIDs } from '../../access/roles'
import { changeSetDocument, SET_FACTS } from '../../collections/ChangeSets/transition'
import type {
  ChangeSet,
  CorrectiveAction,
  InternalAudit,
  Nonconformity,
  ReadAcknowledgement,
  ReviewTask,
  User,
} from '../../payload-types'
import { formatDate, vietnamDay } from '../../lib/dates'
import { mayJudge } from '../../collections/Nonconformities/access'
import { isOverdue, type ActionState } from '../../collections/CorrectiveActions/rules'
import { findWithTotal } from '../../lib/findWithTotal'
import { idOf } from '../../lib/idOf'
import {
  availableActions,
  stateLabels,
  type WorkflowDocument,
  type WorkflowState,
  type WorkflowUser,
} from '../../workflow/rules'
import {
  collectionLabelOf,
  localityFieldOf,
  workflowDocumentOf,
  type WorkflowCustom,
} from '../../workflow/utilities/documentOf'

export const WORK_KINDS = [
  'fix',
  'review',
  'approve',
  'publish',
  'review-task',
  'read',
  'corrective-action',
  'verify-action',
  'nonconformity',
  'audit',
] as const
export type WorkKind = (typeof WORK_KINDS)[number]

/** What the person is asked to do, in the words of the glossary (docs/glossary.md). */
export const workKindLabels: Record<WorkKind, string> = {
  fix: 'Sửa theo yêu cầu',
  review: 'Xem xét',
  approve: 'Phê duyệt',
  publish: 'Ban hành',
  'review-task': 'Rà soát',
  read: 'Đọc và xác nhận',
  'corrective-action': 'Thực hiện khắc phục',
  'verify-action': 'Kiểm tra hiệu lực',
  nonconformity: 'Xử lý sự không phù hợp',
  audit: 'Đánh giá nội bộ',
}

export interface WorkItem {
  kind: WorkKind
  collection: string
  /** The collection's singular label, e.g. "Thủ tục hành chính". */
  collectionLabel: string
  id: string
  title: string
  /** The document's code or number where it has one (procedure code, decision number). */
  code: string | null
  /** The state in words, e.g. "Chờ xem xét", "Quá hạn rà soát (hạn 01/02/2027)". */
  state: string
  /** Since when it has been waiting (ISO instant), or null when the record does not say. */
  since: string | null
  /** The admin page that opens it. */
  link: string
  /** Owning locality, null for the province's own. */
  localityID: string | null
}

/** The field shown as a document's code, per collection; the others have none. */
const CODE_FIELDS: Record<string, string> = {
  procedures: 'code',
  decisions: 'number',
  'quality-documents': 'code',
}

/** At most this many rows per collection and kind: the view says how many more wait. */
const PER_QUERY = 100

/**
 * The work a document in review asks of this user, or null. Pure: the rules decide who may act,
 * this only says whether the document waits for them.
 * - in review: an approver approves; a reviewer reviews it unless someone already signed it off;
 * - approved: an approver or publisher of its locality publishes it;
 * - changes requested: it waits for the people who wrote or submitted it.
 */
export function workFor(
  user: WorkflowUser,
  doc: WorkflowDocument & { reviewedByID?: string | null },
): WorkKind | null {
  const me = String(user.id)
  if (doc.state === 'changes-requested')
    return doc.authorIDs.includes(me) || doc.submittedByID === me ? 'fix' : null
  // Only the rules' own roles and scope matter here: editing is not asked of a reviewer.
  const actions = availableActions({ user, doc, canEdit: false })
  if (doc.state === 'in-review') {
    if (actions.includes('approve')) return 'approve'
    if (actions.includes('review') && !doc.reviewedByID) return 'review'
    return null
  }
  if (doc.state === 'approved' && actions.includes('publish')) return 'publish'
  return null
}

/** Since when a document in this state has waited: the moment it entered the state. */
function sinceOf(state: WorkflowState, workflow: Record<string, unknown>, updatedAt: unknown) {
  const at =
    state === 'in-review'
      ? workflow.submittedAt
      : state === 'approved'
        ? workflow.approvedAt
        : state === 'changes-requested'
          ? workflow.reviewedAt
          : null
  return typeof at === 'string' ? at : typeof updatedAt === 'string' ? updatedAt : null
}

const collator = new Intl.Collator('vi')

/** Longest waiting first; then by title in Vietnamese order. */
export const byWaiting = (a: WorkItem, b: WorkItem) =>
  (a.since ?? '').localeCompare(b.since ?? '') || collator.compare(a.title, b.title)

export interface WorkQueue {
  items: WorkItem[]
  /** Items not read because a query reached its limit. */
  more: number
}

/** Everything that awaits `user` now. Reads only what the user may read. */
export async function workQueue(payload: Payload, user: TypedUser): Promise<WorkQueue> {
  const adminRoute = payload.config.routes.admin
  const linkTo = (slug: string, id: string) => `${adminRoute}/collections/${slug}/${id}`
  const parts = await Promise.all([
    ...payload.config.collections
      .filter((c) => (c.custom as WorkflowCustom | undefined)?.workflow)
      .map((config) => documentsAwaiting(payload, user, config, linkTo)),
    changeSetsAwaiting(payload, user, linkTo),
    reviewTasksAwaiting(payload, user, linkTo),
    readingAwaiting(payload, user, linkTo),
    correctiveActionsAwaiting(payload, user, linkTo),
    nonconformitiesAwaiting(payload, user, linkTo),
    auditsAwaiting(payload, user, linkTo),
  ])
  return {
    items: parts.flatMap((p) => p.items).sort(byWaiting),
    more: parts.reduce((sum, p) => sum + p.more, 0),
  }
}

type LinkTo = (slug: string, id: string) => string

/** The states that may wait for this user, as a query: only those the rules could give them. */
function statesWhere(user: TypedUser, localityField: string | null): Where {
  const own = localityIDs(user)
  const branches: Where[] = [
    {
      and: [
        { 'workflow.state': { equals: 'changes-requested' } },
        {
          or: [
            { 'workflow.authors': { in: [user.id] } },
            { 'workflow.submittedBy': { equals: user.id } },
          ],
        },
      ],
    },
  ]
  // A locality's people act on their localities' documents only (isInScope); province staff on all.
  if (own.length && !localityField) return { or: branches }
  const state = (value: WorkflowState): Where =>
    own.length
      ? { and: [{ 'workflow.state': { equals: value } }, { [localityField!]: { in: own } }] }
      : { 'workflow.state': { equals: value } }
  if (checkRole(['reviewer', 'approver'], user)) branches.push(state('in-review'))
  if (checkRole(['approver', 'publisher'], user)) branches.push(state('approved'))
  return { or: branches }
}

async function documentsAwaiting(
  payload: Payload,
  user: TypedUser,
  config: SanitizedCollectionConfig,
  linkTo: LinkTo,
): Promise<WorkQueue> {
  const localityField = localityFieldOf(config)
  const where = statesWhere(user, localityField)
  const hasChangeSets = config.flattenedFields.some(
    (f) =>
      f.name === 'workflow' &&
      'flattenedFields' in f &&
      f.flattenedFields.some((s) => s.name === 'changeSet'),
  )
  const codeField = CODE_FIELDS[config.slug]
  const titleField = config.admin?.useAsTitle ?? 'id'
  const { docs, totalDocs } = await findWithTotal(PER_QUERY, (page) =>
    payload.find({
      collection: config.slug as 'procedures',
      // The latest version: that is where a document's review state lives.
      draft: true,
      // Only what a row shows and the rules read: a procedure is hundreds of fields.
      select: {
        [titleField]: true,
        ...(codeField ? { [codeField]: true } : {}),
        ...(localityField ? { [localityField]: true } : {}),
        workflow: {
          state: true,
          authors: true,
          submittedBy: true,
          submittedAt: true,
          reviewedBy: true,
          reviewedAt: true,
          approvedAt: true,
        },
        updatedAt: true,
      } as never,
      where: {
        and: [
          where,
          // An import's items move with their set, which is listed itself.
          ...(hasChangeSets ? [{ 'workflow.changeSet': { exists: false } }] : []),
        ],
      },
      sort: 'updatedAt',
      depth: 0,
      overrideAccess: false,
      user,
      ...page,
    }),
  )
  const items: WorkItem[] = []
  for (const raw of docs as unknown as Record<string, unknown>[]) {
    const doc = workflowDocumentOf(config, raw)
    const workflow = (raw.workflow ?? {}) as Record<string, unknown>
    const kind = workFor(user, { ...doc, reviewedByID: idOf(workflow.reviewedBy) })
    if (!kind) continue
    items.push({
      kind,
      collection: config.slug,
      collectionLabel: collectionLabelOf(config),
      id: String(raw.id),
      title: doc.title,
      code: codeField && raw[codeField] ? String(raw[codeField]) : null,
      state: stateLabels[doc.state].vi,
      since: sinceOf(doc.state, workflow, raw.updatedAt),
      link: linkTo(config.slug, String(raw.id)),
      localityID: doc.localityID,
    })
  }
  return { items, more: Math.max(0, totalDocs - docs.length) }
}

async function changeSetsAwaiting(
  payload: Payload,
  user: TypedUser,
  linkTo: LinkTo,
): Promise<WorkQueue> {
  const config = payload.collections['change-sets']?.config
  if (!config) return { items: [], more: 0 }
  const { docs, totalDocs } = await findWithTotal(PER_QUERY, (page) =>
    payload.find({
      collection: 'change-sets',
      where: { state: { in: ['in-review', 'approved', 'changes-requested'] } },
      // A set's plan is megabytes: only its facts.
      select: SET_FACTS,
      sort: 'updatedAt',
      depth: 0,
      overrideAccess: false,
      user,
      ...page,
    }),
  )
  const items: WorkItem[] = []
  for (const set of docs as ChangeSet[]) {
    const doc = changeSetDocument(set)
    const last = set.history?.at(-1)
    const kind = workFor(user, { ...doc, reviewedByID: reviewedThisRound(set.history) })
    if (!kind) continue
    items.push({
      kind,
      collection: 'change-sets',
      collectionLabel: collectionLabelOf(config),
      id: String(set.id),
      title: set.title,
      code: null,
      state: stateLabels[doc.state].vi,
      since: last?.at ?? set.updatedAt ?? null,
      link: linkTo('change-sets', String(set.id)),
      localityID: doc.localityID,
    })
  }
  return { items, more: Math.max(0, totalDocs - docs.length) }
}

/** Who signed the set off since it was last submitted (a set records its steps in its history). */
function reviewedThisRound(history: ChangeSet['history']): string | null {
  const steps = history ?? []
  const submitted = steps.findLastIndex((h) => h.action === 'submit')
  const review = steps.slice(submitted + 1).find((h) => h.action === 'review')
  return review ? (idOf(review.by) ?? 'unknown') : null
}

const taskStateLabels: Record<string, string> = {
  due: 'Sắp đến hạn rà soát',
  overdue: 'Quá hạn rà soát',
}

/**
 * Open review tasks (rà soát) the user may act on: those of documents the user may edit, as the
 * document's collection says (a locality's officers for its quy trình, legal officers for the
 * master list and the province's documents).
 */
async function reviewTasksAwaiting(
  payload: Payload,
  user: TypedUser,
  linkTo: LinkTo,
): Promise<WorkQueue> {
  const { docs, totalDocs } = await findWithTotal(PER_QUERY, (page) =>
    payload.find({
      collection: 'review-tasks',
      where: { state: { in: ['due', 'overdue'] } },
      sort: 'dueDate',
      depth: 0,
      overrideAccess: false,
      user,
      ...page,
    }),
  )
  if (docs.length === 0) return { items: [], more: 0 }
  const req = await createLocalReq({ user }, payload)
  const editable = new Set<string>()
  const targets = new Map<string, string[]>()
  for (const task of docs as ReviewTask[]) {
    const id = idOf(task.document)
    if (id)
      targets.set(task.document.relationTo, [...(targets.get(task.document.relationTo) ?? []), id])
  }
  for (const [slug, ids] of targets) {
    const access = await payload.collections[slug as 'procedures'].config.access.update({ req })
    if (access === false) continue
    const { docs: found } = await payload.find({
      collection: slug as 'procedures',
      where: access === true ? { id: { in: ids } } : { and: [{ id: { in: ids } }, access] },
      select: {},
      limit: ids.length,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of found) editable.add(`${slug}/${doc.id}`)
  }
  const items: WorkItem[] = []
  for (const task of docs as ReviewTask[]) {
    const id = idOf(task.document)
    if (!id || !editable.has(`${task.document.relationTo}/${id}`)) continue
    const label = payload.collections[task.document.relationTo]?.config
    items.push({
      kind: 'review-task',
      collection: task.document.relationTo,
      collectionLabel: label ? collectionLabelOf(label) : task.document.relationTo,
      id,
      title: task.title,
      code: null,
      state: `${taskStateLabels[task.state] ?? task.state}${task.dueDate ? ` (hạn ${formatDate(task.dueDate)})` : ''}`,
      since: task.createdAt,
      // A master-change task holds the master's diff, a missed-objective task the misses; both
      // are resolved on their own page.
      link:
        task.reason === 'master-change' || task.reason === 'objective-missed'
          ? linkTo('review-tasks', String(task.id))
          : linkTo(task.document.relationTo, id),
      localityID: idOf(task.locality),
    })
  }
  return { items, more: Math.max(0, totalDocs - docs.length) }
}

/**
 * Issues of quality documents this user is to confirm having read ("Tôi đã đọc và hiểu"): their
 * own open read-and-understood tasks, each opened on its own page.
 */
async function readingAwaiting(
  payload: Payload,
  user: TypedUser,
  linkTo: LinkTo,
): Promise<WorkQueue> {
  const config = payload.collections['read-acknowledgements']?.config
  if (!config) return { items: [], more: 0 }
  const { docs, totalDocs } = await findWithTotal(PER_QUERY, (page) =>
    payload.find({
      collection: 'read-acknowledgements',
      where: { and: [{ user: { equals: user.id } }, { state: { equals: 'open' } }] },
      sort: 'createdAt',
      depth: 0,
      overrideAccess: false,
      user,
      ...page,
    }),
  )
  const items = (docs as ReadAcknowledgement[]).map((task): WorkItem => ({
    kind: 'read',
    collection: 'read-acknowledgements',
    collectionLabel: collectionLabelOf(config),
    id: String(task.id),
    title: task.title,
    code: null,
    state: `Chưa xác nhận đã đọc (giao ngày ${formatDate(task.openedOn)})`,
    since: task.createdAt,
    link: linkTo('read-acknowledgements', String(task.id)),
    localityID: idOf(task.locality),
  }))
  return { items, more: Math.max(0, totalDocs - docs.length) }
}

/**
 * Corrective actions: one's own open actions to carry out (overdue ones say so), and actions of
 * one's localities done by someone else, to verify (the owner never verifies their own).
 */
async function correctiveActionsAwaiting(
  payload: Payload,
  user: TypedUser,
  linkTo: LinkTo,
): Promise<WorkQueue> {
  const config = payload.collections['corrective-actions']?.config
  if (!config) return { items: [], more: 0 }
  const judge = mayJudge(user as User, localityIDs(user)[0] ?? null)
  const { docs, totalDocs } = await findWithTotal(PER_QUERY, (page) =>
    payload.find({
      collection: 'corrective-actions',
      where: {
        or: [
          { and: [{ owner: { equals: user.id } }, { state: { equals: 'open' } }] },
          ...(judge
            ? [{ and: [{ owner: { not_equals: user.id } }, { state: { equals: 'done' } }] }]
            : []),
        ],
      },
      sort: 'dueDate',
      depth: 0,
      overrideAccess: false,
      user,
      ...page,
    }),
  )
  const today = vietnamDay(new Date())
  const items = (docs as CorrectiveAction[])
    // Read access already scopes to the user's localities; judging needs the action's own.
    .filter((a) => a.state === 'open' || mayJudge(user as User, idOf(a.locality)))
    .map((action): WorkItem => {
      const due = formatDate(action.dueDate)
      const overdue = isOverdue(
        { state: action.state as ActionState, dueDay: vietnamDay(action.dueDate) },
        today,
      )
      return {
        kind: action.state === 'open' ? 'corrective-action' : 'verify-action',
        collection: 'corrective-actions',
        collectionLabel: collectionLabelOf(config),
        id: String(action.id),
        title: action.action,
        code: action.code ?? null,
        state:
          action.state === 'open'
            ? overdue
              ? `Quá hạn (hạn ${due})`
              : `Hạn hoàn thành ${due}`
            : `Đã thực hiện, chờ kiểm tra hiệu lực`,
        since: action.state === 'open' ? action.createdAt : (action.doneAt ?? action.updatedAt),
        link: linkTo('corrective-actions', String(action.id)),
        localityID: idOf(action.locality),
      }
    })
  return { items, more: Math.max(0, totalDocs - docs.length) }
}

/**
 * Nonconformities of one's localities with no corrective action yet (an auditor's finding opens
 * one): the locality's officers find the cause and plan the actions.
 */
async function nonconformitiesAwaiting(
  payload: Payload,
  user: TypedUser,
  linkTo: LinkTo,
): Promise<WorkQueue> {
  const config = payload.collections.nonconformities?.config
  const own = localityIDs(user)
  if (!config || !checkRole(['locality-officer'], user) || own.length === 0)
    return { items: [], more: 0 }
  const { docs, totalDocs } = await findWithTotal(PER_QUERY, (page) =>
    payload.find({
      collection: 'nonconformities',
      where: { and: [{ state: { equals: 'open' } }, { locality: { in: own } }] },
      sort: 'detectedOn',
      depth: 0,
      overrideAccess: false,
      user,
      ...page,
    }),
  )
  const items = (docs as Nonconformity[]).map((nc): WorkItem => ({
    kind: 'nonconformity',
    collection: 'nonconformities',
    collectionLabel: collectionLabelOf(config),
    id: String(nc.id),
    title: nc.description,
    code: nc.code ?? null,
    state: `Chưa có hành động khắc phục (phát hiện ngày ${formatDate(nc.detectedOn)})`,
    since: nc.createdAt,
    link: linkTo('nonconformities', String(nc.id)),
    localityID: idOf(nc.locality),
  }))
  return { items, more: Math.max(0, totalDocs - docs.length) }
}

/**
 * Internal audits one is on the team of, planned or in progress; and, for the lead auditor, a
 * completed audit whose report is still to be issued.
 */
async function auditsAwaiting(
  payload: Payload,
  user: TypedUser,
  linkTo: LinkTo,
): Promise<WorkQueue> {
  const config = payload.collections['internal-audits']?.config
  if (!config) return { items: [], more: 0 }
  const { docs, totalDocs } = await findWithTotal(PER_QUERY, (page) =>
    payload.find({
      collection: 'internal-audits',
      where: {
        or: [
          {
            and: [
              { or: [{ leadAuditor: { equals: user.id } }, { auditors: { contains: user.id } }] },
              { state: { in: ['planned', 'in-progress'] } },
            ],
          },
          { and: [{ leadAuditor: { equals: user.id } }, { state: { equals: 'completed' } }] },
        ],
      },
      sort: 'plannedDate',
      depth: 0,
      overrideAccess: false,
      user,
      ...page,
    }),
  )
  const stateText = (audit: InternalAudit) =>
    audit.state === 'planned'
      ? `Dự kiến đánh giá ngày ${formatDate(audit.plannedDate)}`
      : audit.state === 'in-progress'
        ? 'Đang đánh giá: ghi nhận phát hiện'
        : 'Đã kết thúc đánh giá: chờ ban hành báo cáo'
  const items = (docs as InternalAudit[]).map((audit): WorkItem => ({
    kind: 'audit',
    collection: 'internal-audits',
    collectionLabel: collectionLabelOf(config),
    id: String(audit.id),
    title: audit.code,
    code: null,
    state: stateText(audit),
    since: audit.state === 'planned' ? audit.createdAt : (audit.startedAt ?? audit.updatedAt),
    link: linkTo('internal-audits', String(audit.id)),
    localityID: idOf(audit.locality),
  }))
  return { items, more: Math.max(0, totalDocs - docs.length) }
}
