'use client'
import { Button, ConfirmationModal, toast, useConfig, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React, { useEffect, useRef, useState } from 'react'

import { itemCollectionLabels, type ItemCollection } from '../../../import/changeSet/types'
import { actionLabels, type WorkflowAction } from '../../../workflow/rules'
import { reviewedItems } from '../reviewedItems'
import type { ShownSet } from './ChangeSetPage'

const CONFIRM_MODAL = 'change-set-confirm'
const SECONDARY: WorkflowAction[] = ['request-changes', 'withdraw']
const PROCEDURES: ItemCollection[] = ['procedures', 'applied-procedures']

interface Progress {
  running: boolean
  done: number
  total: number
  percent: number
  secondsLeft: number | null
}

const duration = (seconds: number | null) =>
  seconds === null
    ? 'đang ước tính'
    : seconds < 60
      ? `còn khoảng ${seconds} giây`
      : `còn khoảng ${Math.ceil(seconds / 60)} phút`

/** How many documents a transition moves, in words: "312 thủ tục" or "320 mục (…)". */
export function movedItems(items: ShownSet['items']) {
  const moved = reviewedItems(items)
  const byKind = new Map<ItemCollection, number>()
  for (const item of moved) byKind.set(item.collection, (byKind.get(item.collection) ?? 0) + 1)
  const n = moved.length.toLocaleString('vi-VN')
  const short = moved.every((i) => PROCEDURES.includes(i.collection)) ? `${n} thủ tục` : `${n} mục`
  const detail = [...byKind].map(
    ([kind, count]) =>
      `${count.toLocaleString('vi-VN')} ${itemCollectionLabels[kind].toLowerCase()}`,
  )
  return { count: moved.length, short, detail: detail.join(', ') }
}

/**
 * The actions on the set: "Ghi thành bản nháp" for its author while it is planned (with the
 * write's progress), then the review actions this user may take, each confirmed with the number
 * of documents it moves. The server checks every rule again.
 */
export function ChangeSetActions(props: {
  set: ShownSet
  actions: WorkflowAction[]
  mayWrite: boolean
  noActionReason: string
}) {
  const { set, actions } = props
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const { openModal } = useModal()
  const [busy, setBusy] = useState(false)
  const [comment, setComment] = useState('')
  const [reason, setReason] = useState(set.changeReason)
  const [pending, setPending] = useState<WorkflowAction | null>(null)
  const [progress, setProgress] = useState<Progress | null>(null)
  const [error, setError] = useState<string | null>(null)
  const polling = useRef<ReturnType<typeof setInterval> | null>(null)
  useEffect(() => () => void (polling.current && clearInterval(polling.current)), [])

  const url = (path: string) =>
    formatAdminURL({ apiRoute: api, path: `/change-sets/${set.id}${path}` })
  const moved = movedItems(set.items)
  const blocked = set.counts.errors > 0

  const write = async () => {
    setBusy(true)
    setError(null)
    setProgress({ running: true, done: 0, total: 0, percent: 0, secondsLeft: null })
    // The write answers only when it is finished; meanwhile its progress is read beside it.
    polling.current = setInterval(() => {
      void fetch(url('/progress'), { credentials: 'include' })
        .then((r) => (r.ok ? (r.json() as Promise<Progress>) : null))
        .then((p) => p?.running && setProgress(p))
        .catch(() => undefined)
    }, 1000)
    try {
      const response = await fetch(url('/write'), { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => ({}))) as {
        message?: string
        errors?: { message: string }[]
      }
      if (!response.ok) {
        setError(
          body.errors?.map((e) => e.message).join(' ') ??
            'Không ghi được lô; không có gì được ghi.',
        )
        setProgress(null)
        return
      }
      setProgress((p) => ({
        running: false,
        done: p?.total ?? 0,
        total: p?.total ?? 0,
        percent: 100,
        secondsLeft: 0,
      }))
      toast.success(body.message ?? 'Đã ghi lô thành bản nháp.')
      router.refresh()
    } catch {
      setError('Không kết nối được với máy chủ. Hãy tải lại trang để xem lô đã được ghi chưa.')
      setProgress(null)
    } finally {
      if (polling.current) clearInterval(polling.current)
      polling.current = null
      setBusy(false)
    }
  }

  const ask = (action: WorkflowAction) => {
    if (action === 'request-changes' && !comment.trim()) {
      setError('Hãy ghi ý kiến: người nhập cần biết phải sửa gì.')
      document.getElementById('change-set-comment')?.focus()
      return
    }
    if (action === 'submit' && !reason.trim()) {
      setError('Hãy ghi lý do thay đổi trước khi gửi xem xét.')
      document.getElementById('change-set-reason')?.focus()
      return
    }
    setError(null)
    setPending(action)
    openModal(CONFIRM_MODAL)
  }

  const run = async () => {
    if (!pending) return
    setBusy(true)
    try {
      const response = await fetch(url('/workflow'), {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          action: pending,
          comment: comment.trim() || undefined,
          ...(pending === 'submit' ? { changeReason: reason.trim() } : {}),
        }),
      })
      const body = (await response.json().catch(() => ({}))) as {
        message?: string
        errors?: { message: string }[]
      }
      if (!response.ok) {
        setError(body.errors?.map((e) => e.message).join(' ') ?? 'Không thực hiện được.')
        return
      }
      toast.success(body.message ?? 'Đã thực hiện.')
      setComment('')
      router.refresh()
    } catch {
      setError('Không kết nối được với máy chủ.')
    } finally {
      setBusy(false)
    }
  }

  const ordered = [
    ...actions.filter((a) => !SECONDARY.includes(a)),
    ...actions.filter((a) => SECONDARY.includes(a)),
  ]

  return (
    <section
      aria-labelledby="change-set-actions"
      className="change-set-actions"
      style={{ margin: '0 0 2rem', display: 'grid', gap: '0.75rem', maxWidth: '48rem' }}
    >
      <h3 id="change-set-actions" style={{ margin: 0 }}>
        Thao tác
      </h3>
      {props.mayWrite && (
        <div>
          <Button
            id="change-set-write"
            buttonStyle="primary"
            margin={false}
            disabled={busy || blocked}
            aria-describedby="change-set-write-hint"
            onClick={() => void write()}
          >
            {busy ? 'Đang ghi…' : 'Ghi thành bản nháp'}
          </Button>
          <p id="change-set-write-hint" style={{ margin: '0.25rem 0 0' }}>
            {blocked
              ? `Chưa ghi được: tệp có ${set.counts.errors.toLocaleString('vi-VN')} lỗi (xem danh sách bên dưới). Hãy sửa tệp và nhập lại.`
              : `Ghi ${moved.short} (và các lĩnh vực, cơ quan, văn bản mới) thành bản nháp trong một lần: hoặc ghi tất cả, hoặc không ghi gì. Sau đó gửi xem xét cả lô.`}
          </p>
        </div>
      )}
      {progress && (
        <div role="status" aria-live="polite">
          <progress
            id="change-set-progress"
            max={100}
            value={progress.percent}
            style={{ width: '100%' }}
            aria-label="Tiến độ ghi"
          />
          <span>
            {progress.total
              ? `Đã ghi ${progress.done.toLocaleString('vi-VN')}/${progress.total.toLocaleString('vi-VN')} mục (${progress.percent}%), ${progress.running ? duration(progress.secondsLeft) : 'xong'}.`
              : 'Đang chuẩn bị ghi…'}
          </span>
        </div>
      )}
      {actions.includes('submit') && (
        <div>
          <label htmlFor="change-set-reason" className="field-label">
            Lý do thay đổi (áp dụng cho mọi mục của lô)
          </label>
          <textarea
            id="change-set-reason"
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            style={{ width: '100%' }}
          />
        </div>
      )}
      {actions.some((a) => a !== 'submit' && a !== 'withdraw') && (
        <div>
          <label htmlFor="change-set-comment" className="field-label">
            Ý kiến{actions.includes('request-changes') ? ' (bắt buộc khi yêu cầu sửa đổi)' : ''}
          </label>
          <textarea
            id="change-set-comment"
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            style={{ width: '100%' }}
          />
        </div>
      )}
      {ordered.length > 0 && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
          {ordered.map((action) => (
            <Button
              key={action}
              id={`change-set-${action}`}
              buttonStyle={SECONDARY.includes(action) ? 'secondary' : 'primary'}
              margin={false}
              disabled={busy}
              onClick={() => ask(action)}
            >
              {actionLabels[action].vi}
            </Button>
          ))}
        </div>
      )}
      {!props.mayWrite && ordered.length === 0 && props.noActionReason && (
        <p style={{ margin: 0 }}>{props.noActionReason}</p>
      )}
      {error && (
        <p
          id="change-set-error"
          role="alert"
          style={{ margin: 0, color: 'var(--theme-error-500)' }}
        >
          {error}
        </p>
      )}
      <ConfirmationModal
        modalSlug={CONFIRM_MODAL}
        heading={pending ? `${actionLabels[pending].vi} ${moved.short}?` : ''}
        body={
          <p>
            {pending === 'review'
              ? `Xác nhận đã xem xét cả lô “${set.title}”; người phê duyệt vẫn quyết định.`
              : `Thao tác áp dụng cho cả lô “${set.title}”: ${moved.detail || 'không có mục nào'}.`}
            {pending === 'publish' &&
              ' Các thủ tục sẽ lên trang công khai ở lần xuất bản tiếp theo.'}
          </p>
        }
        confirmLabel={pending ? actionLabels[pending].vi : 'Đồng ý'}
        confirmingLabel="Đang thực hiện…"
        onConfirm={run}
      />
    </section>
  )
}
