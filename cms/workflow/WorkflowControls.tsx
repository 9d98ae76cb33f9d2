'use client'
import { Button, toast, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { actionLabels, RULES, stateLabels, type WorkflowAction, type WorkflowState } from './rules'

/**
 * The review buttons in the document's sidebar. It offers the actions the workflow allows from the
 * current state and leaves the decision to the API, which checks roles, scope and authorship.
 */
export function WorkflowControls() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const router = useRouter()
  const state = (useFormFields(([fields]) => fields['workflow.state']?.value) as WorkflowState | undefined) ?? 'draft'
  const changeReason = useFormFields(([fields]) => fields['workflow.changeReason']?.value) as string | undefined
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  if (!id || !user) return <p>Lưu bản dự thảo trước khi gửi xem xét.</p>

  const actions = (Object.keys(RULES) as WorkflowAction[]).filter((action) => RULES[action].from.includes(state))
  const run = async (action: WorkflowAction) => {
    setBusy(true)
    try {
      const res = await fetch(`/api/${collectionSlug}/${id}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action, comment, changeReason }),
      })
      const body = (await res.json()) as { message?: string; errors?: { message: string }[] }
      if (!res.ok) toast.error(body.errors?.[0]?.message ?? 'Không thực hiện được.')
      else {
        toast.success(body.message ?? 'Đã thực hiện.')
        setComment('')
        router.refresh()
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p>
        Trạng thái xem xét: <strong>{stateLabels[state]?.vi ?? state}</strong>
      </p>
      {actions.length > 0 && (
        <>
          <label htmlFor="workflow-comment" className="field-label">
            Ý kiến (bắt buộc khi yêu cầu sửa đổi)
          </label>
          <textarea id="workflow-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} style={{ width: '100%' }} />
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)' }}>
            {actions.map((action) => (
              <Button key={action} buttonStyle={action === 'request-changes' || action === 'withdraw' ? 'secondary' : 'primary'} size="small" disabled={busy} onClick={() => void run(action)}>
                {actionLabels[action].vi}
              </Button>
            ))}
          </div>
        </>
      )}
    </div>
  )
}
