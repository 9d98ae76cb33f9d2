import type { PayloadRequest } from 'payload'

import { formatDate, vietnamDay } from '../../lib/dates'
import { idOf } from '../../lib/idOf'
import { refuse } from '../../lib/refuse'
import { systemRequestIn } from '../../lib/transaction'
import { stateLabels, type WorkflowState } from '../../workflow/rules'
import type { TransitionSubscriber } from '../../workflow/types'
import { recordAudit } from '../AuditLog/recordAudit'
import { formatIssueNumber } from '../QualityDocuments/docx/format'
import { issueInForce } from '../QualityDocumentIssues/issueInForce'
import { changeReasonFor } from './rules'

/**
 * An action that changes a document opens the document's next issue through the review workflow:
 * a draft of the document whose change reason cites the action, written as the person who created
 * the action (so they are its author and someone else approves it). A document with a draft
 * already under way is not given a second one: the action joins that draft. Returns what was done,
 * in words, for the action's record. Runs in the action's save, in its transaction.
 */
export async function openDocumentIssue(
  req: PayloadRequest,
  action: { code: string; action: string; documentID: string; localityID: string },
): Promise<string> {
  const latest = await req.payload.findByID({
    collection: 'quality-documents',
    id: action.documentID,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!latest || idOf(latest.locality) !== action.localityID)
    refuse(req, 'corrective-actions', [
      {
        path: 'document',
        message: 'Chỉ chọn tài liệu ISO của cùng địa phương với hành động khắc phục.',
      },
    ])
  if (latest.documentStatus === 'obsolete')
    refuse(req, 'corrective-actions', [
      {
        path: 'document',
        message: `Tài liệu ${latest.code} đã hết hiệu lực: không thể sửa đổi.`,
      },
    ])
  const state = (latest.workflow?.state ??
    (latest._status === 'published' ? 'published' : 'draft')) as WorkflowState
  const next = formatIssueNumber((latest.issueNumber ?? 0) + 1)
  if (state !== 'published') {
    const note = `Tài liệu ${latest.code} đã có bản sửa đổi (lần ban hành ${next}) đang ở trạng thái "${stateLabels[state].vi}": hành động được gắn với bản đó, không mở bản thứ hai.`
    await recordAudit(req, {
      event: 'corrective-action-document',
      summary: `Hành động khắc phục ${action.code} gắn với bản sửa đổi đang có của ${latest.code}`,
      targetCollection: 'quality-documents',
      targetId: latest.id,
      details: { correctiveAction: action.code },
    })
    return note
  }
  const changeReason = changeReasonFor(action.code, action.action)
  if (req.user) {
    // As the person: the workflow makes them the draft's author and judges their right to edit it.
    await req.payload.update({
      collection: 'quality-documents',
      id: latest.id,
      data: { workflow: { changeReason } },
      draft: true,
      depth: 0,
      overrideAccess: false,
      req,
    })
  } else {
    // Trusted server code: the workflow leaves a save without a user as it is, so say it is a draft.
    await req.payload.update({
      collection: 'quality-documents',
      id: latest.id,
      data: {
        workflow: {
          ...latest.workflow,
          state: 'draft',
          changeSummary: null,
          changeReason,
          authors: [],
          submittedBy: null,
          submittedAt: null,
          reviewedBy: null,
          reviewedAt: null,
          approvedBy: null,
          approvedAt: null,
          publishedBy: null,
          publishedAt: null,
        },
      },
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  await recordAudit(req, {
    event: 'corrective-action-document',
    summary: `Hành động khắc phục ${action.code} mở lần ban hành ${next} của ${latest.code}`,
    targetCollection: 'quality-documents',
    targetId: latest.id,
    toState: 'draft',
    comment: changeReason,
    details: { correctiveAction: action.code },
  })
  return `Đã mở lần ban hành ${next} của tài liệu ${latest.code} (bản nháp, lý do thay đổi ghi hành động này): hãy soạn nội dung sửa đổi và gửi xem xét.`
}

/**
 * A document's new issue published (approved by a second person through the workflow): the open
 * actions that change it are answered. The register row records them and each becomes done, with
 * the issue as what was done; it still needs verification by someone other than its owner.
 */
export const correctiveActionsAfterTransition: TransitionSubscriber = async ({
  req,
  collection,
  id,
  action,
  at,
}) => {
  if (collection.slug !== 'quality-documents' || action !== 'publish') return
  const { docs: actions } = await req.payload.find({
    collection: 'corrective-actions',
    where: { and: [{ document: { equals: id } }, { state: { equals: 'open' } }] },
    sort: 'code',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (actions.length === 0) return
  const issue = await issueInForce(req, id)
  if (!issue) return
  const system = await systemRequestIn(req)
  await req.payload.update({
    collection: 'quality-document-issues',
    id: issue.id,
    data: { correctiveActions: actions.map((a) => a.id) },
    overrideAccess: true,
    req: system,
  })
  const note = `Tài liệu ${issue.code} ban hành lần ${formatIssueNumber(issue.issueNumber)} ngày ${formatDate(vietnamDay(at))}.`
  for (const done of actions) {
    await req.payload.update({
      collection: 'corrective-actions',
      id: done.id,
      data: {
        state: 'done',
        doneAt: at,
        doneBy: null,
        doneNote: note,
        documentIssue: issue.id,
        history: [
          ...(done.history ?? []).map(({ id: _id, ...row }) => row),
          { event: 'done', at, note },
        ],
      },
      overrideAccess: true,
      req: system,
    })
    await recordAudit(req, {
      event: 'corrective-action-done',
      summary: `Hành động khắc phục ${done.code} đã thực hiện: ${note}`,
      targetCollection: 'corrective-actions',
      targetId: done.id,
      fromState: 'open',
      toState: 'done',
      details: { issue: issue.id },
    })
  }
  const codes = actions.map((a) => a.code).join(', ')
  return {
    message: `Hành động khắc phục ${codes} chuyển sang "đã thực hiện"; người khác với người thực hiện cần kiểm tra hiệu lực.`,
  }
}
