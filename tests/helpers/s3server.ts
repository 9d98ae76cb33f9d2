import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type S3rver from '@20minutes/s3rver'

import { localS3Env, startLocalS3 } from '../../scripts/lib/localS3'

/**
 * A real S3-compatible server for tests (@20minutes/s3rver, in this process): loopback only, a
 * random port, its own temporary folder. `stop()` and `start()` again on the same port and folder
 * make the bucket unreachable and then back with its objects, as an outage would.
 * s3rver has no access control for anonymous requests: what a bucket policy forbids is
 * documented (docs/deploy.md), not shown here.
 */
export interface S3TestServer {
  endpoint: string
  directory: string
  /** the environment that points the application at it */
  env: Record<string, string>
  start(): Promise<void>
  stop(): Promise<void>
  /** the file where s3rver keeps an object's bytes (to put a real failure in its way) */
  objectFile(bucket: string, key: string): string
}

export async function startS3Server(buckets: string[]): Promise<S3TestServer> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-s3-'))
  let port = 0
  let server: S3rver | null = null
  const start = async () => {
    const local = await startLocalS3({ directory, port, buckets })
    server = local.server
    port = local.port
  }
  await start()
  const endpoint = `http://127.0.0.1:${port}`
  return {
    endpoint,
    directory,
    env: localS3Env(endpoint),
    start,
    stop: async () => {
      const running = server
      server = null
      if (!running) return
      // Ends keep-alive connections too, so that the next request really finds nothing listening.
      const closed = running.close()
      running.httpServer?.closeAllConnections()
      await closed
    },
    objectFile: (bucket, key) => {
      const parts = key.split('/')
      const last = parts.pop()!
      return path.join(directory, bucket, ...parts, `${last}._S3rver_object`)
    },
  }
}
