'use client'
import { useForm, useFormFields, useFormProcessing, useFormSubmitted } from '@payloadcms/ui'
import { useEffect } from 'react'

/**
 * Payload's form shows field errors only once a submit is "submitted", and a refused draft save
 * resets that flag (drafts skip validation), so the server's per-field messages of a refused
 * "Lưu bản nháp" were stored in the form but never shown. Every reviewed document is saved as a
 * draft, so when the server has refused fields, the form is marked submitted: each message
 * appears at its field, which turns red.
 *
 * It is also marked unmodified. Otherwise the change of state (errors added, submitted) starts the
 * edit view's form-state request, whose answer marks every field valid again: the rules that refuse
 * are the save's hooks (`cms/lib/refuse.ts`), which a form-state request does not run, so the
 * messages vanished a quarter of a second after they appeared. Unmodified, nothing is asked until
 * the officer changes a field; "Lưu bản nháp" waits for that change, as the refused content would
 * be refused again.
 */
export function ShowRefusals() {
  const refused = useFormFields(([fields]) =>
    Object.values(fields).some((field) => field?.valid === false && !!field.errorMessage),
  )
  const submitted = useFormSubmitted()
  const processing = useFormProcessing()
  const { setSubmitted, setModified } = useForm()
  useEffect(() => {
    if (refused && !submitted && !processing) {
      setSubmitted(true)
      setModified(false)
    }
  }, [refused, submitted, processing, setSubmitted, setModified])
  return null
}
