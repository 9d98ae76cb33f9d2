import crypto from 'node:crypto'
import type { Dirent } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import { archiveDir } from '../paths'
import { releasesStore, type ObjectStore } from './objectStore'

/**
 * Where the archive (releaseArchive.ts) keeps its files: the folder ARCHIVE_DIR, or, when releases
 * are pushed to a bucket (RELEASES_BUCKET), the keys under `archive/` there, so that every
 * instance writes to and reads from the same archive. Paths are relative and use "/".
 */
export interface ArchiveStorage {
  /** The full name of a file, for messages. */
  where(rel: string): string
  exists(rel: string): Promise<boolean>
  /** The bytes, or null when there is no such file. */
  read(rel: string): Promise<Buffer | null>
  /** Writes the whole file or nothing. */
  write(rel: string, bytes: Buffer | string): Promise<void>
  /** Every file under a folder, as paths relative to the folder, unsorted. */
  list(dir: string): Promise<string[]>
}

const ARCHIVE_PREFIX = 'archive/'

export function archiveStorage(): ArchiveStorage {
  const store = releasesStore()
  return store ? bucketArchive(store) : diskArchive(archiveDir())
}

function bucketArchive(store: ObjectStore): ArchiveStorage {
  const key = (rel: string) => ARCHIVE_PREFIX + rel
  return {
    where: (rel) => store.where(key(rel)),
    exists: (rel) => store.exists(key(rel)),
    read: (rel) => store.get(key(rel)),
    // One PUT is atomic: a reader sees the whole object or none.
    write: (rel, bytes) => store.put(key(rel), bytes, { contentType: 'application/octet-stream' }),
    list: async (dir) => {
      const prefix = key(`${dir}/`)
      return (await store.list(prefix)).map((o) => o.key.slice(prefix.length))
    },
  }
}

function diskArchive(root: string): ArchiveStorage {
  const file = (rel: string) => path.join(root, ...rel.split('/'))
  return {
    where: file,
    exists: (rel) =>
      fs.stat(file(rel)).then(
        () => true,
        () => false,
      ),
    read: async (rel) => {
      try {
        return await fs.readFile(file(rel))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
    },
    write: (rel, bytes) => writeAtomic(file(rel), bytes),
    list: async (dir) => {
      const names = (await fs
        .readdir(file(dir), { recursive: true, withFileTypes: true })
        .catch(() => [])) as Dirent[]
      return names
        .filter((e) => e.isFile() && !e.name.startsWith('.tmp-')) // .tmp-: a write interrupted before its rename
        .map((e) =>
          path.relative(file(dir), path.join(e.parentPath, e.name)).split(path.sep).join('/'),
        )
    },
  }
}

/** Writes a whole file or nothing: a temporary file is synced, renamed over, and the rename synced. */
async function writeAtomic(file: string, bytes: Buffer | string): Promise<void> {
  const dir = path.dirname(file)
  await fs.mkdir(dir, { recursive: true })
  const temporary = path.join(dir, `.tmp-${process.pid}-${crypto.randomBytes(6).toString('hex')}`)
  const handle = await fs.open(temporary, 'wx')
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await fs.rename(temporary, file)
  } catch (error) {
    await fs.rm(temporary, { force: true })
    throw error
  }
  const folder = await fs.open(dir, 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}
