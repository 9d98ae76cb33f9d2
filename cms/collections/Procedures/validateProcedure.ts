import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { localCodeError, nationalCodeError } from './code'
import { missingRequiredParts } from './requiredParts'
import { channelLabels } from '../../../content-schemas/enumerations'
import { workflowAction } from '../../workflow/utilities/transitionContext'

/**
 * Payload skips field validation when saving a draft, but a procedure's identity (its code) must
 * be right from the first save, and a published (or submitted) one must carry every part the law
 * requires.
 */
export const validateProcedure: CollectionBeforeChangeHook = ({ data, req }) => {
  const errors: { path: string; message: string }[] = []
  const codeMessage = nationalCodeError(data.code)
  if (codeMessage) errors.push({ path: 'code', message: codeMessage })
  const localMessage = localCodeError(data.localCode, data.code)
  if (localMessage) errors.push({ path: 'localCode', message: localMessage })

  const seen = new Set<string>()
  ;(data.methods ?? []).forEach(
    (method: { channel?: keyof typeof channelLabels }, index: number) => {
      if (!method.channel) return
      if (seen.has(method.channel)) {
        errors.push({
          path: `methods.${index}.channel`,
          message: `Cách thức "${channelLabels[method.channel].vi}" đã được khai báo; mỗi cách thức chỉ khai báo một lần.`,
        })
      }
      seen.add(method.channel)
    },
  )

  // Checked when submitted too, so reviewers are not asked to read a procedure that cannot be published.
  if (data._status === 'published' || workflowAction(req) === 'submit') {
    for (const missing of missingRequiredParts(data))
      errors.push({ path: missing.path, message: missing.message })
  }
  if (errors.length) throw new ValidationError({ collection: 'procedures', errors }, req.t)
  return data
}
