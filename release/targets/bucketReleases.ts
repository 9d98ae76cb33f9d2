import fs from 'node:fs/promises'
import path from 'node:path'

import mime from 'mime-types'

import { cacheControlPushed } from '../cachePolicy'
import { storedAsGzip } from '../contentEncoding'
import type { ObjectStore } from './objectStore'

/**
 * Releases in a bucket (RELEASES_BUCKET). A release is built on disk as always, then pushed once:
 *
 *   releases/<releaseId>/…                      every file of the release directory, with its
 *                                               Content-Type and Cache-Control (cachePolicy.ts)
 *   releases/<releaseId>/.release/pushed.json   written last, once every object is uploaded and
 *                                               listed back with its size: the release is complete
 *   current.json                                {"releaseId": …}: the release citizens see
 *
 * Switching is one PUT of `current.json`, which S3 makes atomic: a reader gets the old pointer or
 * the new one. It is written only for a complete release, so the pointer never names a release
 * with objects missing; a push that fails part-way leaves `current.json` as it was.
 */

export const POINTER_KEY = 'current.json'
const PUSHED = '.release/pushed.json'
const prefixOf = (releaseId: string) => `releases/${releaseId}/`

interface PushedRecord {
  releaseId: string
  pushedAt: string
  files: { path: string; size: number }[]
}

/** Uploads at once: enough to fill a link, few enough for a small bucket server. */
const CONCURRENCY = 8

async function filesOf(dir: string): Promise<{ path: string; size: number }[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true })
  const out: { path: string; size: number }[] = []
  for (const e of entries) {
    if (!e.isFile()) continue
    const full = path.join(e.parentPath, e.name)
    const rel = path.relative(dir, full).split(path.sep).join('/')
    if (rel === PUSHED) continue
    out.push({ path: rel, size: (await fs.stat(full)).size })
  }
  return out.sort((a, b) => a.path.localeCompare(b.path))
}

async function inParallel<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker))
}

/** True once every object of the release is in the bucket (its pushed.json is written last). */
export const isPushed = (store: ObjectStore, releaseId: string): Promise<boolean> =>
  store.exists(prefixOf(releaseId) + PUSHED)

/**
 * Uploads a release directory once, checks that every object is there with its size, then writes
 * the release's pushed.json. A release already pushed is left alone (its objects are immutable).
 * Pagefind's files are already compressed: they are stored as they are, declared gzip
 * (contentEncoding.ts), so that browsers inflate them natively.
 */
export async function pushRelease(
  store: ObjectStore,
  releaseId: string,
  dir: string,
): Promise<{ objects: number; bytes: number; alreadyPushed: boolean }> {
  if (await isPushed(store, releaseId)) return { objects: 0, bytes: 0, alreadyPushed: true }
  const files = await filesOf(dir)
  try {
    await inParallel(files, async (file) => {
      await store.put(
        prefixOf(releaseId) + file.path,
        await fs.readFile(path.join(dir, file.path)),
        {
          contentType: mime.contentType(path.extname(file.path)) || 'application/octet-stream',
          cacheControl: cacheControlPushed(`/${file.path}`),
          // A bucket cannot negotiate: every browser takes gzip (contentEncoding.ts).
          contentEncoding: storedAsGzip(file.path) ? 'gzip' : undefined,
        },
      )
    })
  } catch (error) {
    // Nothing half-written left behind where it can be reached (best effort: the bucket may be down).
    await store
      .list(prefixOf(releaseId))
      .then((objects) => store.delete(objects.map((o) => o.key)))
      .catch(() => {})
    throw error
  }
  const stored = new Map(
    (await store.list(prefixOf(releaseId))).map((o) => [
      o.key.slice(prefixOf(releaseId).length),
      o,
    ]),
  )
  const wrong = files.filter((f) => stored.get(f.path)?.size !== f.size)
  if (wrong.length)
    throw new Error(
      `Tải bản phát hành ${releaseId} lên ${store.where(prefixOf(releaseId))} chưa trọn: ${wrong.length} tệp thiếu hoặc sai kích thước (${wrong
        .slice(0, 3)
        .map((f) => f.path)
        .join(', ')}${wrong.length > 3 ? ', …' : ''}); trang công khai vẫn hiển thị bản trước.`,
    )
  const record: PushedRecord = { releaseId, pushedAt: new Date().toISOString(), files }
  await store.put(prefixOf(releaseId) + PUSHED, JSON.stringify(record, null, 2) + '\n', {
    contentType: 'application/json',
    cacheControl: 'no-cache',
  })
  return {
    objects: files.length,
    bytes: files.reduce((n, f) => n + f.size, 0),
    alreadyPushed: false,
  }
}

/** The release `current.json` names, or null before the first switch. */
export async function readPointer(store: ObjectStore): Promise<string | null> {
  const bytes = await store.get(POINTER_KEY)
  if (!bytes) return null
  try {
    const { releaseId } = JSON.parse(bytes.toString('utf8')) as { releaseId?: unknown }
    if (typeof releaseId === 'string' && releaseId) return releaseId
  } catch {
    // reported below
  }
  throw new Error(
    `Con trỏ ${store.where(POINTER_KEY)} hỏng: không đọc được mã bản phát hành. Hãy khôi phục một bản trong trang quản trị (Bản phát hành → Khôi phục).`,
  )
}

/** Points `current.json` at a complete release; refuses one whose push did not finish. */
export async function writePointer(store: ObjectStore, releaseId: string): Promise<void> {
  if (!(await isPushed(store, releaseId)))
    throw new Error(
      `Bản phát hành ${releaseId} chưa được tải đủ lên ${store.where(prefixOf(releaseId))}; không thể chuyển sang.`,
    )
  try {
    await store.put(
      POINTER_KEY,
      JSON.stringify({ releaseId, switchedAt: new Date().toISOString() }) + '\n',
      { contentType: 'application/json', cacheControl: 'no-cache' },
    )
  } catch (error) {
    throw new Error(
      `Kho ${store.where(POINTER_KEY)} từ chối ghi con trỏ sang bản ${releaseId}; trang công khai vẫn hiển thị bản trước. ${(error as Error).message}`,
      { cause: error },
    )
  }
}

export async function clearPointer(store: ObjectStore): Promise<void> {
  await store.delete([POINTER_KEY])
}

/** Releases complete in the bucket, oldest first. */
export async function listPushed(store: ObjectStore): Promise<string[]> {
  const ids = (await store.folders('releases/')).sort()
  const complete: string[] = []
  for (const id of ids) if (await isPushed(store, id)) complete.push(id)
  return complete
}

/**
 * Downloads a pushed release into `dir` (for an instance that builds a locality release on a base
 * it did not build itself). Written beside it first and renamed into place: `dir` is whole or absent.
 */
export async function fetchRelease(
  store: ObjectStore,
  releaseId: string,
  dir: string,
): Promise<void> {
  const recordBytes = await store.get(prefixOf(releaseId) + PUSHED)
  if (!recordBytes)
    throw new Error(
      `Bản phát hành ${releaseId} không có (hoặc chưa tải đủ) trong kho ${store.where(prefixOf(releaseId))}.`,
    )
  const record = JSON.parse(recordBytes.toString('utf8')) as PushedRecord
  const temporary = `${dir}.fetch-${process.pid}-${Date.now()}`
  try {
    await inParallel(record.files, async (file) => {
      const bytes = await store.get(prefixOf(releaseId) + file.path)
      if (!bytes || bytes.length !== file.size)
        throw new Error(
          `Tệp ${store.where(prefixOf(releaseId) + file.path)} thiếu hoặc sai kích thước; không tải được bản ${releaseId} về máy.`,
        )
      const target = path.join(temporary, file.path)
      await fs.mkdir(path.dirname(target), { recursive: true })
      await fs.writeFile(target, bytes)
    })
    await fs.rename(temporary, dir)
  } finally {
    await fs.rm(temporary, { recursive: true, force: true })
  }
}

/** An object of the live release, for a server that serves the site from the bucket. */
export async function readReleaseObject(
  store: ObjectStore,
  releaseId: string,
  relative: string,
): Promise<Buffer | null> {
  return store.get(prefixOf(releaseId) + relative)
}
