/**
 * What one build produces. By default the whole site. With SITE_ONLY_LOCALITY=<locality slug> only
 * that locality's catalogue: its pages under /dia-phuong/<slug>/, its search index, and the shared
 * assets and form files its pages use. The publish pipeline (cms/publication/publishLocality.ts)
 * builds a locality that way and carries every other page over from the live release.
 */
import { paths } from '../../content-schemas/urls'

export const ONLY_LOCALITY_VARIABLE = 'SITE_ONLY_LOCALITY'

/** The slug of the one locality to build, or null for the whole site. */
export function onlyLocality(): string | null {
  const value = process.env[ONLY_LOCALITY_VARIABLE]?.trim()
  return value ? value : null
}

/** Whether a page (path under the mount point, without the base) belongs to this build. */
export function inScope(pathname: string, slug: string | null = onlyLocality()): boolean {
  if (!slug) return true
  const prefix = paths.locality({ slug })
  const page = pathname.startsWith('/') ? pathname : `/${pathname}`
  return page === prefix.slice(0, -1) || page.startsWith(prefix)
}
