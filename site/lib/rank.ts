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
 * Sorts by tier. Inside a tier that matched on name, keywords or field, a name holding the query
 * as a phrase comes first, then the shorter name: for "khai sinh", the general "Đăng ký khai
 * sinh" before its special cases (lưu động, có yếu tố nước ngoài…). Otherwise Pagefind's order.
 */
export function rerank<T extends { meta: RankMeta }>(query: string, items: T[]): T[] {
  const q = normalizeQuery(query)
  return items
    .map((item, position) => {
      const name = withoutProcedurePrefix(normalizeQuery(item.meta.title ?? ''))
      return {
        item,
        position,
        tier: matchTier(query, item.meta),
        phrase: name.includes(q) ? 1 : 0,
        length: name.length,
      }
    })
    .sort(
      (a, b) =>
        b.tier - a.tier ||
        (a.tier > 0 ? b.phrase - a.phrase || a.length - b.length : 0) ||
        a.position - b.position,
    )
    .map((entry) => entry.item)
}
