import { fold, type SearchSynonym } from '../../../content-schemas'
import type { SearchSynonym as SearchSynonymDoc } from '../../payload-types'
import { byKey, ids } from './common'

/**
 * The province's published synonym entries → the snapshot's list: one item per term, meaning the
 * entry's words and the codes of its procedures still in force. A term two entries share (the
 * CMS refuses it, but two reviews may cross) means what both say. Undefined when no entry is
 * published: the province has not stated a list, and the site keeps its default one.
 */
export function toSearchSynonyms(
  docs: SearchSynonymDoc[],
  { codeOf, inForceCodes }: { codeOf: Map<string, string>; inForceCodes: Set<string> },
): SearchSynonym[] | undefined {
  if (docs.length === 0) return undefined
  const byTerm = new Map<string, { term: string; means: Set<string>; codes: Set<string> }>()
  for (const doc of docs) {
    const codes = ids(doc.procedures)
      .map((id) => codeOf.get(id))
      .filter((code): code is string => code !== undefined && inForceCodes.has(code))
    for (const term of doc.terms ?? []) {
      const item = byTerm.get(fold(term)) ?? { term, means: new Set(), codes: new Set() }
      for (const phrase of doc.means ?? []) item.means.add(phrase)
      for (const code of codes) item.codes.add(code)
      byTerm.set(fold(term), item)
    }
  }
  return [...byTerm.values()]
    .map((s) => ({ term: s.term, means: [...s.means].sort(), codes: [...s.codes].sort() }))
    .filter((s) => s.means.length + s.codes.length > 0)
    .sort(byKey((s) => fold(s.term)))
}
