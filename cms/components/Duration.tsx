'use client'
import { FieldLabel, useField, useFormFields } from '@payloadcms/ui'
import type { DefaultCellComponentProps, NumberFieldClientProps } from 'payload'
import React from 'react'

import { formatDuration } from '../../release/duration'

/** No duration is not 0: a release still queued or building has not finished; another was not timed. */
const text = (value: unknown, state: unknown): string =>
  typeof value === 'number'
    ? formatDuration(value)
    : state === 'queued' || state === 'building'
      ? 'Chưa kết thúc'
      : 'Không ghi nhận'

/**
 * A duration stored in milliseconds, shown as an officer reads it ("1 phút 12 giây"), read-only:
 * the server measures it.
 */
export function DurationField({ field, path }: NumberFieldClientProps) {
  const { value } = useField<number | null>({ path: path ?? field.name })
  const state = useFormFields(([fields]) => fields.state?.value)
  return (
    <div className="field-type" style={{ flex: '1 1 auto' }} data-duration>
      <FieldLabel label={field.label} path={path} />
      <div style={{ padding: 'calc(var(--base) * 0.4) 0' }}>{text(value, state)}</div>
    </div>
  )
}

/** The same in a list column. */
export function DurationCell({ cellData, rowData }: DefaultCellComponentProps) {
  return <span>{text(cellData, rowData?.state)}</span>
}
