/**
 * The two-person review workflow, as a pure function: who may move a document from which state to
 * which, and why not. The endpoint and the save hook call it; nothing else decides a transition.
 *
 *   draft ──submit──▶ in-review ──approve──▶ approved ──publish──▶ published
 *     ▲                 │  (review: a reviewer's sign-off, state unchanged)
 *     └─request-changes─┘  withdraw: in-review or approved → draft, by an editor
 *
 * Any edit of the content returns the document to draft: an approval covers the text approved.
 */
import { checkRole, localityIDs, roleLabels, type Role } from '../access/roles'

export const WORKFLOW_STATES = [
  'draft',
  'in-review',
  'changes-requested',
  'approved',
  'published',
] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

export const WORKFLOW_ACTIONS = [
  'submit',
  'review',
  'request-changes',
  'approve',
  'publish',
  'withdraw',
] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

export const stateLabels: Record<WorkflowState, { vi: string; en: string }> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  'in-review': { vi: 'Chờ xem xét', en: 'In review' },
  'changes-requested': { vi: 'Yêu cầu sửa đổi', en: 'Changes requested' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
  published: { vi: 'Đã ban hành', en: 'Published' },
}

export const actionLabels: Record<WorkflowAction, { vi: string; en: string }> = {
  submit: { vi: 'Gửi xem xét', en: 'Submit for review' },
  review: { vi: 'Xác nhận đã xem xét', en: 'Mark reviewed' },
  'request-changes': { vi: 'Yêu cầu sửa đổi', en: 'Request changes' },
  approve: { vi: 'Phê duyệt', en: 'Approve' },
  publish: { vi: 'Ban hành', en: 'Publish' },
  withdraw: { vi: 'Rút lại để sửa', en: 'Withdraw' },
}

interface Rule {
  from: readonly WorkflowState[]
  to: WorkflowState
  /** Roles that may take the action; `editor` means "may edit this document". */
  who: 'editor' | readonly Role[]
  /** The person who wrote or submitted this version may not take it. */
  notByAuthor: boolean
  commentRequired: boolean
}

export const RULES: Record<WorkflowAction, Rule> = {
  submit: {
    from: ['draft', 'changes-requested'],
    to: 'in-review',
    who: 'editor',
    notByAuthor: false,
    commentRequired: false,
  },
  // The reviewer's sign-off (Xem xét) without a change of state: the approver still decides.
  review: {
    from: ['in-review'],
    to: 'in-review',
    who: ['reviewer', 'approver'],
    notByAuthor: true,
    commentRequired: false,
  },
  'request-changes': {
    from: ['in-review'],
    to: 'changes-requested',
    who: ['reviewer', 'approver'],
    notByAuthor: true,
    commentRequired: true,
  },
  approve: {
    from: ['in-review'],
    to: 'approved',
    who: ['approver'],
    notByAuthor: true,
    commentRequired: false,
  },
  publish: {
    from: ['approved'],
    to: 'published',
    who: ['approver', 'publisher'],
    notByAuthor: false,
    commentRequired: false,
  },
  withdraw: {
    from: ['in-review', 'approved'],
    to: 'draft',
    who: 'editor',
    notByAuthor: false,
    commentRequired: false,
  },
}

export interface WorkflowUser {
  id: string | number
  roles?: (Role | string)[] | null
  localities?: unknown[] | null
}

export interface WorkflowDocument {
  state: WorkflowState
  /** Owning locality, or null for the province's own documents (the master list). */
  localityID: string | null
  authorIDs: string[]
  submittedByID: string | null
  changeReason: string | null
  title: string
}

export type Decision =
  { ok: true; to: WorkflowState } | { ok: false; status: 400 | 403; message: string }

/**
 * A user acts on a locality's document when they belong to that locality; users with no
 * locality work for the province and act on every document.
 */
export function isInScope(user: WorkflowUser, localityID: string | null): boolean {
  const own = localityIDs(user as never)
  if (own.length === 0) return true
  return localityID !== null && own.includes(localityID)
}

export function decideTransition({
  action,
  user,
  doc,
  canEdit,
  comment,
}: {
  action: WorkflowAction
  user: WorkflowUser
  doc: WorkflowDocument
  /** Whether the user may edit this document, as its collection's access says. */
  canEdit: boolean
  comment?: string | null
}): Decision {
  const rule = RULES[action]
  const label = actionLabels[action].vi.toLowerCase()
  if (!rule.from.includes(doc.state)) {
    return {
      ok: false,
      status: 400,
      message: `Không thể ${label} "${doc.title}": tài liệu đang ở trạng thái "${stateLabels[doc.state].vi}", chỉ ${rule.from.map((s) => `"${stateLabels[s].vi}"`).join(' hoặc ')} mới ${label} được.`,
    }
  }
  const allowed =
    rule.who === 'editor'
      ? canEdit
      : checkRole(rule.who, user as never) && isInScope(user, doc.localityID)
  if (!allowed) {
    return {
      ok: false,
      status: 403,
      message:
        rule.who === 'editor'
          ? `Bạn không có quyền ${label} "${doc.title}": chỉ người soạn thảo của đơn vị sở hữu tài liệu mới được.`
          : `Bạn không có quyền ${label} "${doc.title}": cần vai trò ${rule.who.map((r) => `"${roleLabel(r)}"`).join(' hoặc ')} của đơn vị sở hữu tài liệu.`,
    }
  }
  const userID = String(user.id)
  if (rule.notByAuthor && (doc.authorIDs.includes(userID) || doc.submittedByID === userID)) {
    return {
      ok: false,
      status: 403,
      message: `Bạn đã soạn thảo hoặc gửi phiên bản này nên không thể ${label}: việc xem xét và phê duyệt phải do người khác thực hiện.`,
    }
  }
  if (action === 'submit' && !doc.changeReason?.trim()) {
    return {
      ok: false,
      status: 400,
      message: `Hãy ghi lý do thay đổi trước khi gửi xem xét "${doc.title}".`,
    }
  }
  if (rule.commentRequired && !comment?.trim()) {
    return {
      ok: false,
      status: 400,
      message: `Hãy ghi ý kiến khi ${label}: người soạn thảo cần biết phải sửa gì.`,
    }
  }
  return { ok: true, to: rule.to }
}

const roleLabel = (role: Role) => roleLabels[role].vi

/** Which actions the user could take now; the admin shows only these buttons. */
export function availableActions(args: {
  user: WorkflowUser
  doc: WorkflowDocument
  canEdit: boolean
}): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => {
    const decision = decideTransition({ ...args, action, comment: 'x' })
    return decision.ok || (decision.status === 400 && RULES[action].from.includes(args.doc.state))
  })
}
