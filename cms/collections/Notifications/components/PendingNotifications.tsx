import type { ServerProps } from 'payload'
import React from 'react'

import { findWithTotal } from '../../../lib/findWithTotal'
import { MarkAllRead } from './MarkAllRead'
import { notificationTime, unreadListPath } from './notifications'
import { NotificationLink } from './OpenNotification'

const SHOWN = 6

/**
 * On the dashboard, below the work queue: the user's unread notifications whose document has not
 * moved on since, newest first, each opening the document it is about (and marking it read).
 * Read through access control: only one's own.
 */
export async function PendingNotifications({ payload, user }: ServerProps) {
  if (!user) return null
  const { docs, totalDocs } = await findWithTotal(SHOWN, (page) =>
    payload.find({
      collection: 'notifications',
      where: {
        and: [
          { recipient: { equals: user.id } },
          { read: { equals: false } },
          { obsolete: { not_equals: true } },
        ],
      },
      sort: '-createdAt',
      depth: 0,
      overrideAccess: false,
      user,
      ...page,
    }),
  )
  const adminRoute = payload.config.routes.admin
  return (
    <section
      aria-labelledby="pending-notifications"
      id="pending-notifications-section"
      style={{ marginBottom: 'calc(var(--base) * 2)' }}
    >
      <h2 id="pending-notifications" style={{ fontSize: '1.25rem', marginBottom: '0.5rem' }}>
        Thông báo mới{totalDocs > 0 ? ` (${totalDocs})` : ''}
      </h2>
      {docs.length === 0 ? (
        <p style={{ margin: 0 }}>Không có thông báo mới.</p>
      ) : (
        <>
          <ul style={{ listStyle: 'none', padding: 0, margin: '0 0 0.5rem' }}>
            {docs.map((n) => (
              <li
                key={n.id}
                style={{
                  padding: '0.5rem 0',
                  borderBottom: '1px solid var(--theme-elevation-100)',
                }}
              >
                {n.link?.startsWith('/') ? (
                  <NotificationLink id={String(n.id)} link={n.link}>
                    <strong>{n.title}</strong>
                  </NotificationLink>
                ) : (
                  <strong>{n.title}</strong>
                )}{' '}
                <span style={{ color: 'var(--theme-elevation-500)' }}>
                  · {notificationTime(n.createdAt)}
                </span>
                {n.message && (
                  <div style={{ whiteSpace: 'pre-wrap', color: 'var(--theme-elevation-650)' }}>
                    {n.message}
                  </div>
                )}
              </li>
            ))}
          </ul>
          <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
            <a href={`${adminRoute}${unreadListPath}`}>Xem tất cả thông báo chưa đọc</a>
            <MarkAllRead userID={String(user.id)} />
          </div>
        </>
      )}
    </section>
  )
}
