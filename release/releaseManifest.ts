import fs from 'node:fs/promises'
import path from 'node:path'

import { normalizeBase } from '../content-schemas/urls'

/**
 * Each release directory records where its pages came from, in `.release/` (not served: the
 * release server ignores dot files, and docs/deploy.md has nginx refuse them):
 *
 *   .release/manifest.json             this file's `ReleaseManifest`
 *   .release/snapshots/<releaseId>.json  every snapshot that built a page of this release
 *
 * A province release is built whole from its own snapshot. A locality release carries the pages
 * of its base release over and rebuilds one locality from a new snapshot; `sources` then says,
 * for each part of the site, which release's snapshot built it, and those snapshots are carried
 * over with the pages. So what citizens saw in any release stays exact, on its own, even after
 * its base release is pruned from disk.
 */
export const MANIFEST_DIR = '.release'
export const MANIFEST_VERSION = 1

export interface LocalitySource {
  releaseId: string
  name: string
  /** when the locality's pages were published */
  publishedAt: string
}

export interface ReleaseManifest {
  version: typeof MANIFEST_VERSION
  releaseId: string
  scope: 'province' | 'locality'
  createdAt: string
  /** contentHash of the snapshot this release was built from */
  contentHash: string
  /** origin and mount point the pages were built for; a locality release must use the same */
  site: { url: string; base: string }
  /** the release whose files a locality release carried over; null for a province release */
  baseReleaseId: string | null
  locality: { id: string; slug: string; name: string } | null
  /**
   * Which release's snapshot built which pages: everything under /dia-phuong/<slug>/ for a slug
   * listed in `localities`, from that release's snapshot; every other page, from `province`'s.
   */
  sources: { province: string; localities: Record<string, LocalitySource> }
  /** locality release: form files and assets it added or replaced (paths inside the release) */
  files?: { added: string[]; replaced: string[] }
}

export const manifestPath = (releaseDir: string): string =>
  path.join(releaseDir, MANIFEST_DIR, 'manifest.json')
export const snapshotPath = (releaseDir: string, releaseId: string): string =>
  path.join(releaseDir, MANIFEST_DIR, 'snapshots', `${releaseId}.json`)

/** The origin and mount point the next build will use (the same variables the site reads). */
export function siteConfig(env: NodeJS.ProcessEnv = process.env): ReleaseManifest['site'] {
  return { url: env.SITE_URL || 'http://localhost:4321', base: normalizeBase(env.SITE_BASE) }
}

/**
 * The manifest of a release on disk. Releases published before manifests existed were all built
 * whole, so they read as a province release built from their open-data snapshot.
 */
export async function readManifest(releaseDir: string): Promise<ReleaseManifest> {
  try {
    return JSON.parse(await fs.readFile(manifestPath(releaseDir), 'utf8')) as ReleaseManifest
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const releaseId = path.basename(releaseDir)
  const snapshot = JSON.parse(
    await fs.readFile(path.join(releaseDir, 'du-lieu-mo', 'danh-muc.json'), 'utf8'),
  ) as {
    metadata: { contentHash: string; generatedAt: string }
  }
  return {
    version: MANIFEST_VERSION,
    releaseId,
    scope: 'province',
    createdAt: snapshot.metadata.generatedAt,
    contentHash: snapshot.metadata.contentHash,
    site: siteConfig(), // unknown then; assumed unchanged
    baseReleaseId: null,
    locality: null,
    sources: { province: releaseId, localities: {} },
  }
}

/** Where a release keeps the snapshot `releaseId` (its own or one carried over), if it has it. */
export async function findSnapshot(releaseDir: string, releaseId: string): Promise<string | null> {
  for (const candidate of [
    snapshotPath(releaseDir, releaseId),
    ...(path.basename(releaseDir) === releaseId
      ? [path.join(releaseDir, 'du-lieu-mo', 'danh-muc.json')]
      : []),
  ]) {
    if (
      await fs.stat(candidate).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      return candidate
  }
  return null
}

/**
 * Writes the manifest into a release being assembled, with the snapshots its sources name:
 * `own` is this release's snapshot file, the others are hard-linked from the base release.
 */
export async function writeManifest(
  releaseDir: string,
  manifest: ReleaseManifest,
  own: string,
  baseDir?: string,
): Promise<void> {
  await fs.mkdir(path.join(releaseDir, MANIFEST_DIR, 'snapshots'), { recursive: true })
  const needed = new Set([
    manifest.sources.province,
    ...Object.values(manifest.sources.localities).map((s) => s.releaseId),
  ])
  for (const id of needed) {
    const target = snapshotPath(releaseDir, id)
    const source =
      id === manifest.releaseId ? own : baseDir ? await findSnapshot(baseDir, id) : null
    if (!source)
      throw new Error(
        `Không tìm thấy bản dữ liệu (snapshot) của bản phát hành ${id} để ghi kèm bản mới.`,
      )
    await linkOrCopy(source, target)
  }
  await fs.writeFile(manifestPath(releaseDir), JSON.stringify(manifest, null, 2) + '\n')
}

/** A hard link when source and target share a file system, else a copy (e.g. a snapshot in /tmp). */
export async function linkOrCopy(source: string, target: string): Promise<'link' | 'copy'> {
  try {
    await fs.link(source, target)
    return 'link'
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EMLINK') throw error
    await fs.copyFile(source, target, fs.constants.COPYFILE_EXCL)
    return 'copy'
  }
}
