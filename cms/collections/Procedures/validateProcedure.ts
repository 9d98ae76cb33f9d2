import type { CollectionBeforeChangeHook } from 'payload'

import { formsNotAttached } from './formsNotAttached'
import { procedureErrors } from './procedureRules'
import { partStatuses, partsIn, withoutStaleGaps, type ProcedureParts } from './requiredParts'
import { pureHook } from '../../lib/bulkHooks'
import { refuse } from '../../lib/refuse'
import { workflowAction } from '../../workflow/utilities/transitionContext'

/**
 * Payload skips field validation when saving a draft, but a procedure's identity (its code) must
 * be right from the first save, and a published (or submitted) one must carry every part the law
 * requires, stated or marked unknown with its source. Every save also clears gaps that content
 * has made stale and records which parts are unknown or missing, for the compliance view.
 */
export const validateProcedure: CollectionBeforeChangeHook = pureHook(
  ({ data, originalDoc, req }) => {
    const errors = procedureErrors(data)

    // An update may carry only the fields it changes: read the parts from the whole document.
    const previous = (originalDoc ?? {}) as ProcedureParts
    const whole = withoutStaleGaps<ProcedureParts>({
      ...previous,
      ...data,
      agencies: { ...previous.agencies, ...data.agencies },
    })
    for (const gap of [
      'stepsGap',
      'methodsGap',
      'dossierGap',
      'subjectsGap',
      'resultsGap',
      'requirementsGap',
    ] as const) {
      if (gap in data || whole[gap] !== previous[gap]) data[gap] = whole[gap]
    }
    if (data.methods) data.methods = whole.methods
    if (whole.agencies?.implementingGap !== previous.agencies?.implementingGap || data.agencies)
      data.agencies = whole.agencies

    const statuses = partStatuses(whole)
    data.unknownParts = partsIn(statuses, 'unknown')
    data.missingParts = partsIn(statuses, 'missing')
    data.formsNotAttached = formsNotAttached(whole.dossierCases)

    // Checked when submitted too, so reviewers are not asked to read a procedure that cannot be published.
    if (data._status === 'published' || workflowAction(req) === 'submit') {
      for (const missing of statuses.filter((s) => s.state === 'missing'))
        errors.push({ path: missing.path, message: missing.message! })
    }
    if (errors.length) refuse(req, 'procedures', errors)
    return data
  },
)
