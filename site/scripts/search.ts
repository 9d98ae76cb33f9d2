/**
 * The search page's only script: progressive enhancement of a plain GET form. It loads Pagefind's
 * search API (not its UI) on the first search, folds the query the way the index was folded,
 * re-ranks the top results for exact names and codes, and shows filters with counts once the
 * filter menu is opened.
 */
import { normalizeQuery } from '../lib/searchText'
import { rerank, type RankMeta } from '../lib/rank'

interface ResultData {
  url: string
  meta: RankMeta & { name?: string; time?: string }
}
interface PagefindResult {
  id: string
  data: () => Promise<ResultData>
}
type Counts = Record<string, Record<string, number>>
interface PagefindResponse {
  results: PagefindResult[]
  filters: Counts
}
interface PagefindApi {
  options: (options: object) => Promise<void>
  search: (
    term: string | null,
    options?: { filters?: object; sort?: object },
  ) => Promise<PagefindResponse>
  filters: () => Promise<Counts>
}

/** Results shown at a time, and how many of the top ones are re-ranked (their data is fetched anyway). */
const PAGE = 10
const RERANK = 15
/**
 * Ranking weights of the record's meta fields: matches in the folded name, the codes and the
 * everyday words count most; display-only fields count for nothing.
 */
const META_WEIGHTS = { title: 6, codes: 10, keys: 4, field: 2, name: 0, code: 0, time: 0 }

const app = document.querySelector<HTMLElement>('[data-search-app]')
if (app) enhance(app)

function enhance(app: HTMLElement) {
  const form = app.querySelector<HTMLFormElement>('form')!
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')]
  const status = app.querySelector<HTMLElement>('[data-status]')!
  const heading = app.querySelector<HTMLElement>('[data-results-heading]')!
  const list = app.querySelector<HTMLOListElement>('[data-results]')!
  const more = app.querySelector<HTMLButtonElement>('[data-more]')!
  const browse = app.querySelector<HTMLElement>('[data-browse]')
  let bundle = app.dataset.bundle!
  const base = app.dataset.base ?? '/'

  const filterBox = form.querySelector<HTMLDetailsElement>('[data-filters]')
  const filterSummary = form.querySelector<HTMLElement>('[data-filter-summary]')

  app.querySelector<HTMLElement>('[data-nojs]')?.setAttribute('hidden', '')
  filterBox?.removeAttribute('hidden')

  // Each option's label and its count in the whole catalogue, read back from the server-rendered
  // text "label (count)": the value may be a code (localities), and the labels cost no extra bytes.
  const options = selects.flatMap((s) => [...s.options].filter((o) => o.value))
  const labels = new Map(options.map((o) => [o, (o.textContent ?? '').replace(/\s*\(\d+\)$/, '')]))
  const initialText = new Map(options.map((o) => [o, o.textContent ?? '']))
  const chosenLabels = () =>
    selects.filter((s) => s.value).map((s) => labels.get(s.selectedOptions[0]) ?? s.value)

  let api: Promise<PagefindApi> | null = null
  const load = () =>
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
    })())

  /*
   * Counts need every filter chunk (7 kB on a province of 100 localities), and the menu is closed
   * by default, so they are fetched only once the citizen opens it or chooses a filter, never for
   * the first search. Loaded once, they make every later search return counts at no download.
   */
  let countsWanted = false
  let filterChunks: Promise<unknown> | null = null
  const loadFilters = (pagefind: PagefindApi) => (filterChunks ??= pagefind.filters())
  /** the search whose results are shown, so opening the menu can count for it */
  let shown: { term: string | null } | null = null

  let pending: ResultData[] = []
  let rest: PagefindResult[] = []
  let run = 0

  const selected = (except?: string) =>
    Object.fromEntries(
      selects
        .filter((s) => s.value && s.dataset.filter !== except)
        .map((s) => [s.dataset.filter!, s.value]),
    )

  async function search(retry = true) {
    const id = ++run
    const query = input.value.trim()
    const term = normalizeQuery(query) || null
    const filters = selected()
    syncUrl(query)
    if (filterSummary)
      filterSummary.textContent = Object.keys(filters).length
        ? `(đang lọc: ${chosenLabels().join('; ')})`
        : ''
    if (!term && Object.keys(filters).length === 0) {
      shown = null
      heading.hidden = true
      list.replaceChildren()
      more.hidden = true
      status.textContent = ''
      if (browse) browse.hidden = false
      resetCounts()
      return
    }
    status.textContent = 'Đang tìm…'
    try {
      const pagefind = await load()
      const counting = countsWanted
      if (counting) await loadFilters(pagefind)
      const sort = term ? undefined : { order: 'asc' }
      const response = await pagefind.search(term, { filters, sort })
      const top = await Promise.all(response.results.slice(0, RERANK).map((r) => r.data()))
      if (id !== run) return
      const ranked = term ? rerank(query, top) : top
      pending = ranked
      rest = response.results.slice(RERANK)
      list.replaceChildren()
      await showMore(false)
      heading.hidden = false
      if (browse) browse.hidden = response.results.length > 0
      status.textContent = summary(response.results.length, query, chosenLabels())
      shown = { term }
      if (counting) await updateCounts(pagefind, term, response.filters)
      else if (countsWanted) await wantedMeanwhile(pagefind, term)
      else hideCounts()
    } catch (error) {
      console.error(error)
      // a failed download is tried again on the next search
      api = null
      filterChunks = null
      if (id !== run) return
      // A page left open across several publishes may name a bundle the live release no longer
      // carries: the page as published now names the live one; switch to it and search once more.
      if (retry && (await newerBundle())) return search(false)
      heading.hidden = true
      list.replaceChildren()
      if (browse) browse.hidden = false
      status.textContent =
        'Không tải được bộ tìm kiếm. Hãy thử lại, hoặc tra cứu theo lĩnh vực bên dưới.'
    }
  }

  /** Reads the search bundle the page names now (HTML is cached briefly); true if it changed. */
  async function newerBundle(): Promise<boolean> {
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
  }

  /** Shows the next page of results; when the citizen asked for it, focus goes to the first new one. */
  async function showMore(moveFocus: boolean) {
    if (pending.length < PAGE && rest.length)
      pending.push(...(await Promise.all(rest.splice(0, PAGE).map((r) => r.data()))))
    const page = pending.splice(0, PAGE)
    const items = page.map(renderResult)
    list.append(...items)
    more.hidden = pending.length === 0 && rest.length === 0
    if (moveFocus) items[0]?.querySelector('a')?.focus()
  }

  /**
   * A select shows how many results each value would give. For a filter already chosen, that is
   * the count without it (otherwise every other value would read 0), so it is searched again;
   * the chunks are loaded by then, so this costs no download.
   */
  async function updateCounts(pagefind: PagefindApi, term: string | null, counts: Counts) {
    const id = run
    const own = new Map<HTMLSelectElement, Record<string, number> | undefined>()
    for (const select of selects) {
      const key = select.dataset.filter!
      own.set(
        select,
        select.value
          ? (await pagefind.search(term, { filters: selected(key) })).filters[key]
          : counts[key],
      )
    }
    if (id !== run) return // a newer search has taken over the menus
    for (const select of selects) {
      for (const option of select.options) {
        if (!option.value) continue
        const count = own.get(select)?.[option.value] ?? 0
        option.textContent = `${labels.get(option)} (${count})`
        option.disabled = count === 0 && option.value !== select.value
      }
    }
  }

  /** Before the counts are loaded, the whole catalogue's would mislead: the menus show labels only. */
  function hideCounts() {
    for (const option of options) {
      option.textContent = labels.get(option)!
      option.disabled = false
    }
  }

  /** No search: the whole catalogue's counts, as the page was built with, are right again. */
  function resetCounts() {
    for (const option of options) {
      option.textContent = initialText.get(option)!
      option.disabled = false
    }
  }

  /** The menu was opened while this search ran without counts: count it now the chunks are in. */
  async function wantedMeanwhile(pagefind: PagefindApi, term: string | null) {
    await loadFilters(pagefind)
    await updateCounts(
      pagefind,
      term,
      (await pagefind.search(term, { filters: selected() })).filters,
    )
  }

  /** The menu was opened: counts for the results on screen (if any), then for every search. */
  async function wantCounts() {
    if (countsWanted) return
    countsWanted = true
    if (!shown) return // the page's own counts, for the whole catalogue, stand
    const id = run
    try {
      const pagefind = await load()
      await loadFilters(pagefind)
      if (id !== run || !shown) return
      await wantedMeanwhile(pagefind, shown.term)
    } catch (error) {
      console.error(error)
      filterChunks = null
      countsWanted = false // tried again when the menu is next opened
    }
  }

  function syncUrl(query: string) {
    const params = new URLSearchParams()
    if (query) params.set('q', query)
    for (const s of selects) if (s.value) params.set(s.name, s.value)
    const search = params.toString()
    history.replaceState(null, '', search ? `?${search}` : location.pathname)
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void search()
  })
  for (const s of selects)
    s.addEventListener('change', () => {
      countsWanted = true
      void search()
    })
  filterBox?.addEventListener('toggle', () => {
    if (filterBox.open) void wantCounts()
  })
  more.addEventListener('click', () => void showMore(true))

  // A link to this page with ?q=… (from the home page's search box) searches straight away.
  // A filter may be given by its value or by its label (links made when localities were named).
  const params = new URLSearchParams(location.search)
  input.value = params.get('q') ?? ''
  for (const s of selects) {
    const value = params.get(s.name)
    const option = value
      ? [...s.options].find((o) => o.value && (o.value === value || labels.get(o) === value))
      : undefined
    if (option) s.value = option.value
  }
  if (selects.some((s) => s.value)) countsWanted = true
  if (filterBox && countsWanted) filterBox.open = true
  if (input.value || countsWanted) void search()
}

function renderResult(data: ResultData): HTMLLIElement {
  const item = document.createElement('li')
  const link = document.createElement('a')
  link.href = data.url
  link.textContent = data.meta.name ?? data.url
  const facts = document.createElement('p')
  facts.className = 'facts'
  facts.textContent = [
    `Mã số ${data.meta.code}`,
    data.meta.field,
    data.meta.time && `Thời hạn: ${data.meta.time}`,
  ]
    .filter(Boolean)
    .join(' · ')
  item.append(link, facts)
  return item
}

function summary(count: number, query: string, filters: string[]): string {
  const scope = [query && `“${query}”`, ...filters].filter(Boolean).join(', ')
  if (count === 0)
    return `Không tìm thấy thủ tục nào phù hợp với ${scope}. Hãy thử gõ ít từ hơn, bỏ bớt bộ lọc, hoặc tra cứu theo lĩnh vực bên dưới.`
  return `Có ${count} thủ tục phù hợp với ${scope}.`
}
