'use client'
import { useForm, useFormFields, useFormSubmitted } from '@payloadcms/ui'
import { useEffect } from 'react'

/**
 * Payload's form shows field errors only once a submit is "submitted", and a refused draft save
 * resets that flag (drafts skip validation), so the server's per-field messages of a refused
 * "Lưu bản nháp" were stored in the form but never shown. Every reviewed document is saved as a
 * draft, so when the server has refused fields, the form is marked submitted: each message
 * appears at its field, which turns red.
 */
export function ShowRefusals() {
  const refused = useFormFields(([fields]) =>
    Object.values(fields).some((field) => field?.valid === false && !!field.errorMessage),
  )
  const submitted = useFormSubmitted()
  const { setSubmitted } = useForm()
  useEffect(() => {
    if (refused && !submitted) setSubmitted(true)
  }, [refused, submitted, setSubmitted])
  return null
}
