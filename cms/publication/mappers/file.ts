import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { FileRef } from '../../../content-schemas'
import type { Media } from '../../payload-types'

/** Where a file lives inside the release. */
export const releasePath = (m: Pick<Media, 'id' | 'filename'>) => `files/${m.id}/${m.filename}`

export const toFileRef = (m: Media, bytes: Uint8Array): FileRef => ({
  id: m.id,
  title: m.title,
  path: releasePath(m),
  mimeType: m.mimeType ?? 'application/octet-stream',
  size: bytes.length,
  sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
})

/** Reads each file from the upload directory: its reference in the snapshot and its copy into the release. */
export async function readFiles(media: Media[], staticDir: string) {
  const refs: FileRef[] = []
  const copies: { source: string; target: string }[] = []
  for (const m of media) {
    const source = path.join(staticDir, m.filename!)
    refs.push(toFileRef(m, await fs.readFile(source)))
    copies.push({ source, target: releasePath(m) })
  }
  return { refs, copies }
}
