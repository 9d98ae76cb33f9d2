/**
 * npm start: prepares the database (migrations, demo data when empty), publishes the catalogue
 * when nothing is live yet (cms/collections/Releases/firstPublish.ts), builds the admin when its
 * sources changed, and serves it. `npm run dev` serves it with Next's dev server instead.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

import { firstPublishSkipped, publishFirstRelease } from '../cms/collections/Releases/firstPublish'
import { databaseKind } from '../cms/db'
import { rootDir } from '../cms/lib/paths'
import { isUsableSecret, resolveSecret } from '../cms/lib/secret'
import { serveReleases } from '../release/serveReleases'
import { buildCms } from './lib/cmsBuild'
import { ensureNode24 } from './lib/ensureNode'
import { prepareDatabase } from './lib/prepareDatabase'
import { adminMemoryEnv, adminNodeOptions } from './lib/serverMemory'
import { DEMO_PASSWORD, demoUsers } from './seed/demoUsers'
import { roleLabels } from '../cms/access/roles'

ensureNode24()
if (fs.existsSync(path.join(rootDir, '.env'))) process.loadEnvFile(path.join(rootDir, '.env'))

const production = process.env.NODE_ENV === 'production'
const dev = process.argv.includes('--dev')
const port = Number(process.env.PORT) || 3000
const sitePort = Number(process.env.SITE_PORT) || 4321

if (production && !isUsableSecret(process.env.PAYLOAD_SECRET)) {
  console.error(
    'Từ chối khởi động: NODE_ENV=production nhưng PAYLOAD_SECRET chưa được đặt hoặc là giá trị mặc định.\n' +
      'Hãy đặt một chuỗi ngẫu nhiên dài, ví dụ: export PAYLOAD_SECRET=$(openssl rand -hex 32)',
  )
  process.exit(1)
}
// The Next server runs in production mode; hand it the same secret the scripts use.
process.env.PAYLOAD_SECRET = resolveSecret()
process.env.NEXT_TELEMETRY_DISABLED = '1'

/**
 * The first publish, in the background: the public server says meanwhile that it is running.
 * Its failure is printed and recorded, and stops nothing: the admin can publish again.
 */
async function firstPublish(payload: Payload): Promise<void> {
  console.log(
    `Chưa có bản phát hành nào: đang xuất bản danh mục lên trang công khai lần đầu (1–2 phút); trong lúc đó http://localhost:${sitePort}/ báo đang xuất bản.`,
  )
  try {
    const result = await publishFirstRelease(payload)
    if (result.state === 'live') {
      console.log(
        `Đã xuất bản lần đầu (bản ${result.releaseId}, ${Math.round(result.durationMs / 1000)} giây): http://localhost:${sitePort}/`,
      )
      return
    }
    console.error(`Xuất bản lần đầu thất bại: ${result.error}`)
  } catch (error) {
    console.error(
      `Xuất bản lần đầu thất bại: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  console.error(
    'Trang quản trị vẫn chạy. Hãy đăng nhập bằng tài khoản có vai trò người xuất bản và bấm "Xuất bản" trong Xuất bản → Bản phát hành; ' +
      'nhật ký của lần xuất bản lỗi nằm ở đó.',
  )
}

function printWelcome() {
  const url = `http://localhost:${port}`
  console.log(`\nTrang quản trị: ${url}/admin`)
  console.log(`Trang công khai (bản phát hành hiện tại): http://localhost:${sitePort}/`)
  console.log(`Cơ sở dữ liệu: ${databaseKind(process.env.DATABASE_URI)}`)
  if (!production) {
    console.log(`\nTài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):`)
    for (const user of demoUsers) {
      console.log(
        `  ${user.email.padEnd(34)} ${user.roles.map((r) => roleLabels[r].vi).join(', ')}`,
      )
    }
  }
  console.log('\nNhấn Ctrl+C để dừng.\n')
}

async function main() {
  const { default: config } = await import('../cms/payload.config')
  const payload = await getPayload({ config })
  await prepareDatabase(payload, { production })
  const skipped = await firstPublishSkipped(payload, { production })
  let publishing = skipped === null
  serveReleases({ port: sitePort, firstPublish: () => publishing })
  // The admin builds meanwhile; this process's Payload stays open until the publish has finished.
  void (publishing ? firstPublish(payload) : Promise.resolve()).finally(() => {
    publishing = false
    void payload.destroy()
  })
  if (!dev) await buildCms()
  // Next behind a thin server that records each request's peer address (scripts/lib/cmsServer.ts).
  const server = path.join(rootDir, 'scripts', 'lib', 'cmsServer.ts')
  const next = spawn(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      server,
      ...(dev ? ['--dev'] : []),
      '--port',
      String(port),
    ],
    {
      cwd: rootDir,
      stdio: ['ignore', 'pipe', 'inherit'],
      // In production, the memory settings measured at province scale (scripts/lib/serverMemory.ts).
      env: {
        PAYLOAD_JOBS_AUTORUN: 'true',
        ...(dev ? {} : adminMemoryEnv()),
        ...process.env,
        NODE_OPTIONS: dev ? '--no-deprecation' : `--no-deprecation ${adminNodeOptions()}`,
      },
    },
  )
  let welcomed = false
  next.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk)
    if (!welcomed && /Ready|started server|Local:/i.test(chunk.toString())) {
      welcomed = true
      printWelcome()
    }
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal))
  next.on('exit', (code) => process.exit(code ?? 0))
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
