import { createLocalReq } from 'payload'
import { expect, it } from 'vitest'

import { recordPartLists } from '../../cms/collections/Procedures/recordPartLists'
import type { Decision, Procedure } from '../../cms/payload-types'

import { expectFieldError } from '../helpers/errors'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter } from '../helpers/payload'

const errorText = async (response: Response) => JSON.stringify(await response.json())

interface RefusalBody {
  message: string
  data: { errors: { path: string; label: string; message: string }[] }
}

describeEachAdapter('procedures: code format and the parts required by NĐ 63/2010', (ctx) => {
  it('refuses a malformed national code, even in a draft, with a Vietnamese message', async () => {
    const { payload, rest, fixtures } = ctx()
    await expectFieldError(
      payload.create({
        collection: 'procedures',
        data: { ...fixtures.complete('1001193', 'Mã sai'), _status: 'draft' },
        draft: true,
      }),
      'code',
      'Mã thủ tục "1001193" không đúng định dạng d.dddddd',
    )
    const token = await rest.login('phapche@test.vn', PASSWORD)
    const response = await rest.request('POST', '/procedures', {
      token,
      body: { ...fixtures.complete('1.00119', 'Mã sai'), _status: 'draft' },
    })
    expect(response.status).toBe(400)
    expect(await errorText(response)).toContain(
      'Mã thủ tục \\"1.00119\\" không đúng định dạng d.dddddd',
    )
  })

  it('refuses a local code that extends another national code', async () => {
    const { payload, fixtures } = ctx()
    await expectFieldError(
      payload.create({
        collection: 'procedures',
        data: {
          ...fixtures.complete('1.004873', 'Xác nhận tình trạng hôn nhân'),
          localCode: '1.001193.000.00.00.H18',
        },
      }),
      'localCode',
      'phải bắt đầu bằng mã quốc gia 1.004873',
    )
  })

  it('keeps a national code unique', async () => {
    const { payload, fixtures } = ctx()
    await expect(
      payload.create({ collection: 'procedures', data: fixtures.complete('1.001193', 'Trùng mã') }),
    ).rejects.toThrow()
  })

  it('saves an incomplete draft but refuses to publish it, naming each missing part', async () => {
    const { payload, rest, fixtures } = ctx()
    const token = await rest.login('phapche@test.vn', PASSWORD)
    const bare = {
      code: '1.000100',
      name: 'Thủ tục chưa đủ thành phần',
      levels: ['commune'],
      sector: fixtures.sector.id,
    }
    const draft = await rest.request('POST', '/procedures', {
      token,
      query: { draft: 'true' },
      body: { ...bare, _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    const id = (await draft.json()).doc.id
    // Publishing goes through review; an incomplete procedure is refused at submission already.
    const act = (who: string, body: Record<string, unknown>) =>
      rest.request('POST', `/procedures/${id}/workflow`, { token: who, body })
    const publish = await act(token, { action: 'submit', changeReason: 'Thủ tục mới' })
    expect(publish.status).toBe(400)
    const text = await errorText(publish)
    for (const part of [
      'Trình tự thực hiện',
      'Cách thức thực hiện',
      'Thành phần, số lượng hồ sơ',
      'Đối tượng thực hiện',
      'Cơ quan thực hiện',
      'Kết quả thực hiện',
    ]) {
      expect(text).toContain(part)
    }
    const stored = await payload.findByID({ collection: 'procedures', id, draft: true })
    expect(stored._status).toBe('draft')
    expect(stored.workflow?.state).toBe('draft')
  })

  it('requires a time limit on every channel, and a case description on a repeated channel', async () => {
    const { payload, fixtures } = ctx()
    const base = fixtures.complete('1.000200', 'Thủ tục thiếu thời hạn')
    await expectFieldError(
      payload.create({
        collection: 'procedures',
        data: { ...base, methods: [{ channel: 'direct', processingTimeUnit: 'working-day' }] },
      }),
      'methods.0.processingTime',
      'Thiếu "Thời hạn giải quyết"',
    )
    await expectFieldError(
      payload.create({
        collection: 'procedures',
        data: { ...base, methods: [base.methods![0], { ...base.methods![0] }] },
      }),
      'methods.1.description',
      'Cách thức "Trực tiếp" xuất hiện nhiều lần; hãy ghi mô tả trường hợp cho từng dòng.',
    )
    // One row per case, each naming it: real records list a channel once per case.
    const cases = await payload.create({
      collection: 'procedures',
      data: {
        ...base,
        methods: [
          { ...base.methods![0], description: 'Trường hợp đăng ký đúng hạn' },
          { ...base.methods![0], description: 'Trường hợp đăng ký quá hạn', processingTime: 5 },
        ],
      },
    })
    expect(cases.methods?.map((m) => m.channel)).toEqual(['direct', 'direct'])
  })

  it('publishes a part marked unknown with its source, and lists it for the compliance view', async () => {
    const { payload, fixtures } = ctx()
    const source = 'CSDL quốc gia về TTHC, nhập ngày 01/12/2026'
    const base = fixtures.complete('1.000300', 'Thủ tục chưa rõ cơ quan thực hiện')
    const created = await payload.create({
      collection: 'procedures',
      data: {
        ...base,
        agencies: { implementing: [], implementingGap: { kind: 'unknown', source } },
        methods: [
          {
            channel: 'direct',
            processingTimeText: 'Theo quy định của pháp luật chuyên ngành',
            fees: [],
            feesGap: { kind: 'unknown', source },
          },
        ],
      },
    })
    expect(created._status).toBe('published')
    expect(created.unknownParts).toEqual(['implementingAgency', 'fees'])
    expect(created.missingParts).toEqual([])
    const listed = await payload.find({
      collection: 'procedures',
      where: { unknownParts: { contains: 'implementingAgency' } },
    })
    expect(listed.docs.map((d) => d.code)).toEqual(['1.000300'])
  })

  it('fills the part lists of procedures stored before they existed, without a new version', async () => {
    const { payload, fixtures } = ctx()
    const source = 'CSDL quốc gia về TTHC, nhập ngày 01/12/2026'
    const created = await payload.create({
      collection: 'procedures',
      data: {
        ...fixtures.complete('1.000399', 'Thủ tục lưu trước khi có danh sách phần'),
        results: [],
        resultsGap: { kind: 'unknown', source },
      },
    })
    expect(created.unknownParts).toEqual(['results'])
    // As a procedure saved before the lists existed: none recorded.
    await payload.db.updateOne({
      collection: 'procedures',
      id: created.id,
      data: { unknownParts: [], missingParts: [] },
      returning: false,
    })
    const versionsBefore = (
      await payload.findVersions({
        collection: 'procedures',
        where: { parent: { equals: created.id } },
      })
    ).totalDocs
    const req = await createLocalReq({}, payload)
    expect(await recordPartLists(payload, req)).toBeGreaterThanOrEqual(1)
    const after = await payload.findByID({ collection: 'procedures', id: created.id })
    expect(after.unknownParts).toEqual(['results'])
    expect(after.updatedAt).toBe(created.updatedAt)
    const versionsAfter = (
      await payload.findVersions({
        collection: 'procedures',
        where: { parent: { equals: created.id } },
      })
    ).totalDocs
    expect(versionsAfter).toBe(versionsBefore)
    // Run again: nothing left to change for it.
    const again = await payload.find({
      collection: 'procedures',
      where: { unknownParts: { contains: 'results' } },
    })
    expect(again.docs.map((d) => d.code)).toContain('1.000399')
  })

  it('refuses to publish a part marked unknown without a source, naming the part', async () => {
    const { payload, fixtures } = ctx()
    const base = fixtures.complete('1.000301', 'Thủ tục chưa ghi nguồn')
    await expectFieldError(
      payload.create({
        collection: 'procedures',
        data: { ...base, results: [], resultsGap: { kind: 'unknown' } },
      }),
      'resultsGap.source',
      'Thiếu "Kết quả thực hiện": được đánh dấu chưa có thông tin nhưng chưa ghi nguồn.',
    )
    // A channel with no fee row and no gap says nothing: neither free nor unknown.
    await expectFieldError(
      payload.create({
        collection: 'procedures',
        data: { ...base, methods: [{ ...base.methods![0], fees: [] }] },
      }),
      'methods.0.fees',
      'Thiếu "Phí, lệ phí"',
    )
    // A draft may still be saved, and says what is missing.
    const draft = await payload.create({
      collection: 'procedures',
      data: { ...base, results: [], resultsGap: { kind: 'unknown' }, _status: 'draft' },
      draft: true,
    })
    expect(draft.missingParts).toEqual(['results'])
  })

  it('clears a stale gap when the content is entered', async () => {
    const { payload, fixtures } = ctx()
    const source = 'CSDL quốc gia về TTHC'
    const base = fixtures.complete('1.000302', 'Thủ tục được bổ sung')
    const created = await payload.create({
      collection: 'procedures',
      data: { ...base, results: [], resultsGap: { kind: 'unknown', source } },
    })
    expect(created.unknownParts).toEqual(['results'])
    const updated = await payload.update({
      collection: 'procedures',
      id: created.id,
      data: { results: [{ name: 'Giấy chứng nhận' }] },
    })
    expect(updated.resultsGap).toEqual({ kind: null, source: null })
    expect(updated.unknownParts).toEqual([])
  })

  it('accepts a legal document known only by number and title, with its status not stated', async () => {
    const { payload } = ctx()
    const doc = await payload.create({
      collection: 'legal-documents',
      data: { number: '15/2020/TT-BTC', title: 'Quy định mức thu lệ phí', status: 'unknown' },
    })
    expect(doc).toMatchObject({
      number: '15/2020/TT-BTC',
      title: 'Quy định mức thu lệ phí',
      status: 'unknown',
    })
    expect(doc.kind ?? null).toBeNull()
    expect(doc.issueDate ?? null).toBeNull()
    await expectFieldError(
      payload.create({ collection: 'legal-documents', data: { title: 'Không số' } as never }),
      'number',
      /./,
    )
  })

  it('keeps gaps and the computed part lists behind the same access as the rest', async () => {
    const { rest, fixtures } = ctx()
    const officer = await rest.login('canbo.a@test.vn', PASSWORD)
    const response = await rest.request('PATCH', `/procedures/${fixtures.procedures.birth.id}`, {
      token: officer,
      body: { resultsGap: { kind: 'unknown', source: 'Thử' } },
    })
    expect([401, 403]).toContain(response.status)
  })

  it('keeps every version', async () => {
    const { payload, fixtures } = ctx()
    const id = fixtures.procedures.birth.id
    await payload.update({ collection: 'procedures', id, data: { description: 'Sửa lần 1' } })
    await payload.update({ collection: 'procedures', id, data: { description: 'Sửa lần 2' } })
    const versions = await payload.findVersions({
      collection: 'procedures',
      where: { parent: { equals: id } },
      limit: 100,
    })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(3)
  })
})

describeEachAdapter('applied procedures: what a locality may apply', (ctx) => {
  it('refuses an abolished procedure', async () => {
    const { rest, fixtures } = ctx()
    const token = await rest.login('canbo.a@test.vn', PASSWORD)
    const response = await rest.request('POST', '/applied-procedures', {
      token,
      body: { locality: fixtures.localities.townA.id, procedure: fixtures.procedures.abolished.id },
    })
    expect(response.status).toBe(400)
    expect(await errorText(response)).toContain('vì thủ tục đã bị bãi bỏ')
  })

  it('refuses a procedure of a level the locality does not have', async () => {
    const { payload, fixtures } = ctx()
    await expectFieldError(
      payload.create({
        collection: 'applied-procedures',
        data: {
          locality: fixtures.localities.townA.id,
          procedure: fixtures.procedures.provincial.id,
        },
        overrideAccess: false,
        user: fixtures.users.officerA,
      }),
      'procedure',
      'không thực hiện ở cấp xã',
    )
  })

  it('refuses a committed time longer than the legal time, naming both figures', async () => {
    const { payload, rest, fixtures } = ctx()
    const token = await rest.login('canbo.a@test.vn', PASSWORD)
    const response = await rest.request(
      'PATCH',
      `/applied-procedures/${fixtures.applied.appliedA.id}`,
      {
        token,
        body: { committedTime: { value: 4, unit: 'working-day' } },
      },
    )
    expect(response.status).toBe(400)
    // What the admin form puts at the field and the toast that names it by its label.
    const [error] = ((await response.json()) as { errors: RefusalBody[] }).errors
    expect(error.data.errors).toEqual([
      {
        path: 'committedTime.value',
        label: 'Thời hạn địa phương cam kết > Thời hạn',
        message:
          'Thời hạn cam kết 4 ngày làm việc dài hơn thời hạn theo quy định của kênh Trực tiếp: 3 ngày làm việc. Hãy cam kết không quá 3 ngày làm việc.',
      },
    ])
    expect(error.message).toMatch(/: Thời hạn địa phương cam kết > Thời hạn$/)
    // The Local API, as the person, says the same at the same path.
    await expectFieldError(
      payload.update({
        collection: 'applied-procedures',
        id: fixtures.applied.appliedA.id,
        data: { committedTime: { value: 2, unit: 'month' } },
        draft: true,
        overrideAccess: false,
        user: fixtures.users.officerA,
      }),
      'committedTime.value',
      'Thời hạn cam kết 2 tháng dài hơn thời hạn theo quy định của kênh Trực tiếp: 3 ngày làm việc',
    )
    // Even a draft may not promise more than the law allows.
    const draft = await rest.request(
      'PATCH',
      `/applied-procedures/${fixtures.applied.appliedA.id}`,
      {
        token,
        query: { draft: 'true' },
        body: { committedTime: { value: 10, unit: 'day' } },
      },
    )
    expect(draft.status).toBe(400)
  })

  it('refuses applying the same procedure twice in one locality', async () => {
    const { payload, fixtures } = ctx()
    await expectFieldError(
      payload.create({
        collection: 'applied-procedures',
        data: { locality: fixtures.localities.townA.id, procedure: fixtures.procedures.birth.id },
      }),
      'procedure',
      'Thị trấn A đã áp dụng thủ tục 1.001193',
    )
  })

  it('takes every part not overridden from the master', async () => {
    const { payload, fixtures } = ctx()
    await payload.update({
      collection: 'procedures',
      id: fixtures.procedures.birth.id,
      data: { description: 'Mô tả mới của tỉnh' },
    })
    const applied = await payload.findByID({
      collection: 'applied-procedures',
      id: fixtures.applied.appliedA.id,
      depth: 1,
      populate: { procedures: { description: true } },
    })
    expect(typeof applied.procedure === 'object' && applied.procedure.description).toBe(
      'Mô tả mới của tỉnh',
    )
  })

  it('populates a reference to a procedure or a locality with its card, not the whole document', async () => {
    const { payload, fixtures } = ctx()
    const applied = await payload.findByID({
      collection: 'applied-procedures',
      id: fixtures.applied.appliedA.id,
      depth: 1,
    })
    const master = applied.procedure as Procedure
    expect(master).toMatchObject({ id: fixtures.procedures.birth.id, code: '1.001193' })
    expect(master.name).toBeTruthy()
    expect(master).not.toHaveProperty('methods')
    expect(master).not.toHaveProperty('dossierCases')
    expect(applied.locality).toMatchObject({ name: 'Thị trấn A' })
    expect(applied.locality).not.toHaveProperty('deskAddress')
  })

  it('populates a decision a procedure is listed in with its card, not the list it announces', async () => {
    const { payload, fixtures } = ctx()
    const listed = [fixtures.procedures.birth, fixtures.procedures.marriage]
    await payload.create({
      collection: 'decisions',
      data: {
        number: '2001/QĐ-UBND',
        kind: 'announcement',
        title: 'Công bố danh mục thủ tục hành chính cấp xã',
        issuer: 'Chủ tịch UBND tỉnh',
        locality: fixtures.localities.province.id,
        signedDate: '2026-01-05T17:00:00.000Z',
        effectiveDate: '2026-01-09T17:00:00.000Z',
        entries: listed.map((procedure) => ({ procedure: procedure.id, change: 'new' as const })),
        _status: 'published',
      },
    })
    const birth = await payload.findByID({
      collection: 'procedures',
      id: fixtures.procedures.birth.id,
      depth: 1,
    })
    const decisions = (birth.decisions?.docs ?? []) as Decision[]
    const announcing = decisions.find((d) => d.number === '2001/QĐ-UBND')
    expect(announcing).toMatchObject({ kind: 'announcement', issuer: 'Chủ tịch UBND tỉnh' })
    expect(announcing?.effectiveDate).toBe('2026-01-09T17:00:00.000Z')
    expect(announcing).not.toHaveProperty('entries')
  })

  it('refuses deleting a procedure that a locality applies, through REST and GraphQL, even for an administrator', async () => {
    const { payload, rest, fixtures } = ctx()
    const token = await rest.login('admin@test.vn', PASSWORD)
    const id = fixtures.procedures.birth.id
    const response = await rest.request('DELETE', `/procedures/${id}`, { token })
    expect(response.status).toBe(409)
    expect(await errorText(response)).toContain('thủ tục áp dụng tại địa phương đang dùng nó')
    const gql = (await (
      await rest.graphql(`mutation { deleteProcedure(id: "${id}") { id } }`, { token })
    ).json()) as { errors?: unknown[] }
    expect(gql.errors?.length).toBeGreaterThan(0)
    expect(
      (await payload.count({ collection: 'procedures', where: { id: { equals: id } } })).totalDocs,
    ).toBe(1)
    const applied = await payload.findByID({
      collection: 'applied-procedures',
      id: fixtures.applied.appliedA.id,
      depth: 0,
    })
    expect(applied.procedure).toBe(id)
  })
})
