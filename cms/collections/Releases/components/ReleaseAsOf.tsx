'use client'
import { Button, useAuth } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { User } from '../../../payload-types'

interface Answer {
  message: string
  releaseId: string | null
  archived: boolean
  command: string
  record: {
    id: string
    action: string
    scope?: string | null
    locality?: { name?: string } | string | null
    requestedBy?: { name?: string; email?: string } | null
  } | null
}

/**
 * "Xem lại ngày…" above the list of releases, for staff: which release citizens saw at an instant
 * (GET /api/releases/as-of, which checks the login). Rebuilding it is a full site build, a minute
 * or more of the server's CPU, so the admin gives the exact command to run on the server rather
 * than starting builds from a web page.
 */
export function ReleaseAsOf() {
  const { user } = useAuth<User>()
  const [at, setAt] = useState('')
  const [busy, setBusy] = useState(false)
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [error, setError] = useState<string | null>(null)
  if (!user) return null

  const ask = async (event: React.FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      // "23/11/2026 10:00" (or an ISO time): without an offset the endpoint reads it as Vietnam time.
      const response = await fetch(`/api/releases/as-of?at=${encodeURIComponent(at)}`, {
        credentials: 'include',
      })
      const body = (await response.json()) as Answer & { errors?: { message: string }[] }
      if (!response.ok) {
        setAnswer(null)
        setError(body.errors?.[0]?.message ?? 'Không tra cứu được.')
      } else setAnswer(body)
    } catch {
      setError('Không kết nối được với máy chủ.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={ask} style={{ marginBottom: '1.5rem' }} aria-labelledby="release-as-of-title">
      <h3 id="release-as-of-title" style={{ margin: '0 0 0.5rem' }}>
        Xem lại ngày…
      </h3>
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <label htmlFor="release-as-of-at">Thời điểm (giờ Việt Nam)</label>
        {/* Text, not datetime-local: the browser would show its own locale's order (mm/dd/yyyy), not dd/mm/yyyy. */}
        <input
          id="release-as-of-at"
          type="text"
          required
          placeholder="dd/mm/yyyy hh:mm"
          aria-describedby="release-as-of-hint"
          value={at}
          onChange={(e) => setAt(e.target.value)}
          style={{ padding: '0.4rem', minWidth: '12rem' }}
        />
        <Button type="submit" buttonStyle="secondary" disabled={busy || !at} margin={false}>
          {busy ? 'Đang tra…' : 'Công dân đã xem bản nào?'}
        </Button>
      </div>
      <p id="release-as-of-hint" style={{ margin: '0.25rem 0 0', opacity: 0.75 }}>
        Ví dụ 23/11/2026 10:00 (giờ Việt Nam).
      </p>
      {error && (
        <p role="alert" style={{ margin: '0.5rem 0 0', color: 'var(--theme-error-500, #b00020)' }}>
          {error}
        </p>
      )}
      {answer && (
        <div role="status" style={{ margin: '0.5rem 0 0' }}>
          <p style={{ margin: 0 }}>
            {answer.message}
            {answer.record?.requestedBy?.name
              ? ` Người thực hiện: ${answer.record.requestedBy.name}.`
              : ''}
          </p>
          {answer.record && (
            <p style={{ margin: '0.5rem 0 0' }}>
              <a href={`/admin/collections/releases/${answer.record.id}`}>Mở hồ sơ bản phát hành</a>
            </p>
          )}
          {answer.releaseId && answer.archived && (
            <p style={{ margin: '0.5rem 0 0' }}>
              Dựng lại trang công khai đúng như lúc đó (trên máy chủ, trong thư mục dự án; kết quả ở{' '}
              <code>dist/as-of/{answer.releaseId}/</code>):
              <br />
              <code style={{ userSelect: 'all' }}>{answer.command}</code>
            </p>
          )}
        </div>
      )}
    </form>
  )
}
