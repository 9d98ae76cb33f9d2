import crypto from 'node:crypto'

import type { Payload } from 'payload'

import type { FileRef } from '../../../content-schemas'
import { mediaBytes } from '../../collections/Media/fileBytes'
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

/** Reads each file from where it is stored: its reference in the snapshot and its copy into the release. */
export async function readFiles(payload: Payload, media: Media[]) {
  const refs: FileRef[] = []
  const copies: { bytes: Buffer; target: string }[] = []
  for (const m of media) {
    const bytes = await mediaBytes(payload, m)
    refs.push(toFileRef(m, bytes))
    copies.push({ bytes, target: releasePath(m) })
  }
  return { refs, copies }
}
