'use client'
import { Button, toast, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React, { useState } from 'react'

import { auditActionLabels, type AuditAction, type AuditState } from '../rules'

/** The action that moves an audit on from each state, if any. */
const NEXT: Partial<Record<AuditState, AuditAction>> = {
  planned: 'start',
  'in-progress': 'complete',
  completed: 'report',
}

/**
 * In the bar of an audit: "Tải báo cáo (DOCX)" for everyone who reads it, and for its lead auditor
 * the next step (Bắt đầu đánh giá → Kết thúc đánh giá → Ban hành báo cáo). The API decides
 * (POST /api/internal-audits/:id/start | complete | report); the button is only offered.
 */
export function AuditActions() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const state = useFormFields(([fields]) => fields.state?.value) as AuditState | undefined
  const lead = useFormFields(([fields]) => fields.leadAuditor?.value) as
    string | { id: string } | undefined
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  if (!id) return null
  const leadID = typeof lead === 'object' ? lead?.id : lead
  const action = state ? NEXT[state] : undefined
  const mine = user && String(user.id) === String(leadID)
  return (
    <>
      <Button
        el="anchor"
        url={formatAdminURL({ apiRoute: api, path: `/internal-audits/${id}/docx` })}
        id="audit-report-docx"
        buttonStyle="secondary"
        size="medium"
        margin={false}
        tooltip={state === 'reported' ? 'Báo cáo đã ban hành' : 'Bản dự thảo, chưa ban hành'}
      >
        Tải báo cáo (DOCX)
      </Button>
      {mine && action && (
        <Button
          id={`audit-${action}`}
          buttonStyle="primary"
          size="medium"
          margin={false}
          disabled={busy}
          onClick={() => {
            setBusy(true)
            void fetch(`${api}/internal-audits/${id}/${action}`, {
              method: 'POST',
              credentials: 'include',
            })
              .then(async (response) => {
                const json = (await response.json()) as {
                  message?: string
                  errors?: { message: string }[]
                }
                if (response.ok) toast.success(json.message ?? 'Đã cập nhật.')
                else toast.error(json.errors?.[0]?.message ?? 'Không thực hiện được.')
                router.refresh()
              })
              .finally(() => setBusy(false))
          }}
        >
          {auditActionLabels[action].vi}
        </Button>
      )}
    </>
  )
}
