import type { CollectionConfig, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

import { idOf } from '../../lib/idOf'
import type { WorkflowDocument, WorkflowState } from '../rules'

/** Collections under review name the field that says which locality owns a document (null: the province). */
export interface WorkflowCustom {
  workflow: { localityField: string | null }
}

export const workflowCustom = (localityField: string | null): CollectionConfig['custom'] => ({
  workflow: { localityField },
})

export function localityFieldOf(config: Pick<CollectionConfig, 'custom'>): string | null {
  return (config.custom as WorkflowCustom | undefined)?.workflow?.localityField ?? null
}

/** The facts the rules need, read off the latest version of a document. */
export function workflowDocumentOf(
  config: SanitizedCollectionConfig,
  doc: Record<string, unknown>,
): WorkflowDocument {
  const workflow = (doc.workflow ?? {}) as Record<string, unknown>
  const field = localityFieldOf(config)
  const state =
    (workflow.state as WorkflowState | undefined) ??
    (doc._status === 'published' ? 'published' : 'draft')
  const titleField = config.admin?.useAsTitle ?? 'id'
  return {
    state,
    localityID: field ? idOf(doc[field]) : null,
    authorIDs: ((workflow.authors as unknown[] | undefined) ?? [])
      .map(idOf)
      .filter((id): id is string => id !== null),
    submittedByID: idOf(workflow.submittedBy),
    changeReason: (workflow.changeReason as string | null | undefined) ?? null,
    title: String(doc[titleField] ?? doc.id),
  }
}

/** Whether the collection's own update access lets this user edit this document. */
export async function canEdit(
  req: PayloadRequest,
  config: SanitizedCollectionConfig,
  id: string,
): Promise<boolean> {
  const result = await config.access.update({ req, id })
  if (typeof result === 'boolean') return result
  const { totalDocs } = await req.payload.count({
    collection: config.slug as never,
    where: { and: [{ id: { equals: id } }, result as Where] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** The collection's singular Vietnamese label, as people read it in messages ("Tài liệu ISO"). */
export function collectionLabelOf(config: SanitizedCollectionConfig): string {
  const singular = config.labels?.singular
  return typeof singular === 'object' && singular && 'vi' in singular
    ? String(singular.vi)
    : config.slug
}
