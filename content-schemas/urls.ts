/**
 * The public site's URL scheme, as paths relative to the mount point: the site links with it and
 * the release tooling finds each locality's subtree with it. Every internal link goes through
 * `joinBase`, so the catalogue works under a portal path such as /thu-tuc-hanh-chinh/.
 */
import type { ProcedureLevel } from './enumerations'
import type { FileRef, Locality, Procedure, Sector } from './snapshot'

/** URL segment of each level: /cap/bo/, /cap/tinh/, /cap/huyen/, /cap/xa/, /cap/co-quan-khac/. */
export const levelSlugs: Record<ProcedureLevel, string> = {
  ministry: 'bo',
  province: 'tinh',
  district: 'huyen',
  commune: 'xa',
  'other-agency': 'co-quan-khac',
}

/** Folder of the localities' catalogues, each in its own subtree "dia-phuong/<slug>". */
export const LOCALITIES_DIR = 'dia-phuong'

/** A locality's subtree inside a release, without slashes: "dia-phuong/<slug>". */
export const localitySubtree = (slug: string): string => `${LOCALITIES_DIR}/${slug}`

export const paths = {
  home: '/',
  procedure: (p: Pick<Procedure, 'slug'>) => `/thu-tuc/${p.slug}/`,
  sector: (s: Pick<Sector, 'slug'>) => `/linh-vuc/${s.slug}/`,
  level: (level: ProcedureLevel) => `/cap/${levelSlugs[level]}/`,
  az: '/tu-a-den-z/',
  changes: '/thay-doi/',
  feed: '/thay-doi/feed.xml',
  openData: '/du-lieu-mo/',
  openDataJson: '/du-lieu-mo/danh-muc.json',
  openDataCsv: '/du-lieu-mo/thu-tuc.csv',
  openDataApplicationsCsv: '/du-lieu-mo/ap-dung.csv',
  search: '/tim-kiem/',
  localities: `/${LOCALITIES_DIR}/`,
  locality: (l: Pick<Locality, 'slug'>) => `/${localitySubtree(l.slug)}/`,
  localProcedure: (l: Pick<Locality, 'slug'>, p: Pick<Procedure, 'slug'>) =>
    `/${localitySubtree(l.slug)}/thu-tuc/${p.slug}/`,
  localSearch: (l: Pick<Locality, 'slug'>) => `/${localitySubtree(l.slug)}/tim-kiem/`,
  /** Kết quả giải quyết hồ sơ: the province's and each locality's, the last twelve months and per period. */
  results: '/ket-qua-giai-quyet/',
  resultsPeriod: (period: string) => `/ket-qua-giai-quyet/${period.toLowerCase()}/`,
  localResults: (l: Pick<Locality, 'slug'>) => `/${localitySubtree(l.slug)}/ket-qua-giai-quyet/`,
  localResultsPeriod: (l: Pick<Locality, 'slug'>, period: string) =>
    `/${localitySubtree(l.slug)}/ket-qua-giai-quyet/${period.toLowerCase()}/`,
  openDataResultsCsv: '/du-lieu-mo/ket-qua-giai-quyet.csv',
  openDataResultsJson: '/du-lieu-mo/ket-qua-giai-quyet.json',
  /** Pagefind bundles: one for the province, one inside each locality's catalogue. */
  searchBundle: '/pagefind/',
  localSearchBundle: (l: Pick<Locality, 'slug'>) => `/${localitySubtree(l.slug)}/pagefind/`,
  /** Form files keep their path inside the release ("files/<id>/<name>"). */
  file: (f: Pick<FileRef, 'path'>) => `/${f.path}`,
}

/**
 * Search bundles live in a directory named by a hash of what they index (site/lib/searchBundle.ts
 * names it, the release server caches it for good): its length in hex digits.
 */
export const BUNDLE_HASH_LENGTH = 16

/** A hashed bundle directory inside a path: ".../pagefind/<16 hex>/". */
export const HASHED_BUNDLE = new RegExp(`(^|/)pagefind/[0-9a-f]{${BUNDLE_HASH_LENGTH}}/`)

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
