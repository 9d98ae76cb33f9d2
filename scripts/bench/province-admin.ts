/**
 * An admin on the province-scale data set, to open in a browser (issue 13: list views ≤ 1 s):
 *
 *   BENCH_KEEP=dir node --import tsx scripts/bench/province-admin.ts /tmp/province-admin
 *   DATA_DIR=/tmp/province-admin PUBLISH_ON_START=0 PORT=3399 SITE_PORT=4399 npm start
 *
 * or, on PostgreSQL (BENCH_POSTGRES_URL or TEST_POSTGRES_URL names the server), a copy of the
 * kept database under a name of its own, printed as the DATABASE_URI to start the admin with:
 *
 *   BENCH_KEEP=dir node --import tsx scripts/bench/province-admin.ts --postgres
 *   ADMIN_BENCH_EMAIL=dohieunang@bench.gov.vn node --import tsx scripts/bench/admin-pages.ts --lists http://127.0.0.1:3399
 *
 * Copies the SQLite data set kept by `npm run bench:cms` (BENCH_KEEP, same BENCH_* settings) to
 * `<dir>/catalogue.db`, where `npm start` looks with DATA_DIR=<dir>, and adds a legal officer
 * (password: the demo's) to sign in with. The copy is the admin's own: the kept set is not touched.
 */
import fs from 'node:fs'
import path from 'node:path'

import { DEMO_PASSWORD } from '../seed/demoUsers'
import { startBenchPayload, stopBenchPayload } from './lib/database'
import { ensureBenchUser } from './lib/benchUser'
import { databaseWithDataFromEnv } from './lib/keptDatabase'

export const BENCH_ADMIN_EMAIL = 'dohieunang@bench.gov.vn'

const postgres = process.argv.includes('--postgres')
const out = path.resolve(process.argv[2] ?? '')
if ((!postgres && !process.argv[2]) || !process.env.BENCH_KEEP) {
  console.error(
    'Cách dùng: BENCH_KEEP=<thư mục> province-admin.ts <thư mục dữ liệu của admin> | --postgres',
  )
  process.exit(2)
}
const kind = postgres ? 'postgres' : 'sqlite'
const { database, payload } = await databaseWithDataFromEnv(kind, console.log)
if (postgres) {
  // The clone is the admin's: kept, not dropped (drop it by hand when done).
  await ensureBenchUser(payload, {
    email: BENCH_ADMIN_EMAIL,
    password: DEMO_PASSWORD,
    roles: ['legal-officer'],
  })
  await stopBenchPayload(payload, undefined)
  console.log(`DATABASE_URI=${database.uri}  ${BENCH_ADMIN_EMAIL} / ${DEMO_PASSWORD}`)
  process.exit(0)
}
await stopBenchPayload(payload, undefined)
fs.mkdirSync(out, { recursive: true })
const target = path.join(out, 'catalogue.db')
fs.copyFileSync(database.uri.replace(/^file:/, ''), target)
await database.drop()
const admin = await startBenchPayload({
  kind: 'sqlite',
  uri: `file:${target}`,
  label: target,
  drop: async () => {},
})
await ensureBenchUser(admin, {
  email: BENCH_ADMIN_EMAIL,
  password: DEMO_PASSWORD,
  roles: ['legal-officer'],
})
await stopBenchPayload(admin, undefined)
console.log(`${target}: ${BENCH_ADMIN_EMAIL} / ${DEMO_PASSWORD}`)
process.exit(0)
