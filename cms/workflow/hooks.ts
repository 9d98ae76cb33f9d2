import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type CollectionBeforeOperationHook } from 'payload'

import { isAdmin } from '../access'
import type { WorkflowAction, WorkflowState } from './rules'

/** Passed by the transition endpoint through `req.context`; a REST or GraphQL caller cannot set it. */
export interface TransitionContext {
  action: WorkflowAction
  from: WorkflowState
  to: WorkflowState
  userID: string
  comment: string | null
  at: string
}

export const TRANSITION_CONTEXT_KEY = 'workflowTransition'

type Workflow = Record<string, unknown> & { history?: unknown[]; authors?: unknown[] }

const idOf = (value: unknown): string | null =>
  value && typeof value === 'object' ? String((value as { id: unknown }).id) : value ? String(value) : null

/** Why a person's save cannot publish; the same words on every path (REST, GraphQL, Local API). */
const PUBLISH_REFUSED =
  'Chỉ nội dung đã được phê duyệt mới được ban hành. Hãy lưu bản dự thảo (bỏ "_status" hoặc để "draft"), gửi xem xét và chờ người khác phê duyệt.'

/**
 * A person's create or update is always saved as a draft: what citizens see changes only through
 * the publish transition. (Without this, a PATCH without ?draft=true would rewrite the published
 * document in place.) Asking for `_status: published` is refused with 403, not quietly turned into
 * a draft, whatever `?draft=` says: the caller must not believe it published. A person may restore
 * an earlier version only as a new draft; Payload reads that flag before this hook runs, so a
 * restore that would publish is refused rather than changed. Transitions and trusted server code
 * (no user) are left alone.
 */
export const saveAsDraftForPeople: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (!args.req?.user || args.req.context?.[TRANSITION_CONTEXT_KEY]) return args
  if (operation === 'create' || operation === 'update') {
    if ((args.data as { _status?: unknown } | undefined)?._status === 'published') throw new APIError(PUBLISH_REFUSED, 403, null, true)
    args.draft = true
  }
  if (operation === 'restoreVersion' && !args.draft) {
    throw new APIError('Chỉ được khôi phục phiên bản cũ thành bản dự thảo ("Khôi phục thành bản nháp"), để được xem xét và phê duyệt lại.', 403, null, true)
  }
  return args
}

/**
 * The workflow's one gate for saves (REST, GraphQL, Local API, admin). A person's save is an edit:
 * it returns the document to draft, adds them to its authors and clears any approval. Publishing
 * happens only through a transition the endpoint checked. Saves without a user come from trusted
 * server code (seed, import, migrations) and pass unchanged.
 */
export const enforceWorkflow: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const transition = req.context[TRANSITION_CONTEXT_KEY] as TransitionContext | undefined
  const previous: Workflow = (originalDoc?.workflow as Workflow | undefined) ?? {}
  if (transition) {
    data.workflow = applyTransition(previous, (data.workflow ?? {}) as Workflow, transition)
    if (transition.action === 'publish') data._status = 'published'
    return data
  }
  if (!req.user) {
    // Seed and import write published content directly; its workflow state must say so.
    if (data._status === 'published') data.workflow = { ...previous, ...((data.workflow ?? {}) as Workflow), state: 'published' }
    return data
  }
  if (data._status === 'published' && !req.context.isRestoringVersion) {
    throw new APIError(PUBLISH_REFUSED, 403, null, true)
  }
  data.workflow = startEdit(previous, (data.workflow ?? {}) as Workflow, String(req.user.id), originalDoc)
  // A restored version brings its old reason along; the restore is a new change and needs its own.
  if (req.context.isRestoringVersion) Object.assign(data.workflow as Workflow, { changeSummary: null, changeReason: null })
  return data
}

function startEdit(previous: Workflow, incoming: Workflow, userID: string, originalDoc: Record<string, unknown> | undefined): Workflow {
  const previousState = (previous.state as WorkflowState | undefined) ?? (originalDoc?._status === 'published' ? 'published' : 'draft')
  // Editing what is published starts a new cycle: new authors, and a new reason must be given.
  const newCycle = !originalDoc || previousState === 'published'
  const authors = newCycle ? [] : ((previous.authors ?? []).map(idOf).filter(Boolean) as string[])
  const fresh = (field: 'changeSummary' | 'changeReason') =>
    newCycle && incoming[field] === previous[field] ? null : (incoming[field] ?? previous[field] ?? null)
  return {
    ...previous,
    changeSummary: fresh('changeSummary'),
    changeReason: fresh('changeReason'),
    state: 'draft',
    authors: [...new Set([...authors, userID])],
    submittedBy: null,
    submittedAt: null,
    approvedBy: null,
    approvedAt: null,
    publishedBy: null,
    publishedAt: null,
    ...(newCycle ? { reviewedBy: null, reviewedAt: null } : {}),
    history: previous.history ?? [],
  }
}

function applyTransition(previous: Workflow, incoming: Workflow, t: TransitionContext): Workflow {
  const stamp: Record<WorkflowAction, Workflow> = {
    submit: { submittedBy: t.userID, submittedAt: t.at },
    review: { reviewedBy: t.userID, reviewedAt: t.at },
    'request-changes': { reviewedBy: t.userID, reviewedAt: t.at },
    approve: { approvedBy: t.userID, approvedAt: t.at },
    publish: { publishedBy: t.userID, publishedAt: t.at },
    withdraw: { approvedBy: null, approvedAt: null },
  }
  return {
    ...previous,
    changeSummary: incoming.changeSummary ?? previous.changeSummary ?? null,
    changeReason: incoming.changeReason ?? previous.changeReason ?? null,
    ...stamp[t.action],
    state: t.to,
    history: [...(previous.history ?? []), { action: t.action, from: t.from, to: t.to, by: t.userID, at: t.at, comment: t.comment }],
  }
}

/** True while the transition endpoint saves: ownership checks made for editors do not apply to reviewers. */
export const isWorkflowTransition = (req: { context: Record<string, unknown> }): boolean => Boolean(req.context[TRANSITION_CONTEXT_KEY])

/**
 * What citizens have seen is not deleted by a person: a published procedure is abolished, an
 * applied one withdrawn, an ISO document made obsolete, each through review. Drafts that were never
 * published may be deleted; administrators may still clean up.
 */
export const keepPublishedHistory: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const user = req.user
  if (!user || isAdmin(user)) return
  const published = await req.payload.countVersions({
    collection: collection.slug as never,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    req,
  })
  if (published.totalDocs > 0) {
    throw new APIError(
      'Không thể xóa nội dung đã từng ban hành: hãy đổi tình trạng (bãi bỏ, ngừng áp dụng, hết hiệu lực) và gửi xem xét, để lịch sử được giữ lại.',
      403,
      null,
      true,
    )
  }
}

/** The workflow action being saved, if any. */
export const workflowAction = (req: { context: Record<string, unknown> }): WorkflowAction | null =>
  (req.context[TRANSITION_CONTEXT_KEY] as TransitionContext | undefined)?.action ?? null
