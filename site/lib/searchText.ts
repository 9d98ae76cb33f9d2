/**
 * Search text, shared by the index builder (Node) and the search script (browser), so both sides
 * read codes and queries the same way. Pagefind ≥ 1.5 folds tone marks itself but not đ/Đ, so both
 * fold with the contract's `fold`: without it, "dang ky" never finds "Đăng ký".
 */
import { fold } from '../../content-schemas/fold'

/**
 * Forms of a procedure code that a query can reach. Pagefind splits "1.001193" at the dot when
 * indexing but drops the dot from a query ("1001193"), so the code is indexed without its dots,
 * and also as its six-digit tail, which officers often quote alone.
 */
export function codeVariants(code: string, localCode: string | null): string[] {
  const variants = [code.replace(/\./g, ''), code.split('.')[1] ?? code]
  if (localCode) variants.push(fold(localCode).replace(/\./g, ''))
  return [...new Set(variants)]
}

/**
 * A citizen's query as the index holds text: folded, dots inside numbers removed (codes), other
 * punctuation turned into spaces.
 */
export function normalizeQuery(query: string): string {
  return fold(query)
    .replace(/\b\d(?:\.[\da-z]+)+\b/g, (code) => code.replace(/\./g, ''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * The national code a query names: "1.001193", "1001193", or a provincial code that starts with
 * it ("1.001193.000.00.00.H18"); anything else → null.
 */
export function queryAsCode(query: string): string | null {
  const match = /^(\d)(\d{6})(?:\d{7}[a-z]\d+)?$/.exec(normalizeQuery(query))
  return match ? `${match[1]}.${match[2]}` : null
}

/** Names in the master list often start with "Thủ tục"; citizens never type it. */
export function withoutProcedurePrefix(foldedName: string): string {
  return foldedName.replace(/^thu tuc /, '')
}
