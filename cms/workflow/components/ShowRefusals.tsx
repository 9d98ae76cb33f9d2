'use client'
import {
  useDocumentInfo,
  useForm,
  useFormFields,
  useFormModified,
  useFormProcessing,
  useFormSubmitted,
} from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/** A refused field's message, and the value it was refused for (as JSON, to compare). */
type Refusal = { message: string; value: string }

const valueKey = (value: unknown) => JSON.stringify(value ?? null)

/**
 * Payload's form shows field errors only once a submit is "submitted", and a refused draft save
 * resets that flag (drafts skip validation), so the server's per-field messages of a refused
 * "Lưu bản nháp" were stored in the form but never shown. Every reviewed document is saved as a
 * draft, so when the server has refused fields, the form is marked submitted: each message
 * appears at its field, which turns red.
 *
 * It is also marked unmodified. Otherwise the change of state (errors added, submitted) starts the
 * edit view's form-state request, whose answer marks every field valid again: the rules that refuse
 * are the save's hooks (`cms/lib/refuse.ts`), which a form-state request does not run. Unmodified,
 * nothing is asked until the officer changes a field; "Lưu bản nháp" waits for that change, as the
 * refused content would be refused again.
 *
 * One request escapes that: the one typing started, when the officer saves before it has
 * answered. Its answer lands after the refusal and marks the field valid. So each refusal is kept
 * with the value it was refused for, and its message put back while the form is unmodified since
 * the refusal and the field still holds that value; the officer's first change lets it go.
 */
export function ShowRefusals() {
  const fields = useFormFields(([state]) => state)
  const submitted = useFormSubmitted()
  const processing = useFormProcessing()
  const modified = useFormModified()
  const savedAt = useDocumentInfo().savedDocumentData?.updatedAt
  const { setSubmitted, setModified, dispatchFields } = useForm()
  const refusals = useRef(new Map<string, Refusal>())
  // Refusals are taken from a save that did not go through: armed when a save starts, disarmed
  // once one is taken or the document is saved (a message still on screen then is not a refusal).
  const armed = useRef(false)
  const lastSavedAt = useRef(savedAt)

  useEffect(() => {
    if (processing) {
      armed.current = true
      return
    }
    if (savedAt !== lastSavedAt.current) {
      lastSavedAt.current = savedAt
      armed.current = false
      refusals.current.clear()
    }
    const refused = Object.entries(fields).filter(
      ([, field]) => field?.valid === false && !!field.errorMessage,
    )
    if (refused.length && !submitted) {
      if (armed.current)
        refusals.current = new Map(
          refused.map(([path, field]) => [
            path,
            { message: field.errorMessage!, value: valueKey(field.value) },
          ]),
        )
      armed.current = false
      setSubmitted(true)
      setModified(false)
      return
    }
    if (modified) {
      // The officer's change: what the server says of it holds.
      refusals.current.clear()
      return
    }
    for (const [path, refusal] of refusals.current) {
      const field = fields[path]
      if (!field || valueKey(field.value) !== refusal.value) {
        refusals.current.delete(path)
        continue
      }
      if (field.valid !== false || field.errorMessage !== refusal.message)
        dispatchFields({ type: 'UPDATE', path, valid: false, errorMessage: refusal.message })
    }
  }, [fields, submitted, processing, modified, savedAt, setSubmitted, setModified, dispatchFields])
  return null
}
