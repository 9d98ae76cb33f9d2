/**
 * A locality named in the query ("khai sinh dien bien dong", "Khai tử Na Son"): the search narrows
 * to that locality instead of requiring its name in the procedure's text. A place matches by its
 * whole name ("xã Na Son") or its name without the kind of unit ("Na Son"), the longest first.
 */
import { searchText } from './searchText'

const UNIT_PREFIX = /^(?:xa|phuong|thi tran|thi xa|thanh pho|huyen|quan|dac khu|tinh) /

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
  const words = ` ${searchText(query)} `
  let forms = formsOf.get(places)
  if (!forms) formsOf.set(places, (forms = placeForms(places)))
  for (const { place, form } of forms) {
    if (!words.includes(` ${form} `)) continue
    const rest = words.replace(` ${form} `, ' ').trim().replace(/\s+/g, ' ')
    // the unit's word typed before the bare name ("xa na son") goes with it
    return { place, rest: rest.replace(/ (?:xa|phuong|thi tran|huyen)$/, '') }
  }
  return null
}

function placeForms(places: Place[]): PlaceForm[] {
  return places
    .flatMap((place) => {
      const full = searchText(place.name)
      const bare = full.replace(UNIT_PREFIX, '')
      // the full name first: "thi tran dien bien dong" is the town, not the district
      return [
        { place, form: full, rank: 1 },
        { place, form: bare, rank: 0 },
      ]
    })
    .filter((f) => f.form.includes(' ')) // a one-word name ("Sơn") is too likely a word of the query
    .sort((a, b) => b.form.length - a.form.length || b.rank - a.rank)
}
