/**
 * The site's URL scheme, as paths relative to the mount point. Every internal link goes through
 * `joinBase`, so the catalogue works under a portal path such as /thu-tuc-hanh-chinh/.
 */
import type { FileRef, Locality, Procedure, Sector } from '../../content-schemas'
import { levelSlugs, type Level } from './labels'

export const paths = {
  home: '/',
  procedure: (p: Pick<Procedure, 'slug'>) => `/thu-tuc/${p.slug}/`,
  sector: (s: Pick<Sector, 'slug'>) => `/linh-vuc/${s.slug}/`,
  level: (level: Level) => `/cap/${levelSlugs[level]}/`,
  az: '/tu-a-den-z/',
  changes: '/thay-doi/',
  feed: '/thay-doi/feed.xml',
  openData: '/du-lieu-mo/',
  openDataJson: '/du-lieu-mo/danh-muc.json',
  openDataCsv: '/du-lieu-mo/thu-tuc.csv',
  openDataApplicationsCsv: '/du-lieu-mo/ap-dung.csv',
  search: '/tim-kiem/',
  localities: '/dia-phuong/',
  locality: (l: Pick<Locality, 'slug'>) => `/dia-phuong/${l.slug}/`,
  localProcedure: (l: Pick<Locality, 'slug'>, p: Pick<Procedure, 'slug'>) => `/dia-phuong/${l.slug}/thu-tuc/${p.slug}/`,
  localSearch: (l: Pick<Locality, 'slug'>) => `/dia-phuong/${l.slug}/tim-kiem/`,
  /** Pagefind bundles: one for the province, one inside each locality's catalogue. */
  searchBundle: '/pagefind/',
  localSearchBundle: (l: Pick<Locality, 'slug'>) => `/dia-phuong/${l.slug}/pagefind/`,
  /** Form files keep their path inside the release ("files/<id>/<name>"). */
  file: (f: Pick<FileRef, 'path'>) => `/${f.path}`,
}

/** "/" and "/thu-tuc-hanh-chinh" or "/thu-tuc-hanh-chinh/" → "/thu-tuc-hanh-chinh/thu-tuc/x/". */
export function joinBase(base: string, path: string): string {
  const prefix = base.replace(/\/+$/, '')
  return `${prefix}/${path.replace(/^\/+/, '')}`
}

/** SITE_BASE as Astro wants it: leading and trailing slash, "/" when unset. */
export function normalizeBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}
