'use client'
import { useForm, useFormFields, useFormProcessing, useFormSubmitted } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/**
 * How long Payload's form waits after a change before it asks the server for the form state
 * (`useDebouncedEffect(…, 250)` in @payloadcms/ui's Form), with a margin for a busy machine.
 */
const FORM_STATE_DEBOUNCE_MS = 250
const SETTLE_MS = FORM_STATE_DEBOUNCE_MS * 3

/**
 * Payload's form shows field errors only once a submit is "submitted", and a refused draft save
 * resets that flag (drafts skip validation), so the server's per-field messages of a refused
 * "Lưu bản nháp" were stored in the form but never shown. Every reviewed document is saved as a
 * draft, so when the server has refused fields, the form is marked submitted: each message
 * appears at its field, which turns red.
 *
 * The messages must then survive the edit view's form-state request, which the change of state
 * (errors added, submitted) would start and whose answer marks every field valid again: the rules
 * that refuse are the save's hooks (`cms/lib/refuse.ts`), which a form-state request does not run.
 * Payload asks for the form state only when the form is modified and its state differs from the
 * one it last looked at (after a 250 ms pause). So the form is marked unmodified for that pause
 * (Payload records the state with the messages as seen, and asks nothing), then modified again:
 * the refused edits are still unsaved, so "Lưu bản nháp" stays enabled and leaving the page warns,
 * and the next change the officer makes asks for the form state as usual.
 */
export function ShowRefusals() {
  const refused = useFormFields(([fields]) =>
    Object.values(fields).some((field) => field?.valid === false && !!field.errorMessage),
  )
  const submitted = useFormSubmitted()
  const processing = useFormProcessing()
  const { setSubmitted, setModified } = useForm()
  // Not cleared when `submitted` changes (this effect's own doing), only when the form goes away.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  useEffect(() => {
    if (refused && !submitted && !processing) {
      setSubmitted(true)
      setModified(false)
      clearTimeout(timer.current)
      timer.current = setTimeout(() => setModified(true), SETTLE_MS)
    }
  }, [refused, submitted, processing, setSubmitted, setModified])
  return null
}
