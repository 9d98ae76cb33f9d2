// @20minutes/s3rver ships no types; what scripts/lib/localS3.ts uses.
declare module '@20minutes/s3rver' {
  import type http from 'node:http'

  export default class S3rver {
    constructor(options: {
      address?: string
      port?: number
      directory?: string
      silent?: boolean
      allowMismatchedSignatures?: boolean
      configureBuckets?: { name: string; configs: unknown[] }[]
    })
    httpServer?: http.Server
    run(): Promise<{ address: string; port: number }>
    close(): Promise<void>
  }
}
