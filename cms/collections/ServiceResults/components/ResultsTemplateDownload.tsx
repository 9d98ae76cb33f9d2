'use client'
import { Button, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useState } from 'react'

import { monthsEnding, periodLabel } from '../../../../content-schemas/serviceResults'
import type { User } from '../../../payload-types'
import { mayDownloadTemplate } from '../../Localities/templateAccess'

/** The last twelve months, newest first, in Vietnam's calendar. */
function recentMonths(): string[] {
  const now = new Date(Date.now() + 7 * 3600_000)
  const thisMonth = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`
  return monthsEnding(thisMonth, 13).slice(0, 12).reverse()
}

/**
 * "Tải mẫu Excel kết quả giải quyết" in the bar of a locality, with the month to report: the XLSX of
 * GET /api/localities/:id/results-template, shown to those the endpoint serves.
 */
export function ResultsTemplateDownload() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth<User>()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const months = recentMonths()
  const [period, setPeriod] = useState(months[0]!)
  if (!id || !collectionSlug || !mayDownloadTemplate(user, String(id))) return null
  return (
    <span style={{ display: 'inline-flex', gap: '0.5rem', alignItems: 'center' }}>
      <select
        id="results-template-period"
        value={period}
        onChange={(e) => setPeriod(e.target.value)}
        aria-label="Kỳ báo cáo của mẫu kết quả giải quyết"
      >
        {months.map((m) => (
          <option key={m} value={m}>
            {periodLabel(m)}
          </option>
        ))}
      </select>
      <Button
        el="anchor"
        url={formatAdminURL({
          apiRoute: api,
          path: `/${collectionSlug}/${id}/results-template?period=${period}`,
        })}
        id="locality-results-template"
        buttonStyle="secondary"
        size="medium"
        margin={false}
        tooltip="Tệp Excel để điền số hồ sơ tiếp nhận và giải quyết của kỳ đã chọn, mỗi dòng một thủ tục áp dụng"
      >
        Tải mẫu Excel kết quả giải quyết
      </Button>
    </span>
  )
}
