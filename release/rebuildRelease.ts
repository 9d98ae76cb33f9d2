import fs from 'node:fs/promises'
import path from 'node:path'

import { localitySubtree } from '../content-schemas/urls'
import { archiveDir, rootDir } from './paths'
import { buildSite } from './buildSite'
import { internalLinks } from './localityRelease'
import { MANIFEST_DIR, manifestPath, snapshotPath } from './releaseManifest'
import { ArchiveIntegrityError, readArchivedRelease, restoreSnapshot } from './releaseArchive'

/** Where `npm run release:as-of` puts a rebuilt release unless told otherwise. */
export const asOfDir = (releaseId: string): string => path.join(rootDir, 'dist', 'as-of', releaseId)

export interface RebuiltRelease {
  releaseId: string
  outDir: string
  /** site builds run: one for the province pages, one per locality published on its own */
  builds: string[]
  pages: number
}

const toPosix = (p: string) => p.split(path.sep).join('/')

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => toPosix(path.relative(dir, path.join(e.parentPath, e.name))))
}

const sameBytes = async (a: string, b: string) => {
  const [x, y] = await Promise.all([fs.readFile(a), fs.readFile(b)])
  return x.equals(y)
}

/**
 * Rebuilds a release from the archive with the same site build as a publish, for the origin and
 * mount point it was built for. A province release is one build of its snapshot. A locality
 * release is rebuilt as its manifest's sources say it was made: every page from the province
 * source's snapshot, then each locality published on its own, in the order it was published,
 * from that release's snapshot (its subtree, and the assets and form files its pages link to).
 * `expected` (the database's `archivedSnapshots`) must agree with the archive's record.
 */
export async function rebuildRelease(
  releaseId: string,
  {
    outDir = asOfDir(releaseId),
    expected,
    note = () => {},
  }: {
    outDir?: string
    expected?: Record<string, string> | null
    note?: (line: string) => void
  } = {},
): Promise<RebuiltRelease> {
  const archived = await readArchivedRelease(releaseId)
  if (!archived) {
    throw new Error(
      `Kho lưu trữ (${archiveDir()}) không có bản phát hành ${releaseId}. Nếu thư mục của nó còn trên đĩa, chạy “npm run release:archive” để lưu trữ rồi thử lại.`,
    )
  }
  for (const [id, sha] of Object.entries(expected ?? {})) {
    if (archived.snapshots[id] !== sha) {
      throw new ArchiveIntegrityError(
        `Hồ sơ bản phát hành ${releaseId} trong cơ sở dữ liệu ghi bản dữ liệu ${id} là ${sha}, nhưng kho lưu trữ ghi ${archived.snapshots[id] ?? '(không có)'}.`,
      )
    }
  }
  const { manifest } = archived
  const env = { SITE_URL: manifest.site.url, SITE_BASE: manifest.site.base }
  const work = path.join(path.dirname(outDir), `.tmp-${path.basename(outDir)}-${process.pid}`)
  await fs.rm(work, { recursive: true, force: true })
  const site = path.join(work, 'site')
  const builds: string[] = []
  const restored = new Map<string, Buffer>()
  const restore = async (id: string) => {
    const sha = archived.snapshots[id]
    if (!sha)
      throw new Error(
        `Hồ sơ lưu trữ của ${releaseId} không ghi bản dữ liệu của ${id}: không dựng lại được các trang lấy từ bản đó.`,
      )
    const dir = path.join(work, 'snapshots', id)
    restored.set(id, (await restoreSnapshot(sha, dir)).bytes)
    return dir
  }
  try {
    note(`Dựng các trang cấp tỉnh từ bản dữ liệu ${manifest.sources.province}`)
    await buildSite({ snapshotDir: await restore(manifest.sources.province), outDir: site, env })
    builds.push(manifest.sources.province)

    const localities = Object.entries(manifest.sources.localities).sort(([, a], [, b]) =>
      a.publishedAt.localeCompare(b.publishedAt),
    )
    for (const [slug, source] of localities) {
      note(`Dựng danh mục ${source.name} từ bản dữ liệu ${source.releaseId}`)
      const built = path.join(work, `locality-${slug}`)
      await buildSite({
        snapshotDir: await restore(source.releaseId),
        outDir: built,
        env: { ...env, SITE_ONLY_LOCALITY: slug },
      })
      builds.push(source.releaseId)
      const subtree = localitySubtree(slug)
      const inSubtree = (rel: string) => rel === subtree || rel.startsWith(`${subtree}/`)
      await fs.rm(path.join(site, subtree), { recursive: true, force: true })
      await fs.mkdir(path.dirname(path.join(site, subtree)), { recursive: true })
      await fs.rename(path.join(built, subtree), path.join(site, subtree))
      // As the locality publish did: its assets, and the form files its pages link to, added or replaced.
      const linked = new Set<string>()
      for (const page of (await filesUnder(path.join(site, subtree))).filter((f) =>
        f.endsWith('.html'),
      )) {
        for (const link of internalLinks(
          await fs.readFile(path.join(site, subtree, page), 'utf8'),
          manifest.site.base,
        ))
          linked.add(link)
      }
      for (const rel of await filesUnder(built)) {
        if (inSubtree(rel) || (rel.startsWith('files/') && !linked.has(rel))) continue
        const target = path.join(site, rel)
        if (
          await fs.stat(target).then(
            () => true,
            () => false,
          )
        ) {
          if (await sameBytes(target, path.join(built, rel))) continue
          await fs.rm(target)
        }
        await fs.mkdir(path.dirname(target), { recursive: true })
        await fs.rename(path.join(built, rel), target)
      }
    }

    // The rebuilt directory explains itself as a release does.
    await fs.mkdir(path.join(site, MANIFEST_DIR, 'snapshots'), { recursive: true })
    await fs.writeFile(manifestPath(site), JSON.stringify(manifest, null, 2) + '\n')
    for (const [id, bytes] of restored) await fs.writeFile(snapshotPath(site, id), bytes)

    await fs.rm(outDir, { recursive: true, force: true })
    await fs.mkdir(path.dirname(outDir), { recursive: true })
    await fs.rename(site, outDir)
    const pages = (await filesUnder(outDir)).filter((f) => f.endsWith('.html')).length
    return { releaseId, outDir, builds, pages }
  } finally {
    await fs.rm(work, { recursive: true, force: true })
  }
}
