import type { CollectionConfig } from 'payload'

import { judgeFinalDocument } from '../access/finalDocument'
import { versionsFollowRead } from '../access/versions'
import { workflowCustom } from './documentOf'
import { workflowEndpoint } from './endpoint'
import { workflowField } from './fields'
import { enforceWorkflow, isWorkflowTransition, keepPublishedHistory, saveAsDraftForPeople } from './hooks'

/**
 * Puts a versioned collection under two-person review: the `workflow` field group, the transition
 * endpoint, and the hooks that make the API refuse anything else. `localityField` names the
 * relation to the owning locality (null: the province's own documents).
 *
 * Two access rules come with it, so that no versioned collection can forget them: versions are
 * read exactly as drafts are (`versionsFollowRead` of the collection's `read`), and the create
 * and update rules judge the document as it will be saved (`judgeFinalDocument`), not only the
 * fields the client sent. A create rule may therefore return a Where, like an update rule.
 */
export function withWorkflow(config: CollectionConfig, { localityField }: { localityField: string | null }): CollectionConfig {
  const components = config.admin?.components
  // Loosely typed: Payload's type forbids `version` beside `root`, which none of these collections uses.
  const editViews = components?.views?.edit as { version?: { actions?: unknown[] } } | undefined
  return {
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...components,
        edit: {
          ...components?.edit,
          // Only the workflow publishes (the API refuses Payload's own publish and unpublish), so the
          // document bar offers "Lưu bản nháp" and the workflow's state; its buttons are in the sidebar.
          PublishButton: '/workflow/WorkflowAdmin#NoPublishButton',
          UnpublishButton: '/workflow/WorkflowAdmin#NoPublishButton',
          Status: '/workflow/WorkflowAdmin#WorkflowStatus',
        },
        views: {
          ...components?.views,
          edit: {
            ...editViews,
            // Payload's own restore would publish the old version, which the API refuses: restore as a draft instead.
            version: { ...editViews?.version, actions: [...(editViews?.version?.actions ?? []), '/workflow/RestoreAsDraft#RestoreAsDraft'] },
          } as NonNullable<NonNullable<NonNullable<CollectionConfig['admin']>['components']>['views']>['edit'],
        },
      },
    },
    // No bulk edit, publish or unpublish from the list: each document goes through review on its own
    // (the API refuses a person's bulk update; server code with overrideAccess is unaffected).
    disableBulkEdit: true,
    access: { ...config.access, readVersions: versionsFollowRead(config.access?.read) },
    custom: { ...config.custom, ...workflowCustom(localityField) },
    endpoints: [...(config.endpoints || []), workflowEndpoint],
    hooks: {
      ...config.hooks,
      beforeOperation: [...(config.hooks?.beforeOperation ?? []), saveAsDraftForPeople],
      // First, so that the collection's own rules see the workflow state the save will have.
      beforeChange: [judgeFinalDocument({ skip: isWorkflowTransition }), enforceWorkflow, ...(config.hooks?.beforeChange ?? [])],
      beforeDelete: [...(config.hooks?.beforeDelete ?? []), keepPublishedHistory],
    },
    fields: [...config.fields, workflowField({ localityField })],
  }
}

export { decideTransition, availableActions, WORKFLOW_STATES, WORKFLOW_ACTIONS, stateLabels, actionLabels } from './rules'
