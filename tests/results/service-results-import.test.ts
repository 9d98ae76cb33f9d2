/**
 * A desk's month imported from XLSX, as the town's officer does it, on the real Payload, REST and
 * database: the template downloaded for the town (and refused to others), filled and uploaded as a
 * change set, a row that does not add up refused with its row and numbers and nothing written,
 * the corrected file written as a draft report, reviewed and published as a unit; a second import
 * of the same month shows each count that changes. The one-stop software's own export is read too.
 */
import ExcelJS from 'exceljs'
import { expect, it } from 'vitest'

import type { PlanItem } from '../../cms/import/changeSet/types'
import { formatChange } from '../../cms/import/changeSet/diff'
import { formatIssue, type ImportIssue } from '../../cms/import/report'
import { idOf } from '../../cms/lib/idOf'
import type { ChangeSet, ServiceResult } from '../../cms/payload-types'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter, type TestContext } from '../helpers/payload'

const OCTOBER = '2026-10'

describeEachAdapter('service results: importing a month from XLSX', (context) => {
  const tokens: Record<string, string> = {}
  const login = async (email: string) =>
    (tokens[email] ??= await context().rest.login(email, PASSWORD))

  const template = async (email: string | null, period: string | null = OCTOBER) => {
    const { fixtures, rest } = context()
    return rest.request(
      'GET',
      `/localities/${fixtures.localities.townA.id}/results-template${period ? `?period=${period}` : ''}`,
      email ? { token: await login(email) } : {},
    )
  }

  /** The town's template for October with `rows` typed in (row 8 is the first procedure). */
  const filled = async (rows: Record<number, (number | string | null)[]>, period = OCTOBER) => {
    const response = await template('canbo.a@test.vn', period)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await response.arrayBuffer()) as never)
    const sheet = workbook.worksheets[0]!
    for (const [row, values] of Object.entries(rows))
      values.forEach((value, i) => {
        if (value !== null) sheet.getCell(Number(row), i + 1).value = value
      })
    return new Uint8Array(await workbook.xlsx.writeBuffer())
  }

  const plan = async (email: string, bytes: Uint8Array, options: Record<string, unknown>) => {
    const form = new FormData()
    form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), 'ket-qua-thang-10.xlsx')
    form.append('_payload', JSON.stringify(options))
    const response = await context().rest.request('POST', '/change-sets/plan', {
      token: await login(email),
      body: form,
    })
    return { status: response.status, body: (await response.json()) as { doc?: ChangeSet } }
  }
  const act = async (email: string, id: string, action: string) =>
    (
      await context().rest.request('POST', `/change-sets/${id}/workflow`, {
        token: await login(email),
        body: { action },
      })
    ).status
  const reports = (ctx: TestContext) =>
    ctx.payload.find({ collection: 'service-results', draft: true, depth: 0 })
  const itemOf = (set: ChangeSet) =>
    (set.plan as unknown as PlanItem[]).find((i) => i.collection === 'service-results')

  it('offers the template to the town’s people only, one row per procedure it applies', async () => {
    expect((await template(null)).status).toBe(401)
    expect((await template('canbo.b@test.vn')).status).toBe(404)
    const bad = await template('canbo.a@test.vn', 'tháng 10')
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /Kỳ báo cáo "tháng 10" không hợp lệ/,
    )
    const response = await template('canbo.a@test.vn')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/Th%C3%A1ng%2010-2026\.xlsx/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await response.arrayBuffer()) as never)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getCell('B3').value).toBe('91001')
    expect(sheet.getCell('B4').value).toBe('Tháng 10/2026')
    // Town A applies the birth registration only.
    expect(sheet.getCell('A8').value).toBe('1.001193')
    expect(sheet.getCell('A9').value).toBeNull()
  })

  it('refuses a row that does not add up, naming the file, row and numbers; nothing is written', async () => {
    const ctx = context()
    const bytes = await filled({
      // 1.001193: 36 to handle, 40 accounted for.
      8: [null, null, null, 3, 20, 12, 1, 15, 14, 2, 4, 0, 5],
    })
    const { status, body } = await plan('canbo.a@test.vn', bytes, { locality: '91001' })
    expect(status).toBe(201)
    const issues = body.doc!.issues as unknown as ImportIssue[]
    expect(issues.map(formatIssue)).toEqual([
      'Lỗi: tệp ket-qua-thang-10.xlsx, mã 1.001193, dòng 8 — Số liệu không khớp: đã giải quyết + đang giải quyết + rút/trả lại = 40, nhưng kỳ trước chuyển sang + tiếp nhận trong kỳ = 36.',
    ])
    const write = await ctx.rest.request('POST', `/change-sets/${body.doc!.id}/write`, {
      token: await login('canbo.a@test.vn'),
    })
    expect(write.status).toBe(400)
    expect((await reports(ctx)).totalDocs).toBe(0)
    await ctx.payload.delete({ collection: 'change-sets', id: body.doc!.id })
  })

  it('writes the corrected month as a draft report, reviewed and published with its set', async () => {
    const ctx = context()
    const bytes = await filled({
      8: [null, null, null, 3, 20, 12, 1, 15, 14, 2, 4, 0, 1],
      // A procedure the town does not apply (typed by hand): kept, with a warning to check the code.
      9: ['1.000894', null, null, 0, 0, 2, 0, 1, 1, 0, 0, 0, 0],
    })
    // Another locality's officer may not put it in their set, nor in the province's.
    const other = await plan('canbo.b@test.vn', bytes, { locality: '91002' })
    expect(other.body.doc!.counts?.errors).toBe(1)
    expect((other.body.doc!.issues as unknown as ImportIssue[])[0]!.message).toMatch(
      /Báo cáo này của Thị trấn A, ngoài phạm vi của lô nhập \(91002\)/,
    )
    expect((await plan('canbo.b@test.vn', bytes, {})).status).toBe(403)

    const { body } = await plan('canbo.a@test.vn', bytes, { locality: '91001' })
    const set = body.doc!
    expect(set.counts).toMatchObject({ new: 1, errors: 0, warnings: 1 })
    const item = itemOf(set)!
    expect(item).toMatchObject({
      key: `91001/${OCTOBER}`,
      status: 'new',
      title: 'Thị trấn A – Tháng 10/2026',
    })
    expect(item.contents?.map((p) => p.label)).toEqual([
      'Nguồn số liệu',
      '1.001193 – Đăng ký khai sinh',
      '1.000894 – Đăng ký kết hôn',
    ])
    expect((set.issues as unknown as ImportIssue[])[0]!.message).toMatch(
      /Thị trấn A chưa có thủ tục này trong danh mục áp dụng/,
    )

    const token = await login('canbo.a@test.vn')
    const write = await ctx.rest.request('POST', `/change-sets/${set.id}/write`, { token })
    expect(write.status).toBe(200)
    const [draft] = (await reports(ctx)).docs as ServiceResult[]
    expect(draft).toMatchObject({ _status: 'draft', period: OCTOBER, demo: false })
    expect(idOf(draft.workflow?.changeSet)).toBe(set.id)
    expect(draft.rows?.map((r) => [r.resolvedLate, r.withdrawn])).toEqual([
      [2, 1],
      [0, 0],
    ])
    // Not public until published.
    expect((await ctx.rest.request('GET', `/service-results/${draft.id}`)).status).toBe(404)

    expect(await act('canbo.a@test.vn', set.id, 'submit')).toBe(200)
    expect(await act('xemxet@test.vn', set.id, 'review')).toBe(200)
    expect(await act('canbo.a@test.vn', set.id, 'approve')).toBe(403)
    expect(await act('pheduyet@test.vn', set.id, 'approve')).toBe(200)
    expect(await act('xuatban@test.vn', set.id, 'publish')).toBe(200)
    // The set still says which file it was read from (the adapters' update must not empty it).
    const after = await ctx.payload.findByID({ collection: 'change-sets', id: set.id, depth: 0 })
    expect(after.files?.map((f) => [f.name, f.format])).toEqual([
      ['ket-qua-thang-10.xlsx', 'results-xlsx'],
    ])
    const published = await ctx.rest.request('GET', `/service-results/${draft.id}`)
    expect(published.status).toBe(200)
    expect(((await published.json()) as ServiceResult)._status).toBe('published')
  })

  it('a second import of the month lists each count that changes', async () => {
    const bytes = await filled({
      8: [null, null, null, 3, 20, 12, 1, 15, 13, 3, 4, 0, 1],
      9: ['1.000894', null, null, 0, 0, 2, 0, 1, 1, 0, 0, 0, 0],
    })
    const { body } = await plan('canbo.a@test.vn', bytes, { locality: '91001' })
    const item = itemOf(body.doc!)!
    expect(item.status).toBe('changed')
    expect(item.changes.map(formatChange)).toEqual([
      '1.001193 – Đăng ký khai sinh: Giải quyết đúng hạn: 14 → 13',
      '1.001193 – Đăng ký khai sinh: Giải quyết quá hạn: 2 → 3',
    ])
    await context().payload.delete({ collection: 'change-sets', id: body.doc!.id })
  })

  it('warns when a month carries over other than what the month before left in progress', async () => {
    // October left 4 + 0 birth registrations in progress; November says 3 were carried over.
    const bytes = await filled({ 8: [null, null, null, 3, 5, 5, 0, 6, 5, 0, 2, 0, 0] }, '2026-11')
    const { body } = await plan('canbo.a@test.vn', bytes, { locality: '91001' })
    expect(body.doc!.counts).toMatchObject({ new: 1, errors: 0, warnings: 1 })
    expect((body.doc!.issues as unknown as ImportIssue[])[0]!.message).toBe(
      'Số hồ sơ kỳ trước chuyển sang khác số hồ sơ đang giải quyết cuối tháng 10/2026 trong báo cáo đã có, ở 1 dòng: 1.001193 – Đăng ký khai sinh: 3 (cuối tháng 10/2026: 4). Hãy kiểm tra.',
    )
    await context().payload.delete({ collection: 'change-sets', id: body.doc!.id })
  })

  it('reads the one-stop software’s export, the locality taken from the set', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Báo cáo')
    sheet.getCell('A1').value = 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC THÁNG 9 NĂM 2026'
    sheet.getRow(3).values = [
      'STT',
      'Mã TTHC',
      'Tên TTHC',
      'Tồn kỳ trước',
      'Tiếp nhận trực tuyến',
      'Tiếp nhận trực tiếp',
      'Tiếp nhận qua bưu chính',
      'Đã giải quyết trước hạn',
      'Đã giải quyết đúng hạn',
      'Đã giải quyết quá hạn',
      'Đang giải quyết trong hạn',
      'Đang giải quyết quá hạn',
      'Rút hồ sơ',
    ]
    sheet.getRow(4).values = [1, '1.001193', 'Đăng ký khai sinh', 0, 5, 5, 0, 6, 3, 0, 1, 0, 0]
    const { body } = await plan(
      'canbo.a@test.vn',
      new Uint8Array(await workbook.xlsx.writeBuffer()),
      { locality: '91001' },
    )
    expect(body.doc!.counts?.errors).toBe(0)
    expect(itemOf(body.doc!)).toMatchObject({ key: '91001/2026-09', status: 'new' })
    await context().payload.delete({ collection: 'change-sets', id: body.doc!.id })
  })
})
