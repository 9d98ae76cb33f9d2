'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React from 'react'

import { stateLabels, type WorkflowState } from '../rules'

/** Colours of a state, from the admin theme. */
export const stateTone: Record<WorkflowState, { background: string; color: string }> = {
  draft: { background: 'var(--theme-elevation-100)', color: 'var(--theme-elevation-800)' },
  'in-review': { background: 'var(--theme-warning-100)', color: 'var(--theme-warning-800)' },
  'changes-requested': { background: 'var(--theme-error-100)', color: 'var(--theme-error-800)' },
  approved: { background: 'var(--theme-success-100)', color: 'var(--theme-success-800)' },
  published: { background: 'var(--theme-success-500)', color: 'var(--theme-elevation-0)' },
}

export function StatePill({ state }: { state: WorkflowState }) {
  const tone = stateTone[state] ?? stateTone.draft
  return (
    <span
      data-workflow-state={state}
      style={{
        ...tone,
        display: 'inline-block',
        padding: '0.1rem 0.6rem',
        borderRadius: '1rem',
        fontWeight: 600,
        whiteSpace: 'nowrap',
      }}
    >
      {stateLabels[state]?.vi ?? state}
    </span>
  )
}

/** The workflow state of the version being edited, as the form holds it (the saved one as a fallback). */
export function useWorkflowState(): WorkflowState {
  const { data } = useDocumentInfo()
  const fromForm = useFormFields(([fields]) => fields['workflow.state']?.value) as
    WorkflowState | undefined
  const saved = (data?.workflow as { state?: WorkflowState } | undefined)?.state
  return fromForm ?? saved ?? 'draft'
}

/**
 * Replaces Payload's "Trạng thái: Bản nháp / Đã xuất bản / Đã thay đổi" in the document bar, which
 * speaks of Payload's drafts, with the review state everyone works with.
 */
export function WorkflowStatus() {
  const { id } = useDocumentInfo()
  const state = useWorkflowState()
  if (!id) return null
  return (
    <div
      className="doc-controls__value-wrap"
      style={{ display: 'flex', alignItems: 'center', gap: '0.4rem' }}
    >
      <span className="doc-controls__label">Trạng thái:</span>
      <StatePill state={state} />
    </div>
  )
}

/**
 * In place of Payload's "Xuất bản" and "Ẩn tài liệu": on reviewed collections only the workflow
 * publishes (Ban hành, after approval), and the API refuses Payload's own publish and unpublish.
 */
export function NoPublishButton() {
  return null
}
