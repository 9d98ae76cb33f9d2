/**
 * GET /api/localities/:id/import-template through Payload's real REST handler: the locality's
 * officer downloads the XLSX of their locality, pre-filled from the database and readable by the
 * import's reader; everyone else is refused without learning whether the locality exists.
 */
import ExcelJS from 'exceljs'
import { expect, it } from 'vitest'

import { IMPORT_FORMATS } from '../../cms/import/formats'
import { readLocalityExcel } from '../../cms/import/formats/localityExcel'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter } from '../helpers/payload'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

describeEachAdapter('locality import template: download and access', (ctx) => {
  const login = (email: string) => ctx().rest.login(email, PASSWORD)
  const download = (localityID: string, token?: string) =>
    ctx().rest.request('GET', `/localities/${localityID}/import-template`, { token })

  it('gives the locality’s officer its current applications and the master list of its tier', async () => {
    const { payload, fixtures } = ctx()
    const { townA } = fixtures.localities
    // The applying decision and date, so the row carries every override the template has.
    const decision = await payload.create({
      collection: 'decisions',
      data: {
        number: '45/QĐ-UBND',
        kind: 'application',
        title: 'Áp dụng danh mục thủ tục hành chính tại Thị trấn A',
        issuer: 'Ủy ban nhân dân thị trấn A',
        locality: townA.id,
        signedDate: '2024-01-10T00:00:00.000Z',
        effectiveDate: '2024-01-15T00:00:00.000Z',
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'applied-procedures',
      id: fixtures.applied.appliedA.id,
      data: {
        applyingDecision: decision.id,
        appliedFrom: '2024-01-15T00:00:00.000Z',
        onlineServiceUrl: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html',
        _status: 'published',
      },
    })

    const response = await download(townA.id, await login('canbo.a@test.vn'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(XLSX)
    // An ASCII name for old clients, the Vietnamese one in filename*.
    const disposition = response.headers.get('content-disposition')!
    expect(disposition).toContain(
      'attachment; filename="Mau thu tuc ap dung - Thi tran A (91001).xlsx"',
    )
    expect(disposition).toContain(
      `filename*=UTF-8''${encodeURIComponent('Mẫu thủ tục áp dụng - Thị trấn A (91001).xlsx').replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
    )
    const bytes = new Uint8Array(await response.arrayBuffer())

    // The import recognises and reads it back as the application stored.
    expect(IMPORT_FORMATS.filter((f) => f.detect(bytes, 'x')).map((f) => f.name)).toEqual([
      'locality-xlsx',
    ])
    const { applications, issues } = await readLocalityExcel(bytes, 'mau.xlsx')
    expect(issues).toEqual([])
    expect(applications).toEqual([
      {
        locality: '91001',
        procedure: '1.001193',
        appliedFrom: '2024-01-15',
        applyingDecision: '45/QĐ-UBND',
        committedTime: { value: 1, unit: 'working-day' },
        receivingAddress: 'Bộ phận một cửa thị trấn A',
        officerInCharge: null,
        unitInCharge: null,
        onlineServiceUrl: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html',
        localNotes: null,
      },
    ])

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(bytes) as never)
    const [sheet, master] = workbook.worksheets
    expect(sheet.getCell('B2').value).toBe('Thị trấn A')
    // One row: the locality's single application.
    expect(sheet.getCell('A7').value).toBeNull()
    expect(sheet.getCell('B6').result).toBe('Đăng ký khai sinh')
    // Published, in force, at the commune tier: not the provincial, abolished or draft ones.
    const rows = master
      .getRows(4, master.rowCount - 3)!
      .map((row) => (row.values as unknown[]).slice(1))
    expect(rows).toEqual([
      ['1.000894', 'Đăng ký kết hôn', 'Hộ tịch', '3 ngày làm việc', '5 ngày làm việc', ''],
      ['1.001193', 'Đăng ký khai sinh', 'Hộ tịch', '3 ngày làm việc', '5 ngày làm việc', ''],
    ])
  })

  it('gives another locality’s officer their own drafts, not the other locality’s rows', async () => {
    const { communeB } = ctx().fixtures.localities
    const response = await download(communeB.id, await login('canbo.b@test.vn'))
    expect(response.status).toBe(200)
    const { applications } = await readLocalityExcel(
      new Uint8Array(await response.arrayBuffer()),
      'b.xlsx',
    )
    expect(applications).toEqual([
      expect.objectContaining({
        locality: '91002',
        procedure: '1.001193',
        localNotes: 'Bản nháp của xã B',
        receivingAddress: null,
      }),
    ])
  })

  it('serves legal officers and administrators for any locality, the locality’s approver for it', async () => {
    const { payload, fixtures } = ctx()
    const { townA, communeB } = fixtures.localities
    // The town's chairman: approver for the town only, not a locality officer.
    await payload.create({
      collection: 'users',
      data: {
        email: 'chutich.a@test.vn',
        password: PASSWORD,
        name: 'Chủ tịch thị trấn A',
        roles: ['approver'],
        localities: [townA.id],
      },
    })
    const chairman = await login('chutich.a@test.vn')
    expect((await download(townA.id, chairman)).status).toBe(200)
    expect((await download(communeB.id, chairman)).status).toBe(404)

    for (const email of ['phapche@test.vn', 'admin@test.vn']) {
      const token = await login(email)
      for (const locality of [townA, communeB])
        expect((await download(locality.id, token)).status, `${email} ${locality.name}`).toBe(200)
    }
  })

  it('refuses others alike for a locality that exists and one that does not', async () => {
    const { townA } = ctx().fixtures.localities
    const missing =
      ctx().kind === 'mongodb' ? '65f000000000000000000000' : '00000000-0000-4000-8000-000000000000'
    const message = 'Không tìm thấy địa phương, hoặc bạn không có quyền tải mẫu của địa phương này.'

    // Nobody logged in: asked to log in, before any lookup.
    for (const id of [townA.id, missing]) {
      const anonymous = await download(id)
      expect(anonymous.status).toBe(401)
      expect(anonymous.headers.get('content-type')).not.toBe(XLSX)
    }

    // Another locality's officer, a reviewer, a publisher: the same 404 either way.
    for (const email of ['canbo.b@test.vn', 'xemxet@test.vn', 'xuatban@test.vn']) {
      const token = await login(email)
      const answers = await Promise.all(
        [townA.id, missing].map(async (id) => {
          const response = await download(id, token)
          return { status: response.status, body: await response.json() }
        }),
      )
      expect(answers[0], email).toEqual({ status: 404, body: { errors: [{ message }] } })
      expect(answers[1], email).toEqual(answers[0])
    }

    // Allowed roles get the same answer for an unknown locality.
    const legal = await download(missing, await login('phapche@test.vn'))
    expect({ status: legal.status, body: await legal.json() }).toEqual({
      status: 404,
      body: { errors: [{ message }] },
    })
  })
})
