/**
 * Folding citizens' words (content-schemas/searchSynonyms.ts) into the index: each procedure's
 * record carries, among its keys, every term that means it, so "so do" finds the land-certificate
 * procedures by their record, with no dictionary to download in the browser.
 */
import {
  DEFAULT_SEARCH_SYNONYMS,
  type Procedure,
  type SearchSynonym,
  type Snapshot,
} from '../../content-schemas'
import { searchText } from './searchText'

/** The snapshot's list, or the default one when the snapshot does not carry any. */
export const synonymsOf = (snapshot: Snapshot): SearchSynonym[] =>
  snapshot.searchSynonyms ?? DEFAULT_SEARCH_SYNONYMS

/** `text` holds `phrase` as whole words (both already searchText). */
const hasPhrase = (text: string, phrase: string) => ` ${text} `.includes(` ${phrase} `)

export type SynonymMatcher = (procedure: Pick<Procedure, 'code' | 'name' | 'keywords'>) => string[]

/**
 * The terms that mean a procedure: those naming its code, and those whose words are a phrase of
 * its name or of one of its keywords (an official phrase, "giấy chứng nhận quyền sử dụng đất").
 */
export function synonymMatcher(synonyms: SearchSynonym[]): SynonymMatcher {
  const prepared = synonyms.map((s) => ({
    term: s.term,
    codes: new Set(s.codes),
    means: s.means.map(searchText).filter(Boolean),
  }))
  return (procedure) => {
    const texts = [procedure.name, ...procedure.keywords].map(searchText)
    return prepared
      .filter(
        (s) =>
          s.codes.has(procedure.code) ||
          s.means.some((phrase) => texts.some((text) => hasPhrase(text, phrase))),
      )
      .map((s) => s.term)
  }
}
