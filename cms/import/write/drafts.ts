/**
 * The one path an import's documents are written by, through Payload's Local API: every hook runs
 * (a procedure's part lists, an applied procedure's title and rules, the workflow's authors), so a
 * document written by an import is the document an officer's save would have made.
 *
 * A bulk version with the same signatures (./bulk.ts) may replace these functions for province-scale
 * sets; callers depend on the signatures only. Both must:
 * - write with the caller's `req`, inside the transaction the caller opened (never their own);
 * - create new documents of versioned collections as drafts, and save a change to an existing one as
 *   a new draft version over the published one (the published document stays as it was);
 * - keep `data.workflow.changeSet` (the set the version belongs to);
 * - throw on the first failure, leaving the rollback to the caller's transaction.
 */
import {
  APIError,
  getDataLoader,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
} from 'payload'

import {
  CHANGE_SET_WRITE_CONTEXT_KEY,
  TRANSITION_CONTEXT_KEY,
  type TransitionContext,
} from '../../workflow/utilities/transitionContext'
import { publishItemsInBulk, writeDraftsInBulk } from './bulk'

export interface DraftWrite {
  collection: CollectionSlug
  /** null: create */
  id: string | null
  /** Payload's data for the collection, references as IDs */
  data: Record<string, unknown>
}

/** Called after each document: how many of `total` are written. */
export type OnProgress = (done: number, total: number) => void

/**
 * Payload's request-scoped loader caches every document and query it read for the life of the
 * request; over thousands of writes on one request that is memory never given back. A fresh
 * loader every so often keeps the import's memory flat (same transaction: it lives on `req`).
 */
function freshLoaderEvery(req: PayloadRequest, n: number, every = 100) {
  if (n % every === 0) req.payloadDataLoader = getDataLoader(req)
}

const hasDrafts = (payload: Payload, collection: CollectionSlug) => {
  const versions = payload.collections[collection].config.versions
  return Boolean(versions && typeof versions === 'object' && versions.drafts)
}

/**
 * On the SQL adapters the bulk path (./bulk.ts) writes the same documents in batches, running the
 * same hooks; it needs the operation's context on `req` itself, since it has no operation of its own.
 */
const bulkCapable = (payload: Payload) =>
  payload.db.name === 'sqlite' || payload.db.name === 'postgres'

async function withContext<T>(
  req: PayloadRequest,
  context: Record<string, unknown>,
  work: () => Promise<T>,
): Promise<T> {
  const previous = req.context
  req.context = { ...previous, ...context }
  try {
    return await work()
  } finally {
    req.context = previous
  }
}

/** The refusal of a hook (a ValidationError's messages), in one line. */
const refusalOf = (error: unknown): string =>
  (error as { data?: { errors?: { message: string }[] } }).data?.errors
    ?.map((e) => e.message)
    .join(' ') || (error as Error).message

/** Writes every document in order; returns their IDs, in the same order. */
export async function writeDrafts(
  payload: Payload,
  req: PayloadRequest,
  writes: DraftWrite[],
  onProgress?: OnProgress,
): Promise<string[]> {
  if (bulkCapable(payload))
    return withContext(req, { [CHANGE_SET_WRITE_CONTEXT_KEY]: true }, () =>
      writeDraftsInBulk(
        payload,
        req,
        writes.map((write) =>
          hasDrafts(payload, write.collection)
            ? { ...write, data: { ...write.data, _status: 'draft' } }
            : write,
        ),
        onProgress,
      ),
    )
  const ids: string[] = []
  const context = { [CHANGE_SET_WRITE_CONTEXT_KEY]: true }
  const previous = req.context
  try {
    for (const write of writes) {
      const draft = hasDrafts(payload, write.collection)
      const data = draft ? { ...write.data, _status: 'draft' } : write.data
      const doc =
        write.id === null
          ? await payload.create({
              collection: write.collection,
              data: data as never,
              draft,
              depth: 0,
              overrideAccess: true,
              req,
              context,
            })
          : await payload.update({
              collection: write.collection,
              id: write.id,
              data: data as never,
              draft,
              depth: 0,
              overrideAccess: true,
              req,
              context,
            })
      ids.push(String(doc.id))
      freshLoaderEvery(req, ids.length)
      onProgress?.(ids.length, writes.length)
    }
  } finally {
    // The operations' context stays on the request: later saves on it are not the import's.
    req.context = previous
  }
  return ids
}

export interface ItemRef {
  collection: CollectionSlug
  id: string
  /** for messages */
  title?: string
}

/**
 * Moves each item through one workflow transition the caller has already decided (for the whole
 * change set): the workflow's save hook stamps who and when and appends the history, exactly as
 * for a document's own transition; `publish` publishes the latest draft. Throws, naming the item,
 * on the first refusal (a procedure missing a part the law requires cannot be submitted).
 */
export async function transitionItems(
  payload: Payload,
  req: PayloadRequest,
  items: ItemRef[],
  transition: TransitionContext,
  onProgress?: OnProgress,
  /** a new reason given with a submit, recorded on every item */
  changeReason?: string | null,
): Promise<void> {
  if (bulkCapable(payload)) {
    await withContext(req, { [TRANSITION_CONTEXT_KEY]: transition }, async () => {
      try {
        if (transition.action === 'publish')
          await publishItemsInBulk(payload, req, items, onProgress)
        else
          await writeDraftsInBulk(
            payload,
            req,
            items.map(({ collection, id }) => ({
              collection,
              id,
              data: { workflow: changeReason ? { changeReason } : {} },
            })),
            onProgress,
          )
      } catch (error) {
        throw new APIError(refusalOf(error), 400, null, true)
      }
    })
    return
  }
  const context = req.context
  let done = 0
  try {
    for (const item of items) {
      const publish = transition.action === 'publish'
      try {
        await payload.update({
          collection: item.collection,
          id: item.id,
          data: {
            workflow: changeReason ? { changeReason } : {},
            ...(publish ? { _status: 'published' } : {}),
          } as never,
          draft: !publish,
          depth: 0,
          overrideAccess: true,
          req,
          context: { [TRANSITION_CONTEXT_KEY]: transition },
        })
      } catch (error) {
        throw new APIError(`${item.title ?? item.id}: ${refusalOf(error)}`, 400, null, true)
      }
      freshLoaderEvery(req, ++done)
      onProgress?.(done, items.length)
    }
  } finally {
    // The operation's context stays on the request; later saves on it are not transitions.
    req.context = context
  }
}

/** Publishes every item: the publish transition of `transitionItems`. */
export const publishItems = (
  payload: Payload,
  req: PayloadRequest,
  items: ItemRef[],
  transition: Omit<TransitionContext, 'action' | 'to'>,
  onProgress?: OnProgress,
): Promise<void> =>
  transitionItems(
    payload,
    req,
    items,
    { ...transition, action: 'publish', to: 'published' },
    onProgress,
  )
