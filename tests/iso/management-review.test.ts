/**
 * Management review (TCVN ISO 9001:2015, 9.3): a locality's minutes, one per period, approved by a
 * second person; the pack (DOCX) read from the records for the period, through the API's access.
 * cms/collections/ManagementReviews.
 */
import { expect, it } from 'vitest'

import { blocksOf, readDocx, type Block } from '../../cms/lib/docx/readDocx'
import type { ManagementReview } from '../../cms/payload-types'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter } from '../helpers/payload'

const textOfDocx = (buffer: ArrayBuffer) =>
  blocksOf(readDocx(new Uint8Array(buffer)).body)
    .map((b: Block) =>
      b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.join(' | ')).join('\n'),
    )
    .join('\n')

const counts = {
  carriedOver: 0,
  receivedOnline: 5,
  receivedDirect: 15,
  receivedPostal: 0,
  resolvedEarly: 10,
  resolvedOnTime: 9,
  resolvedLate: 1,
  pendingWithinTime: 0,
  pendingOverdue: 0,
  withdrawn: 0,
}

describeEachAdapter('management review: minutes, second-person approval, the pack', (ctx) => {
  let review: ManagementReview

  const workflow = async (token: string, id: string, collection: string, body: object) =>
    ctx().rest.request('POST', `/${collection}/${id}/workflow` as `/${string}`, { token, body })

  it("records a town's review of a quarter, titled from its period, once per period", async () => {
    const { rest, fixtures } = ctx()
    const officer = await rest.login('canbo.a@test.vn', PASSWORD)
    const created = await rest.request('POST', '/management-reviews', {
      token: officer,
      body: {
        locality: fixtures.localities.townA.id,
        periodKind: 'quarter',
        year: 2026,
        quarter: '4',
        attendees: 'Lãnh đạo UBND; công chức một cửa',
        decisions: [{ kind: 'improvement', decision: 'Rà soát biểu mẫu quý I/2027' }],
      },
    })
    expect(created.status, await created.clone().text()).toBe(201)
    review = (await created.json()).doc
    expect(review).toMatchObject({ period: '2026-Q4', title: 'Xem xét của lãnh đạo – Quý IV/2026' })

    const again = await rest.request('POST', '/management-reviews', {
      token: officer,
      body: {
        locality: fixtures.localities.townA.id,
        periodKind: 'quarter',
        year: 2026,
        quarter: '4',
      },
    })
    expect(again.status).toBe(400)
    expect(await again.text()).toContain('Địa phương đã có cuộc xem xét của lãnh đạo quý IV/2026')

    const badYear = await rest.request('POST', '/management-reviews', {
      token: officer,
      body: {
        locality: fixtures.localities.townA.id,
        periodKind: 'quarter',
        year: 206,
        quarter: '1',
      },
    })
    expect(badYear.status).toBe(400)
    expect(await badYear.text()).toContain('Năm phải là một số từ 2000 đến 2100 (đang là 206)')
  })

  it("keeps it from another locality's officer, anonymous readers and the public API", async () => {
    const { rest, payload, fixtures } = ctx()
    const other = await rest.login('canbo.b@test.vn', PASSWORD)
    const read = await rest.request('GET', `/management-reviews/${review.id}`, {
      token: other,
      query: { draft: 'true' },
    })
    expect(read.status).toBe(404)
    const anonymous = await rest.request('GET', '/management-reviews', { query: { draft: 'true' } })
    expect((await anonymous.json()).docs ?? []).toHaveLength(0)
    const edit = await rest.request('PATCH', `/management-reviews/${review.id}`, {
      token: other,
      body: { discussion: 'Sửa trộm' },
    })
    expect(edit.status).toBe(403)
    await expect(
      payload.create({
        collection: 'management-reviews',
        overrideAccess: false,
        user: { ...fixtures.users.officerB, collection: 'users' },
        data: {
          locality: fixtures.localities.townA.id,
          periodKind: 'year',
          year: 2026,
        },
      }),
    ).rejects.toThrow()
    for (const token of [undefined, other]) {
      const pack = await rest.request('GET', `/management-reviews/${review.id}/pack`, { token })
      expect(pack.status).toBe(token ? 404 : 401)
    }
  })

  it('has its minutes approved by someone other than the person who submitted them', async () => {
    const { rest, payload, fixtures } = ctx()
    // A town officer who is also an approver still may not approve what they submitted.
    await payload.create({
      collection: 'users',
      data: {
        email: 'thuky.a@test.vn',
        password: PASSWORD,
        name: 'Thư ký ISO',
        roles: ['locality-officer', 'approver'],
        localities: [fixtures.localities.townA.id],
      },
    })
    const secretary = await rest.login('thuky.a@test.vn', PASSWORD)
    const submitted = await workflow(secretary, review.id, 'management-reviews', {
      action: 'submit',
      changeReason: 'Biên bản họp xem xét quý IV',
    })
    expect(submitted.status, await submitted.clone().text()).toBe(200)
    const own = await workflow(secretary, review.id, 'management-reviews', { action: 'approve' })
    expect(own.status).toBe(403)
    expect(await own.text()).toContain('phải do người khác thực hiện')
    const approver = await rest.login('pheduyet@test.vn', PASSWORD)
    for (const action of ['approve', 'publish']) {
      const done = await workflow(approver, review.id, 'management-reviews', { action })
      expect(done.status, await done.clone().text()).toBe(200)
    }
    const audit = await payload.find({
      collection: 'audit-log',
      where: { targetId: { equals: String(review.id) } },
      depth: 0,
    })
    expect(audit.docs.map((d) => d.toState)).toEqual(
      expect.arrayContaining(['in-review', 'approved', 'published']),
    )
  })

  it("prints the period's records: a reported month, months not reported, documents issued, the decisions", async () => {
    const { rest, payload, fixtures } = ctx()
    const townA = fixtures.localities.townA.id
    await payload.create({
      collection: 'service-results',
      data: {
        locality: townA,
        periodKind: 'month',
        year: 2026,
        periodIndex: 10,
        rows: [{ procedure: fixtures.procedures.birth.id, ...counts }],
        _status: 'published',
      },
    })
    const officer = await rest.login('canbo.a@test.vn', PASSWORD)
    const approver = await rest.login('pheduyet@test.vn', PASSWORD)
    const document = await payload.create({
      collection: 'quality-documents',
      data: { code: 'QT-HT-09', title: 'Quy trình thử xem xét', locality: townA },
      draft: true,
    })
    expect(
      (
        await workflow(officer, document.id, 'quality-documents', {
          action: 'submit',
          changeReason: 'Ban hành lần đầu',
          changeSummary: 'Ban hành lần đầu',
        })
      ).status,
    ).toBe(200)
    for (const action of ['approve', 'publish'])
      expect((await workflow(approver, document.id, 'quality-documents', { action })).status).toBe(
        200,
      )

    const response = await rest.request('GET', `/management-reviews/${review.id}/pack`, {
      token: officer,
    })
    expect(response.status, await response.clone().text()).toBe(200)
    expect(response.headers.get('content-disposition')).toContain(
      'XXLD_Thi-tran-A_Quy-IV-2026.docx',
    )
    const text = textOfDocx(await response.arrayBuffer())
    expect(text).not.toContain('DỰ THẢO')
    expect(text).toContain('UBND TỈNH KIỂM THỬ')
    expect(text).toContain('A, ngày')
    // October as reported; November and December not reported, so the quarter is not known.
    expect(text).toContain('Tháng 10/2026 | 20 | 10 | 9 | 1 | 0 | 95 %')
    expect(text).toContain('Tháng 11/2026 | Chưa báo cáo')
    expect(text).toMatch(/Cả quý IV\/2026 \| Chưa báo cáo/)
    expect(text).toContain('QT-HT-09 | Quy trình thử xem xét | 01')
    expect(text).toContain('Tài liệu đang hiệu lực: 1')
    expect(text).toContain('Rà soát biểu mẫu quý I/2027')
    expect(text).toContain('Lãnh đạo UBND; công chức một cửa')
  })
})
