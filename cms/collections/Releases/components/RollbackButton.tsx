'use client'
import { Button, toast, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import type { User } from '../../../payload-types'

/** "Khôi phục bản này" on a successful release that is not the current one. */
export function RollbackButton() {
  const { user } = useAuth<User>()
  const { id } = useDocumentInfo()
  const state = useFormFields(([fields]) => fields.state?.value)
  const isCurrent = useFormFields(([fields]) => fields.isCurrent?.value)
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const canPublish = user?.roles?.some((role) => role === 'publisher' || role === 'admin')
  if (!canPublish || state !== 'live' || isCurrent) return null

  const rollBack = async () => {
    setBusy(true)
    const response = await fetch(`/api/releases/${id}/rollback`, {
      method: 'POST',
      credentials: 'include',
    })
    const body = (await response.json()) as { message?: string; errors?: { message: string }[] }
    setBusy(false)
    if (response.ok) {
      toast.success(body.message ?? 'Đã khôi phục.')
      router.push('/admin/collections/releases')
    } else {
      toast.error(body.errors?.[0]?.message ?? 'Không thể khôi phục.')
    }
  }

  return (
    <Button buttonStyle="secondary" disabled={busy} onClick={rollBack}>
      Khôi phục bản này (đưa lên trang công khai)
    </Button>
  )
}
