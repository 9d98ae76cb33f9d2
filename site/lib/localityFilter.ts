/**
 * The province index's locality filter, split by locality code into LOCALITY_GROUPS filters
 * (`locality-0` … `locality-7`). Pagefind downloads a filter's whole chunk to apply it, and the
 * locality filter lists every commune applying every procedure: 17 kB gzip at 2,000 procedures ×
 * 100 communes × 300 applied, more when communes apply all commune-level procedures. A citizen who
 * names a commune or chooses one now downloads one group's chunk; the menu, which counts every
 * value, loads them all as before and shows them as one filter. Shared by the build
 * (searchRecords.ts, SearchApp.astro) and the search script, so both split alike.
 */

export const LOCALITY_FILTER = 'locality'
const LOCALITY_GROUPS = 8

/** The filter of the index that holds this locality code. */
export function localityFilterKey(code: string): string {
  let hash = 0
  for (const char of code) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003
  return `${LOCALITY_FILTER}-${hash % LOCALITY_GROUPS}`
}

/** Locality codes as the index's filters: each code under its group's key. */
export function localityFilters(codes: string[]): Record<string, string[]> {
  const groups: Record<string, string[]> = {}
  for (const code of codes) (groups[localityFilterKey(code)] ??= []).push(code)
  return groups
}

/** The filters as the index holds them: a chosen locality under its group's key. */
export function toIndexFilters(filters: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters).map(([key, value]) =>
      key === LOCALITY_FILTER ? [localityFilterKey(value), value] : [key, value],
    ),
  )
}

/** A record's filter values, or a search's counts, with the locality groups merged back into one. */
export function mergeLocalityGroups<T extends object>(
  filters: Record<string, T>,
  merge: (a: T, b: T) => T,
): Record<string, T> {
  const merged: Record<string, T> = {}
  for (const [key, value] of Object.entries(filters)) {
    const name = key.startsWith(`${LOCALITY_FILTER}-`) ? LOCALITY_FILTER : key
    merged[name] = name in merged ? merge(merged[name], value) : value
  }
  return merged
}
