/**
 * npm start: prepares the database (migrations, demo data when empty), builds the admin when its
 * sources changed, and serves it. `npm run dev` serves it with Next's dev server instead.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'

import { databaseKind, runMigrations } from '../cms/db'
import { rootDir } from '../cms/lib/paths'
import { isUsableSecret, resolveSecret } from '../cms/lib/secret'
import { serveReleases } from '../cms/publication/serveReleases'
import { buildCms } from './lib/cmsBuild'
import { ensureNode24 } from './lib/ensureNode'
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

async function prepareDatabase() {
  const { default: config } = await import('../cms/payload.config')
  const payload = await getPayload({ config })
  await runMigrations(payload)
  const { totalDocs } = await payload.count({ collection: 'procedures' })
  if (totalDocs === 0 && !production) {
    console.log('Cơ sở dữ liệu trống: đang nạp dữ liệu mẫu của tỉnh Điện Biên…')
    const { seedDemo } = await import('./seed/seedDemo')
    await seedDemo(payload, (message) => console.log(`  đã nạp ${message}`))
  }
  await payload.destroy()
}

function printWelcome() {
  const url = `http://localhost:${port}`
  console.log(`\nTrang quản trị: ${url}/admin`)
  console.log(`Trang công khai (bản phát hành hiện tại): http://localhost:${sitePort}/`)
  console.log(`Cơ sở dữ liệu: ${databaseKind(process.env.DATABASE_URI)}`)
  if (!production) {
    console.log(`\nTài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):`)
    for (const user of demoUsers) {
      console.log(`  ${user.email.padEnd(34)} ${user.roles.map((r) => roleLabels[r].vi).join(', ')}`)
    }
  }
  console.log('\nNhấn Ctrl+C để dừng.\n')
}

async function main() {
  await prepareDatabase()
  serveReleases({ port: sitePort })
  if (!dev) buildCms()
  // Next behind a thin server that records each request's peer address (scripts/lib/cmsServer.ts).
  const server = path.join(rootDir, 'scripts', 'lib', 'cmsServer.ts')
  const next = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', server, ...(dev ? ['--dev'] : []), '--port', String(port)], {
    cwd: rootDir,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { PAYLOAD_JOBS_AUTORUN: 'true', ...process.env, NODE_OPTIONS: '--no-deprecation' },
  })
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
