import { expect, it } from 'vitest'

import { expectFieldError } from '../helpers/errors'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter } from '../helpers/payload'

const errorText = async (response: Response) => JSON.stringify(await response.json())

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

  it('requires a time limit on every channel, and each channel once', async () => {
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
      'methods.1.channel',
      'chỉ khai báo một lần',
    )
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
    const { rest, fixtures } = ctx()
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
    expect(await errorText(response)).toContain(
      'Thời hạn cam kết 4 ngày làm việc dài hơn thời hạn theo quy định 3 ngày làm việc (trực tiếp)',
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
    })
    expect(typeof applied.procedure === 'object' && applied.procedure.description).toBe(
      'Mô tả mới của tỉnh',
    )
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
