'use client'
import { getTranslation } from '@payloadcms/translations'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, SelectFieldClient } from 'payload'
import React from 'react'

/**
 * A list cell for a select the source may not state (the procedure's type, its online service
 * level): an empty value is shown as "Chưa có thông tin", never as a blank a reader takes for "no".
 */
export function NotStatedCell({ cellData, field }: DefaultCellComponentProps<SelectFieldClient>) {
  const { i18n } = useTranslation()
  if (cellData === null || cellData === undefined || cellData === '')
    return (
      <span data-not-stated="" style={{ fontStyle: 'italic', opacity: 0.75 }}>
        Chưa có thông tin
      </span>
    )
  const option = field.options.find((o) => (typeof o === 'string' ? o : o.value) === cellData)
  const label = option && typeof option === 'object' ? option.label : cellData
  return <span>{typeof label === 'string' ? label : getTranslation(label as never, i18n)}</span>
}
