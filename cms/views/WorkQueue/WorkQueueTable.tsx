import React from 'react'

import { formatDateTime } from '../../lib/dates'
import { workKindLabels, type WorkItem } from './workQueue'

/** The rows of the work queue: what to do, on what, its state and since when, with a link to it. */
export function WorkQueueTable({ items }: { items: WorkItem[] }) {
  return (
    <table className="work-queue__table" style={{ width: '100%', borderCollapse: 'collapse' }}>
      <thead>
        <tr style={{ textAlign: 'left' }}>
          <th style={cell}>Việc cần làm</th>
          <th style={cell}>Tài liệu</th>
          <th style={cell}>Trạng thái</th>
          <th style={cell}>Từ lúc</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr
            key={`${item.kind}/${item.collection}/${item.id}`}
            data-work-kind={item.kind}
            style={{ borderTop: '1px solid var(--theme-elevation-100)' }}
          >
            <td style={cell}>
              <strong>{workKindLabels[item.kind]}</strong>
            </td>
            <td style={cell}>
              <a href={item.link}>
                {item.code ? `${item.code} – ` : ''}
                {item.title}
              </a>
              <div style={{ color: 'var(--theme-elevation-500)' }}>{item.collectionLabel}</div>
            </td>
            <td style={cell}>{item.state}</td>
            <td style={{ ...cell, whiteSpace: 'nowrap' }}>{formatDateTime(item.since)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const cell: React.CSSProperties = { padding: '0.4rem 0.6rem 0.4rem 0', verticalAlign: 'top' }
