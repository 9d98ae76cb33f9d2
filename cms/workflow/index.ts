import type { CollectionConfig } from 'payload'

import { workflowCustom } from './documentOf'
import { workflowEndpoint } from './endpoint'
import { workflowField } from './fields'
import { enforceWorkflow, saveAsDraftForPeople } from './hooks'

/**
 * Puts a versioned collection under two-person review: the `workflow` field group, the transition
 * endpoint, and the hooks that make the API refuse anything else. `localityField` names the
 * relation to the owning locality (null: the province's own documents).
 */
export function withWorkflow(config: CollectionConfig, { localityField }: { localityField: string | null }): CollectionConfig {
  return {
    ...config,
    custom: { ...config.custom, ...workflowCustom(localityField) },
    endpoints: [...(config.endpoints || []), workflowEndpoint],
    hooks: {
      ...config.hooks,
      beforeOperation: [...(config.hooks?.beforeOperation ?? []), saveAsDraftForPeople],
      // First, so that the collection's own rules see the workflow state the save will have.
      beforeChange: [enforceWorkflow, ...(config.hooks?.beforeChange ?? [])],
    },
    fields: [...config.fields, workflowField()],
  }
}

export { decideTransition, availableActions, WORKFLOW_STATES, WORKFLOW_ACTIONS, stateLabels, actionLabels } from './rules'
