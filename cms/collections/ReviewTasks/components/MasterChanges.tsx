'use client'
import { useField } from '@payloadcms/ui'
import React from 'react'

interface Change {
  path: string
  label: string
  before: string
  after: string
}

interface Conflict {
  field: string
  label: string
  reason: string
}

const box: React.CSSProperties = { marginBottom: '1.5rem' }

/** A master-change task: the master's changes, one line per part, "Trường: cũ → mới". */
export function MasterChanges({ path }: { path: string }) {
  const { value } = useField<Change[] | null>({ path })
  const changes = Array.isArray(value) ? value : []
  return (
    <div style={box} data-master-changes>
      <div className="field-label">Thay đổi của thủ tục gốc</div>
      {changes.length === 0 ? (
        <p>Không có thay đổi nội dung.</p>
      ) : (
        <ul style={{ paddingLeft: '1.25rem', margin: 0 }}>
          {changes.map((change) => (
            <li key={change.path}>
              <strong>{change.label}:</strong> <del>{change.before}</del> →{' '}
              <ins style={{ textDecoration: 'none', fontWeight: 600 }}>{change.after}</ins>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** The locality's details the change may invalidate, each withheld from the public site until resolved. */
export function Conflicts({ path }: { path: string }) {
  const { value } = useField<Conflict[] | null>({ path })
  const conflicts = Array.isArray(value) ? value : []
  return (
    <div style={box} data-conflicts>
      <div className="field-label">Nội dung của địa phương cần rà soát</div>
      <ul style={{ paddingLeft: '1.25rem', margin: 0 }}>
        {conflicts.map((conflict) => (
          <li key={conflict.field}>
            <strong>{conflict.label}:</strong> {conflict.reason}
          </li>
        ))}
      </ul>
      <p style={{ opacity: 0.75 }}>
        Các nội dung trên tạm không hiển thị trên trang công khai cho đến khi cán bộ địa phương đánh
        dấu việc này là &quot;Đã rà soát&quot;.
      </p>
    </div>
  )
}
