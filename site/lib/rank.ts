/**
 * Re-ranking of Pagefind's top results in the browser. Pagefind scores words, not phrases, so
 * "dang ky khai sinh" can put "đăng ký khai sinh lưu động" above "Đăng ký khai sinh" itself; a
 * citizen who types a procedure's exact name or code must get that procedure first.
 */
import { normalizeQuery, queryAsCode, withoutProcedurePrefix } from './searchText'

/** The meta fields the ranking reads (see searchRecords.ts). */
export interface RankMeta {
  /** folded name */
  title?: string
  code?: string
  /** folded keywords and synonyms, " | " between them */
  keys?: string
  field?: string
}

/** `text` holds `phrase` as whole words. */
const hasPhrase = (text: string, phrase: string) => ` ${text} `.includes(` ${phrase} `)

/**
 * Higher tiers come first; within a tier Pagefind's own order stands.
 * 5 the code · 4 the name · 3 a keyword or synonym, exactly · 2 the start of the name, or a phrase
 * inside a keyword ("sổ đỏ" in "mất sổ đỏ") · 1 the field's name, or a phrase inside the name.
 */
export function matchTier(query: string, meta: RankMeta): number {
  const q = normalizeQuery(query)
  if (!q) return 0
  const code = queryAsCode(query)
  const digits = q.replace(/\s+/g, '')
  if (
    meta.code &&
    ((code && meta.code === code) || (/^\d{6}$/.test(digits) && meta.code.endsWith(`.${digits}`)))
  )
    return 5
  const name = normalizeQuery(meta.title ?? '')
  const shortName = withoutProcedurePrefix(name)
  if (name === q || shortName === q) return 4
  const keys = (meta.keys ?? '').split('|').map(normalizeQuery)
  if (keys.includes(q)) return 3
  if (shortName.startsWith(`${q} `) || keys.some((k) => hasPhrase(k, q))) return 2
  if (normalizeQuery(meta.field ?? '') === q || hasPhrase(name, q)) return 1
  return 0
}

/**
 * How much of the query the name and the keys hold: each query word found there counts 1, each
 * pair of neighbouring query words found side by side there 2. Pagefind matched the words
 * anywhere in the record (papers, agencies); this tells a record that is about them.
 */
export function nameOverlap(query: string, meta: RankMeta): number {
  const words = normalizeQuery(query).split(' ').filter(Boolean)
  const texts = [
    normalizeQuery(meta.title ?? ''),
    ...(meta.keys ?? '').split('|').map(normalizeQuery),
  ]
  const own = new Set(texts.flatMap((t) => t.split(' ')))
  let score = words.filter((w) => own.has(w)).length
  for (let i = 0; i + 1 < words.length; i++)
    if (texts.some((t) => hasPhrase(t, `${words[i]} ${words[i + 1]}`))) score += 2
  return score
}

/**
 * Whether a record holds the query's words together, not only somewhere: more than half of the
 * words stand beside a neighbouring query word in the name or a keyword. Pagefind finds records
 * holding every word anywhere, and with tone marks folded away two syllables of the catalogue
 * make many a word it does not hold: "ly hon" (divorce, a court's matter) finds "lý do" and "kết
 * hôn", "ho chieu" (passport) finds "hộ" and "đối chiếu". A query of one word, or holding a
 * number (a code, a date), is not judged. The cost: a long query of which the name holds one
 * pair ("khai sinh con thu hai", "mo cua hang kinh doanh") reads as a partial match, its best
 * answer still first: under-claiming, where half was enough to claim "cap the can cuoc" (an ID
 * card, no commune procedure) found whole (docs/benchmarks.md, "Search quality").
 */
export function holdsTogether(words: string[], meta: RankMeta): boolean {
  if (words.length < 2 || words.some((w) => /\d/.test(w))) return true
  const texts = [
    normalizeQuery(meta.title ?? ''),
    ...(meta.keys ?? '').split('|').map(normalizeQuery),
  ]
  const bound = words.map(() => false)
  for (let i = 0; i + 1 < words.length; i++)
    if (texts.some((t) => hasPhrase(t, `${words[i]} ${words[i + 1]}`)))
      bound[i] = bound[i + 1] = true
  return bound.filter(Boolean).length * 2 > words.length
}

/**
 * Sorts by tier. Inside a tier that matched on name, keywords or field, a name holding the query
 * as a phrase comes first, then the shorter name: for "khai sinh", the general "Đăng ký khai
 * sinh" before its special cases (lưu động, có yếu tố nước ngoài…). Then the record whose name
 * and keys hold more of the query (nameOverlap), then `score` when given (how much of the query a
 * partial match holds), then Pagefind's order.
 */
export function rerank<T extends { meta: RankMeta }>(
  query: string | string[],
  items: T[],
  score: (item: T) => number = () => 0,
): T[] {
  // Several readings of one query (what was typed, and its words without the function words of
  // a question): the best tier of any counts, so an exact name full of "của", "không", "là"
  // still ranks as the exact name. Phrase and overlap are read on the first.
  const queries = typeof query === 'string' ? [query] : query
  const q = normalizeQuery(queries[0])
  return items
    .map((item, position) => {
      const name = withoutProcedurePrefix(normalizeQuery(item.meta.title ?? ''))
      return {
        item,
        position,
        tier: Math.max(...queries.map((one) => matchTier(one, item.meta))),
        phrase: name.includes(q) ? 1 : 0,
        length: name.length,
        overlap: nameOverlap(queries[0], item.meta),
        score: score(item),
      }
    })
    .sort(
      (a, b) =>
        b.tier - a.tier ||
        (a.tier > 0 ? b.phrase - a.phrase || a.length - b.length : 0) ||
        b.overlap - a.overlap ||
        b.score - a.score ||
        a.position - b.position,
    )
    .map((entry) => entry.item)
}
