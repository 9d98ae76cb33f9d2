/**
 * The built site, read as files: a real export of the demo catalogue from SQLite (a copy of the
 * run's demo database, tests/helpers/demoDatabase.ts), built once by `astro build` (pages, form files, Pagefind) under a portal path, then checked page
 * by page. The browser side (search, accessibility) is in browser.test.ts.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { beforeAll, describe, expect, it } from 'vitest'

import { servedBundles } from '../../release/searchBundles'
import { parseSnapshot, type Snapshot } from '../../content-schemas'
import {
  buildSite,
  DEMO_BASE,
  DEMO_ORIGIN,
  demoSite,
  demoSnapshotDir,
  readOutput,
  tempDir,
  type BuiltSite,
} from './helpers/site'

const BASE = DEMO_BASE
const ORIGIN = DEMO_ORIGIN

let snapshotDir: string
let snapshot: Snapshot
let site: BuiltSite

beforeAll(async () => {
  // The run's demo release, built under BASE for ORIGIN; shared with browser.test.ts and
  // locality-build.test.ts, so read-only here.
  snapshotDir = await demoSnapshotDir()
  snapshot = parseSnapshot(
    JSON.parse(fs.readFileSync(path.join(snapshotDir, 'snapshot.json'), 'utf8')),
  )
  site = await demoSite()
}, 900_000)

const procedure = (code: string) => snapshot.procedures.find((p) => p.code === code)!
const locality = (slug: string) => snapshot.localities.find((l) => l.slug === slug)!
const page = (urlPath: string) => readOutput(site, path.join(urlPath, 'index.html'))
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1]) as Record<string, unknown>,
  )
/** The visible text of a page's body, entities decoded, spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/^[\s\S]*?<body>/, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
const headings = (html: string) =>
  [...html.matchAll(/<h2 id="[^"]*">([^<]*)/g)].map((m) => m[1].trim())
const htmlFiles = () =>
  (fs.readdirSync(site.outDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'))

describe('procedure page (province catalogue)', () => {
  const birth = () => procedure('1.001193')
  const html = () => page(`thu-tuc/${birth().slug}`)

  it('puts the key facts first: who, how and where, time and fee per channel, papers, result', () => {
    const body = text(html())
    expect(body).toContain('Ai thực hiện Công dân Việt Nam')
    expect(headings(html())).toEqual([
      'Thông tin chính',
      'Nộp hồ sơ ở đâu',
      'Cách nộp, thời hạn và phí',
      'Giấy tờ cần chuẩn bị',
      'Kết quả',
      'Trình tự thực hiện',
      'Yêu cầu, điều kiện',
      'Cơ quan giải quyết',
      'Căn cứ pháp lý',
      'Quyết định công bố',
      'Thủ tục liên quan',
    ])
    for (const s of [
      'Nộp trực tiếp',
      'Nộp trực tuyến',
      'Nộp qua dịch vụ bưu chính',
      '1 ngày làm việc',
      'Miễn phí',
      '5.000 đồng',
      'Giấy khai sinh (bản chính)',
      'Toàn trình',
      '1.001193',
    ]) {
      expect(body).toContain(s)
    }
    expect(body).toContain('Tờ khai đăng ký khai sinh (theo mẫu)')
    expect(body).toContain('1 bản chính')
    expect(body).toMatch(/Giấy tờ phải xuất trình/)
  })

  it('links each form to a file that is in the output, byte for byte', () => {
    const links = [...html().matchAll(/<a class="form-link" href="([^"]+)"/g)].map((m) => m[1])
    expect(links.length).toBeGreaterThan(0)
    for (const href of links) {
      expect(href.startsWith(`${BASE}files/`)).toBe(true)
      const file = snapshot.files.find((f) => `${BASE}${f.path}` === href)!
      expect(file).toBeDefined()
      const bytes = fs.readFileSync(path.join(site.outDir, file.path))
      expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256)
    }
    // The printed sheet shows where to download each form.
    expect(html()).toContain(`data-print-url="${ORIGIN}${links[0]}"`)
  })

  it('shows the legal basis with document numbers and dates as dd/mm/yyyy', () => {
    const body = text(html())
    const laws = birth().legalBasisIds.map((id) =>
      snapshot.legalDocuments.find((l) => l.id === id)!,
    )
    for (const law of laws) expect(body).toContain(law.number)
    const [y, m, d] = laws[0].issueDate!.split('-')
    expect(body).toContain(`${d}/${m}/${y}`)
    expect(body).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/)
  })

  it('names the announcing decision of an amended procedure', () => {
    const body = text(page(`thu-tuc/${procedure('1.004873').slug}`))
    expect(body).toContain('Quyết định số 1268/QĐ-UBND')
    expect(body).toContain('sửa đổi, bổ sung')
    expect(body).toContain('30/06/2021')
  })

  it('carries GovernmentService and BreadcrumbList JSON-LD and a canonical URL under the base path', () => {
    const data = jsonLd(html())
    const service = data.find((d) => d['@type'] === 'GovernmentService')!
    expect(service).toMatchObject({
      '@context': 'https://schema.org',
      name: birth().name,
      identifier: '1.001193',
    })
    expect(service.url).toBe(`${ORIGIN}${BASE}thu-tuc/${birth().slug}/`)
    expect(data.find((d) => d['@type'] === 'BreadcrumbList')).toBeDefined()
    expect(html()).toContain(
      `<link rel="canonical" href="${ORIGIN}${BASE}thu-tuc/${birth().slug}/">`,
    )
    expect(html()).toMatch(/^<!DOCTYPE html><html lang="vi">/)
  })

  it('lists the localities that apply it, linking to their own pages', () => {
    const applying = snapshot.localCatalogues.filter((c) =>
      c.applications.some((a) => a.procedureCode === '1.001193'),
    )
    expect(applying.length).toBeGreaterThan(0)
    for (const c of applying) {
      const place = snapshot.localities.find((l) => l.id === c.localityId)!
      expect(html()).toContain(`href="${BASE}dia-phuong/${place.slug}/thu-tuc/${birth().slug}/"`)
    }
  })

  it('weighs under 25 kB compressed with its stylesheet, and carries no JavaScript', () => {
    const css = (fs.readdirSync(path.join(site.outDir, '_astro')) as string[]).filter((f) =>
      f.endsWith('.css'),
    )
    expect(css).toHaveLength(1)
    const cssBytes = zlib.gzipSync(fs.readFileSync(path.join(site.outDir, '_astro', css[0])), {
      level: 9,
    }).length
    const pages = htmlFiles().filter((f) => /thu-tuc\/[^/]+\/index\.html$/.test(f))
    // A page per procedure and per application, and the old addresses of abolished procedures.
    const abolished = snapshot.abolishedProcedures ?? []
    expect(abolished.length).toBeGreaterThan(0) // the demo's "Cấp đổi, cấp lại sổ hộ khẩu"
    expect(pages.length).toBe(
      snapshot.procedures.length +
        snapshot.localCatalogues.reduce((n, c) => n + c.applications.length, 0) +
        abolished.reduce((n, a) => n + 1 + a.localityIds.length, 0),
    )
    const largest = Math.max(
      ...pages.map(
        (f) => zlib.gzipSync(fs.readFileSync(path.join(site.outDir, f)), { level: 9 }).length,
      ),
    )
    expect(largest + cssBytes).toBeLessThan(25 * 1024)
  })
})

describe('locality catalogue', () => {
  const town = () => locality('thi-tran-dien-bien-dong')

  it('has its own home with its desk and only the procedures it applies', () => {
    const html = page(`dia-phuong/${town().slug}`)
    const body = text(html)
    expect(body).toContain(town().deskAddress!)
    expect(body).toContain(town().openingHours!)
    const applied = snapshot.localCatalogues.find((c) => c.localityId === town().id)!.applications
    const links = new Set(
      [
        ...html.matchAll(
          new RegExp(`href="${BASE}dia-phuong/${town().slug}/thu-tuc/([^/"]+)/"`, 'g'),
        ),
      ].map((m) => m[1]),
    )
    expect(links).toEqual(new Set(applied.map((a) => procedure(a.procedureCode).slug)))
    expect(html).toContain(`action="${BASE}dia-phuong/${town().slug}/tim-kiem/"`)
  })

  it('shows the committed time beside the legal one, and the local details', () => {
    const residence = procedure('1.004222')
    const application = snapshot.localCatalogues
      .find((c) => c.localityId === town().id)!
      .applications.find((a) => a.procedureCode === '1.004222')!
    const body = text(page(`dia-phuong/${town().slug}/thu-tuc/${residence.slug}`))
    expect(body).toContain('1 ngày làm việc (địa phương cam kết; theo quy định: 7 ngày làm việc)')
    expect(body).toContain(application.receivingAddress ?? town().deskAddress!)
    expect(body).toContain(town().openingHours!)
    if (application.localNotes) expect(body).toContain(application.localNotes)
    expect(body).toContain('Quyết định số 86/QĐ-UBND')
    // The province page of the same procedure shows the legal time only.
    expect(text(page(`thu-tuc/${residence.slug}`))).not.toContain('địa phương cam kết')
  })

  it('has its own search index, apart from the province one, each under a path named by its content', async () => {
    // What the search pages load (data-bundle) is where the bundles were written.
    const bundles = await servedBundles(site.outDir, BASE)
    expect(bundles).toContainEqual(expect.stringMatching(/^pagefind\/[0-9a-f]{16}\/$/))
    for (const c of snapshot.localCatalogues) {
      const slug = snapshot.localities.find((l) => l.id === c.localityId)!.slug
      expect(bundles).toContainEqual(
        expect.stringMatching(new RegExp(`^dia-phuong/${slug}/pagefind/[0-9a-f]{16}/$`)),
      )
    }
    expect(bundles).toHaveLength(snapshot.localCatalogues.length + 1)
    for (const bundle of bundles)
      expect(fs.existsSync(path.join(site.outDir, bundle, 'pagefind.js')), bundle).toBe(true)
    // One bundle per index: nothing left at the old fixed path.
    expect(fs.existsSync(path.join(site.outDir, 'pagefind/pagefind.js'))).toBe(false)
  })
})

describe('lists, changes and open data', () => {
  it('sorts the A–Z index with the Vietnamese collation, filing "Thủ tục …" under the act', () => {
    const html = page('tu-a-den-z')
    const letters = [...html.matchAll(/<h2 id="chu-[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1])
    expect(letters).toEqual([...letters].sort(new Intl.Collator('vi').compare))
    expect(letters).toContain('Đ')
    const names = [...html.matchAll(/<li><a href="[^"]+thu-tuc\/[^"]+">([^<]+)<\/a>/g)].map((m) =>
      m[1].replace(/^Thủ tục /, ''),
    )
    const collator = new Intl.Collator('vi')
    expect(names.map((n) => n.toLowerCase())).toEqual(
      [...names].map((n) => n.toLowerCase()).sort(collator.compare),
    )
  })

  it('lists every procedure of a level and the localities that apply them', () => {
    const body = text(page('cap/xa'))
    const commune = snapshot.procedures.filter((p) => p.levels.includes('commune'))
    for (const p of commune) expect(body).toContain(p.name)
    expect(body).toContain('Địa phương áp dụng: Phường Mường Thanh')
  })

  it('shows changes with decision numbers and dates, and an Atom feed of them', () => {
    const body = text(page('thay-doi'))
    expect(body).toContain('Quyết định số 1268/QĐ-UBND, hiệu lực từ 01/07/2021')
    expect(body).toContain('Bãi bỏ Cấp đổi, cấp lại sổ hộ khẩu')
    const feed = readOutput(site, 'thay-doi/feed.xml')
    expect(feed).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    )
    expect(feed.match(/<entry>/g)).toHaveLength(snapshot.changes.length)
    expect(feed).toContain(
      `<link rel="self" type="application/atom+xml" href="${ORIGIN}${BASE}thay-doi/feed.xml"/>`,
    )
    expect(feed).toContain('<updated>2021-07-01T00:00:00+07:00</updated>')
  })

  it('publishes the snapshot as JSON and CSV', () => {
    expect(readOutput(site, 'du-lieu-mo/danh-muc.json')).toBe(
      fs.readFileSync(path.join(snapshotDir, 'snapshot.json'), 'utf8'),
    )
    const csv = readOutput(site, 'du-lieu-mo/thu-tuc.csv')
    expect(csv.startsWith('\uFEFFMã số,Mã trên hệ thống của tỉnh,Tên thủ tục,Lĩnh vực')).toBe(true)
    const lines = csv.trim().split('\r\n')
    expect(lines).toHaveLength(snapshot.procedures.length + 1)
    expect(csv).toContain(
      `1.001193,1.001193.000.00.00.H18,Thủ tục đăng ký khai sinh,Hộ tịch,Cấp xã`,
    )
    const applications = readOutput(site, 'du-lieu-mo/ap-dung.csv').trim().split('\r\n')
    expect(applications).toHaveLength(
      snapshot.localCatalogues.reduce((n, c) => n + c.applications.length, 0) + 1,
    )
    const links = page('du-lieu-mo')
    for (const file of ['danh-muc.json', 'thu-tuc.csv', 'ap-dung.csv'])
      expect(links).toContain(`href="${BASE}du-lieu-mo/${file}"`)
  })
})

describe('the whole output', () => {
  it('keeps every internal link and asset under the base path', () => {
    const bad: string[] = []
    for (const file of htmlFiles()) {
      const html = readOutput(site, file)
      for (const [, attr, value] of html.matchAll(/\s(href|src|action)="([^"]*)"/g)) {
        if (/^(https?:|mailto:|tel:|data:|#)/.test(value)) continue
        if (!value.startsWith(BASE)) bad.push(`${file}: ${attr}="${value}"`)
      }
    }
    expect(bad).toEqual([])
  })

  it('loads JavaScript on the search pages only', () => {
    const withScript = htmlFiles().filter((f) =>
      /<script(?![^>]*application\/ld\+json)/.test(readOutput(site, f)),
    )
    const searchPages = [
      'tim-kiem/index.html',
      ...snapshot.localCatalogues.map(
        (c) =>
          `dia-phuong/${snapshot.localities.find((l) => l.id === c.localityId)!.slug}/tim-kiem/index.html`,
      ),
    ]
    expect(withScript.sort()).toEqual(searchPages.sort())
  })

  it('reports no failed search unless built with SITE_SEARCH_MISS_URL (off by default)', () => {
    // The script reports only to the address the page carries (site/scripts/reportMiss.ts).
    for (const f of htmlFiles()) expect(readOutput(site, f)).not.toContain('data-miss-report')
  })

  it('refuses to build from a snapshot that breaks the contract, saying what is wrong', async () => {
    const broken = tempDir('ttkc-site-broken-')
    const out = tempDir('ttkc-site-broken-out-')
    try {
      const json = JSON.parse(fs.readFileSync(path.join(snapshotDir, 'snapshot.json'), 'utf8'))
      json.procedures[0].code = '1001193'
      fs.writeFileSync(path.join(broken, 'snapshot.json'), JSON.stringify(json))
      const error = await buildSite({ snapshotDir: broken, outDir: out }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(Error)
      expect((error as Error).message).toContain(
        'procedures[0].code: mã thủ tục phải có dạng d.dddddd',
      )
      expect(fs.existsSync(path.join(out, 'index.html'))).toBe(false)
    } finally {
      fs.rmSync(broken, { recursive: true, force: true })
      fs.rmSync(out, { recursive: true, force: true })
    }
  }, 120_000)
})

describe('service results (Kết quả giải quyết hồ sơ)', () => {
  const town = () => locality('thi-tran-dien-bien-dong')
  /** The town's monthly reports of the demo, newest last: the snapshot as the exporter wrote it. */
  const months = () =>
    (snapshot.serviceResults ?? [])
      .filter((r) => r.localityId === town().id && /^\d{4}-\d{2}$/.test(r.period))
      .sort((a, b) => (a.period < b.period ? -1 : 1))
      .slice(-12)
  /** The common formula, written out here by hand: late resolved + overdue over all to handle. */
  const onTime = (reports: ReturnType<typeof months>, code?: string) => {
    const rows = (r: (typeof reports)[number]) =>
      r.rows.filter((row) => code === undefined || row.procedureCode === code)
    const sum = (index: number, list = reports) =>
      list.flatMap(rows).reduce((n, row) => n + (row.counts[index] as number), 0)
    const carried = rows(reports[0]).reduce((n, row) => n + (row.counts[0] as number), 0)
    const handle = carried + sum(1) + sum(2) + sum(3)
    const late = sum(6) + rows(reports.at(-1)!).reduce((n, row) => n + (row.counts[8] as number), 0)
    const percent = Math.round((100 - (late / handle) * 100) * 10) / 10
    return { handle, rate: `${percent.toLocaleString('vi-VN')} %` }
  }

  it('gives the town a page with its twelve months, the rate by the common formula, marked as demo', () => {
    const html = page(`dia-phuong/${town().slug}/ket-qua-giai-quyet`)
    const body = text(html)
    const { handle, rate } = onTime(months())
    expect(months()).toHaveLength(12)
    expect(body).toContain('Số liệu minh họa:')
    expect(body).toContain(
      `bộ phận một cửa có ${handle.toLocaleString('vi-VN')} hồ sơ phải giải quyết; tỉ lệ giải quyết đúng hạn (kể cả trước hạn) là ${rate}`,
    )
    // The chart is an image whose text alternative states each month's figures.
    const svg = html.match(
      /<svg[^>]*role="img"[^>]*aria-labelledby="([^" ]+) ([^"]+)"[\s\S]*?<\/svg>/,
    )
    expect(svg).not.toBeNull()
    expect(html).toContain(`<title id="${svg![1]}">`)
    const desc = html.match(new RegExp(`<desc id="${svg![2]}">([^<]*)</desc>`))![1]
    expect(desc.split('; ')).toHaveLength(12)
    // Every number is in the table too, one row per month and a total.
    expect(body).toMatch(/Kết quả theo tháng, tháng \d{2}\/\d{4} – tháng \d{2}\/\d{4}/)
    expect((html.match(/<th scope="row">Tháng \d{2}\/\d{4}<\/th>/g) ?? []).length).toBe(12)
  })

  it('shows the birth registration page of the town with its on-time rate and volume', () => {
    const birth = procedure('1.001193')
    const { handle, rate } = onTime(months(), '1.001193')
    const body = text(page(`dia-phuong/${town().slug}/thu-tuc/${birth.slug}`))
    expect(body).toContain(
      `Kết quả giải quyết tại địa phương 12 tháng (${months()[0].period.slice(5)}/${months()[0].period.slice(0, 4)} – ${months()[11].period.slice(5)}/${months()[11].period.slice(0, 4)}): ${handle.toLocaleString('vi-VN')} hồ sơ; tỉ lệ giải quyết đúng hạn: ${rate} (số liệu minh họa).`,
    )
    // The province's page of the procedure belongs to no desk: no figures there.
    expect(text(page(`thu-tuc/${birth.slug}`))).not.toContain('Kết quả giải quyết tại địa phương')
  })

  it('lists every reporting locality on the province’s page, and gives complete quarters and years pages', () => {
    const body = text(page('ket-qua-giai-quyet'))
    for (const slug of [
      'thi-tran-dien-bien-dong',
      'xa-na-son',
      'phuong-muong-thanh',
      'xa-muong-phang',
    ])
      expect(body).toContain(locality(slug).name)
    expect(fs.existsSync(path.join(site.outDir, 'ket-qua-giai-quyet/2025/index.html'))).toBe(true)
    expect(
      fs.existsSync(
        path.join(site.outDir, `dia-phuong/${town().slug}/ket-qua-giai-quyet/2025-q3/index.html`),
      ),
    ).toBe(true)
    // The demo's first month is November 2024: that quarter and year are incomplete, so no page.
    expect(fs.existsSync(path.join(site.outDir, 'ket-qua-giai-quyet/2024-q4'))).toBe(false)
    expect(fs.existsSync(path.join(site.outDir, 'ket-qua-giai-quyet/2024'))).toBe(false)
    const csv = readOutput(site, 'du-lieu-mo/ket-qua-giai-quyet.csv').split('\r\n').filter(Boolean)
    expect(csv.length - 1).toBe(
      (snapshot.serviceResults ?? []).reduce((n, r) => n + r.rows.length, 0),
    )
  })
})
