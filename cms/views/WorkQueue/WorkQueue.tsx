import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { WORK_QUEUE_PATH } from './path'
import { workQueue } from './workQueue'
import { WorkQueueTable } from './WorkQueueTable'

const SHOWN = 8

/**
 * At the top of the dashboard: the oldest of what awaits the user now, derived from the documents'
 * state (./workQueue.ts), so an item stays until it is done, whether or not it was opened.
 */
export async function WorkQueue({ payload, user }: ServerProps) {
  if (!user) return null
  const { items, more } = await workQueue(payload, user)
  const total = items.length + more
  return (
    <section
      aria-labelledby="work-queue-heading"
      id="work-queue-section"
      style={{ marginBottom: 'calc(var(--base) * 2)' }}
    >
      <h2 id="work-queue-heading" style={{ fontSize: '1.25rem', marginBottom: '0.5rem' }}>
        Việc của tôi{total > 0 ? ` (${total})` : ''}
      </h2>
      {items.length === 0 ? (
        <p style={{ margin: 0 }}>Không có việc nào đang chờ bạn.</p>
      ) : (
        <>
          <WorkQueueTable items={items.slice(0, SHOWN)} />
          {total > SHOWN && (
            <p style={{ margin: '0.5rem 0 0' }}>
              <a
                href={formatAdminURL({
                  adminRoute: payload.config.routes.admin,
                  path: WORK_QUEUE_PATH,
                })}
              >
                Xem tất cả {total} việc
              </a>
            </p>
          )}
        </>
      )}
    </section>
  )
}
