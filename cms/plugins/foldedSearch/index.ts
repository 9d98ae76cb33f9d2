import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Plugin,
  Where,
} from 'payload'

import { fold } from '../../../content-schemas/fold'
import { pureHook } from '../../lib/bulkHooks'
import { perCollectionPlugin } from '../perCollection'

/** The hidden field holding a document's searched words without tone marks. */
export const SEARCH_FIELD = 'searchText'

/** Which fields each collection's folded search reads (scalar text fields of the document itself). */
export type FoldedSearchOptions = Record<string, readonly string[]>

/** The folded words of a document: its source fields, lower case, without tone marks. */
export const searchTextOf = (
  doc: Record<string, unknown> | undefined,
  sources: readonly string[],
): string =>
  fold(
    sources
      .map((name) => doc?.[name])
      .filter((value) => typeof value === 'string' || typeof value === 'number')
      .join(' '),
  )

/** Keeps the field in step with its sources on every save; pure, so the bulk write path runs it. */
export function foldSearchText(sources: readonly string[]): CollectionBeforeChangeHook {
  return pureHook<CollectionBeforeChangeHook>(({ data, originalDoc }) => {
    const merged = { ...originalDoc, ...data } as Record<string, unknown>
    return { ...data, [SEARCH_FIELD]: searchTextOf(merged, sources) }
  })
}

const SEARCH_OPERATORS = ['like', 'contains'] as const

/** One `field: { operator: value }` of a where, with its searched words folded as the field holds them. */
function foldCondition(key: string, condition: unknown, titleField: string | undefined): Where {
  const query = condition as Record<string, unknown> | null
  const operator = SEARCH_OPERATORS.find((op) => typeof query?.[op] === 'string')
  if (!operator) return { [key]: condition } as Where
  const folded: Where = { [SEARCH_FIELD]: { [operator]: fold(query![operator] as string) } }
  if (key === SEARCH_FIELD) return folded
  // Payload's relationship pickers and filter value boxes search the title field only.
  if (key === titleField) return { or: [{ [key]: condition } as Where, folded] }
  return { [key]: condition } as Where
}

/**
 * A where whose searches (like, contains) on the folded field or the title also match without
 * tone marks: "ket hon" finds "Đăng ký kết hôn". Anything else is left as it was.
 */
export function foldWhere(where: Where, titleField: string | undefined): Where {
  const parts = Object.entries(where).map(([key, value]): Where => {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      return { [key]: value.map((inner: Where) => foldWhere(inner, titleField)) }
    }
    return foldCondition(key, value, titleField)
  })
  return parts.length === 1 ? parts[0]! : { and: parts }
}

function withFoldedSearch(collection: CollectionConfig, sources: readonly string[]) {
  const titleField = collection.admin?.useAsTitle
  const searchable = collection.admin?.listSearchableFields ?? [titleField ?? 'id']
  return {
    ...collection,
    admin: {
      ...collection.admin,
      listSearchableFields: [...searchable.filter((f) => f !== SEARCH_FIELD), SEARCH_FIELD],
    },
    fields: [
      ...collection.fields,
      {
        name: SEARCH_FIELD,
        type: 'text',
        index: true,
        label: { vi: 'Tìm không dấu', en: 'Search without tone marks' },
        admin: { hidden: true, disableListColumn: true, disableListFilter: true },
      },
    ],
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        ...(collection.hooks?.beforeOperation ?? []),
        // Pure (it only rewrites a read's where), so the bulk write path still takes the collection.
        pureHook<CollectionBeforeOperationHook>(({ args, operation }) =>
          operation === 'read' && 'where' in args && args.where
            ? { ...args, where: foldWhere(args.where, titleField) }
            : args,
        ),
      ],
      beforeChange: [...(collection.hooks?.beforeChange ?? []), foldSearchText(sources)],
    },
  } satisfies CollectionConfig
}

/**
 * Search without tone marks in the admin, as on the public site: list search, relationship pickers
 * and filter value boxes find "Đăng ký kết hôn" from "dang ky ket hon". Each collection gets a
 * hidden, indexed field with its words folded by the one folding of the contract (content-schemas),
 * kept by a hook on every save; searches on it or on the title are folded the same way.
 */
export const foldedSearch = (options: FoldedSearchOptions): Plugin =>
  perCollectionPlugin(options, withFoldedSearch)
