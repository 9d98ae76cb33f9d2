/**
 * npm run s3:local [-- --dir data/s3] [--port 4569]: an S3-compatible server on this machine
 * (@20minutes/s3rver, a dev dependency) with the two buckets the application uses, `media` and
 * `releases`, for trying several instances and S3 storage without a provider (docs/deploy.md,
 * "Trying it on one machine"). Loopback only; keeps its objects in --dir across restarts; prints
 * the environment that points `npm start` and `npm run worker` at it. Ctrl+C stops it.
 *
 * The package's own command line (lib/cli.js) is published without the file that runs it, so the
 * server is started through its API (scripts/lib/localS3.ts, which the tests use too).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { rootDir } from '../cms/lib/paths'
import { localS3Env, startLocalS3 } from './lib/localS3'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: path.join(rootDir, 'data', 's3') },
    port: { type: 'string', default: '4569' },
  },
})
const port = Number(values.port)
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`Cổng không hợp lệ: "${values.port}" (cần một số từ 1 đến 65535).`)
  process.exit(1)
}
const directory = path.resolve(values.dir)
fs.mkdirSync(directory, { recursive: true })

const BUCKETS = ['media', 'releases']

startLocalS3({ directory, port, buckets: BUCKETS })
  .then(({ server, endpoint }) => {
    const env = { ...localS3Env(endpoint), S3_BUCKET: 'media', RELEASES_BUCKET: 'releases' }
    console.log(`Máy chủ S3 thử nghiệm: ${endpoint} (dữ liệu trong ${directory})`)
    console.log('Hai kho: media (tệp tải lên), releases (bản phát hành). Đặt cho npm start:\n')
    console.log(
      `export ${Object.entries(env)
        .map(([name, value]) => `${name}=${value}`)
        .join(' ')}\n`,
    )
    console.log('Nhấn Ctrl+C để dừng.')
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.on(signal, () => {
        void server.close().finally(() => process.exit(0))
      })
  })
  .catch((error: unknown) => {
    console.error(
      `Không khởi động được máy chủ S3 trên 127.0.0.1:${port}: ${error instanceof Error ? error.message : String(error)}`,
    )
    process.exit(1)
  })
