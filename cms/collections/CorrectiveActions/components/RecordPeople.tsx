import type { Payload, UIFieldServerProps } from 'payload'
import React from 'react'

import { formatDate, formatDateTime } from '../../../lib/dates'
import { idOf } from '../../../lib/idOf'

const muted: React.CSSProperties = { color: 'var(--theme-elevation-650)' }

/**
 * Names of accounts by ID, looked up for the viewer: the relation fields would read "ID: …" to
 * staff, who may not read one another's accounts. Only the people named on a record the viewer
 * may read are looked up.
 */
async function namesOf(payload: Payload, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))]
  if (wanted.length === 0) return () => ''
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: wanted } },
    select: { name: true, email: true },
    depth: 0,
    limit: wanted.length,
    pagination: false,
    overrideAccess: true,
  })
  const names = new Map(docs.map((u) => [String(u.id), u.name || u.email]))
  return (id: string | null) => (id ? (names.get(id) ?? 'Tài khoản đã xoá') : '')
}

function Lines({ rows }: { rows: { label: string; value: string; note?: string | null }[] }) {
  const shown = rows.filter((r) => r.value)
  if (shown.length === 0) return null
  return (
    <dl
      style={{
        display: 'grid',
        gridTemplateColumns: 'auto 1fr',
        gap: '0.25rem 0.75rem',
        margin: '0 0 var(--base)',
      }}
    >
      {shown.map((r) => (
        <React.Fragment key={r.label}>
          <dt style={muted}>{r.label}</dt>
          <dd style={{ margin: 0 }}>
            {r.value}
            {r.note && <div style={{ whiteSpace: 'pre-wrap', ...muted }}>“{r.note}”</div>}
          </dd>
        </React.Fragment>
      ))}
    </dl>
  )
}

const eventLabels: Record<string, string> = {
  done: 'Đã thực hiện',
  effective: 'Kiểm tra: có hiệu lực',
  'not-effective': 'Kiểm tra: không có hiệu lực, mở lại',
}

interface HistoryRow {
  event?: string
  at?: string | null
  by?: unknown
  note?: string | null
  dueDate?: string | null
}

/** A corrective action's people and steps, by name, dates as dd/mm/yyyy. */
export async function ActionPeople({ data, payload }: UIFieldServerProps) {
  if (!data?.id) return null
  const history = ((data.history as HistoryRow[] | undefined) ?? []).filter(Boolean)
  const nameOf = await namesOf(payload, [
    idOf(data.doneBy),
    idOf(data.verifiedBy),
    ...history.map((h) => idOf(h.by)),
  ])
  return (
    <div className="field-type action-people">
      <Lines
        rows={[
          {
            label: 'Đã thực hiện',
            value: data.doneAt
              ? `${nameOf(idOf(data.doneBy)) || 'Hệ thống (lần ban hành mới của tài liệu)'}, ${formatDate(data.doneAt as string)}`
              : '',
          },
          {
            label: 'Kiểm tra hiệu lực',
            value: data.verifiedAt
              ? `${nameOf(idOf(data.verifiedBy))}, ${formatDate(data.verifiedAt as string)}`
              : '',
          },
        ]}
      />
      {history.length > 0 && (
        <details>
          <summary style={{ cursor: 'pointer' }}>Diễn biến ({history.length} bước)</summary>
          <ol style={{ paddingLeft: '1.25rem', margin: '0.5rem 0 0' }}>
            {history.map((entry, index) => (
              <li key={index} style={{ marginBottom: '0.4rem' }}>
                <strong>{eventLabels[entry.event ?? ''] ?? entry.event}</strong> ·{' '}
                {nameOf(idOf(entry.by)) || 'Hệ thống'} · {formatDateTime(entry.at)}
                {entry.dueDate ? ` · hạn mới ${formatDate(entry.dueDate)}` : ''}
                {entry.note && (
                  <div style={{ whiteSpace: 'pre-wrap', ...muted }}>“{entry.note}”</div>
                )}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  )
}

/** Who recorded and who closed a nonconformity, by name. */
export async function NonconformityPeople({ data, payload }: UIFieldServerProps) {
  if (!data?.id) return null
  const nameOf = await namesOf(payload, [idOf(data.reportedBy), idOf(data.closedBy)])
  return (
    <div className="field-type nonconformity-people">
      <Lines
        rows={[
          {
            label: 'Người ghi nhận',
            value: idOf(data.reportedBy)
              ? `${nameOf(idOf(data.reportedBy))}, ${formatDate(data.createdAt as string)}`
              : '',
          },
          {
            label: 'Người đóng',
            value: data.closedAt
              ? `${nameOf(idOf(data.closedBy))}, ${formatDate(data.closedAt as string)}`
              : '',
            note: (data.closingNote as string | null) ?? null,
          },
        ]}
      />
    </div>
  )
}
