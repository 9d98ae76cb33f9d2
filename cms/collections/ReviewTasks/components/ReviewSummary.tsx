import type { ServerComponentProps } from 'payload'
import React from 'react'

import { isAdmin, localityIDs } from '../../../access'
import { idOf } from '../../../lib/idOf'

const cell: React.CSSProperties = {
  padding: '0.4rem 1rem 0.4rem 0',
  borderBottom: '1px solid var(--theme-elevation-100)',
}
const number: React.CSSProperties = { ...cell, textAlign: 'right', paddingLeft: '1.5rem' }

interface Row {
  name: string
  localityID: string | null
  due: number
  overdue: number
}

/**
 * Above the review list: open reviews per locality, overdue first in each, localities in
 * Vietnamese order, each linking to its filtered list. Reads through access control, so an
 * officer sees only the localities they may see.
 */
export async function ReviewSummary({ payload, user }: ServerComponentProps & { user?: unknown }) {
  const { docs } = await payload.find({
    collection: 'review-tasks',
    where: { state: { in: ['due', 'overdue'] } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: false,
    user: user as never,
    select: { locality: true, localityName: true, state: true },
  })
  const rows = new Map<string, Row>()
  for (const task of docs) {
    const localityID = idOf(task.locality)
    const key = localityID ?? 'province'
    const row = rows.get(key) ?? {
      name: task.localityName ?? 'Tỉnh',
      localityID,
      due: 0,
      overdue: 0,
    }
    if (task.state === 'overdue') row.overdue++
    else row.due++
    rows.set(key, row)
  }
  const collator = new Intl.Collator('vi')
  const sorted = [...rows.values()].sort(
    (a, b) => b.overdue - a.overdue || collator.compare(a.name, b.name),
  )
  const scoped = user && !isAdmin(user as never) && localityIDs(user as never).length > 0
  return (
    <section aria-labelledby="review-summary" style={{ marginBottom: 'var(--base)' }}>
      <h2 id="review-summary" style={{ fontSize: '1.1rem' }}>
        Tài liệu cần rà soát theo địa phương{scoped ? ' (địa phương của bạn)' : ''}
      </h2>
      {sorted.length === 0 ? (
        <p>Không có tài liệu nào đến hạn hoặc quá hạn rà soát.</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', minWidth: '28rem' }}>
          <thead>
            <tr>
              <th scope="col" style={{ ...cell, textAlign: 'left' }}>
                Địa phương
              </th>
              <th scope="col" style={number}>
                Quá hạn
              </th>
              <th scope="col" style={number}>
                Sắp đến hạn
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.localityID ?? 'province'}>
                <td style={cell}>
                  <a
                    href={`/admin/collections/review-tasks?where[state][not_equals]=done${row.localityID ? `&where[locality][equals]=${row.localityID}` : '&where[locality][exists]=false'}`}
                  >
                    {row.name}
                  </a>
                </td>
                <td
                  style={{
                    ...number,
                    color: row.overdue ? 'var(--theme-error-650)' : undefined,
                    fontWeight: row.overdue ? 700 : undefined,
                  }}
                >
                  {row.overdue}
                </td>
                <td style={number}>{row.due}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
