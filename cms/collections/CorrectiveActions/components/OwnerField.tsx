'use client'
import { SelectInput, useConfig, useField, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

const idOf = (value: unknown): string | null =>
  value && typeof value === 'object' && 'id' in value
    ? String((value as { id: unknown }).id)
    : value
      ? String(value)
      : null

/**
 * "Người thực hiện": the people of the action's locality by name. Officers may not read other
 * accounts, so Payload's relationship picker would list nothing; the choices come from
 * GET /api/corrective-actions/owner-choices, and the save checks the owner again.
 */
export function OwnerField({ path = 'owner', readOnly }: { path?: string; readOnly?: boolean }) {
  const { value, setValue, showError, errorMessage } = useField<string | { id: string }>({ path })
  const locality = idOf(useFormFields(([fields]) => fields.locality?.value))
  const nonconformity = idOf(useFormFields(([fields]) => fields.nonconformity?.value))
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [choices, setChoices] = useState<{ id: string; name: string }[]>([])
  const [ncLocality, setNcLocality] = useState<string | null>(null)

  // Before the save fills in the locality, it is the chosen nonconformity's.
  useEffect(() => {
    if (!nonconformity || locality) return
    void fetch(`${api}/nonconformities/${nonconformity}?depth=0`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then((nc: { locality?: unknown } | null) => setNcLocality(idOf(nc?.locality)))
  }, [api, nonconformity, locality])

  const scope = locality ?? ncLocality
  useEffect(() => {
    if (!scope) return setChoices([])
    void fetch(`${api}/corrective-actions/owner-choices?locality=${encodeURIComponent(scope)}`, {
      credentials: 'include',
    })
      .then((r) => (r.ok ? r.json() : { docs: [] }))
      .then((json: { docs: { id: string; name: string }[] }) => setChoices(json.docs))
  }, [api, scope])

  const current = idOf(value)
  return (
    <SelectInput
      path={path}
      name={path}
      label="Người thực hiện"
      required
      readOnly={readOnly}
      showError={showError}
      Error={showError && errorMessage ? <div className="field-error">{errorMessage}</div> : null}
      placeholder={scope ? 'Chọn người thực hiện' : 'Chọn sự không phù hợp hoặc địa phương trước'}
      options={choices.map((c) => ({ label: c.name, value: c.id }))}
      value={current ?? undefined}
      onChange={(option) => {
        const picked = Array.isArray(option) ? option[0] : option
        setValue((picked as { value?: string } | null)?.value ?? null)
      }}
    />
  )
}
