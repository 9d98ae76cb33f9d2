/** What the load script (../load-officers.ts) asks and how it tells a right answer from a wrong one. */

export type Route = 'list' | 'document' | 'dashboard' | 'work-queue' | 'save-draft'

/**
 * What a browser sends when an officer opens an admin page from another one. Payload reads the
 * session cookie only when the request is same-origin: with an Origin header from its list, or,
 * as on a navigation (which carries no Origin), with Sec-Fetch-Site same-origin.
 */
export const navigationHeaders = (base: string, cookie: string) => ({
  Cookie: cookie,
  Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'Accept-Language': 'vi-VN,vi;q=0.9,en;q=0.8',
  'Sec-Fetch-Site': 'same-origin',
  'Sec-Fetch-Mode': 'navigate',
  'Sec-Fetch-Dest': 'document',
  'Sec-Fetch-User': '?1',
  'Upgrade-Insecure-Requests': '1',
  Referer: `${base}/admin/collections/applied-procedures`,
  'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) load-officers (danh-muc-thu-tuc benchmark)',
})

/**
 * What in the HTML shows that the page itself was rendered for the signed-in officer (its own
 * heading), not the login page or an error page: cms/views/WorkQueue/WorkQueue.tsx (the
 * dashboard's first section) and WorkQueueView.tsx.
 */
export const PAGE_MARKERS: Partial<Record<Route, string[]>> = {
  dashboard: ['id="work-queue-heading"', 'id="compliance-heading"'],
  'work-queue': ['>Việc của tôi</h1>'],
}

/** Why the answer to `route` is not what the admin would have shown; undefined when it is. */
export function checkResponse(
  route: Route,
  status: number,
  body: string,
  id: string,
  location?: string | null,
): string | undefined {
  if (status >= 300 && status < 400) return `HTTP ${status} → ${location ?? '?'}`
  if (status !== 200) return `HTTP ${status}`
  const markers = PAGE_MARKERS[route]
  if (markers) {
    const missing = markers.filter((marker) => !body.includes(marker))
    return missing.length
      ? `HTTP 200 but not the page (${body.length} bytes, no ${missing.join(', ')})`
      : undefined
  }
  let json: Record<string, unknown>
  try {
    json = JSON.parse(body) as Record<string, unknown>
  } catch {
    return `HTTP 200 but not JSON (${body.length} bytes)`
  }
  const docOf = (value: unknown) => value as { id?: unknown } | undefined
  switch (route) {
    case 'list': {
      const docs = json.docs
      if (!Array.isArray(docs) || docs.length === 0 || typeof json.totalDocs !== 'number')
        return 'HTTP 200 but no docs/totalDocs in the list'
      return docs.every((d) => typeof docOf(d)?.id === 'string' && 'title' in (d as object))
        ? undefined
        : 'HTTP 200 but list rows without id/title'
    }
    case 'document':
      return json.id === id ? undefined : `HTTP 200 but not document ${id}`
    case 'save-draft':
      return docOf(json.doc)?.id === id ? undefined : `HTTP 200 but no saved doc ${id}`
    default:
      return undefined
  }
}
