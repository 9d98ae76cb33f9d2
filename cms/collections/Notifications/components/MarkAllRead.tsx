'use client'
import { Button, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

/** "Đánh dấu tất cả đã đọc" under the dashboard's notifications. */
export function MarkAllRead({ userID }: { userID: string }) {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const markAll = async () => {
    setBusy(true)
    const where = `where[recipient][equals]=${encodeURIComponent(userID)}&where[read][equals]=false`
    const response = await fetch(`${api}/notifications?${where}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ read: true }),
    }).catch(() => null)
    setBusy(false)
    if (!response?.ok) toast.error('Không đánh dấu được.')
    router.refresh()
  }
  return (
    <Button
      buttonStyle="secondary"
      size="small"
      margin={false}
      disabled={busy}
      onClick={() => void markAll()}
    >
      Đánh dấu tất cả đã đọc
    </Button>
  )
}
