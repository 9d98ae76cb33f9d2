'use client'
import { Button, toast, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

/**
 * "Tôi đã đọc và hiểu" in the bar of one's own open read-and-understood task, with a link to the
 * document. The API decides (POST /api/read-acknowledgements/:id/confirm); the button is only
 * offered to the addressee.
 */
export function ConfirmReadButton() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const state = useFormFields(([fields]) => fields.state?.value) as string | undefined
  const addressee = useFormFields(([fields]) => fields.user?.value) as
    string | { id: string } | undefined
  const document = useFormFields(([fields]) => fields.document?.value) as
    string | { id: string } | undefined
  const {
    config: {
      routes: { api, admin },
    },
  } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const addresseeID = typeof addressee === 'object' ? addressee?.id : addressee
  const documentID = typeof document === 'object' ? document?.id : document
  if (!id) return null
  const mine = user && String(user.id) === String(addresseeID)
  return (
    <>
      {documentID && (
        <Button
          el="link"
          url={`${admin}/collections/quality-documents/${documentID}`}
          buttonStyle="secondary"
          size="medium"
          margin={false}
        >
          Mở tài liệu
        </Button>
      )}
      {mine && state === 'open' && (
        <Button
          id="confirm-read"
          buttonStyle="primary"
          size="medium"
          margin={false}
          disabled={busy}
          onClick={() => {
            setBusy(true)
            void fetch(`${api}/read-acknowledgements/${id}/confirm`, {
              method: 'POST',
              credentials: 'include',
            })
              .then(async (response) => {
                const json = (await response.json()) as {
                  message?: string
                  errors?: { message: string }[]
                }
                if (response.ok) toast.success(json.message ?? 'Đã xác nhận.')
                else toast.error(json.errors?.[0]?.message ?? 'Không xác nhận được.')
                router.refresh()
              })
              .finally(() => setBusy(false))
          }}
        >
          Tôi đã đọc và hiểu
        </Button>
      )}
    </>
  )
}
