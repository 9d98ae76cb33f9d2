import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

/**
 * What the bulk write path (cms/import/write/bulk.ts) may do with a collection hook. It writes rows
 * without Payload's operations, so every hook of a collection it writes must be known here: a hook
 * that reads nothing from the database and has no side effect is called as it is, once per document
 * (`pureHook`); one that queries per document has a batched twin beside it computing the same
 * result for many documents at once (`batchedHook`). A collection with any other hook is written
 * through the Local API instead, so a hook added later is never skipped silently.
 */

const pure = new WeakSet<object>()

/** Marks a hook as free of database reads and side effects: the bulk path may call it directly. */
export function pureHook<T extends object>(hook: T): T {
  pure.add(hook)
  return hook
}

export const isPureHook = (hook: object): boolean => pure.has(hook)

/** One document of a batch, as a `beforeChange` or `afterChange` hook would see it. */
export interface BatchItem {
  data: Record<string, unknown>
  /** the stored document (its latest version) on update; undefined on create */
  originalDoc: Record<string, unknown> | undefined
  operation: 'create' | 'update'
}

/**
 * Computes for every item what the hook computes for one (returns each item's new data), or throws
 * the hook's own error for the first item it refuses.
 */
export type BatchedHook = (args: {
  collection: SanitizedCollectionConfig
  items: BatchItem[]
  req: PayloadRequest
}) => Promise<Record<string, unknown>[]>

const batched = new WeakMap<object, BatchedHook>()

/** Registers the batched twin of `hook`; returns `hook` unchanged. */
export function batchedHook<T extends object>(hook: T, twin: BatchedHook): T {
  batched.set(hook, twin)
  return hook
}

export const batchedTwinOf = (hook: object): BatchedHook | undefined => batched.get(hook)
