'use client'
import React from 'react'

import { formatDateTime } from '../../../lib/dates'

import type { PlanCounts, PlanItem } from '../../../import/changeSet/types'
import { formatIssue, type ImportIssue } from '../../../import/report'
import {
  actionLabels,
  stateLabels,
  type WorkflowAction,
  type WorkflowState,
} from '../../../workflow/rules'
import { StatePill } from '../../../workflow/components/WorkflowAdmin'
import { ChangeSetActions } from './ChangeSetActions'
import { ChangeSetItems, Pager, usePage } from './ChangeSetItems'

/** The set as the page shows it: names instead of ids, plan and issues as stored. */
export interface ShownSet {
  id: string
  title: string
  state: string
  scope: string
  format: string
  files: { name: string; format: string; size: number }[]
  author: string
  changeReason: string
  counts: PlanCounts
  items: PlanItem[]
  issues: ImportIssue[]
  history: { action: string; from: string; to: string; by: string; at: string; comment: string }[]
}

const COUNTS: [keyof PlanCounts, string][] = [
  ['new', 'Mới'],
  ['changed', 'Thay đổi'],
  ['unchanged', 'Không đổi'],
  ['absent', 'Không có trong tệp'],
  ['errors', 'Lỗi'],
  ['warnings', 'Cảnh báo'],
]

const stateName = (state: string) =>
  state === 'planned'
    ? 'Mới chạy thử, chưa ghi'
    : (stateLabels[state as WorkflowState]?.vi ?? state)

const section = { margin: '0 0 2rem' } as const

/** The page of one change set: what it is, its counts, actions, issues, items and history. */
export function ChangeSetPage(props: {
  set: ShownSet
  actions: WorkflowAction[]
  mayWrite: boolean
  noActionReason: string
}) {
  const { set } = props
  return (
    <div
      className="gutter--left gutter--right change-set-page"
      style={{ paddingTop: '1rem', paddingBottom: '3rem' }}
    >
      <section aria-labelledby="change-set-summary" style={section}>
        <h2 id="change-set-summary" style={{ margin: '0 0 0.75rem' }}>
          Lô nhập dữ liệu
        </h2>
        <p style={{ margin: '0 0 0.5rem' }}>
          Trạng thái:{' '}
          {set.state === 'planned' ? (
            <span
              data-workflow-state="planned"
              style={{
                padding: '0.1rem 0.6rem',
                borderRadius: '1rem',
                fontWeight: 600,
                background: 'var(--theme-elevation-100)',
              }}
            >
              {stateName(set.state)}
            </span>
          ) : (
            <StatePill state={set.state as WorkflowState} />
          )}
        </p>
        <dl
          className="change-set-facts"
          style={{
            display: 'grid',
            gridTemplateColumns: 'max-content 1fr',
            gap: '0.25rem 1rem',
            margin: 0,
          }}
        >
          <dt>Nhập vào</dt>
          <dd style={{ margin: 0 }}>{set.scope}</dd>
          <dt>Tệp</dt>
          <dd style={{ margin: 0 }}>
            {set.files.map((f) => `${f.name}${f.format ? ` (${f.format})` : ''}`).join(', ') || '—'}
          </dd>
          <dt>Người nhập</dt>
          <dd style={{ margin: 0 }}>{set.author}</dd>
          <dt>Lý do thay đổi</dt>
          <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{set.changeReason || '—'}</dd>
        </dl>
      </section>

      <section aria-labelledby="change-set-counts" style={section}>
        <h3 id="change-set-counts" style={{ margin: '0 0 0.5rem' }}>
          Số mục
        </h3>
        <dl style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', margin: 0 }}>
          {COUNTS.map(([key, label]) => (
            <div
              key={key}
              data-count={key}
              style={{
                padding: '0.5rem 1rem',
                minWidth: '8rem',
                border: '1px solid var(--theme-elevation-150)',
                borderRadius: '4px',
                background:
                  key === 'errors' && set.counts.errors > 0 ? 'var(--theme-error-100)' : undefined,
              }}
            >
              <dt style={{ fontSize: '0.85rem' }}>{label}</dt>
              <dd style={{ margin: 0, fontSize: '1.5rem', fontWeight: 600 }}>
                {set.counts[key].toLocaleString('vi-VN')}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <ChangeSetActions
        set={set}
        actions={props.actions}
        mayWrite={props.mayWrite}
        noActionReason={props.noActionReason}
      />

      {set.issues.length > 0 && <Issues issues={set.issues} />}

      <ChangeSetItems items={set.items} />

      <History history={set.history} />
    </div>
  )
}

/** Every issue as one readable line (file, record or row, field, value, message), errors first. */
function Issues({ issues }: { issues: ImportIssue[] }) {
  const ordered = React.useMemo(
    () => [
      ...issues.filter((i) => i.severity === 'error'),
      ...issues.filter((i) => i.severity !== 'error'),
    ],
    [issues],
  )
  const pager = usePage(ordered.length, 25)
  return (
    <section aria-labelledby="change-set-issues" style={section}>
      <h3 id="change-set-issues" style={{ margin: '0 0 0.5rem' }}>
        Lỗi và cảnh báo ({issues.length.toLocaleString('vi-VN')})
      </h3>
      <ul id="change-set-issue-list" style={{ margin: 0, paddingLeft: '1.25rem' }}>
        {ordered.slice(pager.from, pager.to).map((issue, i) => (
          <li
            key={pager.from + i}
            data-severity={issue.severity}
            style={{ color: issue.severity === 'error' ? 'var(--theme-error-650)' : undefined }}
          >
            {formatIssue(issue)}
          </li>
        ))}
      </ul>
      <Pager pager={pager} label="lỗi và cảnh báo" />
    </section>
  )
}

function History({ history }: { history: ShownSet['history'] }) {
  return (
    <section aria-labelledby="change-set-history" style={section}>
      <h3 id="change-set-history" style={{ margin: '0 0 0.5rem' }}>
        Lịch sử
      </h3>
      {history.length === 0 ? (
        <p style={{ margin: 0 }}>Chưa có thao tác nào.</p>
      ) : (
        <table className="change-set-history" style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left' }}>
                Lúc
              </th>
              <th scope="col" style={{ textAlign: 'left' }}>
                Người thực hiện
              </th>
              <th scope="col" style={{ textAlign: 'left' }}>
                Thao tác
              </th>
              <th scope="col" style={{ textAlign: 'left' }}>
                Trạng thái
              </th>
              <th scope="col" style={{ textAlign: 'left' }}>
                Ý kiến
              </th>
            </tr>
          </thead>
          <tbody>
            {history.map((h, i) => (
              <tr key={i} style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
                <td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(h.at)}</td>
                <td>{h.by}</td>
                <td>
                  {h.action === 'write'
                    ? 'Ghi thành bản nháp'
                    : (actionLabels[h.action as WorkflowAction]?.vi ?? h.action)}
                </td>
                <td>
                  {stateName(h.from)} → {stateName(h.to)}
                </td>
                <td style={{ whiteSpace: 'pre-wrap' }}>{h.comment}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
