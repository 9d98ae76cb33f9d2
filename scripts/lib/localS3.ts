import S3rver from '@20minutes/s3rver'

/**
 * An S3-compatible server on this machine (@20minutes/s3rver, a dev dependency), for the tests
 * and for trying S3 storage without a provider (`npm run s3:local`). Loopback only.
 */
export interface LocalS3 {
  server: S3rver
  port: number
  endpoint: string
}

/** The environment that points the application at a local server (s3rver's built-in account). */
export const localS3Env = (endpoint: string): Record<string, string> => ({
  S3_ENDPOINT: endpoint,
  S3_REGION: 'us-east-1',
  S3_ACCESS_KEY_ID: 'S3RVER',
  S3_SECRET_ACCESS_KEY: 'S3RVER',
  S3_FORCE_PATH_STYLE: '1',
})

export async function startLocalS3(options: {
  directory: string
  /** 0: any free port */
  port: number
  buckets: string[]
}): Promise<LocalS3> {
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port,
    directory: options.directory,
    silent: true,
    // s3rver signs a bucket's listing as "/bucket", the AWS SDK as "/bucket/": without this every
    // listing (a release's check after upload, a rollback's) is refused. A real provider needs none.
    allowMismatchedSignatures: true,
    configureBuckets: options.buckets.map((name) => ({ name, configs: [] })),
  })
  const { port } = await server.run()
  return { server, port, endpoint: `http://127.0.0.1:${port}` }
}
