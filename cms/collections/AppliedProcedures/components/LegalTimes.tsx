'use client'
import { useConfig, useFormFields } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useEffect, useState } from 'react'

import {
  channelLabels,
  type Channel,
  type TimeUnit,
} from '../../../../content-schemas/enumerations'
import { formatProcessingTime } from '../../../../content-schemas/processingTime'

interface Method {
  channel: Channel
  processingTime?: number | null
  processingTimeUnit?: TimeUnit | null
  processingTimeText?: string | null
}

/** A channel's legal time as the master states it; a time the source does not state is not made up. */
function legalTime(method: Method): string {
  if (typeof method.processingTime === 'number' && method.processingTimeUnit) {
    return formatProcessingTime({ value: method.processingTime, unit: method.processingTimeUnit })
  }
  if (method.processingTimeText?.trim())
    return `“${method.processingTimeText.trim()}” (không so sánh được)`
  return 'nguồn không ghi'
}

/** The published master's channels, or null while there is no procedure chosen or it is loading. */
function useMasterMethods(procedureID: string | undefined): Method[] | null {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [methods, setMethods] = useState<Method[] | null>(null)
  useEffect(() => {
    setMethods(null)
    if (!procedureID) return
    const controller = new AbortController()
    const select = ['channel', 'processingTime', 'processingTimeUnit', 'processingTimeText']
      .map((key) => `select[methods][${key}]=true`)
      .join('&')
    fetch(
      formatAdminURL({
        apiRoute: api,
        path: `/procedures/${procedureID}?depth=0&draft=false&${select}`,
      }),
      { credentials: 'include', signal: controller.signal },
    )
      .then((response) => (response.ok ? response.json() : { methods: [] }))
      .then((doc: { methods?: Method[] }) => setMethods(doc.methods ?? []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [api, procedureID])
  return methods
}

/**
 * Beside the committed time: the legal time of each channel of the master procedure, the limits
 * the commitment is checked against on save.
 */
export function LegalTimes() {
  const procedure = useFormFields(([fields]) => fields.procedure?.value) as
    string | { id: string } | null | undefined
  const procedureID = typeof procedure === 'object' && procedure ? procedure.id : procedure
  const methods = useMasterMethods(procedureID ?? undefined)
  if (!procedureID || !methods) return null
  return (
    <div
      className="field-description"
      data-legal-times
      // Payload's .field-description is a flex box, which drops the space after the label.
      style={{ marginBottom: '1rem', display: 'block' }}
    >
      <strong>Thời hạn theo quy định (danh mục của tỉnh):</strong>{' '}
      {methods.length === 0
        ? 'thủ tục chưa có cách thức thực hiện.'
        : methods
            .map(
              (method) =>
                `${channelLabels[method.channel]?.vi ?? method.channel}: ${legalTime(method)}`,
            )
            .join('; ')}
    </div>
  )
}
