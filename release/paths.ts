import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Where things live on disk, for the release layer and the CMS alike (cms/lib/paths.ts re-exports
 * these): one definition, so a publish and the server that serves its result agree.
 */

/** The repository root, whatever the working directory (Next runs from cms/). */
export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Embedded database, uploads and the development secret live here; it is git-ignored. */
export const dataDir = (): string => path.resolve(rootDir, process.env.DATA_DIR ?? 'data')

// turbopackIgnore: these folders are chosen at run time; the admin's build must not trace them as sources.

/** Release directories and the `current` link (releaseStore.ts). */
export const releasesDir = (): string =>
  path.resolve(
    /*turbopackIgnore: true*/ process.env.RELEASES_DIR ?? path.join(dataDir(), 'releases'),
  )

/** The append-only archive of everything citizens were shown (releaseArchive.ts). */
export const archiveDir = (): string =>
  path.resolve(/*turbopackIgnore: true*/ process.env.ARCHIVE_DIR ?? path.join(dataDir(), 'archive'))
