/**
 * A locality named in the query ("khai sinh dien bien dong", "Khai tử Na Son"): the search narrows
 * to that locality instead of requiring its name in the procedure's text. A place matches by its
 * whole name ("xã Na Son") or its name without the kind of unit ("Na Son"), the longest first.
 */
import { isClosingTag } from './queryPlan'
import { searchText } from './searchText'
import { expandShorthand } from './shorthand'

const UNIT_PREFIX = /^(?:xa|phuong|thi tran|thi xa|thanh pho|huyen|quan|dac khu|tinh) /
/** The units citizens abbreviate: "tt Điện Biên Đông" is the town, "tp Điện Biên Phủ" the city. */
const UNIT_ABBREVIATIONS: Record<string, string> = {
  'thi tran': 'tt',
  'thi xa': 'tx',
  'thanh pho': 'tp',
}
/** A unit's word, or its abbreviation (tt, tx, tp), left before a bare name taken out of a query. */
const UNIT_BEFORE_NAME = / (?:xa|phuong|thi tran|thi xa|thanh pho|huyen|quan|tt|tx|tp)$/

export interface Place {
  /** the filter value (the locality's code) */
  value: string
  /** its name as shown, e.g. "Thị trấn Điện Biên Đông" */
  name: string
}

interface PlaceForm {
  place: Place
  form: string
  rank: number
}

/** Each list's forms, folded once: a province has a hundred localities, and each query reads them. */
const formsOf = new WeakMap<Place[], PlaceForm[]>()

/** The place the query names, and the query's words without it; null when it names none. */
export function placeInQuery(
  query: string,
  places: Place[],
): { place: Place; rest: string } | null {
  const folded = searchText(query)
  const words = ` ${folded} `
  // A bare name does not take the "đúng" of a closing "đúng không": "… xin o xa dung khong" is
  // "ở xã, đúng không?", not the commune Xa Dung, which its whole name still finds ("o xa xa dung").
  const tokens = folded.split(' ')
  const untagged = ` ${tokens.slice(0, closingTagStart(tokens)).join(' ')} `
  let forms = formsOf.get(places)
  if (!forms) formsOf.set(places, (forms = placeForms(places)))
  for (const { place, form, rank } of forms) {
    if (!(rank ? words : untagged).includes(` ${form} `)) continue
    const rest = words.replace(` ${form} `, ' ').trim().replace(/\s+/g, ' ')
    // the unit's word typed before the bare name ("xa na son", "tt dien bien dong") goes with it
    return { place, rest: rest.replace(UNIT_BEFORE_NAME, '') }
  }
  return null
}

/**
 * Where a question's closing "đúng không?" begins (queryPlan.ts, isClosingTag), or the words'
 * length. `words` are tokenized but not yet read for chat shorthand, which may change their number
 * ("dkkd"): only the words after "đúng" are read ("ko", "k").
 */
export function closingTagStart(words: readonly string[]): number {
  const i = words.lastIndexOf('dung')
  if (i < 0) return words.length
  const around = [words[i - 1] ?? '', 'dung', ...expandShorthand(words.slice(i + 1))]
  return isClosingTag(around, 1) ? i : words.length
}

function placeForms(places: Place[]): PlaceForm[] {
  return places
    .flatMap((place) => {
      const full = searchText(place.name)
      const bare = full.replace(UNIT_PREFIX, '')
      const unit = UNIT_ABBREVIATIONS[full.slice(0, full.length - bare.length).trim()]
      // the full name first: "thi tran dien bien dong" is the town, not the district
      return [
        { place, form: full, rank: 1 },
        ...(unit ? [{ place, form: `${unit} ${bare}`, rank: 1 }] : []),
        { place, form: bare, rank: 0 },
      ]
    })
    .filter((f) => f.form.includes(' ')) // a one-word name ("Sơn") is too likely a word of the query
    .sort((a, b) => b.form.length - a.form.length || b.rank - a.rank)
}

/** What a search narrows to and searches for (placeOfSearch). */
export interface PlacedSearch {
  /** the locality filter's value for the search ('' for none) */
  locality: string
  /** the locality the script chose from the query (null: none, or the citizen's own choice) */
  auto: string | null
  /** the query searched: the typed text, without the place's name when one was named */
  query: string
}

/**
 * The locality a search narrows to and the query it searches for, as Enter decides them: a
 * locality the previous query named does not stick to the next one (`auto`, the script's own
 * choice, is dropped when the menu still shows it); then, with no locality chosen by the citizen,
 * a place named in the query is chosen and its name taken out. The search prepared while the
 * citizen types (site/scripts/search.ts, anticipate) reads the same, without touching the menu.
 */
export function placeOfSearch(
  input: string,
  /** the locality menu's value */
  chosen: string,
  /** the locality the previous query named, if the script chose it */
  auto: string | null,
  places: Place[],
): PlacedSearch {
  const own = auto !== null && chosen === auto ? '' : chosen
  const named = own ? null : placeInQuery(input, places)
  return named
    ? { locality: named.place.value, auto: named.place.value, query: named.rest }
    : { locality: own, auto: null, query: input }
}
