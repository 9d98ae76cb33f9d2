'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

/**
 * "Tải báo cáo xem xét (DOCX)" in the bar of a management review: GET
 * /api/management-reviews/:id/pack, the period's inputs read now and the minutes as last saved.
 */
export function PackDownload() {
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  if (!id || !collectionSlug) return null
  return (
    <Button
      el="anchor"
      url={formatAdminURL({ apiRoute: api, path: `/${collectionSlug}/${id}/pack` })}
      id="management-review-pack"
      buttonStyle="secondary"
      size="medium"
      margin={false}
      tooltip="Số liệu của kỳ lấy từ hệ thống tại thời điểm tải, cùng biên bản đã lưu"
    >
      Tải báo cáo xem xét (DOCX)
    </Button>
  )
}
