import { s3Storage } from '@payloadcms/storage-s3'

import { mediaBucket, s3ClientConfig } from '../../../release/targets/objectStore'

/**
 * Uploads in an S3-compatible bucket when S3_BUCKET and S3_ENDPOINT are set (connection:
 * release/targets/objectStore.ts); on the local disk (`upload.staticDir`) otherwise.
 *
 * The CMS stays the gate: Payload's own file endpoint checks read access (`readMedia`) and then
 * streams the object from the bucket; `disablePayloadAccessControl` is left unset, so no document
 * ever carries a bucket URL, and the bucket itself stays private (docs/deploy.md, "Lưu trữ S3").
 * The plugin's fields (`prefix`, `_objectKey`) are in the schema either way, so switching storage
 * needs no migration (tests/storage/media-schema.test.ts).
 */
export function mediaStorage() {
  const bucket = mediaBucket()
  return s3Storage({
    enabled: bucket !== null,
    alwaysInsertFields: true,
    bucket: bucket ?? '',
    config: s3ClientConfig(),
    // The plugin caches its client by bucket name alone; two endpoints with a bucket of the same name
    // (a test's servers, a migration between providers) must not share one.
    clientCacheKey: `s3:${bucket}:${process.env.S3_ENDPOINT}`,
    // An empty prefix (keys are file names, as on disk) rather than none: with no prefix the enabled
    // plugin leaves the `prefix` field out, and the schema would differ from the disabled one.
    collections: { media: { prefix: '' } },
  })
}
