import fs from 'node:fs/promises'
import path from 'node:path'

import { releasesDir } from './paths'
import { archiveRelease, isArchived } from './releaseArchive'
import { MANIFEST_DIR, readManifest, type ReleaseManifest } from './releaseManifest'
import {
  clearPointer,
  fetchRelease,
  isPushed,
  pushRelease,
  readPointer,
  readReleaseObject,
  writePointer,
} from './targets/bucketReleases'
import { releasesStore } from './targets/objectStore'

/**
 * Releases on disk: one immutable directory per release, and a `current` symlink that the web
 * server follows. Switching is a rename of a new symlink over the old one, which POSIX makes
 * atomic: a reader sees the old release or the new one, never a mix or nothing.
 *
 * With RELEASES_BUCKET set, the disk is only where a release is built: it is pushed to the bucket
 * (`uploadRelease`) and `current` is the bucket's `current.json` pointer, written last
 * (targets/bucketReleases.ts). Every instance then reads the same live release.
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
  const store = releasesStore()
  if (store) return readPointer(store)
  try {
    return path.basename(await fs.readlink(currentLink()))
  } catch {
    return null
  }
}

/** Points `current` at a release; returns the instant of the switch (when citizens start seeing it). */
export async function switchCurrent(releaseId: string): Promise<Date> {
  const store = releasesStore()
  if (store) {
    // Normally pushed already, outside the publish's transaction (uploadRelease).
    if (!(await isPushed(store, assertReleaseId(releaseId))) && (await onDisk(releaseId)))
      await pushRelease(store, releaseId, releaseDir(releaseId))
    await writePointer(store, releaseId)
    return new Date()
  }
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

/** Makes nothing current (the first publish's switch undone). */
export async function clearCurrent(): Promise<void> {
  const store = releasesStore()
  if (store) await clearPointer(store)
  else await fs.rm(currentLink(), { force: true })
}

const onDisk = (releaseId: string) =>
  fs.access(path.join(releaseDir(releaseId), 'index.html')).then(
    () => true,
    () => false,
  )

/** Whether a release can be switched to: complete in the bucket, or its directory on disk. */
export async function releaseAvailable(releaseId: string): Promise<boolean> {
  const store = releasesStore()
  return store ? isPushed(store, assertReleaseId(releaseId)) : onDisk(releaseId)
}

/**
 * Pushes a built release to the bucket, when releases live in one: called before going live,
 * outside any database transaction (it takes seconds). On disk alone there is nothing to do.
 */
export async function uploadRelease(releaseId: string): Promise<string | null> {
  const store = releasesStore()
  if (!store) return null
  const pushed = await pushRelease(store, releaseId, releaseDir(releaseId))
  return pushed.alreadyPushed
    ? `Bản ${releaseId} đã có sẵn trong kho ${store.where(`releases/${releaseId}/`)}`
    : `Đã tải ${pushed.objects} tệp (${Math.round(pushed.bytes / 1024)} KB) lên ${store.where(`releases/${releaseId}/`)}`
}

/**
 * A release's directory on this machine, downloaded from the bucket first when this instance did
 * not build it (a locality publish builds on the live release, wherever it was built).
 */
export async function ensureLocalRelease(releaseId: string): Promise<string> {
  const dir = releaseDir(releaseId)
  const store = releasesStore()
  if (store && !(await onDisk(releaseId))) {
    await fs.mkdir(releasesDir(), { recursive: true })
    await fetchRelease(store, releaseId, dir)
  }
  return dir
}

/** A release's record of sources (releaseManifest.ts), from the bucket or the disk. */
export async function releaseManifest(releaseId: string): Promise<ReleaseManifest> {
  const store = releasesStore()
  if (store) {
    const bytes = await readReleaseObject(store, releaseId, `${MANIFEST_DIR}/manifest.json`)
    if (bytes) return JSON.parse(bytes.toString('utf8')) as ReleaseManifest
    return readManifest(await ensureLocalRelease(releaseId))
  }
  return readManifest(releaseDir(releaseId))
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
