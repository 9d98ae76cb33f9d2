import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Plugin,
} from 'payload'

import { pureHook } from '../../lib/bulkHooks'
import { perCollectionPlugin } from '../perCollection'
import { vietnameseSortKey } from './sortKey'

/** Which text fields of each collection sort in Vietnamese order. */
export type VietnameseSortOptions = Record<string, readonly string[]>

/** The hidden field holding `field`'s sort key. */
export const sortKeyField = (field: string) => `${field}SortKey`

/** Keeps each key in step with its field on every save; pure, so the bulk write path runs it. */
export function keepSortKeys(fields: readonly string[]): CollectionBeforeChangeHook {
  return pureHook<CollectionBeforeChangeHook>(({ data, originalDoc }) => {
    const merged = { ...originalDoc, ...data } as Record<string, unknown>
    const keys = Object.fromEntries(
      fields.map((field) => {
        const value = merged[field]
        return [sortKeyField(field), vietnameseSortKey(typeof value === 'string' ? value : '')]
      }),
    )
    return { ...data, ...keys }
  })
}

/** A read's sort ("name", "-name", a list, or "a,-b") with each sorted field's key in its place. */
export function sortByKeys(sort: string | string[], fields: readonly string[]): string | string[] {
  const swap = (part: string) => {
    const descending = part.startsWith('-')
    const name = descending ? part.slice(1) : part
    return fields.includes(name) ? `${descending ? '-' : ''}${sortKeyField(name)}` : part
  }
  if (Array.isArray(sort)) return sort.map(swap)
  return sort.split(',').map(swap).join(',')
}

function withVietnameseSort(collection: CollectionConfig, fields: readonly string[]) {
  return {
    // A `defaultSort` by the name stays as written: the read hook below sorts it by the key.
    ...collection,
    fields: [
      ...collection.fields,
      ...fields.map((field) => ({
        name: sortKeyField(field),
        type: 'text' as const,
        index: true,
        label: { vi: 'Khóa sắp xếp tiếng Việt', en: 'Vietnamese sort key' },
        admin: { hidden: true, disableListColumn: true, disableListFilter: true },
      })),
    ],
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        ...(collection.hooks?.beforeOperation ?? []),
        // Pure (it only rewrites a read's sort), so the bulk write path still takes the collection.
        // Payload applies `defaultSort` after this hook, so a read that asks none is given it here.
        pureHook<CollectionBeforeOperationHook>(({ args, operation }) => {
          if (operation !== 'read') return args
          const sort = ((args as { sort?: unknown }).sort || collection.defaultSort) as
            string | string[] | undefined
          return sort ? { ...args, sort: sortByKeys(sort, fields) } : args
        }),
      ],
      beforeChange: [...(collection.hooks?.beforeChange ?? []), keepSortKeys(fields)],
    },
  } satisfies CollectionConfig
}

/**
 * Lists sorted by a name in Vietnamese order, on every database: the admin's lists when a column
 * is clicked, relationship pickers, the REST and GraphQL `sort`. Each listed field gets a hidden,
 * indexed key (sortKey.ts) kept by a hook on every save, and a read sorting by the field sorts by
 * its key instead, as the folded-search plugin rewrites a read's `where`.
 */
export const vietnameseSort = (options: VietnameseSortOptions): Plugin =>
  perCollectionPlugin(options, withVietnameseSort)
