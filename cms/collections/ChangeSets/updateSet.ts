import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { idOf } from '../../lib/idOf'
import type { ChangeSet } from '../../payload-types'

type SetFacts = Partial<Omit<ChangeSet, 'id' | 'history'>> & {
  history?: (NonNullable<ChangeSet['history']>[number] & { id?: string | null })[]
}

/**
 * Writes some of a set's fields straight through the database adapter, without reading the set.
 * Payload's update reads the whole document to merge into and writes every field back: for a
 * province's set that is its plan (tens of megabytes parsed) and its packed source, three times
 * over, on every transition. Sets have no hooks, versions or validation to skip (./index.ts: the
 * server alone writes them), so the adapter's update stores exactly what Payload's would; new
 * history rows get the id Payload's array fields would give them (an ObjectId's 24 hex digits).
 */
export async function updateSet(
  req: PayloadRequest,
  set: Pick<ChangeSet, 'id' | 'title' | 'author'>,
  data: SetFacts,
): Promise<void> {
  const history = data.history?.map((row) =>
    row.id ? row : { ...row, id: crypto.randomBytes(12).toString('hex') },
  )
  // The SQL adapters rewrite every array of the row, given or not: an array left out would be
  // emptied. The set's files are kept by passing them back (history is always given).
  const files =
    data.files ??
    (
      (await req.payload.findByID({
        collection: 'change-sets',
        id: set.id,
        depth: 0,
        select: { files: true },
        overrideAccess: true,
        req,
      })) as Pick<ChangeSet, 'files'>
    ).files ??
    []
  await req.payload.db.updateOne({
    collection: 'change-sets',
    id: set.id,
    // The SQL adapters write an update as an upsert: its insert half must satisfy NOT NULL.
    data: {
      title: set.title,
      author: idOf(set.author),
      ...data,
      files,
      ...(history ? { history } : {}),
    },
    req,
    returning: false,
  })
}
