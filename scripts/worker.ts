/**
 * npm run worker: runs the jobs without serving the admin — the publishes that admin instances
 * started with PAYLOAD_JOBS_AUTORUN=false only queue, the nightly review check and the midnight
 * effect of decisions (cms/jobs/jobsMode.ts). For several instances on one PostgreSQL or MongoDB
 * database, so that the admin's memory and CPU serve officers while a publish builds elsewhere
 * (docs/deploy.md). Each run happens once however many workers or instances run
 * (cms/jobs/runOnce.ts). Start it after `npm start` has prepared the database.
 */
import fs from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'

import { databaseKind } from '../cms/db'
import { rootDir } from '../cms/lib/paths'
import { isUsableSecret, resolveSecret } from '../cms/lib/secret'
import { ensureNode24 } from './lib/ensureNode'

ensureNode24()
if (fs.existsSync(path.join(rootDir, '.env'))) process.loadEnvFile(path.join(rootDir, '.env'))

if (process.env.NODE_ENV === 'production' && !isUsableSecret(process.env.PAYLOAD_SECRET)) {
  console.error(
    'Từ chối khởi động tiến trình việc nền: NODE_ENV=production nhưng PAYLOAD_SECRET chưa được đặt hoặc là giá trị mặc định.',
  )
  process.exit(1)
}
process.env.PAYLOAD_SECRET = resolveSecret()
// The schedules read Vietnam time, as in the admin's server (scripts/lib/cmsServer.ts).
process.env.TZ = 'Asia/Ho_Chi_Minh'
process.env.PAYLOAD_JOBS_AUTORUN = 'true'
process.env.PAYLOAD_JOBS_WORKER = 'true'

async function main() {
  const { default: config } = await import('../cms/payload.config')
  // cron: Payload starts the autoRun schedules of this process (jobs.autoRun).
  const payload = await getPayload({ config, cron: true })
  console.log(
    `Tiến trình việc nền đang chạy (cơ sở dữ liệu: ${databaseKind(process.env.DATABASE_URI)}): ` +
      'xuất bản được yêu cầu từ trang quản trị, kiểm tra rà soát lúc 01:00, quyết định có hiệu lực lúc 00:00.',
  )
  let stopping = false
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      if (stopping) return
      stopping = true
      console.log('Đang dừng tiến trình việc nền…')
      void payload.destroy().finally(() => process.exit(0))
    })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
