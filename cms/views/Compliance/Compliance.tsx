import type { ServerProps } from 'payload'
import React from 'react'

import type { User } from '../../payload-types'
import { complianceReport, type ComplianceRow } from './checks'
import { COMPLIANCE_XLSX_PATH } from './xlsxEndpoint'
import { complianceScope } from './scope'

/**
 * *Tổng quan tuân thủ* on the dashboard: one line per check, scoped to the reader's role and
 * localities (./scope.ts), each count linking to the admin list of exactly what it counts.
 */
export async function Compliance({ payload, user }: ServerProps) {
  const scope = complianceScope(user as User | null)
  if (!scope) return null
  const rows = await complianceReport({ payload, scope, now: new Date() })
  const groups = [...new Set(rows.map((row) => row.group))]
  return (
    <section
      aria-labelledby="compliance-heading"
      id="compliance-section"
      style={{ marginBottom: 'calc(var(--base) * 2)' }}
    >
      <h2 id="compliance-heading" style={{ fontSize: '1.25rem', marginBottom: '0.5rem' }}>
        Tổng quan tuân thủ
      </h2>
      <p style={{ margin: '0 0 0.5rem' }}>
        <a href={`${payload.config.routes.api}${COMPLIANCE_XLSX_PATH}`} download>
          Tải về bảng tổng quan (XLSX)
        </a>
      </p>
      <table className="compliance__table" style={{ width: '100%', borderCollapse: 'collapse' }}>
        {groups.map((group) => (
          <tbody key={group}>
            <tr>
              <th colSpan={3} scope="colgroup" style={{ ...cell, paddingTop: '1rem' }}>
                {group}
              </th>
            </tr>
            {rows
              .filter((row) => row.group === group)
              .map((row) => (
                <Line key={row.id} row={row} />
              ))}
          </tbody>
        ))}
      </table>
    </section>
  )
}

function Line({ row }: { row: ComplianceRow }) {
  return (
    <tr data-check={row.id} style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
      <td style={cell}>{row.label}</td>
      <td style={{ ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        {row.href && row.count > 0 ? <a href={row.href}>{row.count}</a> : row.count}
      </td>
      <td style={{ ...cell, color: 'var(--theme-elevation-600)' }}>{row.note ?? ''}</td>
    </tr>
  )
}

const cell: React.CSSProperties = { padding: '0.35rem 0.5rem', textAlign: 'left' }
