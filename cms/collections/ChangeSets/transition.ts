/**
 * A change set moves through the documents' own review (decideTransition: submit, review,
 * request-changes, approve, publish, withdraw; the author never reviews or approves), and every
 * item it wrote moves with it, in one transaction: 2,000 procedures are approved by one decision on
 * the set, and the set stays one unit. The workflow's subscribers (audit, notifications) hear of the
 * set's transition once, not once per item.
 */
import { APIError, type PayloadRequest } from 'payload'

import { transitionItems } from '../../import/write/drafts'
import { idOf } from '../../lib/idOf'
import { inTransaction } from '../../lib/transaction'
import type { ChangeSet } from '../../payload-types'
import { emitTransition } from '../../workflow'
import {
  actionLabels,
  decideTransition,
  stateLabels,
  type WorkflowAction,
  type WorkflowDocument,
  type WorkflowState,
} from '../../workflow/rules'
import { collectionLabelOf } from '../../workflow/utilities/documentOf'
import type { TransitionContext } from '../../workflow/utilities/transitionContext'
import { mayImportInto } from './access'
import { writtenReviewedItems } from './reviewedItems'
import { updateSet } from './updateSet'

/** The set's facts as the workflow rules read a document's. */
export function changeSetDocument(set: ChangeSet, changeReason?: string | null): WorkflowDocument {
  return {
    state: set.state as WorkflowState,
    localityID: idOf(set.locality),
    authorIDs: [idOf(set.author)].filter((id): id is string => id !== null),
    submittedByID: idOf(set.submittedBy),
    changeReason: changeReason ?? set.changeReason ?? null,
    title: set.title,
  }
}

/**
 * The set without its plan, issues and source: a province's plan is tens of megabytes once parsed,
 * and a transition changes only the state and the history.
 */
export const SET_FACTS = {
  title: true,
  state: true,
  locality: true,
  author: true,
  submittedBy: true,
  changeReason: true,
  counts: true,
  progress: true,
  history: true,
  createdAt: true,
  updatedAt: true,
} as const

export async function transitionChangeSet(
  req: PayloadRequest,
  id: string,
  {
    action,
    comment,
    changeReason,
  }: { action: WorkflowAction; comment?: string | null; changeReason?: string | null },
): Promise<{ doc: ChangeSet; message: string; afterCommit: () => void }> {
  const user = req.user
  if (!user) throw new APIError('Hãy đăng nhập.', 401, null, true)
  return inTransaction(req, async () => {
    const set = (await req.payload.findByID({
      collection: 'change-sets',
      id,
      depth: 0,
      select: SET_FACTS,
      overrideAccess: false,
      disableErrors: true,
      req,
    })) as ChangeSet | null
    if (!set)
      throw new APIError('Không tìm thấy lô nhập, hoặc bạn không có quyền xem.', 404, null, true)
    if (set.state === 'planned')
      throw new APIError(
        `Lô "${set.title}" mới chạy thử, chưa được ghi: hãy ghi lô thành bản nháp trước khi ${actionLabels[action].vi.toLowerCase()}.`,
        400,
        null,
        true,
      )
    const reason = changeReason?.trim() || null
    const doc = changeSetDocument(set, reason)
    const trimmed = comment?.trim() || null
    const decision = decideTransition({
      action,
      user,
      doc,
      canEdit: mayImportInto(user, doc.localityID),
      comment: trimmed,
    })
    if (!decision.ok) throw new APIError(decision.message, decision.status, null, true)

    const transition: TransitionContext = {
      action,
      from: doc.state,
      to: decision.to,
      userID: String(user.id),
      comment: trimmed,
      at: new Date().toISOString(),
    }
    const items = await writtenReviewedItems(req, id)
    await transitionItems(req.payload, req, items, transition, undefined, reason)
    await updateSet(req, set, {
      state: decision.to,
      ...(reason ? { changeReason: reason } : {}),
      ...(action === 'submit' ? { submittedBy: String(user.id) } : {}),
      history: [
        ...(set.history ?? []),
        {
          action,
          from: doc.state,
          to: decision.to,
          by: String(user.id),
          at: transition.at,
          comment: trimmed,
        },
      ],
    })
    const updated = (await req.payload.findByID({
      collection: 'change-sets',
      id,
      depth: 0,
      select: SET_FACTS,
      overrideAccess: true,
      req,
    })) as ChangeSet
    const config = req.payload.collections['change-sets'].config
    const { messages, afterCommit } = await emitTransition(req, {
      collection: config,
      collectionLabel: collectionLabelOf(config),
      id,
      action,
      from: doc.state,
      to: decision.to,
      doc,
      comment: trimmed,
      at: transition.at,
      summary: `${actionLabels[action].vi}: Lô nhập dữ liệu "${set.title}" (${items.length} mục)`,
    })
    const message = [
      `Đã ${actionLabels[action].vi.toLowerCase()} cả lô (${items.length} mục). Trạng thái: ${stateLabels[decision.to].vi}.`,
      ...messages,
    ].join(' ')
    return { doc: updated, message, afterCommit }
  })
}
