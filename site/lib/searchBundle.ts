/**
 * Where a Pagefind bundle lives: a directory named by what it is built from, e.g.
 * /pagefind/3f2a9c1d0b7e4a55/. Pagefind's entry files (pagefind.js, pagefind-entry.json, the
 * WebAssembly) keep their names from one build to the next; under a path that changes with the
 * index, a browser or proxy that cached them can never pair an old entry file with a new index,
 * and every file of the bundle can be cached as immutable. Pagefind's output is deterministic,
 * so the name is known before the index is written: the search page renders it, the build
 * integration writes the bundle there.
 */
import crypto from 'node:crypto'

import { BUNDLE_HASH_LENGTH } from '../../content-schemas/urls'
import type { SearchRecord } from './searchRecords'

/** Bumped when the way the bundle is written changes (options, files removed or added) for the same records. */
const BUNDLE_FORMAT = 5

/** `root` (paths.searchBundle or a locality's) + the hash of the records and the Pagefind version. */
export function searchBundleDir(
  root: string,
  records: SearchRecord[],
  pagefindVersion: string,
): string {
  const hash = crypto
    .createHash('sha256')
    .update(
      JSON.stringify({ format: BUNDLE_FORMAT, pagefind: pagefindVersion, language: 'vi', records }),
    )
    .digest('hex')
  return `${root.replace(/\/?$/, '/')}${hash.slice(0, BUNDLE_HASH_LENGTH)}/`
}
