import crypto from 'node:crypto'

import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  paginateListObjectsV2,
  type ListObjectsV2CommandOutput,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3'

/**
 * An S3-compatible bucket, as the release layer and the CMS use it. The connection is read from
 * the environment once per call (tests and scripts set it at run time):
 *
 *   S3_ENDPOINT            e.g. https://s3.example.vn or http://127.0.0.1:9000 (none: AWS)
 *   S3_REGION              default us-east-1
 *   S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY
 *   S3_FORCE_PATH_STYLE    1/true for MinIO, Ceph and most self-hosted servers
 *   S3_BUCKET              uploads (cms/collections/Media/storage.ts); private
 *   RELEASES_BUCKET        releases, their `current.json` pointer and the archive (docs/deploy.md)
 */
export function s3ClientConfig(): S3ClientConfig {
  const env = process.env
  return {
    region: env.S3_REGION || 'us-east-1',
    ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
    forcePathStyle: /^(1|true|yes)$/i.test(env.S3_FORCE_PATH_STYLE ?? ''),
    ...(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
      ? {
          credentials: {
            accessKeyId: env.S3_ACCESS_KEY_ID,
            secretAccessKey: env.S3_SECRET_ACCESS_KEY,
          },
        }
      : {}),
    // A stopped server must fail a publish in seconds, not after the SDK's minutes of retries.
    maxAttempts: 2,
  }
}

/** The uploads' bucket, when uploads are stored in S3 (S3_BUCKET and S3_ENDPOINT set). */
export const mediaBucket = (): string | null =>
  process.env.S3_BUCKET && process.env.S3_ENDPOINT ? process.env.S3_BUCKET : null

export interface StoredObject {
  key: string
  size: number
  /** MD5 of the bytes for an object written in one PUT, as S3 reports it (without quotes) */
  etag: string
}

/** Where a bucket is, for messages: "s3://bucket (endpoint)". */
const where = (bucket: string) =>
  `s3://${bucket}${process.env.S3_ENDPOINT ? ` (${process.env.S3_ENDPOINT})` : ''}`

/** A failure of the bucket itself, said in Vietnamese with the bucket and the key. */
export class ObjectStoreError extends Error {
  constructor(action: string, bucket: string, key: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message || cause.name : String(cause)
    super(`Không ${action} ${key} trong kho ${where(bucket)}: ${reason}`, { cause })
    this.name = 'ObjectStoreError'
  }
}

const notFound = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } }
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404
}

const clients = new Map<string, S3Client>()

/** A small interface over one bucket: what releases and the archive need, nothing more. */
export class ObjectStore {
  readonly bucket: string
  private readonly client: S3Client

  constructor(bucket: string, config: S3ClientConfig = s3ClientConfig()) {
    this.bucket = bucket
    const cacheKey = JSON.stringify({ bucket, ...config })
    if (!clients.has(cacheKey)) clients.set(cacheKey, new S3Client(config))
    this.client = clients.get(cacheKey)!
  }

  where(key: string): string {
    return `s3://${this.bucket}/${key}`
  }

  /** Writes an object whole (S3 checks the bytes against Content-MD5 before storing them). */
  async put(
    key: string,
    body: Buffer | string,
    headers: { contentType?: string; cacheControl?: string; contentEncoding?: string } = {},
  ): Promise<void> {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: bytes,
          ContentMD5: crypto.createHash('md5').update(bytes).digest('base64'),
          ContentType: headers.contentType,
          CacheControl: headers.cacheControl,
          ContentEncoding: headers.contentEncoding,
        }),
      )
    } catch (error) {
      throw new ObjectStoreError('ghi được', this.bucket, key, error)
    }
  }

  /** The bytes of an object, or null when there is none. */
  async get(key: string): Promise<Buffer | null> {
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }))
      return Buffer.from(await answer.Body!.transformToByteArray())
    } catch (error) {
      if (notFound(error)) return null
      throw new ObjectStoreError('đọc được', this.bucket, key, error)
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }))
      return true
    } catch (error) {
      if (notFound(error)) return false
      throw new ObjectStoreError('kiểm tra được', this.bucket, key, error)
    }
  }

  /** Every object whose key starts with `prefix`. */
  async list(prefix: string): Promise<StoredObject[]> {
    const out: StoredObject[] = []
    for (const page of await this.pages(prefix))
      for (const o of page.Contents ?? [])
        out.push({ key: o.Key!, size: o.Size ?? 0, etag: (o.ETag ?? '').replace(/"/g, '') })
    return out
  }

  /** The "folders" right under `prefix` (keys up to the next "/"). */
  async folders(prefix: string): Promise<string[]> {
    const out: string[] = []
    for (const page of await this.pages(prefix, '/'))
      for (const p of page.CommonPrefixes ?? [])
        out.push(p.Prefix!.slice(prefix.length).replace(/\/$/, ''))
    return out
  }

  /** Every page of a listing under `prefix` (the SDK's paginator follows the continuation tokens). */
  private async pages(prefix: string, delimiter?: string): Promise<ListObjectsV2CommandOutput[]> {
    const pages: ListObjectsV2CommandOutput[] = []
    try {
      for await (const page of paginateListObjectsV2(
        { client: this.client },
        { Bucket: this.bucket, Prefix: prefix || undefined, Delimiter: delimiter },
      ))
        pages.push(page)
    } catch (error) {
      throw new ObjectStoreError('liệt kê được', this.bucket, `${prefix}*`, error)
    }
    return pages
  }

  async delete(keys: string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += 1000) {
      const batch = keys.slice(i, i + 1000)
      try {
        await this.client.send(
          new DeleteObjectsCommand({
            Bucket: this.bucket,
            Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
          }),
        )
      } catch (error) {
        throw new ObjectStoreError('xóa được', this.bucket, batch[0], error)
      }
    }
  }
}

/** The bucket releases are pushed to, when RELEASES_BUCKET is set; otherwise they stay on disk. */
export function releasesStore(): ObjectStore | null {
  const bucket = process.env.RELEASES_BUCKET
  return bucket ? new ObjectStore(bucket) : null
}
