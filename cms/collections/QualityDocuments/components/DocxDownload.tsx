'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { useWorkflowState } from '../../../workflow/components/WorkflowAdmin'

/**
 * "Tải DOCX" in the bar of a quality document: the Word file of GET /api/quality-documents/:id/docx.
 * While a draft is being worked on it exports that draft (?draft=true, marked "DỰ THẢO" on every
 * page); once an issue is in force it also offers the issue in force.
 */
export function DocxDownload() {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const state = useWorkflowState()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  if (!id || !collectionSlug) return null
  const url = (draft: boolean) =>
    formatAdminURL({
      apiRoute: api,
      path: `/${collectionSlug}/${id}/docx${draft ? '?draft=true' : ''}`,
    })
  const workingOnDraft = state !== 'published'
  return (
    <>
      {workingOnDraft && (
        <Button
          el="anchor"
          url={url(true)}
          id="docx-draft"
          buttonStyle="secondary"
          size="medium"
          margin={false}
          tooltip="Bản đang soạn thảo, có dấu DỰ THẢO"
        >
          Tải DOCX (dự thảo)
        </Button>
      )}
      {hasPublishedDoc && (
        <Button
          el="anchor"
          url={url(false)}
          id="docx-effective"
          buttonStyle="secondary"
          size="medium"
          margin={false}
          tooltip="Lần ban hành đang có hiệu lực"
        >
          {workingOnDraft ? 'Tải DOCX (bản ban hành)' : 'Tải DOCX'}
        </Button>
      )}
    </>
  )
}
