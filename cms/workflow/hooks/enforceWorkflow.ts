import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { pureHook } from '../../lib/bulkHooks'
import { idOf } from '../../lib/idOf'
import type { WorkflowAction, WorkflowState } from '../rules'
import {
  CHANGE_SET_WRITE_CONTEXT_KEY,
  TRANSITION_CONTEXT_KEY,
  type TransitionContext,
} from '../utilities/transitionContext'
import { PUBLISH_REFUSED } from './saveAsDraftForPeople'

type Workflow = Record<string, unknown> & { history?: unknown[]; authors?: unknown[] }

/**
 * The workflow's one gate for saves (REST, GraphQL, Local API, admin). A person's save is an edit:
 * it returns the document to draft, adds them to its authors and clears any approval. Publishing
 * happens only through a transition the endpoint checked. Saves without a user come from trusted
 * server code (seed, import, migrations) and pass unchanged.
 */
export const enforceWorkflow: CollectionBeforeChangeHook = pureHook(
  ({ data, originalDoc, req }) => {
    const transition = req.context[TRANSITION_CONTEXT_KEY] as TransitionContext | undefined
    const previous: Workflow = (originalDoc?.workflow as Workflow | undefined) ?? {}
    if (transition) {
      data.workflow = applyTransition(previous, (data.workflow ?? {}) as Workflow, transition)
      if (transition.action === 'publish') data._status = 'published'
      return data
    }
    if (!req.user) {
      // Seed and import write published content directly; its workflow state must say so.
      if (data._status === 'published')
        data.workflow = { ...previous, ...((data.workflow ?? {}) as Workflow), state: 'published' }
      return data
    }
    if (data._status === 'published' && !req.context.isRestoringVersion) {
      throw new APIError(PUBLISH_REFUSED, 403, null, true)
    }
    const incoming = (data.workflow ?? {}) as Workflow
    data.workflow = startEdit(previous, incoming, String(req.user.id), originalDoc)
    // Only an import's writer links a version to its change set; a person's edit keeps the link.
    if (req.context[CHANGE_SET_WRITE_CONTEXT_KEY])
      (data.workflow as Workflow).changeSet = incoming.changeSet ?? null
    // A restored version brings its old reason along; the restore is a new change and needs its own.
    if (req.context.isRestoringVersion)
      Object.assign(data.workflow as Workflow, { changeSummary: null, changeReason: null })
    return data
  },
)

function startEdit(
  previous: Workflow,
  incoming: Workflow,
  userID: string,
  originalDoc: Record<string, unknown> | undefined,
): Workflow {
  const previousState =
    (previous.state as WorkflowState | undefined) ??
    (originalDoc?._status === 'published' ? 'published' : 'draft')
  // Editing what is published starts a new cycle: new authors, and a new reason must be given.
  const newCycle = !originalDoc || previousState === 'published'
  const authors = newCycle ? [] : ((previous.authors ?? []).map(idOf).filter(Boolean) as string[])
  const fresh = (field: 'changeSummary' | 'changeReason') =>
    newCycle && incoming[field] === previous[field]
      ? null
      : (incoming[field] ?? previous[field] ?? null)
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
    ...(newCycle ? { reviewedBy: null, reviewedAt: null, changeSet: null } : {}),
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
    history: [
      ...(previous.history ?? []),
      { action: t.action, from: t.from, to: t.to, by: t.userID, at: t.at, comment: t.comment },
    ],
  }
}
