import type { CollectionAfterChangeHook } from 'payload'

import { batchedHook } from '../../lib/bulkHooks'
import { vietnamDay } from '../../lib/dates'
import { flagDocumentsCiting } from '../ReviewTasks/reviewTasks'

/**
 * What makes a change to a legal text matter to the documents that cite it. Completing a text
 * imported by number alone (a title entered, status 'unknown' → 'in-force') flags them too: they
 * are reviewed once against the completed text, which is acceptable.
 */
const MEANINGFUL = ['number', 'title', 'status', 'replacedBy', 'effectiveDate'] as const

const same = (a: unknown, b: unknown) =>
  JSON.stringify(
    a && typeof a === 'object' && 'id' in a ? (a as { id: unknown }).id : (a ?? null),
  ) ===
  JSON.stringify(b && typeof b === 'object' && 'id' in b ? (b as { id: unknown }).id : (b ?? null))

/**
 * A legal text was amended, replaced or ended: the quality documents and procedures citing it are
 * marked for review (ISO 9001 7.5: documents are reviewed when their basis changes).
 */
export const flagCitingDocuments: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !previousDoc) return doc
  if (MEANINGFUL.every((field) => same(doc[field], previousDoc[field]))) return doc
  await flagDocumentsCiting(req, { id: doc.id, number: doc.number }, vietnamDay(new Date()))
  return doc
}

// A created text is cited by nothing yet: the bulk path needs to run it for updates only.
batchedHook(flagCitingDocuments, async ({ collection, items, req }) => {
  for (const { data, originalDoc, operation } of items)
    if (operation === 'update')
      await flagCitingDocuments({
        collection,
        context: req.context,
        data,
        doc: data,
        operation,
        previousDoc: originalDoc ?? {},
        req,
      })
  return items.map((item) => item.data)
})
