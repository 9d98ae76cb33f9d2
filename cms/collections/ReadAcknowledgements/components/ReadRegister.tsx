import type { ServerComponentProps } from 'payload'
import React from 'react'

import { formatDate } from '../../../lib/dates'
import { formatIssueNumber } from '../../QualityDocuments/docx/format'
import { registerCounts } from '../rules'

const cell: React.CSSProperties = {
  padding: '0.4rem 1rem 0.4rem 0',
  borderBottom: '1px solid var(--theme-elevation-100)',
  textAlign: 'left',
}

const collator = new Intl.Collator('vi')

/**
 * On a quality document's "Ban hành" tab: who must read the issue in force and who has confirmed
 * it ("Đã đọc và hiểu", with the date), those still to confirm first, names in Vietnamese order.
 * Read through the viewer's access.
 */
export async function ReadRegister({ id, payload, req }: ServerComponentProps) {
  if (!id) return null
  const user = req.user
  const { docs: issues } = await payload.find({
    collection: 'quality-document-issues',
    where: { and: [{ document: { equals: id } }, { issueStatus: { equals: 'effective' } }] },
    sort: '-issueNumber',
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const issue = issues[0]
  const heading = (
    <div className="field-label">Xác nhận đã đọc và hiểu (lần ban hành đang hiệu lực)</div>
  )
  if (!issue)
    return (
      <section data-read-register style={{ marginBottom: '1.5rem' }}>
        {heading}
        <p>Tài liệu chưa có lần ban hành đang hiệu lực.</p>
      </section>
    )
  const { docs } = await payload.find({
    collection: 'read-acknowledgements',
    where: { and: [{ issue: { equals: issue.id } }, { state: { not_equals: 'superseded' } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: false,
    user,
  })
  const rows = [...docs].sort(
    (a, b) =>
      Number(a.state === 'confirmed') - Number(b.state === 'confirmed') ||
      collator.compare(a.userName ?? '', b.userName ?? ''),
  )
  const counts = registerCounts(docs)
  return (
    <section data-read-register style={{ marginBottom: '1.5rem' }}>
      {heading}
      {!issue.readStartedOn ? (
        <p>
          Lần ban hành {formatIssueNumber(issue.issueNumber)} có hiệu lực từ ngày{' '}
          {formatDate(issue.effectiveDate)}; việc đọc và xác nhận sẽ được giao vào ngày đó.
        </p>
      ) : (
        <>
          <p>
            Lần ban hành {formatIssueNumber(issue.issueNumber)}: đã xác nhận {counts.confirmed}/
            {counts.total} người, còn {counts.open} người chưa xác nhận.
          </p>
          {rows.length > 0 && (
            <table style={{ borderCollapse: 'collapse' }}>
              <thead>
                <tr>
                  <th style={cell}>Người cần đọc</th>
                  <th style={cell}>Tình trạng</th>
                  <th style={cell}>Ngày giao</th>
                  <th style={cell}>Ngày xác nhận</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <td style={cell}>{row.userName ?? 'Tài khoản đã xóa'}</td>
                    <td style={cell}>
                      {row.state === 'confirmed' ? 'Đã đọc và hiểu' : 'Chưa xác nhận'}
                    </td>
                    <td style={cell}>{formatDate(row.openedOn)}</td>
                    <td style={cell}>{row.confirmedAt ? formatDate(row.confirmedAt) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  )
}
