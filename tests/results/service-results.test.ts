/**
 * Kết quả giải quyết hồ sơ in the CMS: a locality's officer reports a period's counts, a report
 * that does not add up is refused with the row and the numbers, an unknown count stays unknown,
 * another locality's officer can neither write nor read the draft, and the published report is
 * public.
 */
import { Forbidden } from 'payload'
import { expect, it } from 'vitest'

import type { ServiceResult, User } from '../../cms/payload-types'
import { expectFieldError } from '../helpers/errors'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter } from '../helpers/payload'

/** A commune month: 10 carried over, 120 received, all accounted for. */
const counts = (over: Record<string, number | null> = {}) => ({
  carriedOver: 10,
  receivedOnline: 40,
  receivedDirect: 75,
  receivedPostal: 5,
  resolvedEarly: 60,
  resolvedOnTime: 50,
  resolvedLate: 2,
  pendingWithinTime: 15,
  pendingOverdue: 1,
  withdrawn: 2,
  ...over,
})

describeEachAdapter('service results: reports, sums and access', (ctx) => {
  const user = (key: 'officerA' | 'officerB' | 'legal') =>
    ({ ...ctx().fixtures.users[key], collection: 'users' }) as User & { collection: 'users' }
  const as = (u: (User & { collection: 'users' }) | undefined) => ({
    collection: 'service-results' as const,
    overrideAccess: false,
    user: u,
  })
  const report = (over: Partial<ServiceResult> = {}) => {
    const { fixtures } = ctx()
    return {
      locality: fixtures.localities.townA.id,
      periodKind: 'month' as const,
      periodIndex: 10,
      year: 2026,
      rows: [
        { procedure: fixtures.procedures.birth.id, ...counts() },
        { procedure: fixtures.procedures.marriage.id, ...counts({ withdrawn: null }) },
      ],
      ...over,
    }
  }

  it('stores a month typed by the town’s officer, its period and title computed, unknown counts unknown', async () => {
    const { payload } = ctx()
    const doc = await payload.create({ ...as(user('officerA')), data: report() })
    expect(doc._status).toBe('draft')
    expect(doc.period).toBe('2026-10')
    expect(doc.title).toBe('Thị trấn A – Tháng 10/2026')
    const read = await payload.findByID({ ...as(user('officerA')), id: doc.id, draft: true })
    expect(read.rows?.[1]?.withdrawn).toBeNull()
    expect(read.rows?.[0]?.withdrawn).toBe(2)
    await payload.delete({ collection: 'service-results', id: doc.id })
  })

  it('refuses a row that does not add up, naming the row, its procedure and both totals', async () => {
    const { payload, fixtures } = ctx()
    const data = report({
      rows: [
        { procedure: fixtures.procedures.birth.id, ...counts() },
        { procedure: fixtures.procedures.marriage.id, ...counts({ resolvedOnTime: 53 }) },
      ],
    })
    await expectFieldError(
      payload.create({ ...as(user('officerA')), data }),
      'rows.1.withdrawn',
      'Dòng 2 (1.000894 Đăng ký kết hôn): Số liệu không khớp: đã giải quyết + đang giải quyết + rút/trả lại = 133, nhưng kỳ trước chuyển sang + tiếp nhận trong kỳ = 130.',
    )
    // Nothing was written.
    const { totalDocs } = await payload.count({ collection: 'service-results' })
    expect(totalDocs).toBe(0)
  })

  it('refuses the same message through REST, in Vietnamese', async () => {
    const { rest, fixtures } = ctx()
    const token = await rest.login('canbo.a@test.vn', PASSWORD)
    const response = await rest.request('POST', '/service-results', {
      token,
      body: report({
        rows: [{ procedure: fixtures.procedures.birth.id, ...counts({ receivedOnline: -3 }) }],
      }),
    })
    expect(response.status).toBe(400)
    const text = JSON.stringify(await response.json())
    expect(text).toContain('\\"Tiếp nhận trực tuyến\\" phải là số nguyên không âm (đang là -3).')
  })

  it('refuses a row with neither procedure nor sector, a repeated procedure, and a period not begun', async () => {
    const { payload, fixtures } = ctx()
    const birth = fixtures.procedures.birth.id
    await expectFieldError(
      payload.create({ ...as(user('officerA')), data: report({ rows: [{ ...counts() }] }) }),
      'rows.0.procedure',
      'hãy chọn thủ tục, hoặc lĩnh vực',
    )
    await expectFieldError(
      payload.create({
        ...as(user('officerA')),
        data: report({
          rows: [
            { procedure: birth, ...counts() },
            { procedure: birth, ...counts() },
          ],
        }),
      }),
      'rows.1.procedure',
      'trùng với dòng 1',
    )
    await expectFieldError(
      payload.create({ ...as(user('officerA')), data: report({ year: 2099, periodIndex: 1 }) }),
      'year',
      'Tháng 01/2099 chưa bắt đầu',
    )
    await expectFieldError(
      payload.create({ ...as(user('officerA')), data: report({ periodIndex: 13 }) }),
      'periodIndex',
      'Tháng phải từ 1 đến 12.',
    )
  })

  it('keeps one report per locality and period', async () => {
    const { payload } = ctx()
    const first = await payload.create({ ...as(user('officerA')), data: report() })
    await expectFieldError(
      payload.create({ ...as(user('officerA')), data: report() }),
      'periodIndex',
      'Thị trấn A đã có báo cáo Tháng 10/2026; hãy sửa báo cáo đã có.',
    )
    // A quarter of the same months is another report.
    const quarter = await payload.create({
      ...as(user('officerA')),
      data: report({ periodKind: 'quarter', periodIndex: 4 }),
    })
    expect(quarter.period).toBe('2026-Q4')
    for (const id of [first.id, quarter.id])
      await payload.delete({ collection: 'service-results', id })
  })

  it('lets no other locality’s officer write or read a draft, and no anonymous caller either', async () => {
    const { payload, fixtures } = ctx()
    // Judged on the document as it would be saved: town A's report is outside B's localities.
    await expect(payload.create({ ...as(user('officerB')), data: report() })).rejects.toMatchObject(
      { status: 403, message: expect.stringContaining('nằm ngoài phạm vi được giao cho bạn') },
    )
    await expect(payload.create({ ...as(undefined), data: report() })).rejects.toBeInstanceOf(
      Forbidden,
    )
    const doc = await payload.create({ ...as(user('officerA')), data: report() })
    await expect(
      payload.update({
        ...as(user('officerB')),
        id: doc.id,
        data: { source: 'sửa trộm' },
      }),
    ).rejects.toBeInstanceOf(Forbidden)
    // Moving the report to another locality is judged on the document as it would be saved.
    await expect(
      payload.update({
        ...as(user('officerA')),
        id: doc.id,
        data: { locality: fixtures.localities.communeB.id },
      }),
    ).rejects.toMatchObject({ status: 403 })
    const seenByB = await payload.find({ ...as(user('officerB')), draft: true })
    expect(seenByB.docs.map((d) => d.id)).not.toContain(doc.id)
    const seenAnonymously = await payload.find({ ...as(undefined), draft: true })
    expect(seenAnonymously.docs.map((d) => d.id)).not.toContain(doc.id)
    await payload.delete({ collection: 'service-results', id: doc.id })
  })

  it('reaches citizens only through review, and is public once published', async () => {
    const { payload, rest } = ctx()
    const doc = await payload.create({ ...as(user('officerA')), data: report() })
    const act = async (email: string, action: string) =>
      (
        await rest.request('POST', `/service-results/${doc.id}/workflow`, {
          token: await rest.login(email, PASSWORD),
          body: { action, ...(action === 'submit' ? { changeReason: 'Báo cáo tháng' } : {}) },
        })
      ).status
    expect(await act('canbo.a@test.vn', 'submit')).toBe(200)
    // The officer who reported cannot approve it; another locality's officer cannot either.
    expect(await act('canbo.a@test.vn', 'approve')).toBe(403)
    // Another locality's officer does not even see the draft.
    expect(await act('canbo.b@test.vn', 'approve')).toBe(404)
    expect(await act('pheduyet@test.vn', 'approve')).toBe(200)
    expect(await act('xuatban@test.vn', 'publish')).toBe(200)
    const anonymous = await rest.request('GET', `/service-results/${doc.id}`)
    expect(anonymous.status).toBe(200)
    const json = (await anonymous.json()) as ServiceResult
    expect(json.rows?.[0]?.resolvedEarly).toBe(60)
    expect(json.rows?.[1]?.withdrawn).toBeNull()
    // A published report cannot be edited in place by the officer without a new review.
    const edited = await payload.update({
      ...as(user('officerA')),
      id: doc.id,
      data: { source: 'Phần mềm một cửa' },
    })
    expect(edited._status).toBe('draft')
    const stillPublic = (await (
      await rest.request('GET', `/service-results/${doc.id}`)
    ).json()) as ServiceResult
    expect(stillPublic.source ?? null).toBeNull()
  })
})
