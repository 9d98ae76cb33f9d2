import fs from 'node:fs/promises'
import path from 'node:path'

import { canonicalJSON, type Snapshot } from '../content-schemas'

/**
 * Writes a snapshot and its files into `dir` (snapshot.json, files/…). The JSON is canonical, so
 * two exports of the same content are byte-identical apart from the metadata.
 */
export async function writeSnapshot(
  {
    snapshot,
    files,
  }: {
    snapshot: Snapshot
    /** files to write: their bytes, or an absolute source path → path inside the snapshot directory */
    files: readonly ({ source: string; target: string } | { bytes: Uint8Array; target: string })[]
  },
  dir: string,
): Promise<string> {
  await fs.mkdir(dir, { recursive: true })
  for (const file of files) {
    const target = path.join(dir, file.target)
    await fs.mkdir(path.dirname(target), { recursive: true })
    if ('bytes' in file) await fs.writeFile(target, file.bytes)
    else await fs.copyFile(file.source, target)
  }
  const out = path.join(dir, 'snapshot.json')
  await fs.writeFile(out, canonicalJSON(snapshot))
  return out
}
