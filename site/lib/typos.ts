/**
 * Typos: a word of five letters or more that the index does not hold, one letter away from one it
 * does (wrong, missing, extra, or two neighbours swapped: "nghep", "thuogn", "chapp"), is read as
 * that word. Shorter words are left alone: one letter changes too many Vietnamese syllables into
 * others ("tam", "tan", "tai"). The build writes the index's words, most frequent first, beside
 * the bundle (vocabulary); the search script fetches them only when a query finds nothing.
 */
import type { SearchRecord } from './searchRecords'

/** The index's words, written beside Pagefind's files in each bundle. */
export const VOCABULARY_FILE = 'words.txt'

/** Shortest word corrected (the rule: five letters or more). */
export const MIN_TYPO_LENGTH = 5

/**
 * The index's words, most frequent first: whole words of letters only, as Pagefind indexes them
 * (the text is tokenized already, searchText.ts), so that each is a word Pagefind holds
 * (`heldBy`). Words of four letters or more are the typos' candidates (a five-letter typo may
 * miss a letter); the shorter ones ("cap", "ket", "tam", "dat": a few hundred syllables, 0.5 kB
 * gzip) are listed so that `heldBy` vouches for them too: each it cannot vouch for costs a search
 * of its own, and a syllable that common costs 50–300 ms on a slow phone (docs/benchmarks.md).
 */
export function vocabulary(records: SearchRecord[]): string[] {
  const counts = new Map<string, number>()
  for (const record of records) {
    const text = `${record.meta.title} ${record.meta.keys} ${record.content}`
    for (const word of new Set(text.split(/\s+/)))
      if (/^\p{L}+$/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w)
}

/** One letter wrong, missing or extra, or two neighbouring letters swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]))
    return (
      diff.length === 1 ||
      (diff.length === 2 &&
        diff[1] === diff[0] + 1 &&
        a[diff[0]] === b[diff[1]] &&
        a[diff[1]] === b[diff[0]])
    )
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  if (long.length - short.length !== 1) return false
  let i = 0
  while (i < short.length && short[i] === long[i]) i++
  return short.slice(i) === long.slice(i + 1)
}

/**
 * The words as the index most likely holds them: each word of five letters or more (`minLength`)
 * that the vocabulary lacks becomes its most frequent word one edit away, if any, a word of the
 * same length first: a wrong or swapped key is the commonest slip, and a shorter word is also the
 * beginning of many others ("nghep" is "nghèo", not the more frequent "nghề"). The empty page's
 * suggestion ("Có phải bạn muốn tìm") goes down to four letters: it only proposes.
 */
export function correctWords(
  words: string[],
  vocabulary: string[],
  minLength = MIN_TYPO_LENGTH,
): string[] {
  const known = new Set(vocabulary)
  // The candidates: words of four letters or more (shorter ones are listed for heldBy only).
  const candidates = vocabulary.filter((v) => v.length >= MIN_TYPO_LENGTH - 1)
  return words.map((word) => {
    if (word.length < minLength || known.has(word) || /\d/.test(word)) return word
    const near = candidates.filter(
      (v) => Math.abs(v.length - word.length) <= 1 && oneEditApart(word, v),
    )
    return near.find((v) => v.length === word.length) ?? near[0] ?? word
  })
}

/**
 * Whether Pagefind finds a query word, read from the vocabulary instead of a search of its own:
 * Pagefind matches a query word as the beginning of an indexed word ("ho" finds "hoan"), so a
 * word that begins a vocabulary word is held by the index. The converse does not hold (numbers
 * and codes are not listed): false means "search to know".
 * A search of a common word costs tens of milliseconds on a slow phone; this costs none.
 */
export function heldBy(vocabulary: string[]): (word: string) => boolean {
  const sorted = [...vocabulary].sort()
  return (word) => {
    if (!word) return false
    // the first vocabulary word not before `word`: if any begins with it, this one does
    let low = 0
    let high = sorted.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (sorted[middle] < word) low = middle + 1
      else high = middle
    }
    return low < sorted.length && sorted[low].startsWith(word)
  }
}
