import { expect, it } from 'vitest'

import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter } from '../helpers/payload'

describeEachAdapter('access: anonymous readers never see drafts', (ctx) => {
  it('REST lists and reads published procedures only', async () => {
    const { rest, fixtures } = ctx()
    const list = await (
      await rest.request('GET', '/procedures', { query: { limit: 100, depth: 0 } })
    ).json()
    const codes = list.docs.map((d: { code: string }) => d.code)
    expect(codes).toContain('1.001193')
    expect(codes).not.toContain('1.000003')
    const draft = await rest.request('GET', `/procedures/${fixtures.procedures.draft.id}`)
    expect(draft.status).toBe(404)
    // Asking for drafts explicitly changes nothing for an anonymous reader.
    const asDraft = await rest.request('GET', `/procedures/${fixtures.procedures.draft.id}`, {
      query: { draft: 'true' },
    })
    expect(asDraft.status).toBe(404)
  })

  it('shows the published version, not a newer draft, of a published procedure', async () => {
    const { payload, rest, fixtures } = ctx()
    await payload.update({
      collection: 'procedures',
      id: fixtures.procedures.marriage.id,
      data: { name: 'Đăng ký kết hôn (bản nháp chưa duyệt)' },
      draft: true,
    })
    const response = await rest.request('GET', `/procedures/${fixtures.procedures.marriage.id}`, {
      query: { draft: 'true' },
    })
    expect((await response.json()).name).toBe('Đăng ký kết hôn')
    const versions = await rest.request('GET', '/procedures/versions')
    expect(versions.status).toBe(403)
  })

  it('Local API without a user hides drafts of procedures and applied procedures', async () => {
    const { payload, fixtures } = ctx()
    const procedures = await payload.find({
      collection: 'procedures',
      overrideAccess: false,
      limit: 100,
      depth: 0,
    })
    expect(procedures.docs.map((d) => d.id)).not.toContain(fixtures.procedures.draft.id)
    const applied = await payload.find({
      collection: 'applied-procedures',
      overrideAccess: false,
      depth: 0,
    })
    expect(applied.docs.map((d) => d.id)).toEqual([fixtures.applied.appliedA.id])
  })

  it('GraphQL hides drafts', async () => {
    const { rest } = ctx()
    const response = await rest.graphql(
      '{ Procedures(limit: 100) { docs { code } } AppliedProcedures { docs { localNotes } } }',
    )
    const { data } = await response.json()
    const codes = data.Procedures.docs.map((d: { code: string }) => d.code)
    expect(codes).toContain('1.001193')
    expect(codes).not.toContain('1.000003')
    expect(
      data.AppliedProcedures.docs.map((d: { localNotes: string }) => d.localNotes),
    ).not.toContain('Bản nháp của xã B')
  })
})

describeEachAdapter('access: a locality officer works only on their own localities', (ctx) => {
  it("cannot read another locality's draft, through REST or the Local API", async () => {
    const { payload, rest, fixtures } = ctx()
    const token = await rest.login('canbo.a@test.vn', PASSWORD)
    expect(
      (await rest.request('GET', `/applied-procedures/${fixtures.applied.appliedB.id}`, { token }))
        .status,
    ).toBe(404)
    await expect(
      payload.findByID({
        collection: 'applied-procedures',
        id: fixtures.applied.appliedB.id,
        overrideAccess: false,
        user: fixtures.users.officerA,
      }),
    ).rejects.toThrow()
    // The owner reads it.
    const own = await rest.request('GET', `/applied-procedures/${fixtures.applied.appliedB.id}`, {
      token: await rest.login('canbo.b@test.vn', PASSWORD),
    })
    expect(own.status).toBe(200)
  })

  it("cannot update or delete another locality's applied procedure", async () => {
    const { payload, rest, fixtures } = ctx()
    const token = await rest.login('canbo.a@test.vn', PASSWORD)
    const patch = await rest.request(
      'PATCH',
      `/applied-procedures/${fixtures.applied.appliedB.id}`,
      { token, body: { localNotes: 'sửa trộm' } },
    )
    expect([403, 404]).toContain(patch.status)
    const del = await rest.request(
      'DELETE',
      `/applied-procedures/${fixtures.applied.appliedB.id}`,
      { token },
    )
    expect([403, 404]).toContain(del.status)
    await expect(
      payload.update({
        collection: 'applied-procedures',
        id: fixtures.applied.appliedB.id,
        data: { localNotes: 'sửa trộm' },
        overrideAccess: false,
        user: fixtures.users.officerA,
      }),
    ).rejects.toThrow()
    const stored = await payload.findByID({
      collection: 'applied-procedures',
      id: fixtures.applied.appliedB.id,
      draft: true,
    })
    expect(stored.localNotes).toBe('Bản nháp của xã B')
  })

  it('cannot create an applied procedure for another locality, nor move its own there', async () => {
    const { payload, rest, fixtures } = ctx()
    const token = await rest.login('canbo.a@test.vn', PASSWORD)
    const create = await rest.request('POST', '/applied-procedures', {
      token,
      body: {
        locality: fixtures.localities.communeB.id,
        procedure: fixtures.procedures.marriage.id,
      },
    })
    expect(create.status).toBe(403)
    const move = await rest.request(
      'PATCH',
      `/applied-procedures/${fixtures.applied.appliedA.id}`,
      {
        token,
        body: { locality: fixtures.localities.communeB.id },
      },
    )
    expect(move.status).toBe(403)
    const stored = await payload.findByID({
      collection: 'applied-procedures',
      id: fixtures.applied.appliedA.id,
      depth: 0,
    })
    expect(stored.locality).toBe(fixtures.localities.townA.id)
  })

  it("edits its own applied procedures and desk details, but not the unit's identity", async () => {
    const { payload, rest, fixtures } = ctx()
    const token = await rest.login('canbo.a@test.vn', PASSWORD)
    const ok = await rest.request('PATCH', `/applied-procedures/${fixtures.applied.appliedA.id}`, {
      token,
      body: { localNotes: 'Tiếp nhận cả sáng thứ Bảy' },
    })
    expect(ok.status).toBe(200)
    const desk = await rest.request('PATCH', `/localities/${fixtures.localities.townA.id}`, {
      token,
      body: { openingHours: 'Sáng 7h00–11h30', code: '99999' },
    })
    expect(desk.status).toBe(200)
    const town = await payload.findByID({
      collection: 'localities',
      id: fixtures.localities.townA.id,
    })
    expect(town.openingHours).toBe('Sáng 7h00–11h30')
    expect(town.code).toBe('91001')
    const other = await rest.request('PATCH', `/localities/${fixtures.localities.communeB.id}`, {
      token,
      body: { openingHours: 'x' },
    })
    expect([403, 404]).toContain(other.status)
  })

  it('cannot edit the master list', async () => {
    const { payload, rest, fixtures } = ctx()
    const token = await rest.login('canbo.a@test.vn', PASSWORD)
    const patch = await rest.request('PATCH', `/procedures/${fixtures.procedures.birth.id}`, {
      token,
      body: { name: 'Đổi tên' },
    })
    expect(patch.status).toBe(403)
    await expect(
      payload.update({
        collection: 'procedures',
        id: fixtures.procedures.birth.id,
        data: { name: 'Đổi tên' },
        overrideAccess: false,
        user: fixtures.users.reviewer,
      }),
    ).rejects.toThrow()
  })
})

describeEachAdapter('access: role escalation is refused', (ctx) => {
  it('an officer cannot give themself a role or a locality', async () => {
    const { payload, rest, fixtures } = ctx()
    const token = await rest.login('canbo.a@test.vn', PASSWORD)
    const me = fixtures.users.officerA.id
    const roles = await rest.request('PATCH', `/users/${me}`, { token, body: { roles: ['admin'] } })
    expect(roles.status).toBe(403)
    const localities = await rest.request('PATCH', `/users/${me}`, {
      token,
      body: { localities: [fixtures.localities.townA.id, fixtures.localities.communeB.id] },
    })
    expect(localities.status).toBe(403)
    const gql = await rest.graphql(
      `mutation { updateUser(id: "${me}", data: { roles: admin }) { roles } }`,
      { token },
    )
    expect((await gql.json()).errors?.length).toBeGreaterThan(0)
    await expect(
      payload.update({
        collection: 'users',
        id: me,
        data: { roles: ['admin'] },
        overrideAccess: false,
        user: fixtures.users.officerA,
      }),
    ).rejects.toThrow()
    const stored = await payload.findByID({ collection: 'users', id: me, depth: 0 })
    expect(stored.roles).toEqual(['locality-officer'])
    expect(stored.localities).toEqual([fixtures.localities.townA.id])
    // Changing one's own name is fine.
    const name = await rest.request('PATCH', `/users/${me}`, {
      token,
      body: { name: 'Cán bộ A', roles: ['locality-officer'] },
    })
    expect(name.status).toBe(200)
  })

  it("staff read their colleagues' accounts, and only theirs: a town's people each other, province staff all", async () => {
    const { payload, rest, fixtures } = ctx()
    const { officerA, officerB, legal } = fixtures.users
    const emails = async (token?: string) =>
      (
        (await (await rest.request('GET', '/users', { token, query: { limit: 100 } })).json())
          .docs ?? []
      )
        .map((u: { email: string }) => u.email)
        .sort()
    const colleague = await payload.create({
      collection: 'users',
      data: {
        email: 'dongnghiep.a@test.vn',
        password: PASSWORD,
        name: 'Đồng nghiệp A',
        roles: ['approver'],
        localities: [fixtures.localities.townA.id],
      },
    })
    // Town A's officer reads town A's people (to pick an auditor or an owner), not commune B's.
    const officer = await rest.login('canbo.a@test.vn', PASSWORD)
    expect(await emails(officer)).toEqual(['canbo.a@test.vn', 'dongnghiep.a@test.vn'])
    expect((await rest.request('GET', `/users/${officerB.id}`, { token: officer })).status).toBe(
      404,
    )
    const gql = await rest.graphql(`{ User(id: "${officerB.id}") { email } }`, { token: officer })
    expect(JSON.stringify(await gql.json())).not.toContain('canbo.b@test.vn')
    await expect(
      payload.findByID({
        collection: 'users',
        id: officerB.id,
        overrideAccess: false,
        user: officerA,
      }),
    ).rejects.toThrow()
    // Reading is not writing: a colleague's account stays theirs.
    const edit = await rest.request('PATCH', `/users/${colleague.id}`, {
      token: officer,
      body: { name: 'Đổi tên hộ' },
    })
    expect(edit.status).toBe(403)
    // Province staff read every account; anonymous readers none.
    expect(await emails(await rest.login(legal.email, PASSWORD))).toContain('canbo.b@test.vn')
    expect(await emails()).toEqual([])
  })

  it('nobody but an administrator creates accounts or edits other users', async () => {
    const { rest, fixtures } = ctx()
    const anonymous = await rest.request('POST', '/users', {
      body: { email: 'x@test.vn', password: PASSWORD, name: 'x', roles: ['admin'] },
    })
    expect(anonymous.status).toBe(403)
    const legal = await rest.login('phapche@test.vn', PASSWORD)
    expect(
      (
        await rest.request('POST', '/users', {
          token: legal,
          body: { email: 'y@test.vn', password: PASSWORD, name: 'y', roles: ['admin'] },
        })
      ).status,
    ).toBe(403)
    expect([403, 404]).toContain(
      (
        await rest.request('PATCH', `/users/${fixtures.users.officerA.id}`, {
          token: legal,
          body: { name: 'z' },
        })
      ).status,
    )
    const admin = await rest.login('admin@test.vn', PASSWORD)
    const created = await rest.request('POST', '/users', {
      token: admin,
      body: { email: 'moi@test.vn', password: PASSWORD, name: 'Mới', roles: ['reviewer'] },
    })
    expect(created.status).toBe(201)
  })

  it('a locality officer must belong to a locality', async () => {
    const { rest } = ctx()
    const admin = await rest.login('admin@test.vn', PASSWORD)
    const response = await rest.request('POST', '/users', {
      token: admin,
      body: {
        email: 'khong-dia-phuong@test.vn',
        password: PASSWORD,
        name: 'K',
        roles: ['locality-officer'],
      },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('ít nhất một địa phương')
  })
})
