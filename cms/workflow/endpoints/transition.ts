import type { Endpoint, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { inTransaction } from '../../lib/transaction'
import {
  actionLabels,
  decideTransition,
  stateLabels,
  WORKFLOW_ACTIONS,
  type WorkflowAction,
} from '../rules'
import { openChangeSetOf } from '../utilities/changeSetGuard'
import { canEdit, collectionLabelOf, workflowDocumentOf } from '../utilities/documentOf'
import { emitTransition } from '../utilities/emitTransition'
import { TRANSITION_CONTEXT_KEY, type TransitionContext } from '../utilities/transitionContext'

const error = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * POST /api/<collection>/:id/workflow  { action, comment?, changeReason?, changeSummary? }
 * The only way to move a document through review. The rules are checked here against the latest
 * version; the save hook then refuses any publish that did not come through here.
 */
export const workflowEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const user = req.user
    if (!user) return error(401, 'Hãy đăng nhập.')
    // Payload puts the slug of the collection an endpoint was routed through in routeParams.
    const config = (
      req.payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>
    )[String(req.routeParams?.collection)]?.config
    if (!config) return error(404, 'Không tìm thấy loại tài liệu.')
    const id = String(req.routeParams?.id)
    const body = (await req.json?.().catch(() => ({}))) as {
      action?: string
      comment?: string
      changeReason?: string
      changeSummary?: string
    }
    const action = body.action as WorkflowAction
    if (!WORKFLOW_ACTIONS.includes(action))
      return error(400, `Thao tác không hợp lệ: "${body.action ?? ''}".`)

    // One transaction from the read the decision rests on to the last subscriber: the document, its
    // register entries and whatever the subscribers write (audit entry, review tasks, notifications)
    // are written together or not at all.
    const { response, afterCommit } = await inTransaction(req, () =>
      runTransition(req, config, id, action, body),
    )
    afterCommit?.()
    return response
  },
}

async function runTransition(
  req: PayloadRequest,
  config: SanitizedCollectionConfig,
  id: string,
  action: WorkflowAction,
  body: { comment?: string; changeReason?: string; changeSummary?: string },
): Promise<{ response: Response; afterCommit?: () => void }> {
  const user = req.user!
  // disableErrors: a read that threw would roll the transaction back (Payload ends it on any error).
  const latest = (await req.payload.findByID({
    collection: config.slug as never,
    id,
    draft: true,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    req,
  })) as Record<string, unknown> | null
  if (!latest)
    return { response: error(404, 'Không tìm thấy tài liệu, hoặc bạn không có quyền xem.') }
  const inOpenSet = await openChangeSetOf(req, latest)
  if (inOpenSet) return { response: error(409, inOpenSet) }
  const workflowUpdate: Record<string, unknown> = {}
  if (action === 'submit') {
    if (body.changeReason?.trim()) workflowUpdate.changeReason = body.changeReason.trim()
    if (body.changeSummary?.trim()) workflowUpdate.changeSummary = body.changeSummary.trim()
  }
  const doc = workflowDocumentOf(config, {
    ...latest,
    workflow: { ...(latest.workflow as object), ...workflowUpdate },
  })
  const comment = body.comment?.trim() || null
  const decision = decideTransition({
    action,
    user,
    doc,
    canEdit: await canEdit(req, config, id),
    comment,
  })
  if (!decision.ok) return { response: error(decision.status, decision.message) }

  const transition: TransitionContext = {
    action,
    from: doc.state,
    to: decision.to,
    userID: String(user.id),
    comment,
    at: new Date().toISOString(),
  }
  const updated = await req.payload.update({
    collection: config.slug as never,
    id,
    data: {
      workflow: workflowUpdate,
      ...(action === 'publish' ? { _status: 'published' } : {}),
    } as never,
    draft: action !== 'publish',
    depth: 0,
    overrideAccess: true,
    req,
    context: { [TRANSITION_CONTEXT_KEY]: transition },
  })
  // Audit, review tasks, notifications and any later feature react here, in this transaction.
  const collectionLabel = collectionLabelOf(config)
  const { messages, afterCommit } = await emitTransition(req, {
    collection: config,
    collectionLabel,
    id,
    action,
    from: doc.state,
    to: decision.to,
    doc,
    comment,
    at: transition.at,
    summary: `${actionLabels[action].vi}: ${collectionLabel} "${doc.title}"`,
  })
  const response = Response.json({
    doc: updated,
    message: [
      `Đã ${actionLabels[action].vi.toLowerCase()}. Trạng thái: ${stateLabels[decision.to].vi}.`,
      ...messages,
    ].join(' '),
  })
  return { response, afterCommit }
}
