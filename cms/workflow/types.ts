import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { WorkflowAction, WorkflowDocument } from './rules'

/** How one collection is reviewed. */
export interface WorkflowCollectionOptions {
  /** The relation to the owning locality; null: the province's own documents. */
  localityField: string | null
}

/**
 * What happened: a workflow action, or an effective ISO document withdrawn (`obsolete`), which
 * changes its document status rather than its workflow state.
 */
export type TransitionAction = WorkflowAction | 'obsolete'

export interface TransitionEvent {
  /**
   * The transition's own request. Subscribers write with it (and `overrideAccess` where they write
   * for the system), so their writes commit or roll back with the transition.
   */
  req: PayloadRequest
  collection: SanitizedCollectionConfig
  /** The collection's singular Vietnamese label, e.g. "Tài liệu ISO". */
  collectionLabel: string
  id: string
  action: TransitionAction
  from: string
  to: string
  /** The document's workflow facts as they were before the transition. */
  doc: WorkflowDocument
  comment: string | null
  at: string
  /** One line for people: what was done to which document. */
  summary: string
  /** Work to do only once the transaction committed (emails): never for a rolled-back transition. */
  afterCommit: (work: () => void) => void
}

/** A subscriber may add a sentence to the answer the person who acted reads. */
export type TransitionOutcome = { message?: string } | void

export type TransitionSubscriber = (
  event: TransitionEvent,
) => TransitionOutcome | Promise<TransitionOutcome>

export interface ReviewWorkflowPluginConfig {
  /** The versioned collections put under two-person review, by slug. */
  collections: Record<string, WorkflowCollectionOptions>
  /** Called in order, inside the transition's transaction, after the document was saved. */
  afterTransition?: TransitionSubscriber[]
  /**
   * The collection of import change sets (slug). Each reviewed document then records the set its
   * version was written by (`workflow.changeSet`), and refuses its own transitions while that set is
   * under review: the set moves through review as one unit.
   */
  changeSets?: string
}
