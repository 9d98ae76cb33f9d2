import fs from 'node:fs/promises'
import path from 'node:path'

import { getStorageFilePath } from '@payloadcms/plugin-cloud-storage/utilities'
import { createLocalReq, type Payload } from 'payload'

import { mediaBucket, ObjectStore } from '../../../release/targets/objectStore'
import type { Media } from '../../payload-types'

/**
 * The bytes of a media document, wherever they are stored: the upload folder, or the bucket when
 * uploads are in S3 (storage.ts). The key is the plugin's own (its prefix and object key), so a
 * file is read from where the plugin wrote it. The caller has decided the reader may have it.
 */
export async function mediaBytes(payload: Payload, doc: Media): Promise<Buffer> {
  if (!doc.filename) throw new Error(`Tệp đính kèm ${doc.id} không có tên tệp.`)
  const config = payload.collections.media.config
  const bucket = mediaBucket()
  if (!bucket) {
    const staticDir = (config.upload as { staticDir: string }).staticDir
    return fs.readFile(path.join(staticDir, doc.filename))
  }
  const key = await getStorageFilePath({
    collection: config,
    doc: { ...doc, prefix: doc.prefix ?? undefined, _objectKey: doc._objectKey ?? undefined },
    filename: doc.filename,
    req: await createLocalReq({}, payload),
  })
  const bytes = await new ObjectStore(bucket).get(key)
  if (!bytes)
    throw new Error(
      `Không tìm thấy nội dung tệp “${doc.title}” (${doc.filename}) trong kho s3://${bucket}/${key}.`,
    )
  return bytes
}
