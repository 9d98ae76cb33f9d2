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

const base = (process.argv[2] ?? 'http://127.0.0.1:3000').replace(/\/$/, '')
const runs = Number(process.env.ADMIN_BENCH_RUNS ?? 5)
const TARGET_MS = 2000

async function idOf(page: Page, collection: string, where: string): Promise<string> {
  const body = (await page.evaluate(
    (url) => fetch(url, { credentials: 'include' }).then((r) => r.json()),
    `${base}/api/${collection}?${where}&limit=1&depth=0`,
  )) as { docs: { id: string }[] }
  return body.docs[0]!.id
}

async function main() {
  const browser = await launchChromium()
  const page = await signInToAdmin(browser, {
    base,
    email: 'phapche@demo.gov.vn',
    password: DEMO_PASSWORD,
    timeoutMs: 60_000,
  })

  const procedure = await idOf(page, 'procedures', 'where[code][equals]=1.001193')
  const pages: { name: string; path: string; ready: string }[] = [
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
  console.log('| Trang | Trung vị | Chậm nhất | ≤ 2 s |\n| --- | --- | --- | --- |')
  console.log(rows.join('\n'))
}

await main()
