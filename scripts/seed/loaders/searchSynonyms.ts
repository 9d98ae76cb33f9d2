import { DEFAULT_SEARCH_SYNONYMS, type SearchSynonym } from '../../../content-schemas'
import type { Keys } from './keys'
import { upsert, type Loader } from './upsert'

/** Terms of the list that mean the same, as the CMS keeps them: one entry per meaning. */
export function synonymEntries(
  list: SearchSynonym[],
): { terms: string[]; means: string[]; codes: string[] }[] {
  const entries = new Map<string, { terms: string[]; means: string[]; codes: string[] }>()
  for (const s of list) {
    const meaning = JSON.stringify([s.means, s.codes])
    const entry = entries.get(meaning) ?? { terms: [], means: s.means, codes: s.codes }
    entry.terms.push(s.term)
    entries.set(meaning, entry)
  }
  return [...entries.values()]
}

/**
 * The project's default citizens' words (content-schemas/searchSynonyms.default.ts), published, as
 * the province's starting list; an entry is found again by its first term.
 */
export async function loadSearchSynonyms(
  loader: Loader,
  keys: Keys,
  list = DEFAULT_SEARCH_SYNONYMS,
): Promise<void> {
  for (const entry of synonymEntries(list)) {
    await upsert(
      loader,
      'search-synonyms',
      { terms: { in: [entry.terms[0]] } },
      {
        terms: entry.terms,
        means: entry.means,
        procedures: entry.codes.map((code) => keys.need('procedure', code, 'thủ tục')),
        _status: 'published',
      },
    )
  }
}
