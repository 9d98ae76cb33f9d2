'use client'
import { Button, toast, useAuth } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import type { User } from '../payload-types'

/**
 * "Xuất bản" above the list of releases, for publishers only (the API checks the role too).
 * It queues the publish job, then refreshes the list while the release builds.
 */
export function PublishButton() {
  const { user } = useAuth<User>()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const canPublish = user?.roles?.some((role) => role === 'publisher' || role === 'admin')
  if (!canPublish) return null

  const publish = async () => {
    setBusy(true)
    try {
      const response = await fetch('/api/releases/publish', { method: 'POST', credentials: 'include' })
      const body = (await response.json()) as { message?: string; errors?: { message: string }[] }
      if (!response.ok) {
        toast.error(body.errors?.[0]?.message ?? 'Không thể xuất bản.')
        return
      }
      toast.success(body.message ?? 'Đã bắt đầu xuất bản.')
      // Follow the release until it is live or failed.
      for (let i = 0; i < 120; i++) {
        router.refresh()
        await new Promise((resolve) => setTimeout(resolve, 2000))
        const latest = await fetch('/api/releases?limit=1&sort=-createdAt&depth=0', { credentials: 'include' }).then((r) => r.json())
        const state = latest.docs?.[0]?.state
        if (state === 'live') {
          toast.success('Xuất bản xong: trang công khai đã được cập nhật.')
          break
        }
        if (state === 'failed') {
          toast.error('Xuất bản thất bại; trang công khai giữ nguyên. Xem lỗi trong bản phát hành.')
          break
        }
      }
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', marginBottom: '1rem' }}>
      <Button buttonStyle="primary" disabled={busy} onClick={publish}>
        {busy ? 'Đang xuất bản…' : 'Xuất bản'}
      </Button>
      <span>Xuất dữ liệu đã duyệt, build trang công khai và chuyển sang bản mới khi build thành công.</span>
    </div>
  )
}
