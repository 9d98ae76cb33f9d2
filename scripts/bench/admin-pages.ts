/**
 * How long admin pages take to open, in Chromium, on a running admin (`npm start`, demo data):
 * `node --import tsx scripts/bench/admin-pages.ts http://127.0.0.1:3300`.
 *
 * Signs in as the demo's legal officer, opens each page once to warm it (Next loads a route's
 * chunks on its first request), then ADMIN_BENCH_RUNS times (5), each from navigation start until
 * the page's own content is visible. Prints the median and the slowest run of each page against
 * the target of issue 12: ≤ 2 s.
 */
import type { Page } from 'playwright-core'

import { signInToAdmin } from '../../tests/tooling/adminSignIn'
import { launchChromium } from '../../tests/tooling/chromium'
import { DEMO_PASSWORD } from '../seed/demoUsers'

const lists = process.argv.includes('--lists')
const base = (
  process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'http://127.0.0.1:3000'
).replace(/\/$/, '')
const runs = Number(process.env.ADMIN_BENCH_RUNS ?? 5)
/** Issue 12's target for every page; issue 13's for the list views at province scale (--lists). */
const TARGET_MS = lists ? 1000 : 2000

async function idOf(page: Page, collection: string, where: string): Promise<string> {
  const body = (await page.evaluate(
    (url) => fetch(url, { credentials: 'include' }).then((r) => r.json()),
    `${base}/api/${collection}?${where}&limit=1&depth=0`,
  )) as { docs: { id: string }[] }
  return body.docs[0]!.id
}

type AdminPage = { name: string; path: string; ready: string }

/** The demo's pages (issue 12). */
async function demoPages(page: Page): Promise<AdminPage[]> {
  const procedure = await idOf(page, 'procedures', 'where[code][equals]=1.001193')
  return [
    { name: 'Bảng điều khiển', path: '/admin', ready: '.dashboard' },
    { name: 'Việc của tôi', path: '/admin/viec-cua-toi', ready: 'h1' },
    { name: 'Danh sách thủ tục', path: '/admin/collections/procedures', ready: '.table tbody tr' },
    {
      name: 'Thủ tục 1.001193 (sửa)',
      path: `/admin/collections/procedures/${procedure}`,
      ready: '.workflow-controls',
    },
    {
      name: 'Thủ tục 1.001193: Thay đổi',
      path: `/admin/collections/procedures/${procedure}/thay-doi`,
      ready: '#workflow-changes',
    },
    {
      name: 'Thủ tục 1.001193: Các phiên bản',
      path: `/admin/collections/procedures/${procedure}/versions`,
      ready: '#workflow-versions',
    },
    {
      name: 'Danh sách thủ tục áp dụng',
      path: '/admin/collections/applied-procedures',
      ready: '.table tbody tr',
    },
  ]
}

/**
 * The two list views of issue 13 on a province-scale data set (province-admin.ts): every
 * procedure, and one commune's applied procedures, as the admin's list query asks for them.
 */
async function listPages(page: Page): Promise<AdminPage[]> {
  const commune = await idOf(page, 'localities', 'where[unitType][not_in]=province,district')
  return [
    { name: 'Danh sách thủ tục', path: '/admin/collections/procedures', ready: '.table tbody tr' },
    {
      name: 'Thủ tục áp dụng của một xã',
      path: `/admin/collections/applied-procedures?where[locality][equals]=${commune}`,
      ready: '.table tbody tr',
    },
  ]
}

async function main() {
  const browser = await launchChromium()
  const page = await signInToAdmin(browser, {
    base,
    email: process.env.ADMIN_BENCH_EMAIL ?? 'phapche@demo.gov.vn',
    password: process.env.ADMIN_BENCH_PASSWORD ?? DEMO_PASSWORD,
    timeoutMs: 60_000,
  })

  const pages = lists ? await listPages(page) : await demoPages(page)
  const rows: string[] = []
  for (const { name, path, ready } of pages) {
    const open = async () => {
      const started = Date.now()
      await page.goto(`${base}${path}`, { waitUntil: 'commit' })
      await page.locator(ready).first().waitFor({ state: 'visible' })
      return Date.now() - started
    }
    await open()
    const times: number[] = []
    for (let i = 0; i < runs; i++) times.push(await open())
    times.sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)]!
    const slowest = times.at(-1)!
    rows.push(
      `| ${name} | ${(median / 1000).toFixed(2)} s | ${(slowest / 1000).toFixed(2)} s | ${slowest <= TARGET_MS ? 'met' : median <= TARGET_MS ? 'median met' : 'not met'} |`,
    )
  }
  await browser.close()
  console.log(
    `| Trang | Trung vị | Chậm nhất | ≤ ${TARGET_MS / 1000} s |\n| --- | --- | --- | --- |`,
  )
  console.log(rows.join('\n'))
}

await main()
