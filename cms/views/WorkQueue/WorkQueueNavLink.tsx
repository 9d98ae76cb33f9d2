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
      className="nav__link"
      aria-current={active ? 'page' : undefined}
      style={{ fontWeight: 600, marginBottom: 'var(--base)' }}
    >
      <span className="nav__link-label">Việc của tôi</span>
    </Link>
  )
}
