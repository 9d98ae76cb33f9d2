import crypto from 'node:crypto'

import {
  beforeChangeTraverseFields,
  beforeValidateTraverseFields,
  buildVersionCollectionFields,
  deepCopyObjectSimple,
  getDataLoader,
  NotFound,
  ValidationError,
  type Payload,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type ValidationFieldError,
} from 'payload'

import { batchedTwinOf, isPureHook, type BatchItem } from '../../lib/bulkHooks'
import { inTransaction } from '../../lib/transaction'
import { withRelationChecksAnswered } from './relationChecks'
import {
  isSqlAdapter,
  sqlWriter,
  supersedeLatestVersions,
  writeDocuments,
  type RowsOfDocument,
  type SqlWriter,
} from './sqlRows'

/**
 * The bulk write path of an import: the same rows as `payload.create` / `payload.update` with
 * `draft: true` (and as publishing), written many documents per statement. Payload 3.90 has no bulk
 * create, and its operations write a document in a dozen statements after three queries of hooks;
 * a province (3,000 procedures, 20,000 applications) took 12 minutes that way.
 *
 * What is kept from Payload, not redone: the field traversals (`beforeValidate`, `beforeChange`:
 * defaults, array row ids, field hooks, validation), the collection hooks themselves (called
 * directly when pure, their batched twins otherwise: cms/lib/bulkHooks.ts) and the split of a
 * document into rows (`transformForWrite`). What is done here: ids (UUID v4, as the SQL adapters
 * make them), timestamps, version rows with `latest`, and chunked multi-row inserts in the
 * transaction open on `req`. Not run: `afterRead` and `afterOperation` hooks, which shape what an
 * operation returns, not what it stores.
 *
 * A collection with a hook the path does not know, and every write on MongoDB, goes through the
 * Local API, one document at a time: slower, never different.
 */

export interface DraftWrite {
  collection: string
  id: string | null
  data: Record<string, unknown>
}
export interface PublishItem {
  collection: string
  id: string
}
export type Progress = (done: number, total: number) => void

/** Documents per batch: enough to amortise the statements, small enough to keep memory flat. */
const BATCH = 500

type Doc = Record<string, unknown>

/**
 * Writes each item as `payload.create({ collection, data, draft: true, req, overrideAccess: true })`
 * (id null) or `payload.update({ collection, id, data, draft: true, … })` would: a new draft
 * version, the published main row left as it is. Returns the ids in order. All or nothing: in the
 * transaction open on `req`, or one of its own.
 */
export async function writeDraftsInBulk(
  payload: Payload,
  req: PayloadRequest,
  writes: DraftWrite[],
  onProgress?: Progress,
): Promise<string[]> {
  const ids: string[] = new Array<string>(writes.length)
  let done = 0
  await inTransaction(req, async () => {
    for (const batch of batches(writes)) {
      const collection = (
        payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>
      )[batch.slug]?.config
      if (!collection) throw new Error(`writeDraftsInBulk: there is no collection "${batch.slug}".`)
      const written = bulkWritable(payload, collection)
        ? await writeBatch(payload, req, collection, batch.items)
        : await writeThroughLocalApi(payload, req, collection, batch.items)
      batch.indexes.forEach((index, i) => (ids[index] = written[i]!))
      await betweenBatches(req)
      done += batch.items.length
      onProgress?.(done, writes.length)
    }
  })
  return ids
}

/**
 * Publishes each item's latest draft as `payload.update({ collection, id, data: { _status:
 * 'published' }, req, overrideAccess: true })` does: the main row takes the version's data with
 * `_status: 'published'`, and a new version records it. All or nothing, as above.
 */
export async function publishItemsInBulk(
  payload: Payload,
  req: PayloadRequest,
  items: PublishItem[],
  onProgress?: Progress,
): Promise<void> {
  let done = 0
  const writes = items.map(({ collection, id }) => ({
    collection,
    id,
    data: { _status: 'published' },
  }))
  await inTransaction(req, async () => {
    for (const batch of batches(writes)) {
      const collection = (
        payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>
      )[batch.slug]?.config
      if (!collection)
        throw new Error(`publishItemsInBulk: there is no collection "${batch.slug}".`)
      if (!drafts(collection))
        throw new Error(`publishItemsInBulk: "${batch.slug}" has no drafts to publish.`)
      if (bulkWritable(payload, collection))
        await publishBatch(payload, req, collection, batch.items)
      else
        for (const { id } of batch.items)
          await payload.update({
            collection: collection.slug as 'procedures',
            id: id!,
            data: { _status: 'published' },
            req,
            overrideAccess: true,
            depth: 0,
          })
      await betweenBatches(req)
      done += batch.items.length
      onProgress?.(done, items.length)
    }
  })
}

/**
 * Between batches: what a batch read is let go, and the event loop turns.
 *
 * Payload's request loader caches every relation check and query of the request for its life: at
 * province scale that is every master read back, batch after batch; a fresh loader drops them (the
 * transaction lives on `req`, not on the loader).
 *
 * libSQL's client is synchronous: every statement it prepares (one per `execute`, several per Payload
 * query) is native memory that only its JS wrapper's finalizer frees, and Node runs those finalizers
 * on a later turn of the event loop. A bulk call on SQLite awaits nothing but settled promises, so
 * without a turn no statement of the whole transaction was freed before it ended: about 25 KB per
 * document published, 1.4–2.4 GB for a province (tests/import/bulk-publish.test.ts).
 */
async function betweenBatches(req: PayloadRequest) {
  req.payloadDataLoader = getDataLoader(req)
  await new Promise<void>((resolve) => setImmediate(resolve))
}

const drafts = (collection: SanitizedCollectionConfig) =>
  Boolean(collection.versions && collection.versions.drafts)

const HOOKS_THAT_STORE = [
  'beforeOperation',
  'beforeValidate',
  'beforeChange',
  'afterChange',
] as const

/** Whether every hook that decides what is stored is one this path can run (see cms/lib/bulkHooks). */
export function bulkWritable(payload: Payload, collection: SanitizedCollectionConfig): boolean {
  if (!isSqlAdapter(payload) || collection.auth || collection.upload) return false
  return HOOKS_THAT_STORE.every((kind) =>
    ((collection.hooks?.[kind] ?? []) as object[]).every(
      (hook) => isPureHook(hook) || (kind !== 'beforeOperation' && batchedTwinOf(hook)),
    ),
  )
}

interface Batch {
  slug: string
  items: DraftWrite[]
  indexes: number[]
}

/** Consecutive writes of one collection, at most BATCH, each document at most once per batch. */
function* batches(writes: DraftWrite[]): Generator<Batch> {
  let current: Batch | undefined
  let seen = new Set<string>()
  for (const [index, write] of writes.entries()) {
    if (
      !current ||
      current.slug !== write.collection ||
      current.items.length >= BATCH ||
      (write.id !== null && seen.has(write.id))
    ) {
      if (current) yield current
      current = { slug: write.collection, items: [], indexes: [] }
      seen = new Set()
    }
    current.items.push(write)
    current.indexes.push(index)
    if (write.id !== null) seen.add(write.id)
  }
  if (current) yield current
}

/** What MongoDB and collections with unknown hooks get: Payload's own operations. */
async function writeThroughLocalApi(
  payload: Payload,
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  items: DraftWrite[],
): Promise<string[]> {
  const ids: string[] = []
  const slug = collection.slug as 'procedures'
  for (const { id, data } of items) {
    const doc =
      id === null
        ? await payload.create({
            collection: slug,
            data: data as never,
            draft: true,
            req,
            overrideAccess: true,
            depth: 0,
          })
        : await payload.update({
            collection: slug,
            id,
            data: data as never,
            draft: true,
            req,
            overrideAccess: true,
            depth: 0,
          })
    ids.push(String(doc.id))
  }
  return ids
}

/** Each document's latest state, as `payload.update` starts from it (getLatestCollectionVersion). */
async function latestOf(
  payload: Payload,
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  ids: string[],
): Promise<Map<string, Doc>> {
  const latest = new Map<string, Doc>()
  if (!ids.length) return latest
  if (drafts(collection)) {
    const { docs } = await payload.db.findVersions({
      collection: collection.slug,
      where: { and: [{ parent: { in: ids } }, { latest: { equals: true } }] },
      sort: '-updatedAt',
      limit: 0,
      pagination: false,
      req,
    })
    for (const v of docs) {
      const parent = String(v.parent)
      if (!latest.has(parent)) latest.set(parent, { ...(v.version as Doc), id: parent })
    }
  }
  const missing = ids.filter((id) => !latest.has(id))
  if (missing.length) {
    const { docs } = await payload.db.find({
      collection: collection.slug,
      where: { id: { in: missing } },
      limit: 0,
      pagination: false,
      req,
    })
    for (const doc of docs) latest.set(String(doc.id), doc as Doc)
  }
  for (const id of ids) if (!latest.has(id)) throw new NotFound(req.t)
  return latest
}

interface Item {
  id: string
  operation: 'create' | 'update'
  data: Doc
  /** what the operation's hooks get as `originalDoc`: `{}` on create, as Payload passes */
  originalDoc: Doc
}

type AnyHook = (args: Record<string, unknown>) => unknown

/**
 * The data each item will be stored with: what Payload's create and update operations compute
 * before they call the database adapter, in the same order (beforeOperation, field beforeValidate,
 * collection beforeValidate, collection beforeChange, field beforeChange).
 */
async function prepare(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  items: Item[],
  { draft }: { draft: boolean },
): Promise<Doc[]> {
  const context = req.context
  const base = { collection, context, req }
  for (const item of items) {
    for (const hook of (collection.hooks?.beforeOperation ?? []) as unknown as AnyHook[]) {
      const args = {
        collection: { config: collection },
        data: item.data,
        draft,
        id: item.id,
        overrideAccess: true,
        req,
      }
      const result = (await hook({ ...base, args, operation: item.operation })) as
        { data?: Doc } | undefined
      if (result?.data) item.data = result.data
    }
    if (draft) item.data._status = 'draft'
    await beforeValidateTraverseFields({
      id: item.operation === 'update' ? item.id : undefined,
      collection,
      context,
      data: item.data,
      doc: item.originalDoc,
      docForHooks: item.originalDoc,
      fields: collection.fields,
      global: null,
      operation: item.operation,
      overrideAccess: true,
      parentIndexPath: '',
      parentIsLocalized: false,
      parentPath: '',
      parentSchemaPath: '',
      req,
      siblingData: item.data,
      siblingDoc: item.originalDoc,
    } as Parameters<typeof beforeValidateTraverseFields>[0])
  }
  for (const kind of ['beforeValidate', 'beforeChange'] as const) {
    for (const hook of (collection.hooks?.[kind] ?? []) as unknown as AnyHook[]) {
      if (isPureHook(hook)) {
        for (const item of items) {
          const args = {
            ...base,
            data: item.data,
            operation: item.operation,
            originalDoc: item.originalDoc,
          }
          item.data = ((await hook(args)) as Doc | undefined) ?? item.data
        }
      } else {
        const twin = batchedTwinOf(hook)!
        const batchItems: BatchItem[] = items.map((i) => ({
          data: i.data,
          originalDoc: i.operation === 'update' ? i.originalDoc : undefined,
          operation: i.operation,
        }))
        const results = await twin({ collection, items: batchItems, req })
        results.forEach((data, i) => (items[i]!.data = data ?? items[i]!.data))
      }
    }
  }
  const skipValidation = draft && !draftValidation(collection)
  const validate = async (): Promise<Doc[]> => {
    const prepared: Doc[] = []
    for (const item of items) {
      const data = deepCopyObjectSimple(
        item.operation === 'update' ? { ...item.data, id: item.id } : item.data,
      ) as Doc
      const errors: ValidationFieldError[] = []
      await beforeChangeTraverseFields({
        id: item.operation === 'update' ? item.id : undefined,
        collection,
        context,
        data,
        doc: item.originalDoc,
        docWithLocales: item.originalDoc,
        errors,
        fieldLabelPath: '',
        fields: collection.fields,
        global: null,
        mergeLocaleActions: [],
        operation: item.operation,
        overrideAccess: true,
        parentIndexPath: '',
        parentIsLocalized: false,
        parentPath: '',
        parentSchemaPath: '',
        req,
        siblingData: data,
        siblingDoc: item.originalDoc,
        siblingDocWithLocales: item.originalDoc,
        skipValidation,
      })
      if (errors.length)
        throw new ValidationError({ id: item.id, collection: collection.slug, errors, req }, req.t)
      data.id = item.id
      prepared.push(data)
    }
    return prepared
  }
  // Validating checks each relationship's filterOptions: once for the batch, not once per document.
  return skipValidation
    ? validate()
    : withRelationChecksAnswered(
        req,
        collection,
        items.map((item) => item.data),
        validate,
      )
}

const draftValidation = (collection: SanitizedCollectionConfig) =>
  Boolean(
    collection.versions &&
    typeof collection.versions.drafts === 'object' &&
    collection.versions.drafts.validate,
  )

/** The `afterChange` hooks that have effects beyond the document (file bookkeeping, review flags). */
async function afterChange(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  items: Item[],
  saved: Doc[],
) {
  for (const hook of (collection.hooks?.afterChange ?? []) as unknown as AnyHook[]) {
    if (isPureHook(hook)) continue // pure: returns a document, changes nothing stored
    await batchedTwinOf(hook)!({
      collection,
      items: items.map((item, i) => ({
        data: saved[i]!,
        originalDoc: item.operation === 'update' ? item.originalDoc : undefined,
        operation: item.operation,
      })),
      req,
    })
  }
}

const tableOf = (writer: SqlWriter, collection: SanitizedCollectionConfig) =>
  writer.adapter.tableNameMap.get(toSnake(collection.slug))!
const versionsTableOf = (writer: SqlWriter, collection: SanitizedCollectionConfig) =>
  writer.adapter.tableNameMap.get(`_${toSnake(collection.slug)}${writer.adapter.versionsSuffix}`)!
const toSnake = (slug: string) => slug.replace(/-/g, '_')

/** A version row of `doc`, flagged latest, as `payload.db.createVersion` builds it. */
function versionRows(
  writer: SqlWriter,
  payload: Payload,
  collection: SanitizedCollectionConfig,
  doc: Doc,
  now: string,
): RowsOfDocument {
  const { id, ...version } = deepCopyObjectSimple(doc) as Doc
  const rows = writer.transform(
    buildVersionCollectionFields(payload.config, collection, true),
    versionsTableOf(writer, collection),
    { parent: id, version, createdAt: now, updatedAt: now, latest: true, autosave: false },
  )
  rows.row.id = crypto.randomUUID()
  return rows
}

async function writeBatch(
  payload: Payload,
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  writes: DraftWrite[],
): Promise<string[]> {
  for (const w of writes)
    if (w.data._status === 'published')
      throw new Error('writeDraftsInBulk writes drafts: publish with publishItemsInBulk.')
  const versioned = drafts(collection)
  const updates = writes.filter((w) => w.id !== null).map((w) => w.id!)
  // Without drafts an update rewrites the document in place: rare in an import, kept on the Local API.
  if (!versioned && updates.length) return writeThroughLocalApi(payload, req, collection, writes)
  const latest = await latestOf(payload, req, collection, updates)
  const items: Item[] = writes.map((w) => ({
    id: w.id ?? crypto.randomUUID(),
    operation: w.id === null ? 'create' : 'update',
    data: deepCopyObjectSimple(w.data) as Doc,
    originalDoc: w.id === null ? {} : (deepCopyObjectSimple(latest.get(w.id)!) as Doc),
  }))
  const prepared = await prepare(req, collection, items, { draft: versioned })

  const writer = await sqlWriter(payload, await req.transactionID)
  const now = new Date().toISOString()
  const saved = prepared.map((doc, i): Doc =>
    items[i]!.operation === 'create'
      ? { ...doc, createdAt: now, updatedAt: now }
      : // A draft over a document keeps its creation date; the version is the change of now.
        { ...doc, createdAt: items[i]!.originalDoc.createdAt, updatedAt: now },
  )
  // New documents get their main row, as `payload.create` with a draft writes one.
  const created = saved.filter((_, i) => items[i]!.operation === 'create')
  await writeDocuments(
    writer,
    tableOf(writer, collection),
    created.map((doc) => {
      const rows = writer.transform(
        collection.flattenedFields,
        tableOf(writer, collection),
        deepCopyObjectSimple(doc) as Doc,
      )
      rows.row.id = doc.id
      return rows
    }),
  )
  if (versioned) {
    await supersedeLatestVersions(writer, versionsTableOf(writer, collection), updates)
    await writeDocuments(
      writer,
      versionsTableOf(writer, collection),
      saved.map((doc) => versionRows(writer, payload, collection, doc, now)),
    )
  }
  await afterChange(req, collection, items, saved)
  return items.map((i) => i.id)
}

async function publishBatch(
  payload: Payload,
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  writes: DraftWrite[],
) {
  const ids = writes.map((w) => w.id!)
  const latest = await latestOf(payload, req, collection, ids)
  const items: Item[] = writes.map((w) => ({
    id: w.id!,
    operation: 'update',
    data: deepCopyObjectSimple(w.data) as Doc,
    originalDoc: deepCopyObjectSimple(latest.get(w.id!)!) as Doc,
  }))
  const prepared = await prepare(req, collection, items, { draft: false })
  const writer = await sqlWriter(payload, await req.transactionID)
  const now = new Date().toISOString()
  const saved = prepared.map((doc, i): Doc => ({
    ...doc,
    createdAt: items[i]!.originalDoc.createdAt,
    updatedAt: now,
  }))
  await writeDocuments(
    writer,
    tableOf(writer, collection),
    saved.map((doc) => {
      const rows = writer.transform(
        collection.flattenedFields,
        tableOf(writer, collection),
        deepCopyObjectSimple(doc) as Doc,
      )
      rows.row.id = doc.id
      return rows
    }),
    { replace: true },
  )
  await supersedeLatestVersions(writer, versionsTableOf(writer, collection), ids)
  await writeDocuments(
    writer,
    versionsTableOf(writer, collection),
    saved.map((doc) => versionRows(writer, payload, collection, doc, now)),
  )
  await afterChange(req, collection, items, saved)
}
