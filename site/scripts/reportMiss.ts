/**
 * Learning from what fails (optional): when the province built the site with
 * SITE_SEARCH_MISS_URL (docs/site.md), a search that no procedure answers in full is reported to
 * the CMS (cms/collections/SearchMisses), where legal officers turn frequent ones into synonyms.
 * Only the query and the locality searched in are sent: no cookie, no referrer, nothing else. A
 * page reports each query once. Without the setting the page has no address to report to, and
 * this does nothing.
 */
const sent = new Set<string>()

export function reportMiss(app: HTMLElement, query: string, locality: string | null): void {
  const url = app.dataset.missReport
  const q = query.trim()
  if (!url || !q || sent.has(`${locality}|${q}`)) return
  sent.add(`${locality}|${q}`)
  // A "simple" cross-origin request (text/plain, no credentials): no preflight, no cookie.
  fetch(url, {
    method: 'POST',
    mode: 'no-cors',
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    keepalive: true,
    headers: { 'Content-Type': 'text/plain' },
    body: JSON.stringify(locality ? { q, locality } : { q }),
  }).catch(() => {
    // Reporting is a courtesy: a failure changes nothing for the citizen.
  })
}
