import { expect, it } from 'vitest'

import type { Procedure } from '../../cms/payload-types'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter, type TestContext } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

type Json = {
  doc?: Record<string, unknown>
  message?: string
  errors?: { message: string; data?: unknown }[]
}

const act = async (
  rest: RestClient,
  token: string,
  collection: string,
  id: string,
  body: Record<string, unknown>,
) => {
  const response = await rest.request('POST', `/${collection}/${id}/workflow`, { token, body })
  return { status: response.status, json: (await response.json()) as Json }
}

const latest = (
  ctx: TestContext,
  collection: 'procedures' | 'applied-procedures' | 'decisions',
  id: string,
) => ctx.payload.findByID({ collection, id, draft: true, depth: 0 }) as Promise<Procedure>

const logins = async (rest: RestClient) => ({
  legal: await rest.login('phapche@test.vn', PASSWORD),
  reviewer: await rest.login('xemxet@test.vn', PASSWORD),
  approver: await rest.login('pheduyet@test.vn', PASSWORD),
  publisher: await rest.login('xuatban@test.vn', PASSWORD),
  officerA: await rest.login('canbo.a@test.vn', PASSWORD),
})

describeEachAdapter('workflow: two-person review, enforced in the API', (ctx) => {
  /** A new draft of a complete procedure, written by the legal officer through REST. */
  const draftProcedure = async (token: string, code: string, name: string) => {
    const { rest, fixtures } = ctx()
    // Without `_status` (asking for "published" is refused: tests/access/access-hardening.test.ts).
    const response = await rest.request('POST', '/procedures', {
      token,
      body: { ...fixtures.complete(code, name), _status: undefined },
    })
    expect(response.status).toBe(201)
    const doc = ((await response.json()) as Json).doc!
    // A person's save is a draft.
    expect(doc._status).toBe('draft')
    return String(doc.id)
  }

  it('runs draft → review → changes requested → review → approved → published, recording each step', async () => {
    const { payload, rest } = ctx()
    const t = await logins(rest)
    const id = await draftProcedure(t.legal, '1.009001', 'Thủ tục thử quy trình phê duyệt')
    expect((await latest(ctx(), 'procedures', id)).workflow?.state).toBe('draft')

    const noReason = await act(rest, t.legal, 'procedures', id, { action: 'submit' })
    expect(noReason.status).toBe(400)
    expect(noReason.json.errors?.[0].message).toContain('Hãy ghi lý do thay đổi')

    const submitted = await act(rest, t.legal, 'procedures', id, {
      action: 'submit',
      changeReason: 'Công bố theo Quyết định 123/QĐ-UBND',
    })
    expect(submitted.status).toBe(200)
    expect(submitted.json.message).toContain('Chờ xem xét')

    const publishTooEarly = await act(rest, t.publisher, 'procedures', id, { action: 'publish' })
    expect(publishTooEarly.status).toBe(400)
    expect(publishTooEarly.json.errors?.[0].message).toContain('"Đã phê duyệt"')

    const silent = await act(rest, t.reviewer, 'procedures', id, { action: 'request-changes' })
    expect(silent.status).toBe(400)
    const asked = await act(rest, t.reviewer, 'procedures', id, {
      action: 'request-changes',
      comment: 'Bổ sung lệ phí nộp trực tuyến.',
    })
    expect(asked.status).toBe(200)

    const edit = await rest.request('PATCH', `/procedures/${id}`, {
      token: t.legal,
      body: { name: 'Thủ tục thử quy trình phê duyệt (đã sửa)' },
    })
    expect(edit.status).toBe(200)
    expect((await act(rest, t.legal, 'procedures', id, { action: 'submit' })).status).toBe(200)
    expect((await act(rest, t.reviewer, 'procedures', id, { action: 'review' })).status).toBe(200)
    expect(
      (await act(rest, t.approver, 'procedures', id, { action: 'approve', comment: 'Đồng ý.' }))
        .status,
    ).toBe(200)

    // Nothing is public before the publish step.
    const anonymousBefore = await rest.request('GET', `/procedures/${id}`)
    expect(anonymousBefore.status).toBe(404)

    const published = await act(rest, t.publisher, 'procedures', id, { action: 'publish' })
    expect(published.status).toBe(200)
    const anonymous = (await (await rest.request('GET', `/procedures/${id}`)).json()) as Procedure
    expect(anonymous.name).toBe('Thủ tục thử quy trình phê duyệt (đã sửa)')
    expect(anonymous._status).toBe('published')
    // The review trail (names, comments) is the office's: not in an anonymous answer, REST or GraphQL.
    expect(anonymous).not.toHaveProperty('workflow')
    const gql = await rest.graphql(
      `query ($id: String!) { Procedure(id: $id) { name workflow { history { comment } } } }`,
      { variables: { id } },
    )
    const { data } = (await gql.json()) as {
      data: { Procedure: { name: string; workflow: { history: unknown } | null } }
    }
    expect(data.Procedure.name).toBe(anonymous.name)
    expect(data.Procedure.workflow?.history ?? null).toBeNull()

    const stored = await latest(ctx(), 'procedures', id)
    const w = stored.workflow!
    expect(w.state).toBe('published')
    expect(w.changeReason).toBe('Công bố theo Quyết định 123/QĐ-UBND')
    const userID = (email: string) =>
      payload
        .find({ collection: 'users', where: { email: { equals: email } } })
        .then((r) => r.docs[0].id)
    expect(w.authors).toEqual([await userID('phapche@test.vn')])
    expect(w.reviewedBy).toBe(await userID('xemxet@test.vn'))
    expect(w.approvedBy).toBe(await userID('pheduyet@test.vn'))
    expect(w.publishedBy).toBe(await userID('xuatban@test.vn'))
    expect(w.history?.map((h) => `${h.action}:${h.from}→${h.to}`)).toEqual([
      'submit:draft→in-review',
      'request-changes:in-review→changes-requested',
      'submit:draft→in-review',
      'review:in-review→in-review',
      'approve:in-review→approved',
      'publish:approved→published',
    ])
    expect(w.history?.[1].comment).toBe('Bổ sung lệ phí nộp trực tuyến.')
    expect(w.history?.every((h) => h.by && h.at)).toBe(true)

    // A person the trail names is populated as who they are, not as their account (the Users
    // collection's defaultPopulate): no roles, localities or unit in another document's answer.
    const withPeople = (await (
      await rest.request('GET', `/procedures/${id}`, { token: t.reviewer, query: { depth: 1 } })
    ).json()) as Procedure
    const reviewer = withPeople.workflow?.reviewedBy as unknown as Record<string, unknown>
    // (`collection`: Payload marks every document of an auth collection with its slug.)
    expect(Object.keys(reviewer).sort()).toEqual(['collection', 'email', 'id', 'name'])
    expect(reviewer.email).toBe('xemxet@test.vn')
    expect(Object.keys(withPeople.workflow?.history?.[0].by as object).sort()).toEqual([
      'collection',
      'email',
      'id',
      'name',
    ])

    const audit = await payload.find({
      collection: 'audit-log',
      where: { and: [{ event: { equals: 'workflow' } }, { targetId: { equals: id } }] },
      sort: 'createdAt',
      limit: 20,
    })
    expect(audit.docs.map((e) => e.toState)).toEqual([
      'in-review',
      'changes-requested',
      'in-review',
      'in-review',
      'approved',
      'published',
    ])
    expect(audit.docs[1].comment).toBe('Bổ sung lệ phí nộp trực tuyến.')
    expect(audit.docs[1].actorEmail).toBe('xemxet@test.vn')
  })

  it('never lets the author approve, even one who holds the approver role', async () => {
    const { payload, rest, fixtures } = ctx()
    await payload.create({
      collection: 'users',
      data: {
        email: 'phapche.pheduyet@test.vn',
        password: PASSWORD,
        name: 'Hai vai trò',
        roles: ['legal-officer', 'approver'],
      },
    })
    const both = await rest.login('phapche.pheduyet@test.vn', PASSWORD)
    const id = await draftProcedure(both, '1.009002', 'Thủ tục do người có hai vai trò soạn')
    expect(
      (await act(rest, both, 'procedures', id, { action: 'submit', changeReason: 'Thủ tục mới' }))
        .status,
    ).toBe(200)
    const self = await act(rest, both, 'procedures', id, { action: 'approve' })
    expect(self.status).toBe(403)
    expect(self.json.errors?.[0].message).toContain('phải do người khác thực hiện')
    // An administrator holds every role, and is still an author here.
    const admin = await rest.login('admin@test.vn', PASSWORD)
    const adminEdit = await rest.request('PATCH', `/procedures/${id}`, {
      token: admin,
      body: { name: 'Sửa bởi quản trị' },
    })
    expect(adminEdit.status).toBe(200)
    expect((await act(rest, admin, 'procedures', id, { action: 'submit' })).status).toBe(200)
    expect((await act(rest, admin, 'procedures', id, { action: 'approve' })).status).toBe(403)
    expect((await latest(ctx(), 'procedures', id)).workflow?.state).toBe('in-review')
    void fixtures
  })

  it('refuses a reviewer who tries to approve or publish, and a publish of what is not approved', async () => {
    const { rest } = ctx()
    const t = await logins(rest)
    const id = await draftProcedure(t.legal, '1.009003', 'Thủ tục thử quyền người xem xét')
    await act(rest, t.legal, 'procedures', id, { action: 'submit', changeReason: 'Thủ tục mới' })
    const approve = await act(rest, t.reviewer, 'procedures', id, { action: 'approve' })
    expect(approve.status).toBe(403)
    expect(approve.json.errors?.[0].message).toContain('"Người phê duyệt"')
    await act(rest, t.approver, 'procedures', id, { action: 'approve' })
    const publish = await act(rest, t.reviewer, 'procedures', id, { action: 'publish' })
    expect(publish.status).toBe(403)
    expect((await latest(ctx(), 'procedures', id))._status).toBe('draft')
  })

  it('refuses every way around the workflow: REST, GraphQL and the Local API', async () => {
    const { payload, rest, fixtures } = ctx()
    const t = await logins(rest)
    const id = await draftProcedure(t.legal, '1.009004', 'Thủ tục thử đường vòng')

    const patch = await rest.request('PATCH', `/procedures/${id}`, {
      token: t.legal,
      body: { _status: 'published' },
    })
    expect(patch.status).toBe(403)
    expect(JSON.stringify(await patch.json())).toContain(
      'Chỉ nội dung đã được phê duyệt mới được ban hành',
    )

    const forged = await rest.request('PATCH', `/procedures/${id}`, {
      token: t.legal,
      body: {
        workflow: { state: 'approved', approvedBy: fixtures.users.approver.id, authors: [] },
      },
    })
    expect(forged.status).toBe(200)
    const afterForgery = await latest(ctx(), 'procedures', id)
    expect(afterForgery.workflow?.state).toBe('draft')
    expect(afterForgery.workflow?.approvedBy ?? null).toBeNull()
    expect(afterForgery.workflow?.authors).toEqual([fixtures.users.legal.id])

    const gql = await rest.graphql(
      `mutation { updateProcedure(id: "${id}", data: { _status: published }) { _status } }`,
      { token: t.legal },
    )
    const gqlBody = (await gql.json()) as { errors?: unknown[] }
    expect(gqlBody.errors?.length).toBeGreaterThan(0)

    await expect(
      payload.update({
        collection: 'procedures',
        id,
        data: { _status: 'published' },
        overrideAccess: false,
        user: fixtures.users.legal,
      }),
    ).rejects.toThrow(/phê duyệt/)
    await expect(
      payload.restoreVersion({
        collection: 'procedures',
        id: String(
          (
            await payload.findVersions({
              collection: 'procedures',
              where: { parent: { equals: id } },
              limit: 1,
            })
          ).docs[0].id,
        ),
        overrideAccess: false,
        user: fixtures.users.legal,
      }),
    ).rejects.toThrow(/bản nháp/)

    expect(
      (await payload.findByID({ collection: 'procedures', id, draft: false, depth: 0 }))._status,
    ).toBe('draft')
    const anonymous = await rest.request('GET', `/procedures/${id}`)
    expect(anonymous.status).toBe(404)
  })

  it('keeps the published version live while a change is drafted, and a new edit voids an approval', async () => {
    const { rest, fixtures } = ctx()
    const t = await logins(rest)
    const id = String(fixtures.procedures.marriage.id)
    const edit = await rest.request('PATCH', `/procedures/${id}`, {
      token: t.legal,
      body: { name: 'Đăng ký kết hôn (dự thảo sửa đổi)' },
    })
    expect(edit.status).toBe(200)
    const live = (await (await rest.request('GET', `/procedures/${id}`)).json()) as Procedure
    expect(live.name).toBe('Đăng ký kết hôn')

    await act(rest, t.legal, 'procedures', id, {
      action: 'submit',
      changeReason: 'Sửa tên theo văn bản mới',
    })
    await act(rest, t.approver, 'procedures', id, { action: 'approve' })
    expect((await latest(ctx(), 'procedures', id)).workflow?.state).toBe('approved')
    await rest.request('PATCH', `/procedures/${id}`, {
      token: t.legal,
      body: { name: 'Đăng ký kết hôn (sửa sau khi duyệt)' },
    })
    const voided = await latest(ctx(), 'procedures', id)
    expect(voided.workflow?.state).toBe('draft')
    expect(voided.workflow?.approvedBy ?? null).toBeNull()
    const publish = await act(rest, t.publisher, 'procedures', id, { action: 'publish' })
    expect(publish.status).toBe(400)
  })

  it('scopes review to the locality: a locality officer cannot approve, nor an approver of another locality', async () => {
    const { payload, rest, fixtures } = ctx()
    const t = await logins(rest)
    await payload.create({
      collection: 'users',
      data: {
        email: 'pheduyet.a@test.vn',
        password: PASSWORD,
        name: 'Chủ tịch thị trấn A',
        roles: ['approver'],
        localities: [fixtures.localities.townA.id],
      },
    })
    const approverA = await rest.login('pheduyet.a@test.vn', PASSWORD)
    const officerB = await rest.login('canbo.b@test.vn', PASSWORD)
    const idB = String(fixtures.applied.appliedB.id)
    expect(
      (
        await act(rest, officerB, 'applied-procedures', idB, {
          action: 'submit',
          changeReason: 'Áp dụng tại xã B',
        })
      ).status,
    ).toBe(200)

    // Officer A cannot even read B's draft: refused either way.
    const byOfficerA = await act(rest, t.officerA, 'applied-procedures', idB, { action: 'approve' })
    expect([403, 404]).toContain(byOfficerA.status)
    const byApproverA = await act(rest, approverA, 'applied-procedures', idB, { action: 'approve' })
    expect(byApproverA.status).toBe(403)
    expect(byApproverA.json.errors?.[0].message).toContain('của đơn vị sở hữu tài liệu')
    expect([403, 404]).toContain(
      (
        await act(rest, t.officerA, 'applied-procedures', idB, {
          action: 'request-changes',
          comment: 'x',
        })
      ).status,
    )
    expect((await latest(ctx(), 'applied-procedures', idB)).workflow?.state).toBe('in-review')

    const idA = String(fixtures.applied.appliedA.id)
    await rest.request('PATCH', `/applied-procedures/${idA}`, {
      token: t.officerA,
      body: { localNotes: 'Nhận hồ sơ cả sáng thứ Bảy' },
    })
    expect(
      (
        await act(rest, t.officerA, 'applied-procedures', idA, {
          action: 'submit',
          changeReason: 'Thêm giờ tiếp nhận',
        })
      ).status,
    ).toBe(200)
    const byApproverOfA = await act(rest, approverA, 'applied-procedures', idA, {
      action: 'approve',
    })
    expect(byApproverOfA.status, JSON.stringify(byApproverOfA.json)).toBe(200)
    // The province's approver acts on every locality.
    expect(
      (await act(rest, t.approver, 'applied-procedures', idB, { action: 'approve' })).status,
    ).toBe(200)
  })

  it('reads the signed-in person without populating their relations, and still scopes them by locality', async () => {
    const { rest, fixtures } = ctx()
    const t = await logins(rest)
    // Users' auth depth is 0 (cms/collections/Users): each request reads the person's locality
    // and unit as ids, and the access rules judge ids (localityIDs, idOf).
    const me = (await (await rest.request('GET', '/users/me', { token: t.officerA })).json()) as {
      user: { localities: unknown[] }
    }
    expect(me.user.localities).toEqual([String(fixtures.localities.townA.id)])
    const own = await rest.request('PATCH', `/applied-procedures/${fixtures.applied.appliedA.id}`, {
      token: t.officerA,
      query: { draft: 'true' },
      body: { localNotes: 'Ghi chú của cán bộ A' },
    })
    expect(own.status).toBe(200)
    const other = await rest.request(
      'PATCH',
      `/applied-procedures/${fixtures.applied.appliedB.id}`,
      { token: t.officerA, query: { draft: 'true' }, body: { localNotes: 'Không phải của A' } },
    )
    expect([403, 404]).toContain(other.status)
    const list = (await (
      await rest.request('GET', '/applied-procedures', {
        token: t.officerA,
        query: { draft: 'true', depth: 0, limit: 100 },
      })
    ).json()) as { docs: { id: string; locality: string; _status?: string }[] }
    // Another locality's drafts stay out of reach; its published procedures are public.
    expect(
      list.docs.filter(
        (d) => d.locality !== String(fixtures.localities.townA.id) && d._status !== 'published',
      ),
    ).toEqual([])
  })

  it('does not let a person delete what was once published; a draft never published may go', async () => {
    const { payload, rest, fixtures } = ctx()
    const t = await logins(rest)
    const published = await rest.request(
      'DELETE',
      `/procedures/${fixtures.procedures.marriage.id}`,
      { token: t.legal },
    )
    expect(published.status).toBe(403)
    expect(JSON.stringify(await published.json())).toContain(
      'Không thể xóa nội dung đã từng ban hành',
    )
    expect(
      (await payload.findByID({ collection: 'procedures', id: fixtures.procedures.marriage.id }))
        ._status,
    ).toBe('published')
    const gql = await rest.graphql(
      `mutation { deleteAppliedProcedure(id: "${fixtures.applied.appliedA.id}") { id } }`,
      { token: t.officerA },
    )
    expect(((await gql.json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0)
    const id = await draftProcedure(t.legal, '1.009006', 'Thủ tục soạn nhầm')
    expect((await rest.request('DELETE', `/procedures/${id}`, { token: t.legal })).status).toBe(200)
  })

  it('restores an earlier version as a new draft, through review again', async () => {
    const { payload, rest, fixtures } = ctx()
    const t = await logins(rest)
    const id = String(fixtures.procedures.birth.id)
    const [first] = (
      await payload.findVersions({
        collection: 'procedures',
        where: { parent: { equals: id } },
        sort: 'createdAt',
        limit: 1,
      })
    ).docs
    await rest.request('PATCH', `/procedures/${id}`, {
      token: t.legal,
      body: { name: 'Đăng ký khai sinh (đổi tên nhầm)' },
    })
    const publishing = await rest.request('POST', `/procedures/versions/${first.id}`, {
      token: t.legal,
    })
    expect(publishing.status).toBe(403)
    expect(JSON.stringify(await publishing.json())).toContain('bản nháp')
    const restore = await rest.request('POST', `/procedures/versions/${first.id}`, {
      token: t.legal,
      query: { draft: 'true' },
    })
    expect(restore.status).toBe(200)
    const draft = await latest(ctx(), 'procedures', id)
    expect(draft.name).toBe('Đăng ký khai sinh')
    expect(draft._status).toBe('draft')
    expect(draft.workflow?.state).toBe('draft')
    expect(draft.workflow?.authors).toEqual([fixtures.users.legal.id])
    expect(draft.workflow?.changeReason ?? null).toBeNull()
    const versions = await payload.countVersions({
      collection: 'procedures',
      where: { parent: { equals: id } },
    })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(3)
  })

  it('notifies the next people to act in the admin, and only they can read it', async () => {
    const { payload, rest, fixtures } = ctx()
    const t = await logins(rest)
    const id = await draftProcedure(t.legal, '1.009005', 'Thủ tục thử thông báo')
    await act(rest, t.legal, 'procedures', id, { action: 'submit', changeReason: 'Thủ tục mới' })
    const mine = (await (
      await rest.request('GET', '/notifications', { token: t.reviewer })
    ).json()) as { docs: { title: string; link: string; id: string }[] }
    const note = mine.docs.find((n) => n.title.includes('Thủ tục thử thông báo'))
    expect(note?.title).toBe('Gửi xem xét: Thủ tục thử thông báo')
    expect(note?.link).toBe(`/admin/collections/procedures/${id}`)
    const approverNotes = await payload.count({
      collection: 'notifications',
      where: { recipient: { equals: fixtures.users.approver.id } },
    })
    expect(approverNotes.totalDocs).toBeGreaterThan(0)
    // The author is not paged for their own submission, and cannot read the reviewer's notes.
    const theirs = await rest.request('GET', `/notifications/${note!.id}`, { token: t.legal })
    expect(theirs.status).toBe(404)
    // The recipient only marks it read: a change to what was sent is refused (tests/access/access-hardening.test.ts).
    const edit = await rest.request('PATCH', `/notifications/${note!.id}`, {
      token: t.reviewer,
      body: { read: true, title: 'sửa' },
    })
    expect(edit.status).toBe(403)
    const markRead = await rest.request('PATCH', `/notifications/${note!.id}`, {
      token: t.reviewer,
      body: { read: true },
    })
    expect(markRead.status).toBe(200)
    const stored = await payload.findByID({ collection: 'notifications', id: note!.id })
    expect(stored.read).toBe(true)
    expect(stored.title).toBe('Gửi xem xét: Thủ tục thử thông báo')
    await act(rest, t.reviewer, 'procedures', id, {
      action: 'request-changes',
      comment: 'Thiếu căn cứ pháp lý',
    })
    const back = await payload.find({
      collection: 'notifications',
      where: { recipient: { equals: fixtures.users.legal.id } },
    })
    expect(
      back.docs.some(
        (n) =>
          n.title === 'Yêu cầu sửa đổi: Thủ tục thử thông báo' &&
          n.message?.includes('Thiếu căn cứ pháp lý'),
      ),
    ).toBe(true)
  })
})
