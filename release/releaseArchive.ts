import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import { canonicalJSON } from '../content-schemas'
import { findSnapshot, readManifest, type ReleaseManifest } from './releaseManifest'
import { archiveStorage } from './targets/archiveStorage'

/**
 * The archive of everything citizens were shown: pruning removes release directories, never
 * their content. It lives outside the releases folder (ARCHIVE_DIR, default data/archive):
 *
 *   objects/<aa>/<sha256>.gz     gzip of bytes whose sha256 is the name: snapshot contents, snapshot
 *                                descriptors, form files. Same bytes, same name: stored once.
 *   releases/<releaseId>.json    the release's record: manifest, the descriptor of every snapshot its
 *                                sources name, and who published it and when it went live
 *   timeline/<liveAt>-<id>.json  each switch of the public site (a publish or a rollback), so the
 *                                archive alone says which release was live at any instant
 *
 * A snapshot is stored as two objects: its content without `metadata` (canonical JSON, the same
 * for two publishes of unchanged content) and a small descriptor (the metadata, the content's hash,
 * the sha256 of the snapshot file exactly as built). Every file is written atomically (temporary
 * file, fsync, rename, fsync of the folder) and once; a release's record is only completed, once,
 * with who published it and when it went live. The application never deletes or otherwise
 * rewrites anything here: the archive is append-only. Backing it up and checking it: docs/deploy.md.
 * Its root is `archiveDir()` (paths.ts), or `archive/` in the releases' bucket when RELEASES_BUCKET
 * is set (targets/archiveStorage.ts: there every write is one PUT, atomic as well).
 */

const objectPath = (sha: string) => `objects/${sha.slice(0, 2)}/${sha}.gz`
const releaseRecordPath = (releaseId: string) => `releases/${safeName(releaseId)}.json`

const SHA256 = /^[0-9a-f]{64}$/
const gzip = promisify(zlib.gzip)
const gunzip = promisify(zlib.gunzip)
export const sha256 = (bytes: Buffer | string): string =>
  crypto.createHash('sha256').update(bytes).digest('hex')

function safeName(name: string): string {
  if (!/^[0-9A-Za-z][0-9A-Za-z._-]*$/.test(name))
    throw new Error(`Tên không hợp lệ trong kho lưu trữ: "${name}"`)
  return name
}

/** An archived file whose bytes no longer match its hash, or that is missing: restore it from a backup. */
export class ArchiveIntegrityError extends Error {
  constructor(message: string) {
    super(
      `${message} Hãy khôi phục tệp này từ bản sao lưu của kho lưu trữ (docs/deploy.md, “Sao lưu kho lưu trữ”).`,
    )
    this.name = 'ArchiveIntegrityError'
  }
}

export const hasObject = (sha: string): Promise<boolean> => archiveStorage().exists(objectPath(sha))

/** Stores `bytes` under their sha256; content already there costs nothing. */
export async function putObject(
  bytes: Buffer | string,
): Promise<{ sha256: string; stored: boolean }> {
  const sha = sha256(bytes)
  if (await hasObject(sha)) return { sha256: sha, stored: false }
  await archiveStorage().write(objectPath(sha), await gzip(bytes, { level: 9 }))
  return { sha256: sha, stored: true }
}

/** The bytes of an object, checked against the hash that names it. */
export async function readObject(sha: string): Promise<Buffer> {
  if (!SHA256.test(sha))
    throw new ArchiveIntegrityError(`Mã "${sha}" không phải mã SHA-256 của một tệp lưu trữ.`)
  const storage = archiveStorage()
  const file = storage.where(objectPath(sha))
  const compressed = await storage.read(objectPath(sha))
  if (!compressed) throw new ArchiveIntegrityError(`Kho lưu trữ thiếu tệp ${file}.`)
  let bytes: Buffer
  try {
    bytes = await gunzip(compressed)
  } catch {
    throw new ArchiveIntegrityError(`Tệp lưu trữ ${file} bị hỏng: không giải nén được.`)
  }
  const actual = sha256(bytes)
  if (actual !== sha)
    throw new ArchiveIntegrityError(
      `Tệp lưu trữ ${file} bị hỏng: mã SHA-256 của nội dung là ${actual}, không khớp với tên tệp.`,
    )
  return bytes
}

/** How a snapshot is kept: the descriptor object that an `archivedSnapshots` hash names. */
export interface SnapshotDescriptor {
  kind: 'snapshot'
  releaseId: string
  /** sha256 of the snapshot file exactly as the site was built from it */
  sha256: string
  /** object holding the snapshot without `metadata`, or the whole file when `metadata` is null */
  content: string
  metadata: Record<string, unknown> | null
  /** form files the snapshot lists whose bytes could not be found to archive (older releases only) */
  missingFiles: string[]
}

interface SnapshotJSON {
  metadata?: Record<string, unknown>
  files?: { path: string; sha256: string }[]
}

/**
 * Archives one snapshot file and the form files it lists (looked up by path under `filesFrom`,
 * kept only when their bytes match the snapshot's sha256). Returns the descriptor's hash.
 */
export async function archiveSnapshot(
  snapshotFile: string,
  releaseId: string,
  filesFrom: string[],
): Promise<{ descriptor: string; stored: number }> {
  const bytes = await fs.readFile(snapshotFile)
  const parsed = JSON.parse(bytes.toString('utf8')) as SnapshotJSON
  let stored = 0
  const { metadata, ...content } = parsed
  // Split only when putting the parts back gives the very same bytes (snapshots are canonical JSON).
  const splits =
    metadata !== undefined && canonicalJSON({ metadata, ...content }) === bytes.toString('utf8')
  const contentObject = await putObject(splits ? canonicalJSON(content) : bytes)
  if (contentObject.stored) stored++

  const missingFiles: string[] = []
  for (const file of parsed.files ?? []) {
    if (!SHA256.test(file.sha256) || (await hasObject(file.sha256))) continue
    let found = false
    for (const dir of filesFrom) {
      const candidate = await fs.readFile(path.join(dir, file.path)).catch(() => null)
      if (candidate && sha256(candidate) === file.sha256) {
        if ((await putObject(candidate)).stored) stored++
        found = true
        break
      }
    }
    if (!found) missingFiles.push(file.path)
  }
  const descriptor: SnapshotDescriptor = {
    kind: 'snapshot',
    releaseId,
    sha256: sha256(bytes),
    content: contentObject.sha256,
    metadata: splits ? metadata! : null,
    missingFiles,
  }
  const put = await putObject(canonicalJSON(descriptor))
  if (put.stored) stored++
  return { descriptor: put.sha256, stored }
}

/** Who published a release and when citizens started seeing it, as the database records it. */
export interface PublicationInfo {
  recordId: string
  action: 'publish' | 'rollback'
  liveAt: string
  requestedBy: { id: string; email?: string | null; name?: string | null } | null
  scope: string | null
  locality: { id: string; name?: string | null } | null
  baseReleaseId: string | null
  contentHash: string | null
  counts: Record<string, unknown> | null
}

export interface ArchivedRelease {
  version: 1
  releaseId: string
  manifest: ReleaseManifest
  /** releaseId → descriptor hash, for every snapshot the manifest's sources name */
  snapshots: Record<string, string>
  /** the publish that made it; absent for a release archived from disk with no record known yet */
  publication?: PublicationInfo
}

/** True once a release's record is written, which is after all its objects are. */
export const isArchived = (releaseId: string): Promise<boolean> =>
  archiveStorage().exists(releaseRecordPath(releaseId))

export async function readArchivedRelease(releaseId: string): Promise<ArchivedRelease | null> {
  const storage = archiveStorage()
  try {
    const bytes = await storage.read(releaseRecordPath(releaseId))
    return bytes ? (JSON.parse(bytes.toString('utf8')) as ArchivedRelease) : null
  } catch (error) {
    throw new ArchiveIntegrityError(
      `Không đọc được hồ sơ ${storage.where(releaseRecordPath(releaseId))}: ${(error as Error).message}.`,
    )
  }
}

/**
 * Archives every snapshot a release directory's manifest names (its own and, for a locality
 * release, those of the releases its other pages come from), with their form files, and writes
 * the release's record. Cheap to repeat: what is archived already is only hashed again.
 */
export async function archiveRelease(
  dir: string,
  { filesFrom = [] }: { filesFrom?: string[] } = {},
): Promise<{ releaseId: string; snapshots: Record<string, string>; stored: number }> {
  const manifest = await readManifest(dir)
  const ids = [
    manifest.sources.province,
    ...Object.values(manifest.sources.localities).map((s) => s.releaseId),
  ]
  const snapshots: Record<string, string> = {}
  let stored = 0
  for (const id of [...new Set(ids)]) {
    const file = await findSnapshot(dir, id)
    if (!file)
      throw new Error(
        `Không lưu trữ được bản phát hành ${manifest.releaseId}: thư mục của nó không còn bản dữ liệu (snapshot) của ${id}.`,
      )
    const archived = await archiveSnapshot(file, id, [...filesFrom, dir])
    snapshots[id] = archived.descriptor
    stored += archived.stored
  }
  // Written once: the same directory always gives the same record (its snapshots are named by content).
  if (!(await readArchivedRelease(manifest.releaseId))) {
    const record: ArchivedRelease = {
      version: 1,
      releaseId: manifest.releaseId,
      manifest,
      snapshots,
    }
    await archiveStorage().write(
      releaseRecordPath(manifest.releaseId),
      JSON.stringify(record, null, 2) + '\n',
    )
  }
  return { releaseId: manifest.releaseId, snapshots, stored }
}

/**
 * Records in the archive that the public site switched to a release (a publish or a rollback),
 * and, for a publish, who made it and when it went live in the release's own record.
 */
export async function archiveSwitch(releaseId: string, info: PublicationInfo): Promise<void> {
  const storage = archiveStorage()
  const stamp = info.liveAt.replace(/[:.]/g, '-')
  const event = `timeline/${safeName(stamp)}-${safeName(info.recordId)}.json`
  if (!(await storage.exists(event)))
    await storage.write(event, JSON.stringify({ releaseId, ...info }, null, 2) + '\n')
  if (info.action !== 'publish') return
  const existing = await readArchivedRelease(releaseId)
  if (!existing || existing.publication) return // a publish is recorded once; the first account stands
  await storage.write(
    releaseRecordPath(releaseId),
    JSON.stringify({ ...existing, publication: info }, null, 2) + '\n',
  )
}

/** The switches the archive knows of, oldest first. */
export async function archivedTimeline(): Promise<(PublicationInfo & { releaseId: string })[]> {
  const storage = archiveStorage()
  const names = (await storage.list('timeline'))
    .filter((n) => n.endsWith('.json') && !n.includes('/'))
    .sort()
  return Promise.all(
    names.map(async (n) => JSON.parse((await storage.read(`timeline/${n}`))!.toString('utf8'))),
  )
}

/**
 * Writes an archived snapshot back as a snapshot directory (snapshot.json and files/), byte for
 * byte what the release was built from; every object is checked against its hash on the way.
 */
export async function restoreSnapshot(
  descriptorSha: string,
  outDir: string,
): Promise<{ releaseId: string; bytes: Buffer }> {
  const descriptor = JSON.parse(
    (await readObject(descriptorSha)).toString('utf8'),
  ) as SnapshotDescriptor
  const content = await readObject(descriptor.content)
  const bytes = descriptor.metadata
    ? Buffer.from(
        canonicalJSON({ metadata: descriptor.metadata, ...JSON.parse(content.toString('utf8')) }),
      )
    : content
  if (sha256(bytes) !== descriptor.sha256) {
    throw new ArchiveIntegrityError(
      `Bản dữ liệu ${descriptor.releaseId} dựng lại từ kho không khớp mã SHA-256 ${descriptor.sha256} đã ghi.`,
    )
  }
  if (descriptor.missingFiles.length) {
    throw new Error(
      `Không dựng lại được bản dữ liệu ${descriptor.releaseId}: khi lưu trữ, thư mục phát hành đã không còn ${descriptor.missingFiles.length} tệp mẫu đơn ` +
        `đúng nội dung (${descriptor.missingFiles.slice(0, 5).join(', ')}${descriptor.missingFiles.length > 5 ? ', …' : ''}).`,
    )
  }
  await fs.mkdir(outDir, { recursive: true })
  await fs.writeFile(path.join(outDir, 'snapshot.json'), bytes)
  for (const file of (JSON.parse(bytes.toString('utf8')) as SnapshotJSON).files ?? []) {
    const target = path.join(outDir, file.path)
    await fs.mkdir(path.dirname(target), { recursive: true })
    await fs.writeFile(target, await readObject(file.sha256))
  }
  return { releaseId: descriptor.releaseId, bytes }
}

/** Every object of the archive read back and checked against its name: the problems found, in Vietnamese. */
export async function verifyArchive(): Promise<{
  objects: number
  releases: number
  problems: string[]
}> {
  const problems: string[] = []
  let objects = 0
  const storage = archiveStorage()
  // Interrupted writes (.tmp-…, never renamed into place) are not listed.
  for (const rel of (await storage.list('objects')).sort()) {
    objects++
    const [prefix, name, ...deeper] = rel.split('/')
    const sha = (name ?? '').replace(/\.gz$/, '')
    if (deeper.length || !SHA256.test(sha) || prefix !== sha.slice(0, 2)) {
      problems.push(
        `${storage.where(`objects/${rel}`)}: tên tệp không phải mã SHA-256 ở đúng thư mục.`,
      )
      continue
    }
    await readObject(sha).catch((error: Error) => problems.push(error.message))
  }
  const records = (await storage.list('releases')).filter(
    (n) => n.endsWith('.json') && !n.includes('/'),
  )
  for (const name of records) {
    const record = await readArchivedRelease(name.replace(/\.json$/, '')).catch(
      (error: Error) => (problems.push(error.message), null),
    )
    for (const [id, sha] of Object.entries(record?.snapshots ?? {})) {
      if (!(await hasObject(sha)))
        problems.push(`Hồ sơ ${name}: kho lưu trữ thiếu bản dữ liệu của ${id} (${sha}).`)
    }
  }
  return { objects, releases: records.length, problems }
}
