'use client'
import { useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { WORK_QUEUE_PATH } from './path'

/** In the navigation, above the collections: the person's work queue. */
export function WorkQueueNavLink() {
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  const href = formatAdminURL({ adminRoute: admin, path: WORK_QUEUE_PATH })
  const active = usePathname() === href
  return (
    <Link
      href={href}
      id="nav-work-queue"
      // Not prefetched: building the queue's page on every page load competed with the page's own
      // requests (the procedure edit view's, 0.1–0.3 s of server time each); Payload's own
      // navigation links are not prefetched either.
      prefetch={false}
      className="nav__link"
      aria-current={active ? 'page' : undefined}
      style={{ fontWeight: 600, marginBottom: 'var(--base)' }}
    >
      <span className="nav__link-label">Việc của tôi</span>
    </Link>
  )
}
