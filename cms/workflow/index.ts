import type { CollectionConfig, Config, Plugin } from 'payload'

import { judgeFinalDocument } from '../access/finalDocument'
import { versionsFollowRead } from '../access/versions'
import { CHANGES_PATH } from './diff/path'
import { workflowEndpoint } from './endpoints/transition'
import { workflowField } from './fields/workflow'
import { enforceWorkflow } from './hooks/enforceWorkflow'
import { keepPublishedHistory } from './hooks/keepPublishedHistory'
import { saveAsDraftForPeople } from './hooks/saveAsDraftForPeople'
import type { ReviewWorkflowPluginConfig, WorkflowCollectionOptions } from './types'
import { workflowCustom } from './utilities/documentOf'
import { changeSetsCustom } from './utilities/changeSetGuard'
import { subscribersCustom } from './utilities/emitTransition'
import { isWorkflowTransition } from './utilities/transitionContext'
import { statusWithWordDiff, withWordDiffOnSelects } from './utilities/selectDiff'

type EditViews = NonNullable<
  NonNullable<NonNullable<CollectionConfig['admin']>['components']>['views']
>['edit']

/**
 * Puts the named versioned collections under two-person review: the `workflow` field group
 * (./fields), the transition endpoint (./endpoints), and the hooks that make the API refuse
 * anything else (./hooks). `localityField` names the relation to the owning locality (null: the
 * province's own documents).
 *
 * Each transition is an event: the `afterTransition` subscribers run after the document is saved,
 * inside the transition's transaction and with its `req` (./utilities/emitTransition). The audit
 * log, review tasks and notifications subscribe beside their own collections; a new feature adds a
 * subscriber rather than editing the endpoint.
 *
 * Two access rules come with it, so that no versioned collection can forget them: versions are
 * read exactly as drafts are (`versionsFollowRead` of the collection's `read`), and the create
 * and update rules judge the document as it will be saved (`judgeFinalDocument`), not only the
 * fields the client sent. A create rule may therefore return a Where, like an update rule.
 */
export const reviewWorkflowPlugin =
  ({ collections, afterTransition = [], changeSets }: ReviewWorkflowPluginConfig): Plugin =>
  (config: Config): Config => {
    const present = new Set((config.collections ?? []).map((c) => c.slug))
    // A misspelt slug would leave a collection unreviewed: refuse to start instead.
    for (const slug of Object.keys(collections)) {
      if (!present.has(slug))
        throw new Error(`reviewWorkflowPlugin: there is no collection "${slug}".`)
    }
    return {
      ...config,
      custom: {
        ...config.custom,
        ...subscribersCustom(afterTransition),
        ...changeSetsCustom(changeSets),
      },
      collections: (config.collections ?? []).map((collection) =>
        Object.hasOwn(collections, collection.slug)
          ? underReview(collection, collections[collection.slug]!, changeSets)
          : collection,
      ),
    }
  }

function underReview(
  config: CollectionConfig,
  { localityField }: WorkflowCollectionOptions,
  changeSets: string | undefined,
): CollectionConfig {
  if (!(typeof config.versions === 'object' && config.versions.drafts)) {
    throw new Error(
      `reviewWorkflowPlugin: collection "${config.slug}" must have versions with drafts.`,
    )
  }
  const components = config.admin?.components
  // Loosely typed: Payload's type forbids `version` beside `root`, which none of these collections uses.
  const editViews = components?.views?.edit as
    { version?: { actions?: unknown[] }; versions?: object } | undefined
  const columns = config.admin?.defaultColumns
  return {
    ...config,
    admin: {
      ...config.admin,
      // The list shows the review state in words ("Chờ xem xét"), not Payload's draft status
      // ("Bản nháp (có phiên bản đã xuất bản)" for a document in review).
      ...(columns
        ? {
            defaultColumns: columns.includes('_status')
              ? columns.map((c) => (c === '_status' ? 'workflow.state' : c))
              : [...columns, 'workflow.state'],
          }
        : {}),
      components: {
        ...components,
        edit: {
          ...components?.edit,
          // Only the workflow publishes (the API refuses Payload's own publish and unpublish), so the
          // document bar offers "Lưu bản nháp" and the workflow's state; its buttons are in the sidebar.
          PublishButton: '/workflow/components/WorkflowAdmin#NoPublishButton',
          UnpublishButton: '/workflow/components/WorkflowAdmin#NoPublishButton',
          Status: '/workflow/components/WorkflowAdmin#WorkflowStatus',
          // Drafts are what officers save: a refused draft shows its messages at the fields.
          beforeDocumentControls: [
            ...(components?.edit?.beforeDocumentControls ?? []),
            '/workflow/components/ShowRefusals#ShowRefusals',
          ],
        },
        views: {
          ...components?.views,
          edit: {
            ...editViews,
            // The version under review against the one in force, in the form's words (issue 12).
            changes: {
              Component: '/workflow/components/ChangesView#ChangesView',
              path: CHANGES_PATH,
              tab: { label: 'Thay đổi', href: CHANGES_PATH, order: 150 },
            },
            // Who, when and why for each version, in place of Payload's list of IDs.
            versions: {
              ...editViews?.versions,
              Component: '/workflow/components/ChangesView#VersionsView',
            },
            // Payload's own restore would publish the old version, which the API refuses: restore as a draft instead.
            version: {
              ...editViews?.version,
              actions: [
                ...(editViews?.version?.actions ?? []),
                '/workflow/components/RestoreAsDraft#RestoreAsDraft',
              ],
            },
          } as EditViews,
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
      beforeChange: [
        judgeFinalDocument({ skip: isWorkflowTransition }),
        enforceWorkflow,
        ...(config.hooks?.beforeChange ?? []),
      ],
      beforeDelete: [...(config.hooks?.beforeDelete ?? []), keepPublishedHistory],
    },
    // Selects in the version view as whole words, the workflow's state among them.
    fields: [
      ...withWordDiffOnSelects([...config.fields, workflowField({ localityField, changeSets })]),
      statusWithWordDiff,
    ],
  }
}

export type {
  ReviewWorkflowPluginConfig,
  TransitionEvent,
  TransitionSubscriber,
  WorkflowCollectionOptions,
} from './types'
export { emitTransition } from './utilities/emitTransition'
export {
  decideTransition,
  availableActions,
  WORKFLOW_STATES,
  WORKFLOW_ACTIONS,
  stateLabels,
  actionLabels,
} from './rules'
