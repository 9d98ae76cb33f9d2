import fs from 'node:fs/promises'
import path from 'node:path'

import { releasesDir } from './paths'
import { archiveRelease, isArchived } from './releaseArchive'

/**
 * Releases on disk: one immutable directory per release, and a `current` symlink that the web
 * server follows. Switching is a rename of a new symlink over the old one, which POSIX makes
 * atomic: a reader sees the old release or the new one, never a mix or nothing.
 */
export const releaseDir = (releaseId: string): string =>
  path.join(releasesDir(), assertReleaseId(releaseId))
export const currentLink = (): string => path.join(releasesDir(), 'current')
export const stagingDir = (releaseId: string): string =>
  path.join(releasesDir(), '.staging', assertReleaseId(releaseId))

const RELEASE_ID = /^[0-9A-Za-z][0-9A-Za-z-]*$/

function assertReleaseId(releaseId: string): string {
  if (!RELEASE_ID.test(releaseId)) throw new Error(`Mã bản phát hành không hợp lệ: "${releaseId}"`)
  return releaseId
}

/** The release citizens see now, or null before the first publish. */
export async function currentReleaseId(): Promise<string | null> {
  try {
    return path.basename(await fs.readlink(currentLink()))
  } catch {
    return null
  }
}

/** Points `current` at a release; returns the instant of the switch (when citizens start seeing it). */
export async function switchCurrent(releaseId: string): Promise<Date> {
  const target = releaseDir(releaseId)
  await fs.access(path.join(target, 'index.html')).catch(() => {
    throw new Error(
      `Bản phát hành ${releaseId} không còn trên đĩa hoặc không đầy đủ; không thể chuyển sang.`,
    )
  })
  const temporary = path.join(releasesDir(), `.current-${releaseId}-${process.pid}`)
  await fs.rm(temporary, { force: true })
  await fs.symlink(releaseId, temporary) // relative: the releases folder can be moved as a whole
  await fs.rename(temporary, currentLink())
  return new Date()
}

/** Release directories on disk, oldest first (release IDs start with their UTC timestamp). */
export async function listReleaseIds(): Promise<string[]> {
  const entries = await fs
    .readdir(/*turbopackIgnore: true*/ releasesDir(), { withFileTypes: true })
    .catch(() => [])
  return entries
    .filter((e) => e.isDirectory() && RELEASE_ID.test(e.name))
    .map((e) => e.name)
    .sort()
}

/**
 * Keeps the newest `keep` release directories (and always the current one); returns the IDs removed.
 * Pruning removes directories only, never what citizens saw: every release on disk not archived yet
 * (published before the archive existed) is archived first (releaseArchive.ts), and a directory
 * that cannot be archived stays. Nothing in the application ever deletes from the archive.
 */
export async function pruneReleases(keep: number): Promise<string[]> {
  const current = await currentReleaseId()
  const ids = await listReleaseIds()
  const unarchived = new Set<string>()
  for (const id of ids) {
    if (await isArchived(id)) continue
    try {
      await archiveRelease(releaseDir(id))
    } catch (error) {
      unarchived.add(id)
      console.warn(
        `Giữ lại thư mục ${id} vì chưa lưu trữ được nội dung của nó: ${(error as Error).message}`,
      )
    }
  }
  const removable = ids
    .slice(0, Math.max(0, ids.length - keep))
    .filter((id) => id !== current && !unarchived.has(id))
  for (const id of removable) await fs.rm(releaseDir(id), { recursive: true, force: true })
  return removable
}

/** The tail of this process's publishes, run one after another (see withPublishLock). */
let publishesHere: Promise<unknown> = Promise.resolve()

/**
 * One publish at a time within this process: a publish's record says "live" as soon as the switch
 * is made, before it has pruned old releases, so a publisher (or a test) may start the next one
 * while the first is still pruning; it waits for it rather than racing it on the releases folder.
 * Across processes and machines the database keeps publishes apart: a release record may be
 * unfinished only one at a time (cms/collections/Releases/publishSlot.ts), and its job runs once
 * (cms/jobs/runOnce.ts).
 */
export function withPublishLock<T>(work: () => Promise<T>): Promise<T> {
  const run = publishesHere.then(work, work)
  publishesHere = run.catch(() => undefined)
  return run
}
