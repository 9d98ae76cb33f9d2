import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate'

import type { ImportedSet } from '../records'

/** What a planned set keeps of its input, so the write re-plans against the catalogue as it is then. */
export interface StoredSource {
  set: ImportedSet
  origins: Record<string, string>
  /** the parts whose silence in the new record the officer takes (`code` or `code:path`) */
  takeUnstated?: string[]
}

/** Gzip and base64: a province's JSON (megabytes of repetitive text) shrinks about tenfold. */
export const packSource = (source: StoredSource): string =>
  Buffer.from(gzipSync(strToU8(JSON.stringify(source)), { level: 6 })).toString('base64')

export const unpackSource = (packed: string): StoredSource =>
  JSON.parse(strFromU8(gunzipSync(Buffer.from(packed, 'base64')))) as StoredSource
