/**
 * Screenshots of every step of the README's admin flows, taken as new officers walk them, for
 * looking at what they read (issue 12: no raw key, no English word, no message that does not say
 * what to do). Against a running demo (`npm start`, demo data):
 *
 *   node --import tsx scripts/screenshots/admin-flows.ts [outDir] [adminURL]
 *
 * outDir defaults to a new directory under the system's temp directory (PNGs are not committed);
 * adminURL to http://127.0.0.1:3000. One PNG per step, numbered in order, and `index.txt` with one
 * line per PNG. The flows change the demo's data (a fee, a committed time, a new quy trình), as an
 * officer would; run them on a fresh demo (`npm run seed -- --reset`) to see them again from the
 * start. The quy trình gets the first free code QT-HT-01, QT-HT-02…, so a second run still walks.
 *
 * 1. A fee amended, reviewed, returned, fixed, approved and issued (the province's legal officer,
 *    reviewer and approver, on 1.001193 Đăng ký khai sinh).
 * 2. A town's committed time and note: refused when longer than the law's, corrected, submitted,
 *    approved and issued by the town's own approver.
 * 3. A quy trình created, reviewed, returned, fixed, approved, issued and downloaded as DOCX.
 * 4. The catalogue put online: the publisher's Xuất bản and the release record.
 * 5. What awaits whom: the compliance overview, Việc của tôi, notifications, the versions list and
 *    the changes against the version in force.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { signInToAdmin } from '../../tests/tooling/adminSignIn'
import { launchChromium } from '../../tests/tooling/chromium'
import { DEMO_PASSWORD } from '../seed/demoUsers'

const outDir = path.resolve(
  process.argv[2] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'admin-flows-')),
)
const base = (process.argv[3] ?? 'http://127.0.0.1:3000').replace(/\/$/, '')

const USERS = {
  legal: 'phapche@demo.gov.vn',
  officer: 'canbo.dienbiendong@demo.gov.vn',
  reviewer: 'xemxet@demo.gov.vn',
  approver: 'pheduyet@demo.gov.vn',
  townApprover: 'chutich.dienbiendong@demo.gov.vn',
  publisher: 'xuatban@demo.gov.vn',
} as const
type Who = keyof typeof USERS

let browser: Browser
let step = 0
const index: string[] = []

/** One PNG of the page as the officer sees it, named by its number and what it shows. */
async function shot(page: Page, name: string, what: string, fullPage = true) {
  step++
  const file = `${String(step).padStart(2, '0')}-${name}.png`
  // Toasts and transitions settle; the page's own requests end.
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined)
  await page.waitForTimeout(600)
  await page.screenshot({ path: path.join(outDir, file), fullPage })
  index.push(`${file}\t${what}`)
  console.log(`${file}  ${what}`)
}

/** Per page: the admin's server-function calls (POSTs to /admin/…, e.g. form state) in flight, and how many began. */
const serverCalls = new WeakMap<Page, { inFlight: Set<unknown>; started: number }>()

function watchServerFunctions(page: Page) {
  const calls = { inFlight: new Set<unknown>(), started: 0 }
  serverCalls.set(page, calls)
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname.startsWith('/admin')) {
      calls.inFlight.add(request)
      calls.started++
    }
  })
  page.on('requestfinished', (request) => calls.inFlight.delete(request))
  page.on('requestfailed', (request) => calls.inFlight.delete(request))
}

const signIn = (who: Who): Promise<Page> =>
  signInToAdmin(browser, {
    base,
    email: USERS[who],
    password: DEMO_PASSWORD,
    onPage: watchServerFunctions,
  })

const done = (page: Page) => page.context().close()

/** The REST API as the signed-in page calls it (its cookie, its origin). */
const api = <T>(page: Page, url: string): Promise<T> =>
  page.evaluate(
    (u) => fetch(u, { credentials: 'include' }).then((r) => r.json()),
    `${base}/api/${url}`,
  ) as Promise<T>

const expectState = (page: Page, state: string) =>
  page.locator(`.workflow-controls [data-workflow-state="${state}"]`).waitFor({ timeout: 60_000 })

async function openEdit(page: Page, collection: string, id: string) {
  await page.goto(`${base}/admin/collections/${collection}/${id}`)
  await page.locator('.workflow-controls').waitFor()
}

/**
 * Waits until the form has sent what typing set off (Payload's form state, after 250 ms) and has
 * its answer: no server call in flight and none begun for a moment. A fixed pause was too short
 * on a busy machine: a new array row whose form state overlapped another call stayed a loading
 * placeholder (as the browser test's `formSettled` explains).
 */
async function settle(page: Page) {
  const calls = serverCalls.get(page)!
  await page.waitForTimeout(400)
  for (;;) {
    const until = Date.now() + 120_000
    while (calls.inFlight.size > 0 && Date.now() < until) await page.waitForTimeout(200)
    const started = calls.started
    await page.waitForTimeout(750)
    if (calls.started === started && calls.inFlight.size === 0) return
  }
}

async function confirmModal(page: Page, label: string) {
  await page.getByRole('button', { name: label, exact: true }).last().click()
}

async function pick(page: Page, field: string, search: string, option: RegExp) {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator(`#field-${field} input`).fill(search)
  await page.locator('.rs__option', { hasText: option }).first().click()
}

// ---------------------------------------------------------------------------------------------

async function feeFlow() {
  const legal = await signIn('legal')
  await shot(legal, 'phapche-dashboard', 'Pháp chế tỉnh: bảng điều khiển sau khi đăng nhập')
  await legal.goto(`${base}/admin/collections/procedures?search=dang%20ky%20khai%20sinh`)
  await legal.locator('.table tbody tr').first().waitFor()
  await shot(legal, 'procedures-search', 'Danh sách thủ tục, tìm “dang ky khai sinh” không dấu')
  const { docs } = await api<{ docs: { id: string }[] }>(
    legal,
    'procedures?where[code][equals]=1.001193&limit=1&depth=0',
  )
  const id = docs[0]!.id
  await openEdit(legal, 'procedures', id)
  await shot(legal, 'procedure-edit', 'Thủ tục 1.001193, trang chỉnh sửa (thẻ Thông tin chung)')
  await legal.getByRole('button', { name: 'Trình tự, cách thức' }).click()
  // The late-registration fee in person (the first row is the exemption for on-time births).
  const fee = legal.locator('#field-methods__0__fees__1__amount')
  await fee.scrollIntoViewIfNeeded()
  await fee.fill('8000')
  await settle(legal)
  await shot(
    legal,
    'fee-amended',
    'Lệ phí đăng ký khai sinh quá hạn (Trực tiếp) sửa thành 8.000 đồng, chưa lưu',
  )
  await legal.click('#action-save-draft')
  await expectState(legal, 'draft')
  await shot(legal, 'fee-saved-draft', 'Đã lưu bản nháp: trạng thái Bản nháp, khung xem xét')
  await legal.fill('#field-workflow__changeSummary', 'Sửa mức lệ phí đăng ký khai sinh')
  await legal.fill('#field-workflow__changeReason', 'Nghị quyết HĐND tỉnh về lệ phí hộ tịch')
  await shot(legal, 'fee-reason', 'Nội dung và lý do thay đổi điền trước khi gửi xem xét')
  await legal.click('#workflow-submit')
  await expectState(legal, 'in-review')
  await shot(legal, 'fee-submitted', 'Đã gửi xem xét: trạng thái Chờ xem xét')
  await done(legal)

  const reviewer = await signIn('reviewer')
  await reviewer.locator('#work-queue-section').waitFor()
  await shot(reviewer, 'reviewer-dashboard', 'Người xem xét: Việc của tôi trên bảng điều khiển')
  await reviewer.goto(`${base}/admin/collections/procedures/${id}/thay-doi`)
  await reviewer.locator('#workflow-changes').waitFor()
  await shot(reviewer, 'fee-changes', 'Thẻ Thay đổi: so với bản đang có hiệu lực, lý do ở trên')
  await openEdit(reviewer, 'procedures', id)
  await reviewer.fill('#workflow-comment', 'Ghi rõ số hiệu Nghị quyết trong lý do thay đổi.')
  await shot(reviewer, 'fee-review-comment', 'Người xem xét ghi nhận xét trước khi yêu cầu sửa')
  await reviewer.click('#workflow-request-changes')
  await expectState(reviewer, 'changes-requested')
  await shot(reviewer, 'fee-returned', 'Đã yêu cầu sửa đổi: trạng thái Yêu cầu sửa đổi')
  await done(reviewer)

  const author = await signIn('legal')
  await author.locator('#work-queue-section').waitFor()
  await shot(author, 'legal-queue-fix', 'Pháp chế: “Sửa theo yêu cầu” trong Việc của tôi')
  await openEdit(author, 'procedures', id)
  await shot(author, 'fee-comment-read', 'Nhận xét của người xem xét trong khung xem xét')
  await author.fill(
    '#field-workflow__changeReason',
    'Nghị quyết số 12/2026/NQ-HĐND của HĐND tỉnh về lệ phí hộ tịch',
  )
  await settle(author)
  await author.click('#workflow-submit')
  await expectState(author, 'in-review')
  await shot(author, 'fee-resubmitted', 'Sửa lý do và gửi xem xét lại')
  await done(author)

  const approver = await signIn('approver')
  await openEdit(approver, 'procedures', id)
  await shot(approver, 'fee-approver', 'Người phê duyệt mở thủ tục: liên kết tới Thay đổi')
  await approver.click('#workflow-approve')
  await shot(approver, 'fee-approve-confirm', 'Hỏi xác nhận trước khi phê duyệt', false)
  await confirmModal(approver, 'Phê duyệt')
  await expectState(approver, 'approved')
  await shot(approver, 'fee-approved', 'Đã phê duyệt')
  await approver.click('#workflow-publish')
  await shot(approver, 'fee-publish-confirm', 'Hỏi xác nhận trước khi ban hành', false)
  await confirmModal(approver, 'Ban hành')
  await expectState(approver, 'published')
  await shot(approver, 'fee-published', 'Đã ban hành: chờ lần xuất bản trang công khai tiếp theo')
  await approver.goto(`${base}/admin/collections/procedures/${id}/versions`)
  await approver.locator('#workflow-versions').waitFor()
  await shot(approver, 'fee-versions', 'Danh sách phiên bản: lúc, thao tác, người, lý do')
  await done(approver)
  return id
}

async function committedTimeFlow() {
  const officer = await signIn('officer')
  await shot(officer, 'town-dashboard', 'Cán bộ thị trấn: bảng điều khiển')
  const { docs } = await api<{ docs: { id: string }[] }>(
    officer,
    `applied-procedures?where[title][like]=${encodeURIComponent('khai sinh (Thị trấn Điện Biên Đông')}&limit=1&depth=0`,
  )
  const id = docs[0]!.id
  await openEdit(officer, 'applied-procedures', id)
  await officer.locator('[data-legal-times]').waitFor()
  await shot(
    officer,
    'applied-edit',
    'Thủ tục áp dụng của thị trấn: thời hạn theo quy định bên cạnh',
  )
  await officer.fill('#field-committedTime__value', '5')
  await officer.locator('#field-committedTime__unit .rs__control').click()
  await officer.locator('.rs__option', { hasText: 'Ngày làm việc' }).first().click()
  await settle(officer)
  await officer.click('#action-save-draft')
  await officer.locator('.field-error').first().waitFor({ timeout: 60_000 })
  await shot(officer, 'committed-refused', 'Thời hạn cam kết dài hơn luật: lời từ chối tại trường')
  await officer.fill('#field-committedTime__value', '2')
  await officer.fill('#field-localNotes', 'Nhận hồ sơ cả sáng thứ Bảy tại Bộ phận Một cửa.')
  await settle(officer)
  await shot(officer, 'committed-corrected', 'Sửa thời hạn cam kết còn 2 ngày, thêm ghi chú')
  await officer.click('#action-save-draft')
  await expectState(officer, 'draft')
  await officer.fill('#field-workflow__changeSummary', 'Rút thời hạn cam kết còn 2 ngày làm việc')
  await officer.fill('#field-workflow__changeReason', 'Cải cách hành chính năm 2026 của thị trấn')
  await officer.click('#workflow-submit')
  await expectState(officer, 'in-review')
  await shot(officer, 'committed-submitted', 'Đã lưu và gửi xem xét')
  await done(officer)

  const approver = await signIn('townApprover')
  await approver.locator('#work-queue-section').waitFor()
  await shot(approver, 'town-approver-queue', 'Chủ tịch thị trấn: Việc của tôi')
  await approver.goto(`${base}/admin/collections/applied-procedures/${id}/thay-doi`)
  await approver.locator('#workflow-changes').waitFor()
  await shot(approver, 'committed-changes', 'Thay đổi của thủ tục áp dụng, từng trường')
  await openEdit(approver, 'applied-procedures', id)
  await approver.click('#workflow-approve')
  await confirmModal(approver, 'Phê duyệt')
  await expectState(approver, 'approved')
  await approver.click('#workflow-publish')
  await confirmModal(approver, 'Ban hành')
  await expectState(approver, 'published')
  await shot(approver, 'committed-published', 'Phê duyệt và ban hành: Đã ban hành')
  await done(approver)
}

async function qualityDocumentFlow() {
  const officer = await signIn('officer')
  const taken = await api<{ docs: { code: string }[] }>(
    officer,
    'quality-documents?where[code][like]=QT-HT-&limit=100&depth=0&draft=true',
  )
  const codes = new Set(taken.docs.map((d) => d.code))
  let n = 1
  while (codes.has(`QT-HT-${String(n).padStart(2, '0')}`)) n++
  const code = `QT-HT-${String(n).padStart(2, '0')}`

  await officer.goto(`${base}/admin/collections/quality-documents`)
  await officer.locator('.collection-list').waitFor()
  await shot(officer, 'iso-list', 'Tài liệu ISO: danh sách')
  await officer.goto(`${base}/admin/collections/quality-documents/create`)
  await officer.locator('#field-code').waitFor()
  await shot(officer, 'iso-create', 'Tạo quy trình mới: biểu mẫu trống')
  await officer.fill('#field-code', code)
  await officer.fill('#field-title', 'Quy trình đăng ký khai sinh')
  await pick(officer, 'locality', 'Điện Biên Đông', /Điện Biên Đông/)
  await pick(officer, 'appliedProcedure', 'khai sinh', /1\.001193/)
  await officer.getByRole('button', { name: 'Các bước thực hiện' }).click()
  const steps: [string, string, number][] = [
    ['Tiếp nhận, kiểm tra hồ sơ', 'Bộ phận Một cửa', 1],
    ['Ghi Sổ đăng ký khai sinh, dự thảo Giấy khai sinh', 'Công chức Tư pháp – Hộ tịch', 4],
    ['Ký Giấy khai sinh', 'Chủ tịch UBND thị trấn', 30],
  ]
  for (const [i, [task, responsible, hours]] of steps.entries()) {
    await settle(officer)
    await officer.locator('#field-steps .array-field__add-row').click()
    await officer.locator(`#field-steps__${i}__task`).waitFor({ timeout: 120_000 })
    await officer.fill(`#field-steps__${i}__task`, task)
    await officer.fill(`#field-steps__${i}__responsible`, responsible)
    await officer.fill(`#field-steps__${i}__timeValue`, String(hours))
  }
  await settle(officer)
  await shot(officer, 'iso-steps', 'Các bước thực hiện, bước 3 dài 30 giờ (quá thời hạn)')
  await officer.click('#action-save-draft')
  await officer
    .locator('.field-error, .payload-toast-container [data-type=error]')
    .first()
    .waitFor({ timeout: 60_000 })
  await shot(officer, 'iso-refused', 'Tổng thời gian các bước vượt thời hạn: lời từ chối')
  await officer.fill('#field-steps__2__timeValue', '2')
  await settle(officer)
  await officer.click('#action-save-draft')
  await officer.waitForURL(/\/quality-documents\/[0-9a-f-]{36}$/)
  const id = officer.url().split('/').at(-1)!
  await expectState(officer, 'draft')
  await shot(officer, 'iso-saved', 'Đã lưu bản nháp của quy trình')
  await officer.fill('#field-workflow__changeSummary', 'Ban hành lần đầu')
  await officer.fill(
    '#field-workflow__changeReason',
    'Xây dựng quy trình nội bộ theo TCVN ISO 9001:2015.',
  )
  await officer.click('#workflow-submit')
  await expectState(officer, 'in-review')
  await shot(officer, 'iso-submitted', 'Quy trình đã gửi xem xét')
  await done(officer)

  const reviewer = await signIn('reviewer')
  await openEdit(reviewer, 'quality-documents', id)
  await reviewer.fill('#workflow-comment', 'Bước 2: ghi rõ việc kiểm tra giấy chứng sinh.')
  await reviewer.click('#workflow-request-changes')
  await expectState(reviewer, 'changes-requested')
  await shot(reviewer, 'iso-returned', 'Người xem xét yêu cầu sửa đổi quy trình')
  await done(reviewer)

  const author = await signIn('officer')
  await openEdit(author, 'quality-documents', id)
  await author.getByRole('button', { name: 'Các bước thực hiện' }).click()
  await author.fill(
    '#field-steps__1__task',
    'Kiểm tra giấy chứng sinh; ghi Sổ đăng ký khai sinh, dự thảo Giấy khai sinh',
  )
  await settle(author)
  await shot(author, 'iso-fixing', 'Cán bộ sửa bước 2 theo nhận xét')
  await author.click('#workflow-submit')
  await expectState(author, 'in-review')
  await shot(author, 'iso-resubmitted', 'Gửi xem xét lại (lưu trước khi gửi)')
  await done(author)

  const approver = await signIn('townApprover')
  await openEdit(approver, 'quality-documents', id)
  await approver.click('#workflow-approve')
  await confirmModal(approver, 'Phê duyệt')
  await expectState(approver, 'approved')
  await approver.click('#workflow-publish')
  await confirmModal(approver, 'Ban hành')
  await expectState(approver, 'published')
  await shot(approver, 'iso-issued', 'Chủ tịch thị trấn phê duyệt và ban hành: lần ban hành 01')
  await approver.getByRole('button', { name: 'Ban hành', exact: true }).first().click()
  await shot(approver, 'iso-issues-table', 'Bảng các lần ban hành của quy trình')
  await done(approver)

  const reader = await signIn('officer')
  await openEdit(reader, 'quality-documents', id)
  const [download] = await Promise.all([
    reader.waitForEvent('download'),
    reader.click('#docx-effective'),
  ])
  const file = path.join(outDir, download.suggestedFilename())
  await download.saveAs(file)
  await shot(reader, 'iso-docx', `Tải DOCX của lần ban hành đang hiệu lực: ${path.basename(file)}`)
  await done(reader)
}

async function publishFlow() {
  const publisher = await signIn('publisher')
  await publisher.goto(`${base}/admin/collections/releases`)
  await publisher.locator('.collection-list').waitFor()
  await shot(publisher, 'releases', 'Người xuất bản: Bản phát hành, nút Xuất bản')
  const button = publisher.locator('#publish-scope ~ button')
  if (await button.isVisible()) {
    await button.click()
    await publisher.waitForTimeout(3000)
    await shot(publisher, 'release-running', 'Đang xuất bản: tiến độ')
    // A province publish takes about a minute on the demo.
    await publisher
      .getByText(/Xuất bản xong|Xuất bản thất bại/)
      .first()
      .waitFor({ timeout: 300_000 })
      .catch(() => undefined)
    await publisher.reload()
    await publisher.locator('.collection-list').waitFor()
    await shot(publisher, 'release-done', 'Bản phát hành mới trong danh sách')
  }
  await done(publisher)
}

async function overviewFlow(procedureID: string) {
  const legal = await signIn('legal')
  await legal.locator('#work-queue-section').waitFor()
  await legal.evaluate(() => window.scrollTo(0, 0))
  await shot(legal, 'compliance-overview', 'Tổng quan tuân thủ trên bảng điều khiển')
  await legal.goto(`${base}/admin/viec-cua-toi`)
  await legal.locator('h1').first().waitFor()
  await shot(legal, 'work-queue', 'Việc của tôi (trang riêng)')
  await legal.goto(`${base}/admin/collections/notifications`)
  await legal.locator('.collection-list').waitFor()
  await shot(legal, 'notifications', 'Thông báo: danh sách')
  await legal.goto(`${base}/admin/collections/applied-procedures`)
  await legal.locator('.table tbody tr').first().waitFor()
  await shot(legal, 'applied-list', 'Thủ tục áp dụng tại địa phương: danh sách')
  await legal.goto(`${base}/admin/collections/procedures/${procedureID}/versions`)
  await legal.locator('#workflow-versions').waitFor()
  const link = legal.locator('#workflow-versions tbody tr a').nth(1)
  await link.click()
  await legal.locator('.view-version').waitFor()
  await shot(legal, 'version-compare', 'So sánh một phiên bản với bản đang có hiệu lực')
  await done(legal)
}

async function procedureOf(code: string): Promise<string> {
  const page = await signIn('legal')
  const { docs } = await api<{ docs: { id: string }[] }>(
    page,
    `procedures?where[code][equals]=${code}&limit=1&depth=0`,
  )
  await done(page)
  return docs[0]!.id
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true })
  browser = await launchChromium()
  try {
    const login = await browser.newPage({ locale: 'vi-VN' })
    await login.goto(`${base}/admin/login`)
    await login.locator('#field-email').waitFor()
    await shot(login, 'login', 'Trang đăng nhập: tên sản phẩm và biểu trưng')
    await login.close()
    // FLOWS=4,5 walks only those (numbered as above); the screenshots keep their flow's numbers.
    const only = (process.env.FLOWS ?? '1,2,3,4,5').split(',').map(Number)
    const procedureID = only.includes(1) ? await feeFlow() : await procedureOf('1.001193')
    if (only.includes(2)) await committedTimeFlow()
    if (only.includes(3)) await qualityDocumentFlow()
    if (only.includes(4)) await publishFlow()
    if (only.includes(5)) await overviewFlow(procedureID)
  } finally {
    fs.writeFileSync(path.join(outDir, 'index.txt'), index.join('\n') + '\n')
    await browser.close()
  }
  console.log(`\n${step} ảnh trong ${outDir}`)
}

await main()
