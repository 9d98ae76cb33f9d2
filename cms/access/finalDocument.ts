import {
  APIError,
  type CollectionBeforeChangeHook,
  type FlattenedField,
  type PayloadRequest,
  type Where,
} from 'payload'

import { pureHook } from '../lib/bulkHooks'
import { whereMismatches } from './where'

const labelOf = (fields: FlattenedField[], path: string): string => {
  const field = fields.find((f) => f.name === path.split('.')[0])
  const label = field && 'label' in field ? field.label : undefined
  if (label && typeof label === 'object' && 'vi' in label && typeof label.vi === 'string')
    return label.vi
  return typeof label === 'string' ? label : path
}

/**
 * Access judges the document as it will be saved. Payload hands a create rule only the fields the
 * client sent, and applies an update rule's Where to the stored document, so a rule like "a
 * locality officer writes application decisions of their own locality" passes a create that leaves
 * `kind` to its default, or an update that moves the document elsewhere. By `beforeChange` the data
 * is complete (defaults applied, the patch merged onto the stored document), so this runs the
 * collection's own create or update rule again on it: a `false`, or a Where the document does not
 * match, is a 403 that names the fields at fault. Saves without a user (trusted server code) and
 * those `skip` names (the workflow's transitions, authorized by the endpoint) are not judged.
 */
export const judgeFinalDocument = ({
  skip,
}: { skip?: (req: PayloadRequest) => boolean } = {}): CollectionBeforeChangeHook =>
  // Pure: the rules it runs read only the user (cms/access), never the database.
  pureHook(async ({ collection, data, operation, originalDoc, req }) => {
    if (!req.user || skip?.(req)) return data
    const rule = operation === 'create' ? collection.access.create : collection.access.update
    const doc = { ...(originalDoc ?? {}), ...data }
    const result = await rule({ req, data: doc, id: originalDoc?.id })
    const failing =
      result === true
        ? []
        : typeof result === 'object' && result !== null
          ? whereMismatches(doc, result as Where)
          : ['*']
    if (failing.length === 0) return data
    const fields = failing
      .filter((p) => p !== '*')
      .map((p) => `"${labelOf(collection.flattenedFields, p)}"`)
    throw new APIError(
      fields.length > 0
        ? `Bạn không có quyền lưu tài liệu này: giá trị của ${fields.join(', ')} sau khi lưu nằm ngoài phạm vi được giao cho bạn (kể cả giá trị mặc định khi bỏ trống).`
        : 'Bạn không có quyền lưu tài liệu này với nội dung đó (kể cả các giá trị mặc định khi bỏ trống): nó nằm ngoài phạm vi được giao cho bạn.',
      403,
      null,
      true,
    )
  })
