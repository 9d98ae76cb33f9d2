import fs from 'node:fs/promises'
import path from 'node:path'

import { localitySubtree, LOCALITIES_DIR } from '../content-schemas/urls'
import { linkOrCopy } from './releaseManifest'

/**
 * Search across a release switch. Each search page loads a Pagefind bundle from a directory named
 * by its content (site/lib/searchBundle.ts), and Pagefind fetches the index chunks and fragments
 * it needs only as a citizen searches. A page opened before a publish therefore keeps asking for
 * the bundle of the release it was loaded from. So a new release carries over, as hard links,
 * the bundles the release it replaces served: a page open across one switch keeps finding
 * every chunk (its results are those of the page it shows). Older bundles are not carried (the
 * releases would grow with every publish); a page open across several publishes finds its
 * bundle gone, and the search script then reloads the bundle the page names now.
 */

/** The search pages: the province's, and one per locality catalogue. */
async function searchPages(releaseDir: string): Promise<string[]> {
  const pages = ['tim-kiem/index.html']
  const localities = await fs
    .readdir(path.join(releaseDir, LOCALITIES_DIR), { withFileTypes: true })
    .catch(() => [])
  for (const entry of localities)
    if (entry.isDirectory()) pages.push(`${localitySubtree(entry.name)}/tim-kiem/index.html`)
  return pages
}

/** A bundle path read from a page: inside the release, under a "pagefind" folder, nothing else. */
const BUNDLE_PATH = new RegExp(`^(?:${LOCALITIES_DIR}/[^/]+/)?pagefind/(?:[0-9a-f]+/)?$`)

/**
 * The bundle directories (relative to the release, e.g. "pagefind/3f2a…/") that the release's
 * search pages load, read from their `data-bundle`; `base` is the mount point they were built for.
 * Only those under `within` (a release-relative folder) when given.
 */
export async function servedBundles(
  releaseDir: string,
  base: string,
  within?: string,
): Promise<string[]> {
  const found = new Set<string>()
  for (const page of await searchPages(releaseDir)) {
    if (within && !page.startsWith(within)) continue
    const html = await fs
      .readFile(
        /*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ releaseDir, page),
        'utf8',
      )
      .catch(() => null)
    const value = html && /\sdata-bundle="([^"]+)"/.exec(html)?.[1]
    if (!value?.startsWith(base)) continue
    const rel = value.slice(base.length)
    if (BUNDLE_PATH.test(rel)) found.add(rel)
  }
  return [...found].sort()
}

/**
 * Hard-links into `targetDir` the bundles `previousDir` served that `targetDir` lacks, file by
 * file, never over a file already there (a bundle's own files, or a newer bundle's). Returns the
 * bundles carried.
 */
export async function carryOverSearchBundles(
  previousDir: string,
  targetDir: string,
  base: string,
  within?: string,
): Promise<string[]> {
  const carried: string[] = []
  for (const bundle of await servedBundles(previousDir, base, within)) {
    const source = path.join(previousDir, bundle)
    const entries = await fs
      .readdir(source, { recursive: true, withFileTypes: true })
      .catch(() => null)
    if (!entries) continue
    let linked = 0
    for (const entry of entries) {
      if (!entry.isFile()) continue
      const from = path.join(entry.parentPath, entry.name)
      const to = path.join(targetDir, bundle, path.relative(source, from))
      if (
        await fs.stat(to).then(
          () => true,
          () => false,
        )
      )
        continue
      await fs.mkdir(path.dirname(to), { recursive: true })
      await linkOrCopy(from, to)
      linked++
    }
    if (linked) carried.push(bundle)
  }
  return carried
}
