/**
 * SITE_SEARCH_MISS_URL: the CMS endpoint the search page reports failed searches to
 * (POST /api/search-misses/report, docs/site.md), e.g. https://cms.example.gov.vn/api/search-misses/report.
 * Unset (the default): the built site reports nothing and carries no such address.
 */
export const SEARCH_MISS_VARIABLE = 'SITE_SEARCH_MISS_URL'

export function searchMissUrl(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const value = env[SEARCH_MISS_VARIABLE]?.trim()
  if (!value) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(
      `${SEARCH_MISS_VARIABLE}="${value}" không phải địa chỉ đầy đủ (https://…/api/search-misses/report).`,
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${SEARCH_MISS_VARIABLE}="${value}": chỉ nhận địa chỉ http hoặc https.`)
  return url.toString()
}
