'use client'
import { Button, toast, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { vietnamDay } from '../../../lib/dates'

const idOf = (value: unknown): string | null =>
  value && typeof value === 'object' && 'id' in value
    ? String((value as { id: unknown }).id)
    : value
      ? String(value)
      : null

/**
 * The next step of a corrective action, in the sidebar: its owner marks it done with what was
 * done; anyone else verifies it (effective, or not effective with a new due date). The API decides
 * (POST /api/corrective-actions/:id/done, …/verify); the buttons are only offered where they apply.
 */
export function ActionControls() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const state = useFormFields(([fields]) => fields.state?.value) as string | undefined
  const owner = idOf(useFormFields(([fields]) => fields.owner?.value))
  const document = idOf(useFormFields(([fields]) => fields.document?.value))
  const documentIssue = idOf(useFormFields(([fields]) => fields.documentIssue?.value))
  const dueDate = useFormFields(([fields]) => fields.dueDate?.value) as string | undefined
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const [note, setNote] = useState('')
  const [newDueDate, setNewDueDate] = useState('')
  const [busy, setBusy] = useState(false)
  if (!id || !user) return null
  const mine = String(user.id) === owner
  // Overdue as the compliance overview counts it: open, due day before today in Vietnam.
  const overdue =
    state === 'open' && Boolean(dueDate) && vietnamDay(dueDate!) < vietnamDay(new Date())
  const warning = overdue ? (
    <p style={{ color: 'var(--theme-error-500)', fontWeight: 600 }}>Quá hạn hoàn thành.</p>
  ) : null

  const post = (path: string, body: Record<string, unknown>) => {
    setBusy(true)
    void fetch(`${api}/corrective-actions/${id}/${path}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
      .then(async (response) => {
        const json = (await response.json()) as {
          message?: string
          errors?: { message: string }[]
        }
        if (response.ok) {
          toast.success(json.message ?? 'Đã lưu.')
          setNote('')
        } else toast.error(json.errors?.[0]?.message ?? 'Không thực hiện được.')
        router.refresh()
      })
      .finally(() => setBusy(false))
  }

  const noteBox = (label: string) => (
    <label style={{ display: 'block', marginBottom: '0.5rem' }}>
      {label}
      <textarea
        value={note}
        onChange={(e) => setNote(e.target.value)}
        rows={3}
        style={{ width: '100%' }}
      />
    </label>
  )

  if (state === 'open' && mine) {
    if (document && !documentIssue)
      return (
        <>
          {warning}
          <p>
            Hành động sửa đổi tài liệu: sẽ tự chuyển sang “đã thực hiện” khi lần ban hành mới được
            phê duyệt và ban hành.
          </p>
        </>
      )
    return (
      <div id="action-done">
        {warning}
        {noteBox('Kết quả thực hiện')}
        <Button
          buttonStyle="primary"
          size="medium"
          disabled={busy || !note.trim()}
          onClick={() => post('done', { note })}
        >
          Đã thực hiện
        </Button>
      </div>
    )
  }
  if (state === 'done' && !mine)
    return (
      <div id="action-verify">
        {noteBox('Nhận xét khi kiểm tra hiệu lực')}
        <Button
          buttonStyle="primary"
          size="medium"
          disabled={busy || !note.trim()}
          onClick={() => post('verify', { result: 'effective', note })}
        >
          Có hiệu lực
        </Button>
        <label style={{ display: 'block', margin: '0.5rem 0' }}>
          Hạn hoàn thành mới (nếu không có hiệu lực)
          <input type="date" value={newDueDate} onChange={(e) => setNewDueDate(e.target.value)} />
        </label>
        <Button
          buttonStyle="secondary"
          size="medium"
          disabled={busy || !note.trim() || !newDueDate}
          onClick={() => post('verify', { result: 'not-effective', note, dueDate: newDueDate })}
        >
          Không có hiệu lực, mở lại
        </Button>
      </div>
    )
  if (state === 'done' && mine)
    return <p>Chờ người khác kiểm tra hiệu lực: người thực hiện không tự kiểm tra.</p>
  return warning
}
