/**
 * Typos: a word the index does not hold is read as one it does. Syllables typed together are
 * split ("dangky"); a sound written as another region says it is respelled ("xinh" → "sinh",
 * "chanh" → "tranh"); and a word of five letters or more one letter away from an index word
 * (wrong, missing, extra, or two neighbours swapped: "nghep", "thuogn", "chapp") becomes that
 * word. Shorter words get no such edit: one letter changes too many Vietnamese syllables into
 * others ("tam", "tan", "tai"). The build writes the index's words, most frequent first, beside
 * the bundle (vocabulary); the search script fetches them for a long word, or has them already.
 */
import { FUNCTION_WORDS, PEOPLE_WORDS, type QueryPlan } from './queryPlan'
import type { SearchRecord } from './searchRecords'
import { searchText } from './searchText'
import { splitRunTogether } from './syllables'

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
/** Whether a word is of the kind the vocabulary lists: letters only (no number, no code). */
export const listedKind = (word: string): boolean => /^\p{L}+$/u.test(word)

export function vocabulary(records: SearchRecord[]): string[] {
  const counts = new Map<string, number>()
  for (const record of records) {
    const text = `${record.meta.title} ${record.meta.keys} ${record.content}`
    for (const word of new Set(text.split(/\s+/)))
      if (listedKind(word)) counts.set(word, (counts.get(word) ?? 0) + 1)
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

/** Initials and finals that one region's speech writes for another's (s/x, ch/tr, l/n, d/gi/r/v; n/ng, c/t). */
const SOUND_ONSETS: Record<string, string[]> = {
  s: ['x'],
  x: ['s'],
  ch: ['tr'],
  tr: ['ch'],
  l: ['n'],
  n: ['l'],
  d: ['gi', 'r', 'v'],
  gi: ['d', 'r'],
  r: ['d', 'gi'],
  v: ['d'],
  // "k" spells a syllable only before e, i, y: "kai" is "khai" (or "cai") with a letter missing
  k: ['kh', 'c'],
}
const SOUND_CODAS: Record<string, string[]> = {
  n: ['ng'],
  ng: ['n'],
  nh: ['n'],
  c: ['t'],
  t: ['c'],
  ch: ['t'],
}

/**
 * The spellings a word may have been meant as when it was written as it sounds in another
 * region, likeliest first: its initial swapped ("sác" for "xác", "chợ cấp" for "trợ cấp"), then
 * its final, from four letters ("nhâng" for "nhân"), then both. Initials are the commoner slip,
 * and the order keeps "chanh chấp" from becoming "chăn". None for PEOPLE_WORDS (queryPlan.ts).
 */
export function soundAlike(word: string): string[][] {
  if (PEOPLE_WORDS.has(word)) return [[], [], []]
  return spellingsAlike(word)
}

/**
 * soundAlike, people's words included: read where a neighbouring word decides (rank.ts, "thuong
 * chu" beside a name's "thường trú"), a word such as "chú" (uncle) may be "trú" misspelt.
 */
export function spellingsAlike(word: string): string[][] {
  if (word.length < 3) return [[], [], []]
  const [, onset = '', rest = ''] =
    /^(ch|tr|gi|ngh|ng|nh|kh|k(?![eiy])|[sxlndrv])?(.*)$/.exec(word) ?? []
  const [, middle = '', coda = ''] = /^(.*?)(ng|nh|ch|[nct])?$/.exec(rest) ?? []
  const onsets = SOUND_ONSETS[onset] ?? []
  // A final swapped turns too many short syllables into others ("ong" → "on"): four letters up.
  const codas = word.length >= 4 ? (SOUND_CODAS[coda] ?? []) : []
  return [
    onsets.map((o) => `${o}${middle}${coda}`),
    codas.map((c) => `${onset}${middle}${c}`),
    onsets.flatMap((o) => codas.map((c) => `${o}${middle}${c}`)),
  ]
}

/**
 * The word with two neighbouring letters swapped, from four letters ("khia" for "khai", "tahi"
 * for "thai"): thumbs on a phone keyboard cross even in a short word, where one edit of any other
 * kind would turn too many syllables into others. None for PEOPLE_WORDS (queryPlan.ts).
 */
export function neighboursSwapped(word: string): string[] {
  if (PEOPLE_WORDS.has(word) || word.length < 4) return []
  return [...word.slice(1)].flatMap((_, i) =>
    word[i] === word[i + 1] ? [] : [word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)],
  )
}

/**
 * Each word's place in the vocabulary (its frequency), and the one-edit candidates: words of four
 * letters or more (shorter ones are listed for heldBy only). Built once per vocabulary: a later
 * search corrects every query, and the vocabulary holds thousands of words.
 */
const preparedVocabularies = new WeakMap<
  string[],
  { rank: Map<string, number>; candidates: string[] }
>()
function prepared(vocabulary: string[]) {
  let done = preparedVocabularies.get(vocabulary)
  if (!done) {
    done = {
      rank: new Map(vocabulary.map((word, i) => [word, i])),
      candidates: vocabulary.filter((v) => v.length >= MIN_TYPO_LENGTH - 1),
    }
    preparedVocabularies.set(vocabulary, done)
  }
  return done
}

/**
 * The words as the index most likely holds them. A word the vocabulary lacks (no digit in it)
 * becomes, in this order: the syllables it runs together, if each is an index word ("dangky" →
 * "dang ky", syllables.ts); the most frequent index word it sounds like in another region's
 * spelling (soundAlike: "xinh" → "sinh"); from four letters, the most frequent index word it
 * is with two neighbouring letters swapped (neighboursSwapped: "khia" → "khai"); and, from five
 * letters (`minLength`), its most frequent word one edit away, a word of the same length first:
 * a wrong or swapped key is the commonest slip, and a shorter word is also the beginning of many
 * others ("nghep" is "nghèo", not the more frequent "nghề"). The empty page's suggestion ("Có phải bạn muốn tìm") goes down to four
 * letters: it only proposes.
 */
export function correctWords(
  words: string[],
  vocabulary: string[],
  minLength = MIN_TYPO_LENGTH,
): string[] {
  const { rank, candidates } = prepared(vocabulary)
  const rankOf = (word: string) => rank.get(searchText(word)) ?? vocabulary.length
  return words.flatMap((word) => {
    if (rank.has(word) || /\d/.test(word)) return [word]
    const split = splitRunTogether(word, (s) => rank.has(searchText(s)), rankOf)
    if (split) return split
    for (const spellings of [...soundAlike(word), neighboursSwapped(word)]) {
      // no word that says what is wanted is read as a function word, which the search would
      // leave out ("khai sin" is "khai sinh" typed short, not "khai xin")
      const held = spellings
        .filter((w) => rank.has(w) && !FUNCTION_WORDS.has(w))
        .sort((a, b) => rankOf(a) - rankOf(b))
      if (held.length) return [held[0]]
    }
    if (word.length < minLength) return [word]
    const near = candidates.filter(
      (v) =>
        Math.abs(v.length - word.length) <= 1 && oneEditApart(word, v) && !FUNCTION_WORDS.has(v),
    )
    return [near.find((v) => v.length === word.length) ?? near[0] ?? word]
  })
}

/**
 * A query as corrected (correctWords), its function words left as typed: "muon" (muốn) is no
 * misspelling of "Mường", nor "toi" of anything.
 */
export function correctQuery(
  plan: Pick<QueryPlan, 'words' | 'content'>,
  vocabulary: string[],
  minLength = MIN_TYPO_LENGTH,
): string {
  return plan.words
    .flatMap((word, i) =>
      plan.content[i] === null ? [word] : correctWords([word], vocabulary, minLength),
    )
    .join(' ')
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
