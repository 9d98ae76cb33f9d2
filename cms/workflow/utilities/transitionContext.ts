import type { WorkflowAction, WorkflowState } from '../rules'

/** Passed by the transition endpoint through `req.context`; a REST or GraphQL caller cannot set it. */
export interface TransitionContext {
  action: WorkflowAction
  from: WorkflowState
  to: WorkflowState
  userID: string
  comment: string | null
  at: string
}

export const TRANSITION_CONTEXT_KEY = 'workflowTransition'

/** True while the transition endpoint saves: ownership checks made for editors do not apply to reviewers. */
export const isWorkflowTransition = (req: { context: Record<string, unknown> }): boolean =>
  Boolean(req.context[TRANSITION_CONTEXT_KEY])

/** The workflow action being saved, if any. */
export const workflowAction = (req: { context: Record<string, unknown> }): WorkflowAction | null =>
  (req.context[TRANSITION_CONTEXT_KEY] as TransitionContext | undefined)?.action ?? null

/**
 * Set by an import's writer (server code only) on the saves that write a change set's items: the
 * save keeps the `workflow.changeSet` the writer gives; any other save keeps the stored one.
 */
export const CHANGE_SET_WRITE_CONTEXT_KEY = 'workflowChangeSetWrite'
