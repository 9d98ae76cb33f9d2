/**
 * The search documents Pagefind indexes: one record per procedure, built from the snapshot rather
 * than scraped from the pages, so the pages carry no search plumbing (no hidden text for screen
 * readers to stumble on, no extra bytes) and the index holds exactly what citizens search by.
 *
 * Matching runs on tokenized text (searchText.ts: folded, split, codes and dates read alike): the
 * record's searchable fields are tokenized copies and the search script tokenizes the query the
 * same way. What results display comes from meta fields
 * that keep the real spelling.
 */
import { statedItems, type Procedure } from '../../content-schemas'
import type { Catalogue, LocalApplication } from './catalogue'
import { localityFilters } from './localityFilter'
import { codeVariants, searchText } from './searchText'
import { synonymMatcher, synonymsOf, type SynonymMatcher } from './searchSynonyms'
import { levelLabels, onlineLevelLabels } from './labels'
import { procedureView } from './procedureView'
import { paths } from '../../content-schemas/urls'

export interface SearchRecord {
  url: string
  content: string
  language: string
  meta: Record<string, string>
  filters: Record<string, string[]>
}

/** Filter keys in the index, with their labels and the URL parameter the search page uses. */
export const SEARCH_FILTERS = [
  { key: 'field', label: 'Lĩnh vực', param: 'linh-vuc' },
  { key: 'level', label: 'Cấp thực hiện', param: 'cap' },
  { key: 'locality', label: 'Địa phương áp dụng', param: 'dia-phuong' },
  { key: 'online', label: 'Dịch vụ công trực tuyến', param: 'truc-tuyen' },
  { key: 'agency', label: 'Cơ quan thực hiện', param: 'co-quan' },
] as const

export type FilterKey = (typeof SEARCH_FILTERS)[number]['key']

/** What the search page shows for a filter value: the values are the labels, except localities' codes. */
export function filterLabel(catalogue: Catalogue, key: FilterKey, value: string): string {
  if (key !== 'locality') return value
  return catalogue.snapshot.localities.find((l) => l.code === value)?.name ?? value
}

/**
 * Meta fields: `title` is the tokenized name (Pagefind boosts title matches, and a folded query only
 * meets a folded title), `codes` the code variants, `keys` the folded keywords and synonyms. They
 * are searched, never shown. `name`, `code`, `field`, `level`, `time` (and `agency`, see
 * `distinguished`) are for display only; the search script gives them no ranking weight.
 */
function record(
  catalogue: Catalogue,
  procedure: Procedure,
  url: string,
  local?: LocalApplication,
): SearchRecord {
  const view = procedureView(catalogue, procedure, local)
  // Its own keywords and synonyms, then the province's citizens' words that mean it.
  const words = [
    ...new Map(
      [...procedure.keywords, ...procedure.synonyms, ...matcherOf(catalogue)(procedure)].map(
        (w) => [searchText(w), w],
      ),
    ).values(),
  ]
  // The name, codes and words are matched in the meta fields below (title, codes, keys), which
  // Pagefind indexes with their weights; a second copy here made every index chunk holding them
  // larger (a quarter of the index at 2,000 procedures) and lost the evaluation no query
  // (docs/benchmarks.md, "Search weight at scale").
  const searchable = [
    view.sectorName,
    procedure.description ?? '',
    ...(view.subjects ?? []),
    ...view.agencies.flatMap((a) => a.names ?? []),
    ...statedItems(procedure.dossierCases).flatMap((c) => [
      c.name,
      ...c.components.map((component) => component.name),
    ]),
    ...statedItems(procedure.results).map((r) => r.name),
    procedure.requirements.kind === 'stated' ? procedure.requirements.text : '',
  ]
  const filters: Record<string, string[]> = {
    field: [view.sectorName],
    level: procedure.levels.map((l) => levelLabels[l]),
    // Codes, not names (the search page shows the names, filterLabel), split in groups so that
    // choosing one locality loads one group's chunk (localityFilter.ts).
    ...localityFilters(
      local ? [] : catalogue.appliedIn(procedure.code).map((e) => e.locality.code),
    ),
    // A level the source does not state is no filter value: "not online" would be a guess.
    online: procedure.onlineServiceLevel ? [onlineLevelLabels[procedure.onlineServiceLevel]] : [],
    agency: statedItems(procedure.agencies.implementing).map((id) => catalogue.agency(id).name),
  }
  return {
    url,
    language: 'vi',
    // The index's own tokenization is bypassed: every searchable field holds the words of
    // searchText, the tokenization the search script applies to the query.
    content: searchable.filter(Boolean).map(searchText).join(' . '),
    meta: {
      title: searchText(procedure.name),
      codes: codeVariants(procedure.code, procedure.localCode).join(' '),
      keys: words.map(searchText).join(' | '),
      name: procedure.name,
      code: procedure.code,
      field: view.sectorName,
      level: procedure.levels.map((l) => levelLabels[l]).join(', '),
      time: view.shortestTime ?? 'chưa có thông tin',
    },
    filters: Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0)),
  }
}

const matchers = new WeakMap<Catalogue, SynonymMatcher>()
/** The catalogue's synonyms, prepared once for all its records. */
function matcherOf(catalogue: Catalogue): SynonymMatcher {
  let matcher = matchers.get(catalogue)
  if (!matcher) matchers.set(catalogue, (matcher = synonymMatcher(synonymsOf(catalogue.snapshot))))
  return matcher
}

/*
 * Record URLs are paths under the mount point, without it: the search script gives Pagefind the
 * mount point as its baseUrl, so one index serves whatever SITE_BASE the pages were built with.
 *
 * The records are in the catalogue's A–Z order (Vietnamese collation), and Pagefind answers a
 * search without words (a filter alone) in the order records were added: the order needs no
 * sort in the index, whose list of every page in its order cost each first search 3.5 kB gzip at
 * 2,000 procedures (docs/benchmarks.md, "Search weight at scale"; the browser test holds the order).
 */

/** The province index: one record per procedure; the localities that apply it are a filter, not copies. */
export function provinceRecords(catalogue: Catalogue): SearchRecord[] {
  return distinguished(
    catalogue,
    catalogue.procedures.map((p) => record(catalogue, p, paths.procedure(p))),
  )
}

/**
 * Several procedures of the national catalogue share one name under different codes (levels,
 * agencies). Their results show what tells them apart: the level is always shown; the
 * implementing agency (meta `agency`, display only) is added to the records whose name another
 * record of the index shares.
 */
function distinguished(catalogue: Catalogue, records: SearchRecord[]): SearchRecord[] {
  const names = new Map<string, number>()
  for (const r of records) names.set(r.meta.title, (names.get(r.meta.title) ?? 0) + 1)
  return records.map((r) => {
    if ((names.get(r.meta.title) ?? 0) < 2) return r
    const procedure = catalogue.byCode.get(r.meta.code)!
    const agencies = statedItems(procedure.agencies.implementing).map(
      (id) => catalogue.agency(id).name,
    )
    return {
      ...r,
      meta: { ...r.meta, agency: agencies.length ? agencies.join('; ') : 'chưa có thông tin' },
    }
  })
}

/** A locality's own index: its applied procedures, linking to its pages, with its committed times. */
export function localRecords(catalogue: Catalogue, localityId: string): SearchRecord[] {
  const local = catalogue.localCatalogues.find((c) => c.locality.id === localityId)
  if (!local) return []
  return distinguished(
    catalogue,
    local.entries.map((e) =>
      record(catalogue, e.procedure, paths.localProcedure(e.locality, e.procedure), e),
    ),
  )
}
