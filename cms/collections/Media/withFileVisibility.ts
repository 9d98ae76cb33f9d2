import crypto from 'node:crypto'

import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  Field,
  Payload,
  PayloadRequest,
} from 'payload'

import type { Media } from '../../payload-types'
import { batchedHook } from '../../lib/bulkHooks'
import { idOf } from '../../lib/idOf'
import {
  fieldsMayReferenceMedia,
  MEDIA_SLUG,
  mediaIDsIn,
  visibilityOf,
  type FileReference,
} from './visibility'

/** How a collection's documents are read, which decides who reads the files they use. */
export interface FileReadPolicy {
  /** Published documents are public content: the files they use are served to anyone. */
  public: boolean
  /**
   * The relation to the owning locality when only that locality's staff (and the province's) read
   * a document; unset when every signed-in person reads them.
   */
  localityField?: string
}

interface Referrer {
  slug: string
  fields: Field[]
  drafts: boolean
  policy: FileReadPolicy
}

/**
 * The uses of files by one document: its published state (the collection's own row) and its latest
 * state (what `afterChange` saved, a draft included), so a reviewer reads the file a draft adds and
 * citizens keep the one the published version still shows.
 */
function referencesOf(
  referrer: Referrer,
  id: string,
  stored: Record<string, unknown> | null,
  latest: Record<string, unknown> | null,
): Map<string, FileReference[]> {
  const byFile = new Map<string, FileReference[]>()
  const add = (doc: Record<string, unknown> | null, published: boolean) => {
    if (!doc) return
    const field = referrer.policy.localityField
    const reference: FileReference = {
      collection: referrer.slug,
      document: id,
      public: published && referrer.policy.public,
      locality: field ? idOf(doc[field]) : null,
    }
    for (const file of mediaIDsIn(referrer.fields, doc)) {
      const list = byFile.get(file) ?? []
      const same = list.find((r) => r.locality === reference.locality)
      if (same) same.public ||= reference.public
      else list.push({ ...reference })
      byFile.set(file, list)
    }
  }
  const published = stored !== null && (!referrer.drafts || stored._status === 'published')
  add(published ? stored : null, true)
  add(latest ?? (published ? null : stored), false)
  return byFile
}

const referenceKey = (r: FileReference) =>
  JSON.stringify([r.collection, r.document, r.public, r.locality])
const sameReferences = (a: FileReference[], b: FileReference[]) =>
  a.length === b.length &&
  JSON.stringify(a.map(referenceKey).sort()) === JSON.stringify(b.map(referenceKey).sort())

/**
 * Brings the files a document uses, used or no longer uses up to date. Runs inside the save's
 * transaction (`req`), so the file's visibility changes with the document, at once.
 */
export async function syncFileReferences(
  payload: Payload,
  referrer: Referrer,
  id: string,
  latest: Record<string, unknown> | null,
  req?: PayloadRequest,
) {
  const stored = (await payload.db.findOne({
    collection: referrer.slug as never,
    where: { id: { equals: id } },
    req,
  })) as Record<string, unknown> | null
  const wanted = referencesOf(referrer, id, stored, latest)
  const { docs } = await payload.find({
    collection: MEDIA_SLUG,
    where: {
      or: [
        { 'references.document': { equals: id } },
        ...(wanted.size ? [{ id: { in: [...wanted.keys()] } }] : []),
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const file of docs as Media[]) {
    const before = (file.references ?? []).map((r): FileReference => ({
      collection: r.collection,
      document: r.document,
      public: Boolean(r.public),
      locality: r.locality ?? null,
    }))
    const others = before.filter((r) => !(r.collection === referrer.slug && r.document === id))
    const references = [...others, ...(wanted.get(String(file.id)) ?? [])]
    const { visibility, readerLocalities } = visibilityOf(references)
    if (file.visibility === visibility && sameReferences(before, references)) continue
    // The database adapter directly: a file's bookkeeping is not an upload (the request may carry
    // someone's file, which must not replace this one) and people cannot write these fields at all.
    // Two writes, as the SQL adapters update main-table columns and array/relation rows separately.
    await payload.db.updateOne({
      collection: MEDIA_SLUG,
      id: file.id,
      data: { visibility },
      req,
      returning: false,
    })
    await payload.db.updateOne({
      collection: MEDIA_SLUG,
      id: file.id,
      data: {
        // Payload gives array rows their ids in the operation layer, which this write skips.
        references: references.map(({ collection, document, public: isPublic, locality }) => ({
          id: crypto.randomUUID(),
          collection,
          document,
          public: isPublic,
          locality,
        })),
        readerLocalities,
      },
      req,
      returning: false,
    })
  }
}

/**
 * Gives every collection whose documents can use a file the hooks that keep `media.visibility`
 * current, so reading files checks one indexed column instead of scanning the collections that use
 * them. Each such collection must say how it is read (`policies`): a new one that does not is
 * refused here, rather than leaking its files or hiding them by accident.
 */
export function withFileVisibility(
  collections: CollectionConfig[],
  policies: Record<string, FileReadPolicy>,
): CollectionConfig[] {
  return collections.map((collection) => {
    if (collection.slug === MEDIA_SLUG || !fieldsMayReferenceMedia(collection.fields))
      return collection
    const policy = policies[collection.slug]
    if (!policy)
      throw new Error(
        `Collection "${collection.slug}" can reference files: say how its files are read (withFileVisibility).`,
      )
    const referrer: Referrer = {
      slug: collection.slug,
      fields: collection.fields,
      drafts: Boolean(
        collection.versions &&
        typeof collection.versions === 'object' &&
        collection.versions.drafts,
      ),
      policy,
    }
    const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
      await syncFileReferences(
        req.payload,
        referrer,
        String(doc.id),
        doc as Record<string, unknown>,
        req,
      )
      return doc
    }
    // The bulk write path: only documents that use a file, or used one before, have bookkeeping to do.
    batchedHook(afterChange, async ({ items, req }) => {
      const updated = items.flatMap((i) => (i.operation === 'update' ? [String(i.data.id)] : []))
      const referenced = new Set<string>()
      if (updated.length) {
        const { docs } = await req.payload.find({
          collection: MEDIA_SLUG,
          where: { 'references.document': { in: updated } },
          select: { references: true },
          depth: 0,
          limit: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
        for (const file of docs as Media[])
          for (const r of file.references ?? []) referenced.add(String(r.document))
      }
      for (const { data } of items) {
        const id = String(data.id)
        if (referenced.has(id) || mediaIDsIn(referrer.fields, data).length > 0)
          await syncFileReferences(req.payload, referrer, id, data, req)
      }
      return items.map((i) => i.data)
    })
    const afterDelete: CollectionAfterDeleteHook = async ({ id, req }) => {
      await syncFileReferences(req.payload, referrer, String(id), null, req)
    }
    return {
      ...collection,
      custom: { ...collection.custom, fileReadPolicy: policy },
      hooks: {
        ...collection.hooks,
        afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
        afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
      },
    }
  })
}

/** Recomputes every file's uses from the documents (a migration adding the bookkeeping, or a repair). */
export async function rebuildFileVisibility(payload: Payload, req?: PayloadRequest) {
  for (const collection of payload.config.collections) {
    if (collection.slug === MEDIA_SLUG || !fieldsMayReferenceMedia(collection.fields)) continue
    const policy = (collection.custom as { fileReadPolicy?: FileReadPolicy } | undefined)
      ?.fileReadPolicy
    if (!policy) continue
    const referrer: Referrer = {
      slug: collection.slug,
      fields: collection.fields,
      drafts: Boolean(collection.versions && collection.versions.drafts),
      policy,
    }
    const { docs } = await payload.find({
      collection: collection.slug as 'procedures',
      depth: 0,
      limit: 0,
      pagination: false,
      draft: referrer.drafts,
      overrideAccess: true,
      req,
    })
    for (const doc of docs)
      await syncFileReferences(
        payload,
        referrer,
        String(doc.id),
        doc as unknown as Record<string, unknown>,
        req,
      )
  }
}
