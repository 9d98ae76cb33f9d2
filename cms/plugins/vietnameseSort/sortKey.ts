/**
 * A text's Vietnamese sort key: a string of digits and lower-case letters whose plain order (byte
 * order, as SQLite and MongoDB compare, or any PostgreSQL collation, all of which agree on such
 * strings) is the order of `Intl.Collator('vi')`: "Đất đai" after "Dân tộc" and before "Y tế", not
 * after "Z" as the bytes of "Đ" would put it. Databases cannot sort by a Vietnamese collation
 * themselves (SQLite has none, PostgreSQL's depends on how the server was installed), and no
 * library exposes ICU's sort keys in JavaScript, so the key is built here, level by level as ICU
 * compares: letters (đ, ă, â, ê, ô, ơ, ư are letters of their own), then tone marks, then case.
 * The weights themselves are read from `Intl.Collator('vi')` at start, not written by hand.
 */

const collator = new Intl.Collator('vi')
const base = new Intl.Collator('vi', { sensitivity: 'base' })

/** The characters whose order is measured; any other one is placed among them by the collator. */
const ALPHABET = [
  ...' -–—_,;:!?.\'"“”()[]{}@*/\\&#%+<=>|~$0123456789',
  ...'abcdefghijklmnopqrstuvwxyz',
  ...'đăâêôơư',
]

/** Ranks of the alphabet at the primary level: letters that differ only by tone or case share one. */
const RANKED = ((): string[][] => {
  const sorted = [...new Set(ALPHABET)].sort(base.compare)
  const groups: string[][] = []
  for (const ch of sorted) {
    const last = groups.at(-1)
    if (last && base.compare(last[0]!, ch) === 0) last.push(ch)
    else groups.push([ch])
  }
  return groups
})()

const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']
/** Tone marks in the collator's order (no mark first). */
const TONE_ORDER = new Map(
  [...TONES]
    .sort((a, b) => collator.compare(`a${a}`.normalize('NFC'), `a${b}`.normalize('NFC')))
    .map((mark, i) => [mark, i]),
)
const TONE_MARKS = new RegExp(`[${TONES.join('')}]`, 'gu')

const WEIGHT_WIDTH = 2
const weightOf = (rank: number) => rank.toString(36).padStart(WEIGHT_WIDTH, '0')

const primaryCache = new Map<string, string>()
/** A letter without its tone, lower case: its place among the alphabet's ranks (1-based, odd). */
function primaryWeight(letter: string): string {
  let weight = primaryCache.get(letter)
  if (weight === undefined) {
    // Rank 2i+1 for the i-th group; a character between two groups gets the even rank between.
    let low = 0
    let high = RANKED.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (base.compare(RANKED[mid]![0]!, letter) < 0) low = mid + 1
      else high = mid
    }
    const equal = low < RANKED.length && base.compare(RANKED[low]![0]!, letter) === 0
    weight = weightOf(equal ? 2 * low + 3 : 2 * low + 2)
    primaryCache.set(letter, weight)
  }
  return weight
}

/** Characters of a text kept in the key: enough to order any name a list shows. */
export const SORT_KEY_LENGTH = 120

export function vietnameseSortKey(text: string | null | undefined): string {
  // A letter with the marks that follow it: a mark NFC cannot join (a tone on "m") still counts
  // as that letter's tone, as ICU counts it.
  const chars = (
    (text ?? '')
      .normalize('NFC')
      .replace(/\s+/g, ' ')
      .trim()
      .match(/\P{M}\p{M}*|\p{M}+/gu) ?? []
  ).slice(0, SORT_KEY_LENGTH)
  let primary = ''
  let secondary = ''
  let tertiary = ''
  for (const ch of chars) {
    const lower = ch.toLowerCase()
    const decomposed = lower.normalize('NFD')
    const tone = decomposed.match(TONE_MARKS)?.[0] ?? ''
    const letter = decomposed.replace(TONE_MARKS, '').normalize('NFC')
    primary += primaryWeight(letter)
    secondary += String(TONE_ORDER.get(tone) ?? 0)
    tertiary += lower === ch ? '0' : '1'
  }
  // "00" sorts before every weight, so a text before its own continuations ("Hộ" < "Hộ tịch").
  return `${primary}00${secondary}${tertiary}`
}
