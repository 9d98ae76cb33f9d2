import { searchTextOf } from '.'

/**
 * The tables filled by migration i12_folded_search, as they were then: each collection's folded
 * field and the fields it folds, and the versions table of those with drafts (the admin lists and
 * pickers search the latest versions).
 */
const COLLECTIONS: [table: string, sources: string[], versioned: boolean][] = [
  ['procedures', ['code', 'name'], true],
  ['applied_procedures', ['title'], true],
  ['decisions', ['number', 'title'], true],
  ['quality_documents', ['code', 'title'], true],
  ['legal_documents', ['number', 'title'], false],
  ['localities', ['name'], false],
  ['sectors', ['code', 'name'], false],
  ['agencies', ['name'], false],
]

export interface FillTable {
  table: string
  /** The folded column and the source columns, in the order the hook reads them. */
  target: string
  sources: string[]
}

export const FILL_TABLES: FillTable[] = COLLECTIONS.flatMap(([table, sources, versioned]) => [
  { table, target: 'search_text', sources },
  ...(versioned
    ? [
        {
          table: `_${table}_v`,
          target: 'version_search_text',
          sources: sources.map((s) => `version_${s}`),
        },
      ]
    : []),
])

/** Each stored row's folded words, as the save hook would write them. */
export const filledRows = (
  { sources }: FillTable,
  rows: Record<string, unknown>[],
): { id: unknown; text: string }[] =>
  rows.map((row) => ({ id: row.id, text: searchTextOf(row, sources) }))
