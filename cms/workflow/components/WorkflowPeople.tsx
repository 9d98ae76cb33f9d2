import type { UIFieldServerProps } from 'payload'
import React from 'react'

import { idOf } from '../../lib/idOf'
import { actionLabels, stateLabels, type WorkflowAction, type WorkflowState } from '../rules'
import { formatDateTime } from '../../lib/dates'

/** dd/mm/yyyy HH:mm in Vietnam, whatever the server's or the browser's clock. */
const when = (iso: unknown) => (typeof iso === 'string' ? formatDateTime(iso) : '')

interface Entry {
  action?: WorkflowAction
  from?: WorkflowState
  to?: WorkflowState
  by?: unknown
  at?: string
  comment?: string | null
}

/**
 * Who prepared, submitted, reviewed, approved and issued this version, and the review history, by
 * name. The relation fields themselves would show "Chưa có tiêu đề – ID: …" to everyone but
 * administrators, since staff may not read one another's accounts; here only the names of the
 * people who acted on a document the viewer may read are looked up.
 */
export async function WorkflowPeople({ siblingData, data, payload }: UIFieldServerProps) {
  const workflow = ((siblingData && 'history' in siblingData ? siblingData : data?.workflow) ??
    {}) as Record<string, unknown>
  const history = ((workflow.history as Entry[] | undefined) ?? []).filter(Boolean)
  const authors = ((workflow.authors as unknown[] | undefined) ?? [])
    .map(idOf)
    .filter((id): id is string => id !== null)
  const roles: { label: string; person: string | null; at: unknown }[] = [
    { label: 'Gửi xem xét', person: idOf(workflow.submittedBy), at: workflow.submittedAt },
    { label: 'Xem xét', person: idOf(workflow.reviewedBy), at: workflow.reviewedAt },
    { label: 'Phê duyệt', person: idOf(workflow.approvedBy), at: workflow.approvedAt },
    { label: 'Ban hành', person: idOf(workflow.publishedBy), at: workflow.publishedAt },
  ]
  const ids = [
    ...new Set(
      [...authors, ...roles.map((r) => r.person), ...history.map((h) => idOf(h.by))].filter(
        (id): id is string => id !== null,
      ),
    ),
  ]
  if (ids.length === 0 && history.length === 0) return null

  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    select: { name: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
  })
  const names = new Map(docs.map((u) => [String(u.id), u.name]))
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? 'Tài khoản đã xoá') : '')

  return (
    <div className="field-type workflow-people" style={{ marginBottom: 'var(--base)' }}>
      <dl
        style={{
          display: 'grid',
          gridTemplateColumns: 'auto 1fr',
          gap: '0.25rem 0.75rem',
          margin: '0 0 0.75rem',
        }}
      >
        {authors.length > 0 && (
          <>
            <dt style={{ color: 'var(--theme-elevation-650)' }}>Soạn thảo</dt>
            <dd style={{ margin: 0 }}>{authors.map(nameOf).join(', ')}</dd>
          </>
        )}
        {roles
          .filter((r) => r.person)
          .map((r) => (
            <React.Fragment key={r.label}>
              <dt style={{ color: 'var(--theme-elevation-650)' }}>{r.label}</dt>
              <dd style={{ margin: 0 }}>
                {nameOf(r.person)}
                {when(r.at) ? `, ${when(r.at)}` : ''}
              </dd>
            </React.Fragment>
          ))}
      </dl>
      {history.length > 0 && (
        <details>
          <summary style={{ cursor: 'pointer' }}>Lịch sử xem xét ({history.length} bước)</summary>
          <ol style={{ paddingLeft: '1.25rem', margin: '0.5rem 0 0' }}>
            {history.map((entry, index) => (
              <li key={index} style={{ marginBottom: '0.4rem' }}>
                <strong>{entry.action ? actionLabels[entry.action]?.vi : ''}</strong> ·{' '}
                {nameOf(idOf(entry.by))} · {when(entry.at)}
                {entry.to && entry.from !== entry.to
                  ? ` → ${stateLabels[entry.to]?.vi ?? entry.to}`
                  : ''}
                {entry.comment && (
                  <div style={{ whiteSpace: 'pre-wrap', color: 'var(--theme-elevation-650)' }}>
                    “{entry.comment}”
                  </div>
                )}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  )
}
