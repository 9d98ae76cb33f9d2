import type { CollectionConfig, Config, Field } from 'payload'
import { expect, it } from 'vitest'

import { mediaStorage } from '../../cms/collections/Media/storage'
import { setEnv } from '../helpers/env'

/**
 * Switching uploads between the disk and a bucket must need no migration: the storage plugin adds
 * the same fields to the media collection whether S3 is on or off (cms/collections/Media/storage.ts).
 * A migration generated while S3 was on would otherwise drop a column the disk mode writes.
 */
const media: CollectionConfig = {
  slug: 'media',
  upload: true,
  fields: [{ name: 'title', type: 'text' }],
}

const fieldsOf = (config: Config) =>
  (config.collections ?? [])
    .find((c) => c.slug === 'media')!
    .fields.map((f: Field) => ('name' in f ? `${f.name}:${f.type}` : f.type))

function mediaFields(env: Record<string, string | undefined>) {
  const restore = setEnv(env)
  try {
    const plugin = mediaStorage()
    return fieldsOf(plugin({ collections: [media] } as Config) as Config)
  } finally {
    restore()
  }
}

it('gives the media collection the same fields with uploads on disk and in a bucket', () => {
  const onDisk = mediaFields({ S3_BUCKET: undefined, S3_ENDPOINT: undefined })
  const inBucket = mediaFields({ S3_BUCKET: 'media', S3_ENDPOINT: 'http://127.0.0.1:9' })
  expect(onDisk).toContain('prefix:text')
  expect(onDisk).toContain('_objectKey:text')
  expect(inBucket).toEqual(onDisk)
})
