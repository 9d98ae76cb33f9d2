'use client'
import { Button, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import type { User } from '../../../payload-types'
import { mayDownloadTemplate } from '../templateAccess'

/**
 * "Tải mẫu Excel thủ tục áp dụng" in the bar of a locality: the XLSX of
 * GET /api/localities/:id/import-template, shown to those the endpoint serves.
 */
export function TemplateDownload() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth<User>()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  if (!id || !collectionSlug || !mayDownloadTemplate(user, String(id))) return null
  return (
    <Button
      el="anchor"
      url={formatAdminURL({ apiRoute: api, path: `/${collectionSlug}/${id}/import-template` })}
      id="locality-import-template"
      buttonStyle="secondary"
      size="medium"
      margin={false}
      tooltip="Tệp Excel để điền các thủ tục địa phương áp dụng, kèm danh mục của tỉnh"
    >
      Tải mẫu Excel thủ tục áp dụng
    </Button>
  )
}
