/**
 * The site built from the contract's edge cases (content-schemas/examples/edge-cases.json): parts
 * the source does not state say "Chưa có thông tin" with the desk to call, never a default; none
 * stays "Miễn phí"; amounts keep their currency; a date is printed only where there is one.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseSnapshot, type Snapshot } from '../../content-schemas'
import { buildSite, readOutput, tempDir, type BuiltSite } from './helpers/site'

const example = path.join(import.meta.dirname, '../../content-schemas/examples/edge-cases.json')

let snapshotDir: string
let snapshot: Snapshot
let site: BuiltSite

beforeAll(async () => {
  snapshotDir = tempDir('ttkc-edge-snapshot-')
  const raw = JSON.parse(fs.readFileSync(example, 'utf8')) as Snapshot
  // The example lists its form file without the bytes; the build checks them, so give it some.
  const bytes = Buffer.from('Mẫu CT01 (tệp thử)')
  for (const file of raw.files) {
    fs.mkdirSync(path.dirname(path.join(snapshotDir, file.path)), { recursive: true })
    fs.writeFileSync(path.join(snapshotDir, file.path), bytes)
    file.size = bytes.length
    file.sha256 = crypto.createHash('sha256').update(bytes).digest('hex')
  }
  fs.writeFileSync(path.join(snapshotDir, 'snapshot.json'), JSON.stringify(raw))
  snapshot = parseSnapshot(raw)
  site = await buildSite({ snapshotDir, outDir: tempDir('ttkc-edge-out-') })
}, 600_000)

afterAll(() => {
  for (const dir of [snapshotDir, site?.outDir])
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

const slug = (code: string) => snapshot.procedures.find((p) => p.code === code)!.slug
const page = (urlPath: string) => readOutput(site, path.join(urlPath, 'index.html'))
const localPage = (code: string) => page(`dia-phuong/xa-binh-lu/thu-tuc/${slug(code)}`)
/** The visible text of some HTML, entities decoded, spaces collapsed (none before punctuation). */
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
    .replace(/ ([:.,;)])/g, '$1')
/** Each channel of a procedure page: its heading and the rest of its block, as text. */
const channels = (html: string) =>
  [
    ...html
      .match(/<ul class="channels">([\s\S]*?)<\/ul>\s*<\/section>/)![1]
      .matchAll(/<li>\s*<h3>([\s\S]*?)<\/h3>([\s\S]*?)<\/dl>/g),
  ].map((m) => ({ heading: text(m[1]).trim(), body: text(m[2]) }))
const htmlFiles = () =>
  (fs.readdirSync(site.outDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'))

const DESK = 'Chưa có thông tin – hỏi bộ phận một cửa: 0213 3875 123'
const TEL = 'href="tel:02133875123"'

describe('a part the source does not state', () => {
  it('reads "Chưa có thông tin" with the desk’s phone as a tel: link on the locality’s page', () => {
    const html = localPage('1.000894') // a skeleton: every part unknown
    const body = text(html)
    for (const label of [
      'Ai thực hiện',
      'Nộp hồ sơ',
      'Thời hạn giải quyết',
      'Phí, lệ phí',
      'Kết quả',
      'Dịch vụ công trực tuyến',
    ])
      expect(body).toContain(`${label} ${DESK}`)
    for (const heading of [
      'Cách nộp, thời hạn và phí',
      'Giấy tờ cần chuẩn bị',
      'Kết quả',
      'Trình tự thực hiện',
      'Yêu cầu, điều kiện',
    ])
      expect(body).toContain(`${heading} ${DESK}`)
    expect(body).toContain(`Cơ quan thực hiện ${DESK}`)
    expect(html).toContain(TEL)
    expect(body).not.toContain('Miễn phí')
    expect(body).not.toContain('Chưa có dịch vụ công trực tuyến')
  })

  it('asks the desk where filing without a phone in the catalogue (the province’s page)', () => {
    const body = text(page(`thu-tuc/${slug('1.000894')}`))
    expect(body).toContain(
      'Cơ quan thực hiện: Chưa có thông tin – hỏi bộ phận một cửa nơi nộp hồ sơ.',
    )
    expect(body).not.toContain('tel:')
  })

  it('is never "Miễn phí": an unknown fee beside a free one and an amount', () => {
    const death = channels(localPage('1.000656'))
    expect(death.map((c) => c.heading)).toEqual([
      'Nộp trực tiếp – Trường hợp đăng ký đúng hạn',
      'Nộp trực tiếp – Trường hợp đăng ký lại',
      'Nộp trực tuyến',
    ])
    // The commune's 2-day promise stands where the legal time is not a value to compare with.
    expect(death[0].body).toContain(
      'Thời hạn 2 ngày làm việc (địa phương cam kết; theo quy định: 5 (nguồn không ghi đơn vị))',
    )
    expect(death[0].body).toContain('Phí, lệ phí Miễn phí')
    expect(death[1].body).toContain(`Phí, lệ phí ${DESK}`)
    expect(death[1].body).not.toContain('Miễn phí')
    expect(death[2].body).toContain('20.000 đồng: Lệ phí đăng ký lại khai tử')
    expect(death[1].body).toContain(
      '2 ngày làm việc (địa phương cam kết; theo quy định: chưa có thông tin)',
    )
    const body = text(localPage('1.000656'))
    expect(body).toContain('Phí, lệ phí Từ 20.000 đồng (cách nộp khác: chưa có thông tin)')

    // Every channel's fee unknown: the page never says free, nor does the open-data table.
    expect(text(localPage('1.004884'))).not.toContain('Miễn phí')
    const csv = readOutput(site, 'du-lieu-mo/thu-tuc.csv')
    const row = csv.split('\n').find((line) => line.startsWith('1.004884'))!
    expect(row).toContain('Nộp trực tiếp: Chưa có thông tin')
    expect(row).not.toContain('Miễn phí')
  })
})

describe('what the source states, as it states it', () => {
  it('shows USD amounts, fees and times in words, and the national levels', () => {
    const html = page(`thu-tuc/${slug('2.000595')}`)
    const [direct, postal] = channels(html)
    expect(direct.body).toContain('10 USD: Phí hợp pháp hóa lãnh sự')
    expect(postal.body).toContain('Thời hạn Theo quy định của pháp luật chuyên ngành')
    expect(postal.body).toContain('Phí, lệ phí Theo Thông tư 264/2016/TT-BTC')
    const body = text(html)
    expect(body).toContain('Phí, lệ phí Có thu phí, xem theo từng cách nộp')
    expect(body).toContain('Thời hạn giải quyết 1 ngày làm việc')
    expect(body).toContain('Cấp thực hiện Cấp bộ, Cơ quan khác')
  })

  it('gives the national levels their own pages', () => {
    expect(text(page('cap/bo'))).toContain('Thủ tục cấp bộ')
    expect(text(page('cap/co-quan-khac'))).toContain('Thủ tục của cơ quan khác')
    expect(text(page(''))).toContain('Thủ tục của cơ quan khác')
  })

  it('prints a legal text’s date, issuer and title only where there is one', () => {
    const consular = text(page(`thu-tuc/${slug('2.000595')}`))
    expect(consular).toContain(
      'Văn bản số 264/2016/TT-BTC: Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong lĩnh vực ngoại giao Chưa rõ tình trạng hiệu lực',
    )
    const death = text(localPage('1.000656'))
    expect(death).toContain('Luật số 60/2014/QH13 ngày 20/11/2014 của Quốc hội: Luật Hộ tịch')
    expect(death).toMatch(/Nghị định số 123\/2015\/NĐ-CP Chưa rõ tình trạng hiệu lực/)
    expect(death).toContain('Nội dung cập nhật ngày 21/11/2026.')
  })
})

it('never prints "undefined", "NaN" or "null" on any page', () => {
  const files = htmlFiles()
  expect(files.length).toBeGreaterThan(10)
  for (const file of files) {
    const html = readOutput(site, file)
    expect(html, file).not.toMatch(/undefined|NaN/)
    expect(text(html), file).not.toMatch(/\bnull\b/)
    expect(text(html), file).not.toMatch(/ngày\s*(\.|,|của|$)/)
  }
})

describe('a procedure that left the catalogue', () => {
  const gone = 'thu-tuc/1-003273-tach-so-ho-khau'
  it('keeps its old address, which says since when, by which decision and what replaced it', () => {
    const province = text(page(gone))
    expect(province).toContain('Thủ tục đã bãi bỏ từ ngày 15/03/2025.')
    expect(province).toContain('Căn cứ: Quyết định số 100/QĐ-UBND')
    expect(page(gone)).toContain(`Thủ tục thay thế: <a href="/${`thu-tuc/${slug('1.010038')}`}/">`)
  })

  it('keeps the old address in the locality that applied it, pointing at the locality’s own page for the replacement', () => {
    const local = page(`dia-phuong/xa-binh-lu/${gone}`)
    expect(text(local)).toContain('Thủ tục đã bãi bỏ từ ngày 15/03/2025.')
    expect(local).toContain(`href="/dia-phuong/xa-binh-lu/thu-tuc/${slug('1.010038')}/"`)
  })

  it('is in no list: not in the A–Z index, nor in the locality’s catalogue', () => {
    expect(page('tu-a-den-z')).not.toContain(gone)
    expect(page('dia-phuong/xa-binh-lu')).not.toContain(gone)
  })
})

describe('service results: unknown counts stay unknown, none stays none', () => {
  const results = (urlPath: string) => text(page(urlPath))

  it('shows a procedure whose reports leave a count unstated without a number or a rate', () => {
    const facts = text(localPage('1.001193'))
    // January did not state postal dossiers: the three months' total is not known, nor the rate.
    expect(facts).toContain(
      'Kết quả giải quyết tại địa phương 3 tháng (01/2026 – 03/2026): không rõ số hồ sơ; tỉ lệ giải quyết đúng hạn: chưa có thông tin.',
    )
    expect(facts).not.toContain('(số liệu minh họa)')
  })

  it('says a procedure reported with no dossiers had none, not that it is unknown', () => {
    expect(text(localPage('1.000894'))).toContain(
      'Kết quả giải quyết tại địa phương Tháng 02/2026: không có hồ sơ nào.',
    )
  })

  it('adds the quarter up from its three months, "không rõ" where a month did not state a count', () => {
    const quarter = results('dia-phuong/xa-binh-lu/ket-qua-giai-quyet/2026-q1')
    expect(quarter).toContain('Kết quả giải quyết hồ sơ quý I/2026 tại Xã Bình Lư')
    expect(quarter).toContain('Cộng từ báo cáo các tháng trong kỳ.')
    // The sector row of a desk without a finer grain: 7 + 4 + 4 received, nothing late.
    expect(quarter).toContain('Lĩnh vực Đăng ký, quản lý cư trú 0 15 6 15 7 8 0 0 0 0 100 %')
    // January did not state postal or withdrawn dossiers: the quarter's totals do not either.
    expect(quarter).toContain('Tháng 01/2026 2 không rõ 8 20 8 11 1 3 0 không rõ Chưa có thông tin')
    expect(quarter).toContain('Tổng cộng 2 không rõ 21 52 24 27 1 1 0 không rõ Chưa có thông tin')
    // Reported in February only: over the quarter its figures are not known, not zero.
    expect(quarter).toContain(
      `Đăng ký kết hôn (1.000894)${' không rõ'.repeat(10)} Chưa có thông tin`,
    )
    expect(quarter).toContain('Nguồn số liệu: Báo cáo của Bộ phận một cửa xã Bình Lư')
    // Not a demo: no demo note.
    expect(quarter).not.toContain('Số liệu minh họa')
  })

  it('writes the open data with unknown as "Chưa có thông tin" and none as 0', () => {
    const csv = readOutput(site, 'du-lieu-mo/ket-qua-giai-quyet.csv').split('\r\n')
    const january = csv.find((line) => line.includes(',2026-01,1.001193,'))!
    expect(january).toMatch(
      /,2,5,9,Chưa có thông tin,6,7,1,2,0,Chưa có thông tin,Chưa có thông tin,Không$/,
    )
    const none = csv.find((line) => line.includes(',2026-02,1.000894,'))!
    expect(none).toMatch(/,0,0,0,0,0,0,0,0,0,0,Không có hồ sơ,Không$/)
    const json = JSON.parse(readOutput(site, 'du-lieu-mo/ket-qua-giai-quyet.json')) as {
      reports: { period: string; rows: { counts: Record<string, number | null> }[] }[]
    }
    expect(json.reports[0].rows[0].counts).toMatchObject({
      receivedPostal: null,
      withdrawn: null,
      carriedOver: 2,
    })
  })
})
