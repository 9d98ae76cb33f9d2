/**
 * The shape of a Vietnamese syllable, folded (no marks, đ → d), and the repairs of a citizen's
 * words that it makes safe: keystrokes of the Telex or VNI input method left in the text by a
 * keyboard in the wrong mode ("ddawng kys", "d9a8ng ky1" for "đăng ký"), and syllables typed
 * without spaces ("dangkykhaisinh").
 * A word is repaired only when it is not a syllable as typed and becomes one (or several) repaired,
 * so Vietnamese words, codes and foreign words pass unchanged.
 */

// k, gh and ngh only before e, i, y, as Vietnamese spells them ("ko" is chat for "không").
const ONSET = '(?:ngh(?=[eiy])|ng|nh|ch|gh(?=[eiy])|gi|kh|ph|qu|th|tr|k(?=[eiy])|[bcdghlmnprstvx])?'
const NUCLEUS = '[aeiouy]{1,3}'
const CODA = '(?:ch|ng|nh|[cmnpt])?'
// No vowel doubled: in Telex "aa", "ee", "oo" are â, ê, ô ("khoong"). The few loanwords and
// place names written with "oo" ("xoong", "Noong Hẹt") so read as Telex on both sides alike.
const SYLLABLE = new RegExp(`^(?!.*([aeiouy])\\1)${ONSET}${NUCLEUS}${CODA}$`)

/** Longest folded syllable ("nghieng", "nguyen", "truong": seven letters). */
const LONGEST = 7

/** Whether a folded word has the shape of one Vietnamese syllable. */
export const isSyllable = (word: string): boolean => SYLLABLE.test(word)

/** Telex's tone keys: sắc, huyền, hỏi, ngã, nặng, and z (no tone). */
const TONE_KEYS = /[sfrxjz]/

/**
 * A folded word typed in Telex with the input method off, as the syllable it spells: "dd" → d,
 * "aa", "ee", "oo" → the vowel, "aw", "ow", "uw" and a lone "w" → the vowel, and the tone key
 * dropped, at the end ("kys") or after the vowel ("tieesng"). The word itself when it is already a
 * syllable or does not become one.
 */
export function fromTelex(word: string): string {
  if (isSyllable(word) || !/^[a-z]+$/.test(word)) return word
  const shaped = word
    .replace(/dd/g, 'd')
    .replace(/([aeo])\1/g, '$1')
    .replace(/([aou])w/g, '$1')
    .replace(/w/g, 'u')
  if (isSyllable(shaped)) return shaped
  // One tone key: the last letter, or typed between the vowel and the final consonant ("tieesng");
  // never the onset's letter, nor one a vowel follows ("visa" stays).
  const firstVowel = shaped.search(/[aeiouy]/)
  if (firstVowel < 0) return word
  for (let i = shaped.length - 1; i > firstVowel; i--) {
    if (!TONE_KEYS.test(shaped[i]) || !/^[cghmnpt]*$/.test(shaped.slice(i + 1))) continue
    const candidate = shaped.slice(0, i) + shaped.slice(i + 1)
    if (isSyllable(candidate)) return candidate
  }
  return word
}

/** A word holding VNI's keys: letters first, then letters and the digits 1–9 (no 0). */
const VNI_WORD = /^[a-z][a-z1-9]*[1-9][a-z1-9]*$/

/**
 * A folded word typed in VNI with the input method off, as the syllable it spells: its digits
 * dropped (1–5 the tones, 6 â ê ô, 7 ơ ư, 8 ă, 9 đ: "d9a8ng" → dang, "ta5m" → tam). Only when the
 * letters left are a syllable of two letters or more, so "kt3" (KT3), "b2", "h18", "covid19" stay.
 */
export function fromVni(word: string): string {
  if (!VNI_WORD.test(word)) return word
  const letters = word.replace(/\d/g, '')
  return letters.length > 1 && isSyllable(letters) ? letters : word
}

/**
 * A word of syllables typed without spaces, as those syllables, when every one is a word of
 * `known` (the index's words): the split into the fewest syllables, the more frequent words
 * (earlier in `rank`) breaking a tie. Null when the word is one syllable or does not split.
 */
export function splitRunTogether(
  word: string,
  known: (syllable: string) => boolean,
  rank: (syllable: string) => number = () => 0,
): string[] | null {
  if (isSyllable(word) || !/^[a-z]+$/.test(word)) return null
  // best[i]: the best split of the first i letters, as [syllables, summed rank]
  const best: ([string[], number] | null)[] = [[[], 0]]
  for (let end = 1; end <= word.length; end++) {
    best[end] = null
    for (let start = Math.max(0, end - LONGEST); start < end; start++) {
      const before = best[start]
      const piece = word.slice(start, end)
      if (!before || !isSyllable(piece) || !known(piece)) continue
      const candidate: [string[], number] = [[...before[0], piece], before[1] + rank(piece)]
      const current = best[end]
      if (
        !current ||
        candidate[0].length < current[0].length ||
        (candidate[0].length === current[0].length && candidate[1] < current[1])
      )
        best[end] = candidate
    }
  }
  const split = best[word.length]?.[0]
  return split && split.length > 1 ? split : null
}
