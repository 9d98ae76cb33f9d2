/**
 * Search text, shared by the index builder (Node) and the search script (browser): one
 * tokenization, so the index and the query fold and split text the same way. Pagefind ≥ 1.5 folds
 * tone marks itself but not đ/Đ, and splits or keeps punctuation its own way, so both sides hand
 * it words that are already folded and split: lower case, no marks, đ → d, letters and digits only.
 */
import { fold } from '../../content-schemas/fold'
import { fromTelex, fromVni } from './syllables'

/** A date in a procedure's name ("ngày 1/9/2016") or a query: day, month, four-digit year. */
const DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g
/** Codes and numbers with dots or commas between digit groups: 1.001193, 2.000986.000.00.00.h12, 20.000, 20,000 */
const DOTTED = /\b\d+(?:[.,][\da-z]+)+\b/g

/**
 * Spelling variants that are the same word: after a consonant, a final y is written i by many
 * ("kí", "lí", "sĩ" for "ký", "lý", "sỹ"); "qui" is the old spelling of "quy".
 */
function spelling(token: string): string {
  if (token === 'qui') return 'quy'
  return /^[bcdghklmnpqrstvx]+y$/.test(token) ? `${token.slice(0, -1)}i` : token
}

/**
 * The words of a text as the index holds them and a query is matched: folded; a date as one word
 * ddmmyyyy plus its year ("1/9/2016" → "01092016 2016"); dots and commas inside numbers and codes
 * removed ("1.001193" → "1001193", "20.000" → "20000"); every other punctuation mark a space;
 * a word typed in Telex or VNI with the input method off read as the syllable it spells ("kys",
 * "ky1" → "ky"; syllables.ts); "ky" and "ki" one word (spelling).
 */
export function searchTokens(text: string): string[] {
  return fold(text)
    .replace(
      DATE,
      (_, d: string, m: string, y: string) =>
        ` ${d.padStart(2, '0')}${m.padStart(2, '0')}${y} ${y} `,
    )
    .replace(DOTTED, (code) => code.replace(/[.,]/g, ''))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((token) => spelling(fromTelex(fromVni(token))))
}

/** `searchTokens` joined by single spaces: what a searchable field of the index holds. */
export const searchText = (text: string): string => searchTokens(text).join(' ')

/** A citizen's query as the index holds text (the same tokenization). */
export const normalizeQuery = searchText

/**
 * A provincial code as a word of a query or the index ("1.001193.000.00.00.H18" →
 * "10011930000000h18"): the national code it begins with, then digits and a letter.
 */
const PROVINCIAL_CODE_WORD = /^(\d{7})\d*[a-z]\w*$/

/**
 * The word a query's word is searched as: a provincial code that begins with its national code is
 * searched as that code, which the index holds (codeVariants); any other word as it is.
 */
export const searchedCodeWord = (word: string): string =>
  PROVINCIAL_CODE_WORD.exec(word)?.[1] ?? word

/**
 * Forms of a procedure code that a query can reach: without its dots (how the tokenization reads
 * it), and its six-digit tail, which officers often quote alone. A provincial code that begins with
 * the national one is not a word of its own: a query naming it searches the national code
 * (searchedCodeWord). Each such word is a record's alone, thousands of them in a province, and the
 * index chunk holding them is loaded by any query with a number in it ("trên 80 tuổi"): a third of
 * that chunk's words, more than half of its bytes (docs/benchmarks.md, "Search weight at scale").
 */
export function codeVariants(code: string, localCode: string | null): string[] {
  const national = searchText(code)
  const variants = [national, code.split('.')[1] ?? code]
  const local = localCode ? searchText(localCode) : ''
  if (local && searchedCodeWord(local) !== national) variants.push(local)
  return [...new Set(variants)]
}

/**
 * The national code a query names: "1.001193", "1001193", or a provincial code that starts with
 * it ("1.001193.000.00.00.H18"), alone or after "mã", "mã số", "thủ tục"; anything else → null.
 */
export function queryAsCode(query: string): string | null {
  const text = normalizeQuery(query).replace(/^(?:(?:thu tuc|ma so|ma)\s+)+/, '')
  const match = /^(\d)(\d{6})(?:\d{7}[a-z]\d+)?$/.exec(text)
  return match ? `${match[1]}.${match[2]}` : null
}

/** Names in the master list often start with "Thủ tục"; citizens never type it. */
export function withoutProcedurePrefix(foldedName: string): string {
  return foldedName.replace(/^thu tuc /, '')
}
