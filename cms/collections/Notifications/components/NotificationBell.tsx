'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React, { useEffect, useState } from 'react'

import { unreadListPath } from './notifications'

const REFRESH_MS = 60_000

/**
 * In the admin's header, on every page: how many of the user's notifications are unread (a
 * document to review, changes asked for, an approval), linking to them. Counted again on every
 * page change and every minute.
 */
export function NotificationBell() {
  const { user } = useAuth()
  const pathname = usePathname()
  const {
    config: {
      routes: { admin, api },
    },
  } = useConfig()
  const [unread, setUnread] = useState<number | null>(null)
  // The account's ID, not the user object: Payload refreshes the object after the page loads
  // (/api/users/me), which counted the notifications a second time on every page.
  const userID = user?.id

  useEffect(() => {
    if (userID === undefined) return
    let cancelled = false
    const count = () =>
      fetch(
        `${api}/notifications?where[recipient][equals]=${userID}&where[read][equals]=false&where[obsolete][not_equals]=true&limit=1&depth=0&select[read]=true`,
        { credentials: 'include' },
      )
        .then((r) => (r.ok ? r.json() : null))
        .then(
          (body: { totalDocs?: number } | null) => !cancelled && setUnread(body?.totalDocs ?? null),
        )
        .catch(() => undefined)
    void count()
    const timer = window.setInterval(count, REFRESH_MS)
    return () => {
      cancelled = true
      window.clearInterval(timer)
    }
  }, [userID, api, pathname])

  if (!user || unread === null) return null
  const label = unread > 0 ? `${unread} thông báo chưa đọc` : 'Không có thông báo chưa đọc'
  return (
    <Link
      href={formatAdminURL({
        adminRoute: admin,
        path: unread > 0 ? unreadListPath : '/collections/notifications',
      })}
      id="notification-bell"
      // Not prefetched: the notifications list rendered on the server on every page load.
      prefetch={false}
      aria-label={label}
      title={label}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: '0.35rem',
        textDecoration: 'none',
        color: 'inherit',
        whiteSpace: 'nowrap',
      }}
    >
      <svg
        aria-hidden="true"
        width="20"
        height="20"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      <span>Thông báo</span>
      {unread > 0 && (
        <span
          data-unread={unread}
          style={{
            background: 'var(--theme-error-500)',
            color: 'var(--theme-elevation-0)',
            borderRadius: '1rem',
            padding: '0 0.45rem',
            fontSize: '0.8rem',
            fontWeight: 700,
            lineHeight: '1.3rem',
          }}
        >
          {unread}
        </span>
      )}
    </Link>
  )
}
