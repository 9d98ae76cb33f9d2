/**
 * The search page's only script: progressive enhancement of a plain GET form. It loads Pagefind's
 * search API (not its UI) on the first search, folds the query the way the index was folded,
 * re-ranks the top results for exact names and codes, and shows filters with counts once the
 * filter menu is opened.
 */
import {
  coverageScores,
  holdsNeighbours,
  partIds,
  PEOPLE_WORDS,
  planQuery,
  queryWords,
  settledText,
  sideBySide,
  type QueryPlan,
} from '../lib/queryPlan'
import { holdsTogether, rerank, type RankMeta } from '../lib/rank'
import { placeOfSearch, type Place } from '../lib/places'
import { LOCALITY_FILTER, mergeLocalityGroups, toIndexFilters } from '../lib/localityFilter'
import { correctQuery, heldBy, listedKind, MIN_TYPO_LENGTH, VOCABULARY_FILE } from '../lib/typos'
import { searchText } from '../lib/searchText'
import { reportMiss } from './reportMiss'

interface ResultData {
  url: string
  meta: RankMeta & { name?: string; time?: string; level?: string; agency?: string }
  /** holds only part of the query (search.ts, partialMatches) */
  partial?: boolean
  /** the chosen locality's name, when it does not apply this procedure (beyondLocality) */
  notAppliedBy?: string
  /** Pagefind's id of the record, the same in every search of the index */
  id?: string
}
interface PagefindResult {
  id: string
  /** where the query's words stand in the record's indexed text (its `content`) */
  words: number[]
  data: () => Promise<ResultData>
}

/**
 * A result's data. The fragment does not carry the folded name the ranking reads (`title`, the
 * build leaves it out: site/integrations/catalogue.ts, slimFragments); it is made from the name,
 * as the build made it (searchRecords.ts).
 */
async function dataOf(result: PagefindResult): Promise<ResultData> {
  const data = await result.data()
  data.meta.title ??= searchText(data.meta.name ?? '')
  return data
}
type Counts = Record<string, Record<string, number>>
interface PagefindResponse {
  results: PagefindResult[]
  filters: Counts
}
interface PagefindApi {
  options: (options: object) => Promise<void>
  search: (term: string | null, options?: { filters?: object }) => Promise<PagefindResponse>
  filters: () => Promise<Counts>
  /** Loads the index chunks a search of `term` needs, without searching. */
  preload: (term: string) => Promise<void>
}

/**
 * Results shown at a time, and how many of the top ones are re-ranked (their data is fetched
 * anyway). Fewer re-ranked would show the first page sooner (each fragment is one request, 10–30
 * ms on a slow phone), but loses the exact keyword Pagefind puts 11th to 15th ("bao tu", "di bo
 * doi" on the synthetic province: docs/benchmarks.md, "Search weight at scale").
 */
const PAGE = 10
const RERANK = 15
/**
 * Fewer records than this holding the whole query: records holding part of it are added after
 * them, so an extra word never empties the page. A partial match holding less than this share of
 * the best one's score is left out, so that one common word does not bring the whole catalogue.
 */
const ENOUGH = 3
const PARTIAL_FLOOR = 0.5
/**
 * Ranking weights of the record's meta fields: matches in the folded name, the codes and the
 * everyday words count most; display-only fields count for nothing.
 */
const META_WEIGHTS = {
  title: 6,
  codes: 10,
  keys: 4,
  field: 2,
  name: 0,
  code: 0,
  time: 0,
  level: 0,
  agency: 0,
}

const app = document.querySelector<HTMLElement>('[data-search-app]')
if (app) enhance(app)

/** The page's parts and what the searches share; each function below takes it. */
interface SearchPage {
  ui: Elements
  menus: FilterMenus
  index: SearchIndex
  results: ResultList
  /** Increases with each search: a search that finishes after a newer one started shows nothing. */
  run: number
  /**
   * Counts need every filter chunk (7 kB on a province of 100 localities), and the menu is closed
   * by default, so they are fetched only once the citizen opens it or chooses a filter, never for
   * the first search. Loaded once, they make every later search return counts at no download.
   */
  countsWanted: boolean
  /** the search whose results are shown, so opening the menu can count for it */
  shown: { term: string | null } | null
  /** the locality the last query named (chosen by the script, not the citizen) */
  autoPlace: string | null
  /** the localities a query may name (places.ts), listed once */
  places: () => Place[]
  /** the search of what is being typed, prepared before Enter (anticipate, setAhead) */
  ahead: Ahead | null
  /** fragments were fetched ahead since the last Enter (anticipate: once at most) */
  fetchedAhead: boolean
  /** a search ran on this page (the next is not the first: prepare) */
  searched: boolean
  /** the pause after a keystroke that starts `ahead` */
  typing: ReturnType<typeof setTimeout> | undefined
}

function enhance(app: HTMLElement) {
  const ui = elementsOf(app)
  app.querySelector<HTMLElement>('[data-nojs]')?.setAttribute('hidden', '')
  ui.filterBox?.removeAttribute('hidden')
  const page: SearchPage = {
    ui,
    menus: filterMenus(ui.selects),
    index: searchIndex(app),
    results: resultList(ui.list, ui.more, (url) => localPage(ui, app.dataset.base ?? '/', url)),
    run: 0,
    countsWanted: false,
    shown: null,
    autoPlace: null,
    places: once(() =>
      [...(localityMenu(ui)?.options ?? [])]
        .filter((o) => o.value)
        .map((o) => ({ value: o.value, name: page.menus.labelOf(o) ?? '' })),
    ),
    ahead: null,
    fetchedAhead: false,
    searched: false,
    typing: undefined,
  }
  listen(page)
  restoreFromUrl(page)
}

/**
 * The locality menu, if the page has one (the province's search). A declaration, not a constant:
 * a search from the address (restoreFromUrl) runs while this module is still being evaluated.
 */
function localityMenu(ui: Elements): HTMLSelectElement | undefined {
  return ui.selects.find((s) => s.dataset.filter === LOCALITY_FILTER)
}

/** `make`'s value, made on the first call. */
function once<T>(make: () => T): () => T {
  let value: { made: T } | null = null
  return () => (value ??= { made: make() }).made
}

interface Elements {
  app: HTMLElement
  form: HTMLFormElement
  input: HTMLInputElement
  selects: HTMLSelectElement[]
  status: HTMLElement
  heading: HTMLElement
  list: HTMLOListElement
  more: HTMLButtonElement
  browse: HTMLElement | null
  filterBox: HTMLDetailsElement | null
  filterSummary: HTMLElement | null
  /** "Có phải bạn muốn tìm …" when nothing is found */
  suggest: HTMLElement | null
  /** the desk's phone, when nothing holds the whole query */
  desk: HTMLElement | null
}

function elementsOf(app: HTMLElement): Elements {
  const form = app.querySelector<HTMLFormElement>('form')!
  return {
    app,
    form,
    input: form.querySelector<HTMLInputElement>('input[name="q"]')!,
    selects: [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')],
    status: app.querySelector<HTMLElement>('[data-status]')!,
    heading: app.querySelector<HTMLElement>('[data-results-heading]')!,
    list: app.querySelector<HTMLOListElement>('[data-results]')!,
    more: app.querySelector<HTMLButtonElement>('[data-more]')!,
    browse: app.querySelector<HTMLElement>('[data-browse]'),
    filterBox: form.querySelector<HTMLDetailsElement>('[data-filters]'),
    filterSummary: form.querySelector<HTMLElement>('[data-filter-summary]'),
    suggest: app.querySelector<HTMLElement>('[data-suggest]'),
    desk: app.querySelector<HTMLElement>('[data-desk]'),
  }
}

type SearchIndex = ReturnType<typeof searchIndex>

/** Searches kept for the page's later queries; each holds Pagefind's answer, not the fragments. */
const KEPT_SEARCHES = 40

/** Pagefind's search API and its filter chunks, each downloaded once (again after a failure). */
function searchIndex(app: HTMLElement) {
  let bundle = app.dataset.bundle!
  const base = app.dataset.base ?? '/'
  let api: Promise<PagefindApi> | null = null
  let filterChunks: Promise<unknown> | null = null
  let filtersLoaded = false
  let words: Promise<string[]> | null = null
  let held: Promise<(word: string) => boolean> | null = null
  // One query searches the same words more than once (the whole query, each word alone, the
  // parts), and a citizen's next query often shares words: each search of a common word costs
  // tens of milliseconds on a slow phone. The counts in an answer depend on the filter chunks
  // loaded, so those are part of the key.
  const searches = new Map<string, Promise<PagefindResponse>>()
  let wordsInHand: string[] | null = null
  const vocabulary = () =>
    (words ??= fetch(`${bundle}${VOCABULARY_FILE}`)
      .then((r) => (r.ok ? r.text() : ''))
      .then((text) => (wordsInHand = text.split(' ').filter(Boolean)))
      .catch(() => []))
  return {
    /** The index's words (typos.ts), fetched once; none if that fails. */
    vocabulary,
    /** The vocabulary if it has arrived already, else null (nothing is fetched). */
    vocabularyInHand: () => wordsInHand,
    /** Whether the vocabulary shows the index holds a word (typos.ts, heldBy); false: not known. */
    held: () => (held ??= vocabulary().then(heldBy)),
    /** Pagefind's search, each term and filters searched once. */
    find(
      pagefind: PagefindApi,
      term: string | null,
      options: { filters?: object } = {},
    ): Promise<PagefindResponse> {
      const key = JSON.stringify([filtersLoaded, term, options.filters ?? {}])
      let answer = searches.get(key)
      if (!answer) {
        answer = pagefind.search(term, options)
        answer.catch(() => searches.delete(key))
        if (searches.size >= KEPT_SEARCHES) searches.delete(searches.keys().next().value!)
      }
      searches.delete(key)
      searches.set(key, answer) // the most recently used last
      return answer
    },
    /** records in the index, for how rare a word is (queryPlan.ts, coverageScores) */
    total: Number(app.dataset.count ?? 0) || 1,
    load: () =>
      (api ??= (async () => {
        const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi
        // Main thread: the index is small, and a worker would cost another download on a slow line.
        // Records hold paths under the mount point; Pagefind prefixes them with baseUrl.
        await pagefind.options({
          noWorker: true,
          baseUrl: base,
          ranking: { metaWeights: META_WEIGHTS },
        })
        return pagefind
      })()),
    loadFilters: (pagefind: PagefindApi) =>
      (filterChunks ??= pagefind.filters().then((counts) => {
        filtersLoaded = true
        return counts
      })),
    /** A failed download is tried again on the next search. */
    forget() {
      api = null
      filterChunks = null
      filtersLoaded = false
      words = null
      wordsInHand = null
      held = null
      searches.clear()
    },
    forgetFilters() {
      filterChunks = null
      filtersLoaded = false
    },
    /** Reads the search bundle the page names now (HTML is cached briefly); true if it changed. */
    async newerBundle(): Promise<boolean> {
      try {
        const response = await fetch(location.pathname, { cache: 'no-cache' })
        if (!response.ok) return false
        const page = new DOMParser().parseFromString(await response.text(), 'text/html')
        const named = page.querySelector<HTMLElement>('[data-search-app]')?.dataset.bundle
        if (!named || named === bundle) return false
        bundle = named
        return true
      } catch {
        return false
      }
    },
  }
}

type FilterMenus = ReturnType<typeof filterMenus>

/** The filter menus: each option's label, the choice, and the count shown beside each option. */
function filterMenus(selects: HTMLSelectElement[]) {
  // Each option's label and its count in the whole catalogue, read back from the server-rendered
  // text "label (count)": the value may be a code (localities), and the labels cost no extra bytes.
  const options = selects.flatMap((s) => [...s.options].filter((o) => o.value))
  const labels = new Map(options.map((o) => [o, (o.textContent ?? '').replace(/\s*\(\d+\)$/, '')]))
  const initialText = new Map(options.map((o) => [o, o.textContent ?? '']))
  // A text set anew is a new node and a new layout even when it reads the same: a hundred
  // localities' options on every search, on a slow phone.
  const setText = (option: HTMLOptionElement, text: string) => {
    if (option.textContent !== text) option.textContent = text
  }
  const showText = (text: (option: HTMLOptionElement) => string) => {
    for (const option of options) {
      setText(option, text(option))
      option.disabled = false
    }
  }
  return {
    labelOf: (option: HTMLOptionElement) => labels.get(option),
    chosenLabels: () =>
      selects.filter((s) => s.value).map((s) => labels.get(s.selectedOptions[0]) ?? s.value),
    /**
     * The chosen filters, but for the one named `except`; `instead` gives some filters the value
     * they are about to have (a search prepared before Enter sets them: anticipate).
     */
    selected: (except?: string, instead: Record<string, string> = {}) =>
      Object.fromEntries(
        selects
          .map((s) => [s.dataset.filter!, instead[s.dataset.filter!] ?? s.value] as const)
          .filter(([key, value]) => value && key !== except),
      ),
    /** Each option's count, from the counts of its own select. */
    showCounts(own: Map<HTMLSelectElement, Record<string, number> | undefined>) {
      for (const select of selects) {
        for (const option of select.options) {
          if (!option.value) continue
          const count = own.get(select)?.[option.value] ?? 0
          setText(option, `${labels.get(option)} (${count})`)
          option.disabled = count === 0 && option.value !== select.value
        }
      }
    },
    /** Before the counts are loaded, the whole catalogue's would mislead: the menus show labels only. */
    hideCounts: () => showText((option) => labels.get(option)!),
    /** No search: the whole catalogue's counts, as the page was built with, are right again. */
    resetCounts: () => showText((option) => initialText.get(option)!),
  }
}

type ResultList = ReturnType<typeof resultList>

/** A result beyond the first page: its data is fetched when it is shown, then marked. */
type Later = { result: PagefindResult } & Pick<ResultData, 'partial' | 'notAppliedBy'>

/** The results on screen, a page at a time; the data of the others is fetched when shown. */
function resultList(
  list: HTMLOListElement,
  more: HTMLButtonElement,
  link: (url: string) => string,
) {
  let pending: ResultData[] = []
  let rest: Later[] = []
  /** Shows the next page of results; when the citizen asked for it, focus goes to the first new one. */
  async function showMore(moveFocus: boolean) {
    if (pending.length < PAGE && rest.length)
      pending.push(
        ...(await Promise.all(
          rest
            .splice(0, PAGE)
            .map(async ({ result, ...marks }) => ({ ...(await dataOf(result)), ...marks })),
        )),
      )
    const page = pending.splice(0, PAGE)
    // A procedure the chosen locality does not apply has no page of that locality.
    const items = page.map((data) =>
      renderResult(data, data.notAppliedBy ? data.url : link(data.url)),
    )
    list.append(...items)
    more.hidden = pending.length === 0 && rest.length === 0
    if (moveFocus) items[0]?.querySelector('a')?.focus()
  }
  return {
    showMore,
    /** A new search's results: the top ones (their data already fetched), then the others. */
    async show(top: ResultData[], others: Later[]) {
      pending = top
      rest = others
      list.replaceChildren()
      await showMore(false)
    },
  }
}

async function search(page: SearchPage, retry = true): Promise<void> {
  const { ui, menus } = page
  const id = ++page.run
  // A locality named in the query narrows to it, unless one is chosen already.
  // A locality the previous query named does not stick to the next one (places.ts).
  const places = localityMenu(ui)
  const placed = places
    ? placeOfSearch(ui.input.value, places.value, page.autoPlace, page.places())
    : null
  page.autoPlace = placed?.auto ?? null
  if (places && placed) {
    places.value = placed.locality
    if (placed.auto !== null) ui.input.value = placed.query
  }
  const query = ui.input.value.trim()
  const plan = planQuery(query)
  const term = plan.core.join(' ') || null
  const filters = menus.selected()
  if (ui.filterSummary)
    ui.filterSummary.textContent = Object.keys(filters).length
      ? `(đang lọc: ${menus.chosenLabels().join('; ')})`
      : ''
  if (!term && Object.keys(filters).length === 0) {
    syncUrl(query, ui.selects)
    return showNoSearch(page)
  }
  ui.status.textContent = 'Đang tìm…'
  try {
    await showResults(page, id, query, plan, toIndexFilters(filters))
  } catch (error) {
    console.error(error)
    page.index.forget()
    setAhead(page, null)
    if (id !== page.run) return
    // A page left open across several publishes may name a bundle the live release no longer
    // carries: the page as published now names the live one; switch to it and search once more.
    if (retry && (await page.index.newerBundle())) return search(page, false)
    ui.heading.hidden = true
    ui.list.replaceChildren()
    if (ui.browse) ui.browse.hidden = false
    ui.status.textContent =
      'Không tải được bộ tìm kiếm. Hãy thử lại, hoặc tra cứu theo lĩnh vực bên dưới.'
  } finally {
    // The address follows once the results (or the failure) are on screen: on a slow phone,
    // history.replaceState costs a few milliseconds the citizen would wait for. A newer search
    // (typed meanwhile, or the retry above) sets its own.
    if (id === page.run) syncUrl(query, ui.selects)
  }
}

/** Nothing to search for: the page as built, browsing by sector. */
function showNoSearch(page: SearchPage) {
  const { ui } = page
  page.shown = null
  ui.heading.hidden = true
  ui.list.replaceChildren()
  ui.more.hidden = true
  ui.status.textContent = ''
  if (ui.browse) ui.browse.hidden = false
  if (ui.suggest) ui.suggest.hidden = true
  if (ui.desk) ui.desk.hidden = true
  page.menus.resetCounts()
}

/** What a search found, ready to show: Pagefind's answers and the top results' data, re-ranked. */
interface Prepared {
  pagefind: PagefindApi
  plan: QueryPlan
  term: string | null
  /** the query as corrected for a typo, if it was */
  corrected: string | null
  /** the filter chunks were loaded for it, so its answer holds counts */
  counting: boolean
  response: PagefindResponse
  /** records holding the whole query */
  whole: PagefindResult[]
  /** every word found, but apart: the whole query is shown as not found (holdsTogether) */
  scattered: boolean
  partial: PartialMatches
  /** the top results' data, in the order shown */
  shown: ResultData[]
}

/** Records holding part of the query (partialMatches). */
interface PartialMatches {
  /** those not holding the whole query, best first */
  results: PagefindResult[]
  /** every record holding enough of the query, those holding all of it too, best first */
  ranked: PagefindResult[]
  /** how much of the query a record holds */
  score: (id: string) => number
}
const NO_PARTS: PartialMatches = { results: [], ranked: [], score: () => 0 }

/**
 * The key of a search: the same key, the same results. The count of records decides nothing
 * here; the filter chunks loaded do (the counts in the answer).
 */
function searchKey(query: string, filters: Record<string, string>, counting: boolean): string {
  return JSON.stringify([query, filters, counting])
}

/** Runs search number `id` and shows its results, unless a newer search has started meanwhile. */
async function showResults(
  page: SearchPage,
  id: number,
  query: string,
  plan: QueryPlan,
  /** as the index holds them (toIndexFilters) */
  filters: Record<string, string>,
) {
  const { ui } = page
  // The same search prepared while the citizen typed (anticipate) is shown as it is.
  const key = searchKey(query, filters, page.countsWanted)
  const entry = page.ahead?.key === key ? page.ahead : null
  // Still being prepared: Enter waits for it rather than starting it again (the same requests).
  const ahead = entry ? await entry.prepared : null
  // Typing on after Enter may have started the next one meanwhile: that one stays.
  if (!entry || page.ahead === entry) setAhead(page, null)
  page.searched = true
  page.fetchedAhead = false
  const ready = ahead ?? (await prepare(page, plan, filters))
  if (id !== page.run || !ready) return
  const { pagefind, term, corrected, counting, response, whole, scattered, partial, shown } = ready
  const beyond = await beyondLocality(page, ready, plan, filters)
  if (id !== page.run) return
  if (beyond) {
    // Marked, and opening the province's page, only what the locality does not apply: a record it
    // applies holding every word was in its own answer (`whole`), apart.
    const applied = new Set(whole.map((r) => r.id))
    const mark = (id: string | undefined) => (applied.has(id!) ? undefined : beyond.locality)
    await page.results.show(
      beyond.shown.map((r) => ({ ...r, notAppliedBy: mark(r.id) })),
      beyond.whole.slice(RERANK).map((result) => ({ result, notAppliedBy: mark(result.id) })),
    )
  } else {
    const first = new Set(shown.map((r) => r.id))
    await page.results.show(
      shown,
      [
        ...whole.map((result) => ({ result, partial: scattered })),
        ...partial.results.map((result) => ({ result, partial: true })),
      ].filter(({ result }) => !first.has(result.id)),
    )
  }
  const held = scattered ? 0 : whole.length
  const count = whole.length + partial.results.length
  ui.list.dataset.match = beyond ? 'province' : held === 0 && count > 0 ? 'part' : 'all'
  ui.heading.hidden = false
  if (ui.browse) ui.browse.hidden = count > 0 || !!beyond
  const said = corrected ?? query
  ui.status.textContent =
    (corrected
      ? `Không có thủ tục nào chứa đúng các từ “${query}”; đã tìm theo “${corrected}”. `
      : '') +
    (beyond
      ? `${beyond.locality} chưa công bố thủ tục nào phù hợp với “${said}”. Danh mục của tỉnh có ${beyond.whole.length} thủ tục phù hợp, ở dưới; hãy hỏi bộ phận một cửa trước khi đến.`
      : summary(held, count - held, said, page.menus.chosenLabels()))
  if (ui.desk) ui.desk.hidden = held > 0
  if (term && held === 0)
    reportMiss(ui.app, query, localityOf(filters) ?? ui.app.dataset.locality ?? null)
  await suggest(page, count === 0 && ready.plan.words.length ? ready.plan : null)
  page.shown = { term }
  if (counting) await updateCounts(page, pagefind, term, response.filters)
  else if (page.countsWanted) await wantedMeanwhile(page, pagefind, term)
  else page.menus.hideCounts()
}

/** The index's locality filters are split in groups (localityFilter.ts): `locality-0` … */
const isLocalityKey = (key: string) => key.startsWith(`${LOCALITY_FILTER}-`)

/** The locality code among the filters as the index holds them, if one is chosen. */
const localityOf = (filters: Record<string, string>): string | undefined =>
  Object.entries(filters).find(([key]) => isLocalityKey(key))?.[1]

/**
 * A locality chosen, or named in the query, whose procedures do not hold the whole query: the
 * province's procedures that do, searched without the locality. Otherwise the locality's partial
 * matches would come first for what it does not apply ("ho ngheo muong phang": trợ cấp xã hội,
 * where Mường Phăng does not apply the poor-household procedure); the province's procedure,
 * marked as not applied there, with the desk's phone, tells the citizen what exists and whom to
 * ask. Null when the locality holds the whole query, or the province holds no more.
 */
async function beyondLocality(
  page: SearchPage,
  ready: Prepared,
  plan: QueryPlan,
  filters: Record<string, string>,
): Promise<(Prepared & { locality: string }) | null> {
  const option = localityMenu(page.ui)?.selectedOptions[0]
  if (!localityOf(filters) || !option?.value || !ready.term) return null
  if (ready.whole.length > 0 && !ready.scattered) return null
  const others = Object.fromEntries(Object.entries(filters).filter(([k]) => !isLocalityKey(k)))
  const wide = await prepare(page, plan, others)
  if (!wide || wide.scattered || wide.whole.length === 0) return null
  return {
    ...wide,
    shown: wide.shown.filter((r) => !r.partial),
    locality: page.menus.labelOf(option) ?? option.value,
  }
}

/**
 * The search of a planned query, up to the data of the results shown first; nothing on screen
 * changes.
 */
async function prepare(
  page: SearchPage,
  plan: QueryPlan,
  filters: Record<string, string>,
  /** false: Pagefind's answers only (kept in `find`), no result data; nothing is returned */
  data = true,
): Promise<Prepared | null> {
  let term = plan.core.join(' ') || null
  // The index's words (the vocabulary, typos.ts) read every word of letters a query holds, before
  // Pagefind searches: a typo ("nghep" for "nghèo"), a sound spelled as a region says it ("khai
  // xinh"), a word the index lacks, which Pagefind answers with the longest prefix it holds
  // ("xinh" → "xin", "nhab" → "nha": whole matches claimed for what was not asked). Pagefind may
  // also answer a typo with records holding the other words, so only the query as corrected is
  // searched. They also tell which words the index holds without a search of each
  // (missingWords). A code or a number is not read (correctWords): "1.001193" fetches nothing.
  // The first search fetches them while Pagefind and its WebAssembly load (a few kB against
  // seventy): a citizen's first query is most often the only one, and it deserves the reading
  // every later one gets (docs/benchmarks.md, "Search weight at scale").
  const letters = !!term && plan.core.some(listedKind)
  if (letters) void page.index.held()
  const pagefind = await page.index.load()
  const counting = page.countsWanted
  if (counting) await page.index.loadFilters(pagefind)
  let corrected: string | null = null
  // Whether the vocabulary arrived and judges the query's words (not when its fetch failed).
  let wordsJudged = false
  if (letters) {
    let words = page.index.vocabularyInHand()
    if (!words) {
      // While it arrives, the index chunks of what was typed load (most words are no typo).
      pagefind.preload(term!).catch(() => undefined)
      words = await page.index.vocabulary()
    }
    wordsJudged = words.length > 0
    const fixed = wordsJudged ? correctQuery(plan, words) : null
    if (fixed !== null && fixed !== plan.words.join(' ')) {
      corrected = fixed
      plan = planQuery(fixed)
      term = plan.core.join(' ')
    }
  }
  // Without words, Pagefind answers in the order the records were added: the catalogue's A–Z
  // order (searchRecords.ts), so the index needs no sort of its own.
  const response = await page.index.find(pagefind, term, { filters })
  // A word found nowhere, which Pagefind leaves out of the search: the records do not hold the
  // whole query, only part of it. (With no record at all, there is nothing to leave out.) A word
  // naming for whom ("cho ong") is not what is wanted: the catalogue need not hold it.
  const missing =
    term && response.results.length > 0 ? await missingWords(page, pagefind, plan, wordsJudged) : []
  const incomplete = missing.some((w) => !PEOPLE_WORDS.has(w))
  const required = plan.core.filter((w) => !missing.includes(w))
  const whole = incomplete ? [] : response.results
  // Prepared while the citizen types, the parts are searched whatever the whole query finds:
  // whether it is scattered is known only from its records' names, in the fragments, and a
  // search of one word is kept (`find`), so each word typed costs one search while typing and
  // none after Enter.
  if (!data) {
    if (term) await partialMatches(page, pagefind, plan, filters, whole)
    return null
  }
  // After Enter, only when few records hold the whole query or none of the best holds two of
  // its words side by side (likely scattered): the parts are then searched while the fragments
  // download, not after them. Otherwise a query its records answer would wait for searches of
  // each word it does not need.
  const few = !!term && whole.length < ENOUGH
  const partsWanted =
    few || (plan.core.length > 1 && !whole.slice(0, RERANK).some((r) => holdsNeighbours(r.words)))
  // The fragments of the top results download while the parts are searched.
  const topData = Promise.all(
    whole.slice(0, RERANK).map(async (r) => ({ ...(await dataOf(r)), id: r.id })),
  )
  const parts = partsWanted ? partialMatches(page, pagefind, plan, filters, whole) : null
  const top = await topData
  // Every word found, but none of the best records holds them together: the query as typed is
  // not in the catalogue, and its results are shown as partial matches, the desk's phone beside.
  const typed = plan.content.every((w) => w === null) ? plan.words : plan.content
  // A word not searched (an age's number) is no word the records were found by.
  const judged = typed.map((w) =>
    w !== null && (missing.includes(w) || !plan.core.includes(w)) ? null : w,
  )
  const scattered = !!term && top.length > 0 && !top.some((d) => holdsTogether(judged, d.meta))
  // Records holding the words apart are partial matches like any other ("khai tu qua han" is in
  // every "khai sinh … quá hạn … thủ tục"), so those holding part of the query are searched too.
  const partial =
    few || scattered
      ? ((await parts) ?? (await partialMatches(page, pagefind, plan, filters, whole)))
      : NO_PARTS
  // Scattered, a record holding every word apart is no better than one holding most of them side
  // by side: the best by how much of the query they hold, past Pagefind's first RERANK
  // ("doi chu ho": its first fifteen hold "đổi", "chủ" and "hồ sơ" somewhere).
  const shownIds = new Set(top.map((r) => r.id))
  const partFirst = scattered ? partial.ranked.filter((r) => !shownIds.has(r.id)) : partial.results
  const partTop = await Promise.all(
    partFirst.slice(0, RERANK).map(async (r) => ({ ...(await dataOf(r)), id: r.id })),
  )
  const readings = [required, plan.words.filter((w) => !missing.includes(w))].map((words) =>
    words.join(' '),
  )
  const score = (r: ResultData) => partial.score(r.id!)
  const shown = scattered
    ? rerank(readings, [...top, ...partTop], score, { scattered: true, words: judged }).map(
        (r) => ({ ...r, partial: true }),
      )
    : [
        ...(term ? rerank(readings, top, undefined, { words: judged }) : top),
        ...rerank(readings, partTop, score, { words: judged }).map((r) => ({
          ...r,
          partial: true,
        })),
      ]
  return { pagefind, plan, term, corrected, counting, response, whole, scattered, partial, shown }
}

/**
 * The query's required words that no record holds on its own. A word the index holds is
 * not searched (Pagefind found records holding all the words it holds); with the vocabulary, a
 * word of letters is judged by it alone (typos.ts, heldBy): only numbers and codes are searched,
 * and every word when the vocabulary could not be fetched.
 */
async function missingWords(
  page: SearchPage,
  pagefind: PagefindApi,
  plan: QueryPlan,
  vocabulary: boolean,
) {
  // A word searched alone found records: it is missing only if the vocabulary lacks it, as Pagefind
  // answers a word it lacks with the longest beginning it holds ("visa": records holding "vi").
  if (plan.core.length < 2 && !(vocabulary && plan.core.every(listedKind))) return []
  const held = vocabulary ? await page.index.held() : () => false
  // Side by side: the index chunks of one download while another word is searched. A word of
  // letters the vocabulary lacks is missing without a search: the vocabulary lists every such
  // word, and Pagefind answers one it lacks with the longest prefix it holds ("xinh" → "xin").
  const found = await Promise.all(
    plan.core.map(
      async (word) =>
        held(word) ||
        (!(vocabulary && listedKind(word)) &&
          (await page.index.find(pagefind, word)).results.length > 0),
    ),
  )
  return plan.core.filter((_, i) => !found[i])
}

/** Nothing found: a query one letter away from what was typed, as a link, if the index has one. */
async function suggest(page: SearchPage, plan: QueryPlan | null) {
  const box = page.ui.suggest
  if (!box) return
  const fixed = plan ? correctQuery(plan, await page.index.vocabulary(), MIN_TYPO_LENGTH - 1) : ''
  box.hidden = !fixed || fixed === plan?.words.join(' ')
  const link = box.querySelector('a')
  if (box.hidden || !link) return
  link.href = searchUrl(fixed, page.ui.selects)
  link.textContent = fixed
}

/**
 * Records holding part of the query, best first: each part of the plan (a word, a pair of
 * neighbouring words) is searched alone, and a record scores by the parts it holds, a rare part
 * counting for more (queryPlan.ts). Records already holding the whole query are left out; so are
 * those far behind the best, so that one common word does not bring the whole catalogue.
 */
async function partialMatches(
  page: SearchPage,
  pagefind: PagefindApi,
  plan: QueryPlan,
  filters: Record<string, string>,
  whole: PagefindResult[],
): Promise<PartialMatches> {
  if (plan.parts.length < 2) return NO_PARTS
  const total = page.index.total
  const byId = new Map<string, PagefindResult>()
  // Only the words are searched: a pair's records are those both its words find, as Pagefind
  // would answer the pair (partIds), at no search of its own.
  const words = [...new Set(plan.parts.flatMap((part) => part.text.split(' ')))]
  const answers = await Promise.all(
    words.map((word) => page.index.find(pagefind, word, { filters })),
  )
  // Where each word stands in each record it is found in: a pair held side by side counts
  // for more than one held apart (sideBySide).
  const places = new Map(
    words.map((word, i) => {
      const results = answers[i].results
      for (const r of results) byId.set(r.id, r)
      return [word, new Map(results.map((r) => [r.id, r.words]))]
    }),
  )
  const found = new Map([...places].map(([word, records]) => [word, [...records.keys()]]))
  const hits = plan.parts.map((part) => {
    const ids = partIds(part.text, found)
    return { part, ids, together: sideBySide(part.text, ids, places) }
  })
  const scores = coverageScores(hits, total)
  const seen = new Set(whole.map((r) => r.id))
  const best = Math.max(0, ...scores.values())
  const ranked = [...scores]
    .filter(([, score]) => score >= best * PARTIAL_FLOOR)
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => byId.get(id)!)
  return {
    results: ranked.filter((r) => !seen.has(r.id)),
    ranked,
    score: (id) => scores.get(id) ?? 0,
  }
}

/**
 * A select shows how many results each value would give. For a filter already chosen, that is
 * the count without it (otherwise every other value would read 0), so it is searched again;
 * the chunks are loaded by then, so this costs no download.
 */
async function updateCounts(
  page: SearchPage,
  pagefind: PagefindApi,
  term: string | null,
  counts: Counts,
) {
  const id = page.run
  const own = new Map<HTMLSelectElement, Record<string, number> | undefined>()
  for (const select of page.ui.selects) {
    const key = select.dataset.filter!
    own.set(
      select,
      select.value
        ? countsOf(
            await page.index.find(pagefind, term, {
              filters: toIndexFilters(page.menus.selected(key)),
            }),
          )[key]
        : mergeCounts(counts)[key],
    )
  }
  if (id !== page.run) return // a newer search has taken over the menus
  page.menus.showCounts(own)
}

/** Pagefind's counts, the locality groups of the index counted as one filter (localityFilter.ts). */
const mergeCounts = (counts: Counts): Counts =>
  mergeLocalityGroups(counts, (a, b) => ({ ...a, ...b }))
const countsOf = (response: PagefindResponse): Counts => mergeCounts(response.filters)

/** The menu was opened while this search ran without counts: count it now the chunks are in. */
async function wantedMeanwhile(page: SearchPage, pagefind: PagefindApi, term: string | null) {
  await page.index.loadFilters(pagefind)
  await updateCounts(
    page,
    pagefind,
    term,
    (await page.index.find(pagefind, term, { filters: toIndexFilters(page.menus.selected()) }))
      .filters,
  )
}

/** The menu was opened: counts for the results on screen (if any), then for every search. */
async function wantCounts(page: SearchPage) {
  if (page.countsWanted) return
  page.countsWanted = true
  if (!page.shown) return // the page's own counts, for the whole catalogue, stand
  const id = page.run
  try {
    const pagefind = await page.index.load()
    await page.index.loadFilters(pagefind)
    if (id !== page.run || !page.shown) return
    await wantedMeanwhile(page, pagefind, page.shown.term)
  } catch (error) {
    console.error(error)
    page.index.forgetFilters()
    page.countsWanted = false // tried again when the menu is next opened
  }
}

/**
 * While the citizen types, the search gets ready, so that Enter has little left to do:
 * - at each keystroke, the index chunks of the words typed so far load (Pagefind's `preload`),
 *   with Pagefind itself once a first word is complete: the search needs them anyway;
 * - after a short pause (ANTICIPATE_AFTER), Pagefind searches what is typed (the whole query,
 *   the checks and the parts: prepare without data), kept for Enter (`find`): no download;
 * - after a longer pause (ANTICIPATE_DATA_AFTER: the citizen has stopped typing, or reads what
 *   they typed), the top results' fragments too, and their re-ranking: Enter on the same text
 *   and filters shows it as it is; once between two Enters. Fetched at every short pause, the
 *   fragments of every half-typed word would cost a later search up to 45 kB more
 *   (docs/benchmarks.md);
 * - a text that arrives whole (arrivedWhole: pasted, dropped) holds no half-typed word: its
 *   fragments are fetched at once (within the same one set between two Enters).
 * Enter on a search being prepared waits for it (showResults), and the page says when one is
 * ready (setAhead, data-prepared).
 * Nothing is shown before Enter, and what Enter shows is what a search started then would show.
 * A word being typed counts once it has MIN_TYPED letters: with fewer, Pagefind's prefix
 * matching loads chunks and finds records for words the citizen is not typing; words that may
 * still become function words wait for the next (queryPlan.ts, settledText), but in a text that
 * arrived whole. A locality named in the query is prepared as Enter will choose it (places.ts,
 * placeOfSearch), the menu left alone until Enter. The page's first
 * search fetches no fragment before Enter: it is the one whose bytes a slow line waits for.
 */
const ANTICIPATE_AFTER = 150
const ANTICIPATE_DATA_AFTER = 600
const MIN_TYPED = 3

function preloadTyped(page: SearchPage) {
  // Before the first search, only complete words: the last one may still change.
  const text = settledText(page.ui.input.value, page.searched ? MIN_TYPED : Infinity)
  const words = planQuery(text).core
  if (!words.length) return
  page.index
    .load()
    .then((pagefind) => pagefind.preload(words.join(' ')))
    .catch((error: unknown) => {
      console.error(error)
      page.index.forget() // the search on Enter downloads it again
    })
}

/** Whether an input event brought the box's whole text at once, rather than a key of it. */
function arrivedWhole(event: Event, value: string): boolean {
  if (!(event instanceof InputEvent) || !value.trim()) return false
  const { inputType, data } = event
  if (inputType === 'insertFromPaste' || inputType === 'insertFromDrop') return true
  // The browser's autofill, a test's fill: the whole text as one insert, of several words (a
  // keyboard's suggestion of a first word would otherwise count as a whole query).
  return (
    (inputType === 'insertText' || inputType === 'insertReplacementText') &&
    data === value &&
    /\S\s+\S/.test(value)
  )
}

/**
 * The search of what is typed, prepared (not shown) in case Enter comes next; `whole`: the text
 * arrived at once (arrivedWhole), so it is the query as it will be searched, to its last word.
 */
function anticipate(page: SearchPage, data: boolean, whole = false) {
  const { ui, menus } = page
  if (!page.searched) return // the first search: see above
  // A locality named in the query, now or by the previous one, changes the filters on Enter
  // (search): the search is prepared as Enter will run it, the menu left as it is until then.
  const places = localityMenu(ui)
  const placed = places
    ? placeOfSearch(ui.input.value, places.value, page.autoPlace, page.places())
    : null
  const query = (placed?.query ?? ui.input.value).trim()
  // A text that arrived whole is the query as it will be searched, to its last word, even one
  // that could begin a function phrase ("tach ho", "giam ho": "ho so"; "… viec lam").
  if (!whole && settledText(query, MIN_TYPED) !== queryWords(query).join(' ')) return
  const plan = planQuery(query)
  if (!plan.core.length) return
  const filters = toIndexFilters(
    menus.selected(undefined, places && placed ? { [LOCALITY_FILTER]: placed.locality } : {}),
  )
  const key = searchKey(query, filters, page.countsWanted)
  if (page.ahead?.key === key && (page.ahead.data || !data)) return
  // One set of fragments ahead between two Enters: a citizen who pauses, then types on, costs
  // one set at most (under load, timers late, every keystroke could look like a pause).
  if (data && page.fetchedAhead) data = false
  if (data) page.fetchedAhead = true
  const ahead: Ahead = {
    key,
    data,
    prepared: prepare(page, plan, filters, data).catch((error: unknown) => {
      console.error(error)
      ahead.failed = true
      return null // Enter searches again
    }),
    failed: false,
  }
  setAhead(page, ahead)
}

/** A search prepared while the citizen types (anticipate). */
interface Ahead {
  /** searchKey of its query and filters: Enter on the same key shows it */
  key: string
  /** its results' fragments are fetched and re-ranked (else Pagefind's answers only) */
  data: boolean
  prepared: Promise<Prepared | null>
  failed: boolean
}

/**
 * Replaces the search prepared ahead. The page says when it is ready: `data-prepared` on the
 * search app is "results" (fragments fetched, Enter fetches nothing more) or "answers" (Pagefind's
 * answers only), and absent while none is ready. Nothing on screen depends on it; it is the state
 * a test (or a curious reader of the DOM) waits for, instead of guessing how long timers take.
 */
function setAhead(page: SearchPage, ahead: Ahead | null) {
  page.ahead = ahead
  delete page.ui.app.dataset.prepared
  void ahead?.prepared.then(() => {
    if (page.ahead === ahead && !ahead.failed)
      page.ui.app.dataset.prepared = ahead.data ? 'results' : 'answers'
  })
}

/** This page's address for a query with the filters as chosen now. */
function searchUrl(query: string, selects: HTMLSelectElement[]): string {
  const params = new URLSearchParams()
  if (query) params.set('q', query)
  for (const s of selects) if (s.value) params.set(s.name, s.value)
  const search = params.toString()
  return search ? `${location.pathname}?${search}` : location.pathname
}

const syncUrl = (query: string, selects: HTMLSelectElement[]) =>
  history.replaceState(null, '', searchUrl(query, selects))

function listen(page: SearchPage) {
  const { form, selects, filterBox, more } = page.ui
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    clearTimeout(page.typing)
    void search(page)
  })
  page.ui.input.addEventListener('input', (event) => {
    clearTimeout(page.typing)
    preloadTyped(page)
    // A text that arrives whole (pasted, dropped, or put in place of all the box held) is no
    // half-typed word: its search is prepared at once, fragments and all, not after a pause.
    if (arrivedWhole(event, page.ui.input.value)) return anticipate(page, true, true)
    page.typing = setTimeout(() => {
      anticipate(page, false)
      page.typing = setTimeout(
        () => anticipate(page, true),
        ANTICIPATE_DATA_AFTER - ANTICIPATE_AFTER,
      )
    }, ANTICIPATE_AFTER)
  })
  for (const s of selects)
    s.addEventListener('change', () => {
      page.autoPlace = null // the citizen's choice now
      page.countsWanted = true
      void search(page)
    })
  filterBox?.addEventListener('toggle', () => {
    if (filterBox.open) void wantCounts(page)
  })
  more.addEventListener('click', () => void page.results.showMore(true))
}

/**
 * A link to this page with ?q=… (from the home page's search box) searches straight away.
 * A filter may be given by its value or by its label (links made when localities were named).
 */
function restoreFromUrl(page: SearchPage) {
  const { input, selects, filterBox } = page.ui
  const params = new URLSearchParams(location.search)
  input.value = params.get('q') ?? ''
  for (const s of selects) {
    const value = params.get(s.name)
    const option = value
      ? [...s.options].find(
          (o) => o.value && (o.value === value || page.menus.labelOf(o) === value),
        )
      : undefined
    if (option) s.value = option.value
  }
  if (selects.some((s) => s.value)) page.countsWanted = true
  if (filterBox && page.countsWanted) filterBox.open = true
  if (input.value || page.countsWanted) void search(page)
}

/**
 * With a locality chosen, a result of the province index opens that locality's page of the
 * procedure (its desk, its committed time): the filter guarantees the locality applies it.
 */
function localPage(ui: Elements, base: string, url: string): string {
  const option = localityMenu(ui)?.selectedOptions[0]
  const slug = option?.dataset.slug
  const province = `${base}thu-tuc/`
  return slug && url.startsWith(province)
    ? `${base}dia-phuong/${slug}/thu-tuc/${url.slice(province.length)}`
    : url
}

function renderResult(data: ResultData, url: string): HTMLLIElement {
  const item = document.createElement('li')
  const link = document.createElement('a')
  link.href = url
  link.textContent = data.meta.name ?? data.url
  const facts = document.createElement('p')
  facts.className = 'facts'
  facts.textContent = [
    `Mã số ${data.meta.code}`,
    data.meta.field,
    data.meta.level,
    data.meta.agency && `Cơ quan thực hiện: ${data.meta.agency}`,
    data.meta.time && `Thời hạn: ${data.meta.time}`,
  ]
    .filter(Boolean)
    .join(' · ')
  item.append(link, facts)
  if (data.notAppliedBy) {
    const note = document.createElement('p')
    note.className = 'match-note'
    note.textContent = `${data.notAppliedBy} chưa công bố thủ tục này`
    item.append(note)
  } else if (data.partial) {
    item.className = 'partial'
    const tag = document.createElement('p')
    tag.className = 'match-note'
    tag.textContent = 'Khớp một phần từ bạn gõ'
    item.append(tag)
  }
  return item
}

function summary(whole: number, partial: number, query: string, filters: string[]): string {
  const scope = [query && `“${query}”`, ...filters].filter(Boolean).join(', ')
  if (whole === 0 && partial === 0)
    return `Không tìm thấy thủ tục nào phù hợp với ${scope}. Hãy thử gõ ít từ hơn, bỏ bớt bộ lọc, hoặc tra cứu theo lĩnh vực bên dưới.`
  if (whole === 0)
    return `Không có thủ tục nào khớp với toàn bộ ${scope}. Có ${partial} thủ tục khớp một phần, phù hợp nhất ở trên.`
  if (partial === 0) return `Có ${whole} thủ tục phù hợp với ${scope}.`
  return `Có ${whole} thủ tục phù hợp với ${scope}, và ${partial} thủ tục khớp một phần.`
}
