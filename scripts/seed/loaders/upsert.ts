import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

export type Outcome = 'created' | 'updated' | 'unchanged'

/** What one run of the loaders did, per collection: the record an officer reads. */
export type LoadReport = Record<string, Record<Outcome, number>>

/**
 * True when every value given in `wanted` is already what `stored` holds. Only the keys the loader
 * sets are compared: fields computed by hooks, row ids and timestamps are not the loader's to judge.
 * `undefined` in `wanted` means "not set", which an absent or null stored value satisfies.
 */
export function holds(stored: unknown, wanted: unknown): boolean {
  if (wanted === undefined) {
    if (stored === undefined || stored === null) return true
    if (Array.isArray(stored)) return stored.length === 0
    // An unset group reads back as an object of empty fields.
    return (
      typeof stored === 'object' &&
      Object.entries(stored).every(([key, value]) => key === 'id' || holds(value, undefined))
    )
  }
  if (wanted === null) return stored === null || stored === undefined
  if (Array.isArray(wanted)) {
    return (
      Array.isArray(stored) &&
      stored.length === wanted.length &&
      wanted.every((item, i) => holds(stored[i], item))
    )
  }
  if (typeof wanted === 'object') {
    if (!stored || typeof stored !== 'object') return false
    // A relation read at depth 0 is an ID; populated, an object with that ID.
    return Object.entries(wanted).every(([key, value]) =>
      holds((stored as Record<string, unknown>)[key], value),
    )
  }
  if (typeof stored === 'object' && stored !== null && 'id' in stored)
    return (stored as { id: unknown }).id === wanted
  return stored === wanted
}

export interface Loader {
  payload: Payload
  req: PayloadRequest
  /** Per collection, what happened to each document; a later pass never demotes "created". */
  outcomes: Map<string, Map<string, Outcome>>
}

const RANK: Record<Outcome, number> = { unchanged: 0, updated: 1, created: 2 }

function record(loader: Loader, collection: string, id: string, outcome: Outcome): string {
  if (!loader.outcomes.has(collection)) loader.outcomes.set(collection, new Map())
  const docs = loader.outcomes.get(collection)!
  const previous = docs.get(id)
  if (!previous || RANK[outcome] > RANK[previous]) docs.set(id, outcome)
  return id
}

export function reportOf(loader: Loader): LoadReport {
  const report: LoadReport = {}
  for (const [collection, docs] of loader.outcomes) {
    const counts = (report[collection] = { created: 0, updated: 0, unchanged: 0 })
    for (const outcome of docs.values()) counts[outcome]++
  }
  return report
}

/**
 * Creates the document found by its natural key `where`, updates it in place when a loaded value
 * differs, or leaves it alone: running a loader twice changes nothing. `createOnly` values (a
 * password) are written on creation and never compared.
 */
export async function upsert(
  loader: Loader,
  collection: CollectionSlug,
  where: Where,
  data: Record<string, unknown>,
  options: {
    createOnly?: Record<string, unknown>
    file?: { data: Buffer; mimetype: string; name: string; size: number }
  } = {},
): Promise<string> {
  const { payload, req } = loader
  const {
    docs: [existing],
  } = await payload.find({ req, collection, where, limit: 2, depth: 0, pagination: false })
  if (!existing) {
    const doc = await payload.create({
      req,
      collection,
      data: { ...data, ...options.createOnly } as never,
      file: options.file,
    })
    return record(loader, collection, String(doc.id), 'created')
  }
  // A value the data no longer gives is cleared (null), not skipped as undefined would be.
  const changed: Record<string, unknown> = Object.fromEntries(
    Object.entries(data)
      .filter(
        ([key, value]) => !holds((existing as unknown as Record<string, unknown>)[key], value),
      )
      .map(([key, value]) => [key, value ?? null]),
  )
  if (Object.keys(changed).length === 0) {
    return record(loader, collection, String(existing.id), 'unchanged')
  }
  // Status fields go with the change, so a published document stays published.
  if ('_status' in data) changed._status = data._status
  await payload.update({ req, collection, id: existing.id, data: changed as never })
  return record(loader, collection, String(existing.id), 'updated')
}
