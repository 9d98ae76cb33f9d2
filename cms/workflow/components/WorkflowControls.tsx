'use client'
import {
  Button,
  ConfirmationModal,
  toast,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
  useFormModified,
  useModal,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useEffect, useState } from 'react'

import { idOf } from '../../lib/idOf'
import type { User } from '../../payload-types'
import {
  actionLabels,
  availableActions,
  stateLabels,
  type WorkflowAction,
  type WorkflowDocument,
  type WorkflowState,
} from '../rules'
import { CHANGES_PATH } from '../diff/path'
import { StatePill, useWorkflowState } from './WorkflowAdmin'
import { formatDateTime } from '../../lib/dates'

/** A transition's message, kept across the reload that follows it. */
const PENDING_MESSAGE_KEY = 'workflow-transition-message'

/** What happens next, for whoever looks at the document. */
const nextStep: Record<WorkflowState, string> = {
  draft: 'Người soạn thảo ghi nội dung và lý do thay đổi, lưu bản nháp rồi gửi xem xét.',
  'in-review': 'Chờ người xem xét và người phê duyệt của đơn vị sở hữu tài liệu.',
  'changes-requested':
    'Người soạn thảo sửa theo ý kiến dưới đây, lưu bản nháp rồi gửi xem xét lại.',
  approved: 'Đã phê duyệt, chờ người phê duyệt hoặc người xuất bản ban hành.',
  published:
    'Đã ban hành. Chỉnh sửa và lưu sẽ tạo một bản nháp mới, phải được xem xét và phê duyệt lại.',
}

/** Actions of the reviewers, who may say why. */
const COMMENTED: WorkflowAction[] = ['review', 'request-changes', 'approve', 'publish']
const SECONDARY: WorkflowAction[] = ['request-changes', 'withdraw']

interface HistoryEntry {
  action?: WorkflowAction
  at?: string
  comment?: string | null
}

/** dd/mm/yyyy HH:mm in Vietnam, whatever the server's or the browser's clock. */
const when = (iso?: string) => formatDateTime(iso)

type DocID = number | string
type Saved = Record<string, unknown>

/**
 * The review controls in the document's sidebar: the state, what comes next, the last reviewer's
 * comment, and the buttons of the actions this user may take now (the rules of `rules.ts`, read on
 * the saved document). The API decides again on every click.
 *
 * Submitting saves unsaved edits as a draft first (with the form's validation), so what is
 * reviewed is what the author sees. After a transition the lock on the document is released, for
 * the next person, and the page is reloaded with the new state.
 */
export function WorkflowControls({ localityField = null }: { localityField?: string | null }) {
  const { id, collectionSlug } = useDocumentInfo()
  useEffect(showPendingMessage, [])
  if (!id || !collectionSlug) {
    return (
      <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
        <p style={{ margin: 0 }}>
          Bấm “Lưu bản nháp” để tạo tài liệu; sau đó ghi lý do thay đổi và gửi xem xét.
        </p>
      </div>
    )
  }
  return <ReviewControls id={id} collectionSlug={collectionSlug} localityField={localityField} />
}

/** The message of the transition that reloaded the page, once. */
function showPendingMessage() {
  const pending = window.sessionStorage.getItem(PENDING_MESSAGE_KEY)
  if (pending) {
    window.sessionStorage.removeItem(PENDING_MESSAGE_KEY)
    toast.success(pending)
  }
}

/** The controls of a saved document. */
function ReviewControls(props: {
  id: DocID
  collectionSlug: string
  localityField: string | null
}) {
  const { id, collectionSlug } = props
  const { hasSavePermission, data } = useDocumentInfo()
  const { user } = useAuth<User>()
  const state = useWorkflowState()
  const form = useWorkflowFormFields(props.localityField)
  const [comment, setComment] = useState('')
  const saved = (data?.workflow ?? {}) as Saved
  const canEdit = Boolean(hasSavePermission)
  const actions: WorkflowAction[] = user
    ? availableActions({ user, canEdit, doc: reviewedDocument({ ...props, state, data, form }) })
    : []
  const modalSlug = (action: ConfirmedAction) => `workflow-${action}-${id}`
  const transition = useWorkflowTransition({ id, collectionSlug, comment, ...form })
  const { busy, click } = useRunAction({
    id,
    collectionSlug,
    modalSlug,
    canEdit,
    comment,
    changeReason: form.changeReason,
    transition,
  })
  const reason = user ? noActionReason(state, canEdit, user, saved) : ''

  return (
    <div className="field-type workflow-controls" style={{ marginBottom: 'var(--base)' }}>
      <p style={{ margin: '0 0 0.5rem' }}>
        Trạng thái xem xét: <StatePill state={state} />
      </p>
      <p style={{ margin: '0 0 0.75rem', color: 'var(--theme-elevation-650)' }}>
        {nextStep[state]}
      </p>
      {state !== 'published' && <ChangesLink collectionSlug={collectionSlug} id={id} />}
      <LastComment saved={saved} />
      {actions.includes('submit') && !form.changeReason?.trim() && (
        <p style={{ margin: '0 0 0.75rem', color: 'var(--theme-error-650)' }}>
          Cần ghi “Lý do thay đổi” trước khi gửi xem xét.
        </p>
      )}
      {actions.some((action) => COMMENTED.includes(action)) && (
        <CommentBox actions={actions} comment={comment} setComment={setComment} />
      )}
      {actions.length > 0 ? (
        <ActionButtons actions={actions} busy={busy} click={click} />
      ) : (
        reason && <p style={{ margin: 0, color: 'var(--theme-elevation-650)' }}>{reason}</p>
      )}
      <PublishConfirmation
        modalSlug={modalSlug('publish')}
        collectionSlug={collectionSlug}
        onConfirm={() => transition('publish')}
      />
      <ApproveConfirmation
        modalSlug={modalSlug('approve')}
        collectionSlug={collectionSlug}
        id={id}
        onConfirm={() => transition('approve')}
      />
    </div>
  )
}

interface WorkflowForm {
  changeReason: string | null | undefined
  changeSummary: string | null | undefined
  /** The owning locality as edited on the screen; undefined when the form has no such field. */
  locality: unknown
}

/** What the author is writing now: the reason and summary of the change, and the owner. */
function useWorkflowFormFields(localityField: string | null): WorkflowForm {
  const changeReason = useFormFields(([fields]) => fields['workflow.changeReason']?.value) as
    string | null | undefined
  const changeSummary = useFormFields(([fields]) => fields['workflow.changeSummary']?.value) as
    string | null | undefined
  const locality = useFormFields(([fields]) =>
    localityField ? fields[localityField]?.value : null,
  )
  return { changeReason, changeSummary, locality }
}

/** The document as the rules read it: the saved workflow, with the owner and reason on screen. */
function reviewedDocument(args: {
  id: DocID
  localityField: string | null
  state: WorkflowState
  data: Record<string, unknown> | undefined
  form: WorkflowForm
}): WorkflowDocument {
  const { id, localityField, state, data, form } = args
  const saved = (data?.workflow ?? {}) as Saved
  return {
    state,
    localityID: localityField
      ? idOf(form.locality !== undefined ? form.locality : data?.[localityField])
      : null,
    authorIDs: ((saved.authors as unknown[] | undefined) ?? [])
      .map(idOf)
      .filter((a): a is string => a !== null),
    submittedByID: idOf(saved.submittedBy),
    changeReason: form.changeReason ?? null,
    title: String(data?.title ?? data?.name ?? id),
  }
}

/** Asks the API for a transition; on success lets go of the document and reloads the page. */
function useWorkflowTransition(args: {
  id: DocID
  collectionSlug: string
  comment: string
  changeReason: string | null | undefined
  changeSummary: string | null | undefined
}) {
  const { id, collectionSlug, comment, changeReason, changeSummary } = args
  const { unlockDocument } = useDocumentInfo()
  const { user } = useAuth<User>()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()

  return async (action: WorkflowAction) => {
    const response = await fetch(
      formatAdminURL({ apiRoute: api, path: `/${collectionSlug}/${id}/workflow` }),
      {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action, comment, changeReason, changeSummary }),
      },
    )
    const body = (await response.json().catch(() => ({}))) as {
      message?: string
      errors?: { message: string }[]
    }
    if (!response.ok) {
      toast.error(body.errors?.[0]?.message ?? 'Không thực hiện được.')
      return
    }
    // The document moves on to someone else: let go of Payload's edit lock, count this user's
    // notifications about it as dealt with, and show the new state.
    await unlockDocument(id, collectionSlug).catch(() => undefined)
    if (user)
      await markNotificationsRead(
        api,
        String(user.id),
        `/admin/collections/${collectionSlug}/${id}`,
      )
    window.sessionStorage.setItem(PENDING_MESSAGE_KEY, body.message ?? 'Đã thực hiện.')
    window.location.reload()
  }
}

/**
 * A click on an action: checks what the action needs on the screen, saves a submission first,
 * asks before publishing, then runs the transition; one click at a time.
 */
function useRunAction(args: {
  id: DocID
  collectionSlug: string
  modalSlug: (action: ConfirmedAction) => string
  canEdit: boolean
  comment: string
  changeReason: string | null | undefined
  transition: (action: WorkflowAction) => Promise<void>
}) {
  const { id, collectionSlug, modalSlug, canEdit, comment, changeReason, transition } = args
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { submit, validateForm, getFields } = useForm()
  const modified = useFormModified()
  const { openModal } = useModal()
  const [busy, setBusy] = useState(false)

  const run = async (action: WorkflowAction) => {
    if (!hasWhatActionNeeds(action, changeReason, comment)) return
    // A refused save leaves its messages at the fields and the form unmodified (ShowRefusals): what
    // is on the screen is not what is saved, so nothing moves on until it is fixed and saved.
    if (
      action !== 'withdraw' &&
      Object.values(getFields()).some((field) => field?.valid === false && !!field.errorMessage)
    ) {
      toast.error('Hãy sửa các ô đang báo lỗi và lưu bản nháp trước.')
      return
    }
    if (action === 'submit') {
      if (modified) {
        // Save what is on the screen first, checked as a submission would be.
        const saved = await submit({
          action: formatAdminURL({
            apiRoute: api,
            path: `/${collectionSlug}/${id}?draft=true&depth=0`,
          }),
          method: 'PATCH',
          overrides: { _status: 'draft' },
          disableSuccessStatus: true,
        })
        if (!saved || saved.res.status >= 400) return
      } else if (!(await validateForm())) {
        toast.error('Hãy sửa các ô đang báo lỗi trước khi gửi xem xét.')
        return
      }
    } else if (modified && canEdit && action !== 'withdraw') {
      toast.error(
        `Có thay đổi chưa lưu. Hãy bấm “Lưu bản nháp” (hoặc tải lại trang để bỏ thay đổi) trước khi ${actionLabels[action].vi.toLowerCase()}.`,
      )
      return
    }
    if (action === 'publish' || action === 'approve') {
      openModal(modalSlug(action))
      return
    }
    await transition(action)
  }

  const click = (action: WorkflowAction) => {
    if (busy) return
    setBusy(true)
    void run(action).finally(() => setBusy(false))
  }
  return { busy, click }
}

/** The reason a submission needs and the comment a request for changes needs; says which is missing. */
function hasWhatActionNeeds(
  action: WorkflowAction,
  changeReason: string | null | undefined,
  comment: string,
): boolean {
  if (action === 'submit' && !changeReason?.trim()) {
    toast.error('Hãy ghi “Lý do thay đổi” (ô phía trên) trước khi gửi xem xét.')
    document.getElementById('field-workflow__changeReason')?.focus()
    return false
  }
  if (action === 'request-changes' && !comment.trim()) {
    toast.error('Hãy ghi ý kiến: người soạn thảo cần biết phải sửa gì.')
    document.getElementById('workflow-comment')?.focus()
    return false
  }
  return true
}

/** The last reviewer's comment of this cycle, if any. */
function LastComment({ saved }: { saved: Saved }) {
  const history = ((saved.history as HistoryEntry[] | undefined) ?? []).filter(Boolean)
  // The comments of this cycle only: those written before the last issue were dealt with then.
  const cycle = history.slice(history.map((entry) => entry.action).lastIndexOf('publish') + 1)
  const lastComment = [...cycle].reverse().find((entry) => entry.comment)
  if (!lastComment) return null
  return (
    <blockquote
      style={{
        margin: '0 0 0.75rem',
        padding: '0.5rem 0.75rem',
        borderLeft: '4px solid var(--theme-warning-500, #e0a800)',
        background: 'var(--theme-elevation-50)',
      }}
    >
      <strong>
        Ý kiến khi {actionLabels[lastComment.action ?? 'review']?.vi.toLowerCase()} (
        {when(lastComment.at)}):
      </strong>
      <br />
      <span style={{ whiteSpace: 'pre-wrap' }}>{lastComment.comment}</span>
    </blockquote>
  )
}

function CommentBox(props: {
  actions: WorkflowAction[]
  comment: string
  setComment: (comment: string) => void
}) {
  return (
    <>
      <label htmlFor="workflow-comment" className="field-label">
        Ý kiến{props.actions.includes('request-changes') ? ' (bắt buộc khi yêu cầu sửa đổi)' : ''}
      </label>
      <textarea
        id="workflow-comment"
        rows={3}
        value={props.comment}
        onChange={(e) => props.setComment(e.target.value)}
        style={{ width: '100%', marginBottom: '0.5rem' }}
      />
    </>
  )
}

/** The buttons, the main actions first. */
function ActionButtons(props: {
  actions: WorkflowAction[]
  busy: boolean
  click: (action: WorkflowAction) => void
}) {
  const ordered = [
    ...props.actions.filter((a) => !SECONDARY.includes(a)),
    ...props.actions.filter((a) => SECONDARY.includes(a)),
  ]
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)' }}>
      {ordered.map((action) => (
        <Button
          key={action}
          id={`workflow-${action}`}
          buttonStyle={SECONDARY.includes(action) ? 'secondary' : 'primary'}
          size="medium"
          margin={false}
          disabled={props.busy}
          onClick={() => props.click(action)}
        >
          {actionLabels[action].vi}
        </Button>
      ))}
    </div>
  )
}

/** The approver's and the publisher's actions are asked twice: they take effect for everyone. */
type ConfirmedAction = 'approve' | 'publish'

/** To what changed against the version in force, in the form's words. */
function ChangesLink({ collectionSlug, id }: { collectionSlug: string; id: DocID }) {
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  return (
    <p style={{ margin: '0 0 0.75rem' }}>
      <a
        id="workflow-changes-link"
        href={formatAdminURL({
          adminRoute: admin,
          path: `/collections/${collectionSlug}/${id}${CHANGES_PATH}`,
        })}
      >
        Xem thay đổi so với phiên bản đang có hiệu lực
      </a>
    </p>
  )
}

function ApproveConfirmation(props: {
  modalSlug: string
  collectionSlug: string
  id: DocID
  onConfirm: () => Promise<void>
}) {
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  return (
    <ConfirmationModal
      modalSlug={props.modalSlug}
      heading="Phê duyệt phiên bản này?"
      body={
        <p>
          Bạn xác nhận nội dung đã xem trong{' '}
          <a
            href={formatAdminURL({
              adminRoute: admin,
              path: `/collections/${props.collectionSlug}/${props.id}${CHANGES_PATH}`,
            })}
            target="_blank"
            rel="noreferrer"
          >
            các thay đổi
          </a>{' '}
          là đúng. Trạng thái sẽ là “{stateLabels.approved.vi}”; người phê duyệt hoặc người xuất bản
          sẽ ban hành sau.
        </p>
      }
      confirmLabel="Phê duyệt"
      confirmingLabel="Đang phê duyệt…"
      onConfirm={props.onConfirm}
    />
  )
}

function PublishConfirmation(props: {
  modalSlug: string
  collectionSlug: string
  onConfirm: () => Promise<void>
}) {
  return (
    <ConfirmationModal
      modalSlug={props.modalSlug}
      heading="Ban hành tài liệu?"
      body={
        <p>
          Phiên bản đã phê duyệt sẽ có hiệu lực ngay
          {props.collectionSlug === 'quality-documents' ? ' với số lần ban hành mới' : ''} và được
          đưa vào lần xuất bản trang công khai tiếp theo. Trạng thái sẽ là “
          {stateLabels.published.vi}”.
        </p>
      }
      confirmLabel="Ban hành"
      confirmingLabel="Đang ban hành…"
      onConfirm={props.onConfirm}
    />
  )
}

/** The user's unread notifications that link to this document (the link `notify` writes). */
async function markNotificationsRead(api: string, userID: string, link: string): Promise<void> {
  const where = `where[recipient][equals]=${encodeURIComponent(userID)}&where[link][equals]=${encodeURIComponent(link)}&where[read][equals]=false`
  await fetch(`${api}/notifications?${where}`, {
    method: 'PATCH',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ read: true }),
  }).catch(() => undefined)
}

/** Why this user has no button here, in the words of the rules. */
function noActionReason(
  state: WorkflowState,
  canEdit: boolean,
  user: User,
  saved: Record<string, unknown>,
): string {
  const userID = String(user.id)
  const wrote =
    ((saved.authors as unknown[] | undefined) ?? []).map(idOf).includes(userID) ||
    idOf(saved.submittedBy) === userID
  if (state === 'in-review' && wrote)
    return 'Bạn đã soạn thảo hoặc gửi phiên bản này: việc xem xét và phê duyệt do người khác thực hiện.'
  if ((state === 'draft' || state === 'changes-requested') && !canEdit)
    return 'Chỉ người soạn thảo của đơn vị sở hữu tài liệu mới gửi xem xét được.'
  if (state === 'published') return ''
  return 'Bạn không có thao tác nào ở bước này.'
}
