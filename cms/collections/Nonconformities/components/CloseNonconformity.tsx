'use client'
import { Button, toast, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

/**
 * "Đóng" in the bar of a nonconformity not yet closed. The API decides
 * (POST /api/nonconformities/:id/close): every action verified effective, and a closer who owns
 * none of them; its refusal says which.
 */
export function CloseNonconformity() {
  const { id } = useDocumentInfo()
  const state = useFormFields(([fields]) => fields.state?.value) as string | undefined
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  if (!id || state === 'closed') return null
  return (
    <Button
      id="close-nonconformity"
      buttonStyle="secondary"
      size="medium"
      margin={false}
      disabled={busy}
      onClick={() => {
        const note = window.prompt('Nhận xét khi đóng sự không phù hợp (có thể để trống):')
        if (note === null) return
        setBusy(true)
        void fetch(`${api}/nonconformities/${id}/close`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ note }),
        })
          .then(async (response) => {
            const json = (await response.json()) as {
              message?: string
              errors?: { message: string }[]
            }
            if (response.ok) toast.success(json.message ?? 'Đã đóng.')
            else toast.error(json.errors?.[0]?.message ?? 'Không đóng được.')
            router.refresh()
          })
          .finally(() => setBusy(false))
      }}
    >
      Đóng sự không phù hợp
    </Button>
  )
}
