import { expect, it } from 'vitest'

import { paragraphsToLexical } from '../../cms/lib/lexical'
import type { User } from '../../cms/payload-types'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter, type TestContext } from '../helpers/payload'

type Json = {
  doc?: Record<string, unknown>
  docs?: Record<string, unknown>[]
  totalDocs?: number
  errors?: { message: string }[]
}
type Versioned = 'procedures' | 'applied-procedures' | 'decisions' | 'quality-documents'

const json = async (response: Response) => (await response.json()) as Json

const decision = (ctx: TestContext, number: string, extra: Record<string, unknown> = {}) => ({
  number,
  title: `Quyết định ${number}`,
  issuer: 'Chủ tịch UBND',
  locality: ctx.fixtures.localities.townA.id,
  signedDate: '2026-03-01T00:00:00.000Z',
  effectiveDate: '2026-03-15T00:00:00.000Z',
  ...extra,
})

const qualityDocument = (code: string, locality: string | null, title: string) => ({
  code,
  title,
  docType: 'procedure',
  locality,
  purpose: paragraphsToLexical([title]),
})

describeEachAdapter('access hardening: version reads follow draft reads', (ctx) => {
  const SECRET = 'BI-MAT-NOI-BO-XA-B'
  /** One draft of commune B per versioned collection, written by trusted server code, with a word to probe for. */
  let drafts: Record<Versioned, { id: string; probe: string; gql: string }> | undefined

  const setUp = async () => {
    if (drafts) return drafts
    const { payload, fixtures } = ctx()
    const b = fixtures.localities.communeB.id
    await payload.update({
      collection: 'applied-procedures',
      id: fixtures.applied.appliedB.id,
      data: { localNotes: `${SECRET} ứng dụng` },
      draft: true,
    })
    const doc = await payload.create({
      collection: 'decisions',
      data: decision(ctx(), '7/QĐ-UBND-B', {
        kind: 'application',
        locality: b,
        title: `${SECRET} quyết định`,
        _status: 'draft',
      }) as never,
      draft: true,
    })
    const iso = await payload.create({
      collection: 'quality-documents',
      data: { ...qualityDocument('QT-XB-01', b, `${SECRET} quy trình`), _status: 'draft' } as never,
      draft: true,
    })
    await payload.update({
      collection: 'procedures',
      id: fixtures.procedures.draft.id,
      data: { description: `${SECRET} thủ tục` },
      draft: true,
    })
    drafts = {
      'applied-procedures': {
        id: fixtures.applied.appliedB.id,
        probe: 'localNotes',
        gql: 'AppliedProcedures',
      },
      decisions: { id: doc.id, probe: 'title', gql: 'Decisions' },
      'quality-documents': { id: iso.id, probe: 'title', gql: 'QualityDocuments' },
      procedures: { id: fixtures.procedures.draft.id, probe: 'description', gql: 'Procedures' },
    }
    return drafts
  }

  const people = async () => {
    const { rest, fixtures } = ctx()
    return [
      { name: 'anonymous', token: undefined, user: null },
      {
        name: 'officer A',
        token: await rest.login('canbo.a@test.vn', PASSWORD),
        user: fixtures.users.officerA,
      },
      {
        name: 'officer B',
        token: await rest.login('canbo.b@test.vn', PASSWORD),
        user: fixtures.users.officerB,
      },
      {
        name: 'reviewer',
        token: await rest.login('xemxet@test.vn', PASSWORD),
        user: fixtures.users.reviewer,
      },
      {
        name: 'legal officer',
        token: await rest.login('phapche@test.vn', PASSWORD),
        user: fixtures.users.legal,
      },
    ] as { name: string; token: string | undefined; user: User | null }[]
  }

  it('REST, GraphQL and the Local API show a version exactly when a draft read shows its document', async () => {
    const { payload, rest } = ctx()
    const all = await setUp()
    for (const person of await people()) {
      for (const [slug, { id, probe, gql }] of Object.entries(all) as [
        Versioned,
        (typeof all)[Versioned],
      ][]) {
        const where = `${person.name} on ${slug}`
        const draftRead = await rest.request('GET', `/${slug}/${id}`, {
          token: person.token,
          query: { draft: 'true', depth: 0 },
        })
        const readable =
          draftRead.status === 200 && JSON.stringify(await draftRead.json()).includes(SECRET)
        const [version] = (
          await payload.findVersions({
            collection: slug,
            where: { parent: { equals: id } },
            sort: '-updatedAt',
            limit: 1,
          })
        ).docs
        const versionID = String(version.id)

        // REST: the list filtered on the document, a probe on the secret text, and the version by ID.
        const list = await rest.request('GET', `/${slug}/versions`, {
          token: person.token,
          query: { where: { parent: { equals: id } }, depth: 0 },
        })
        const probed = await rest.request('GET', `/${slug}/versions`, {
          token: person.token,
          query: { where: { [`version.${probe}`]: { like: SECRET } }, depth: 0 },
        })
        const byID = await rest.request('GET', `/${slug}/versions/${versionID}`, {
          token: person.token,
          query: { depth: 0 },
        })
        const texts = [await list.text(), await probed.text(), await byID.text()]
        if (readable) {
          expect(list.status, where).toBe(200)
          expect(JSON.parse(texts[0]).totalDocs, where).toBeGreaterThan(0)
          expect(JSON.parse(texts[1]).totalDocs, where).toBeGreaterThan(0)
          expect(byID.status, where).toBe(200)
        } else {
          for (const text of texts) expect(text, where).not.toContain(SECRET)
          if (!person.token)
            expect([list.status, probed.status, byID.status], where).toEqual([403, 403, 403])
          else {
            expect(JSON.parse(texts[0]).totalDocs, where).toBe(0)
            expect(JSON.parse(texts[1]).totalDocs, where).toBe(0)
            expect([403, 404], where).toContain(byID.status)
          }
        }

        // GraphQL: the versions query with a probe, and the version by ID.
        const gqlResponse = await rest.graphql(
          `{ list: versions${gql}(where: { parent: { equals: "${id}" } }) { totalDocs docs { id } }
             one: version${gql.replace(/s$/, '')}(id: "${versionID}") { id parent { id } } }`,
          { token: person.token },
        )
        const gqlText = await gqlResponse.text()
        const gqlBody = JSON.parse(gqlText) as {
          data?: { list?: { totalDocs: number } | null; one?: { id: string } | null }
        }
        if (readable) {
          expect(gqlBody.data?.list?.totalDocs, where).toBeGreaterThan(0)
          expect(gqlBody.data?.one?.id, where).toBe(versionID)
        } else {
          expect(gqlBody.data?.list?.totalDocs ?? 0, where).toBe(0)
          expect(gqlBody.data?.one ?? null, where).toBeNull()
          expect(gqlText, where).not.toContain(SECRET)
        }

        // Local API as that person.
        const local = {
          collection: slug,
          overrideAccess: false,
          user: person.user ?? undefined,
        } as const
        const found = await payload
          .findVersions({ ...local, where: { [`version.${probe}`]: { like: SECRET } } })
          .catch(() => null)
        const one = await payload.findVersionByID({ ...local, id: versionID }).catch(() => null)
        if (readable) {
          expect(found?.totalDocs, where).toBeGreaterThan(0)
          expect(one?.id, where).toBe(versionID)
        } else {
          expect(found?.totalDocs ?? 0, where).toBe(0)
          expect(one, where).toBeNull()
        }
      }
    }
  })

  it("keeps another locality's drafts and their workflow history from a locality officer, on every collection a locality owns", async () => {
    const { payload, rest, fixtures } = ctx()
    const all = await setUp()
    const token = await rest.login('canbo.a@test.vn', PASSWORD)
    for (const slug of ['applied-procedures', 'decisions', 'quality-documents'] as const) {
      const { id, probe } = all[slug]
      expect(
        (await rest.request('GET', `/${slug}/${id}`, { token, query: { draft: 'true' } })).status,
        slug,
      ).toBe(404)
      // Every version of every document the officer may not read stays hidden, whatever the query.
      const everything = await rest.request('GET', `/${slug}/versions`, {
        token,
        query: { limit: 100, depth: 0 },
      })
      const parents = (await json(everything)).docs!.map((v) => String(v.parent))
      expect(parents, slug).not.toContain(id)
      const history = await rest.request('GET', `/${slug}/versions`, {
        token,
        query: { where: { 'version.workflow.state': { equals: 'draft' } }, limit: 100 },
      })
      expect(await history.text(), slug).not.toContain(SECRET)
      const local = await payload.findVersions({
        collection: slug,
        overrideAccess: false,
        user: fixtures.users.officerA,
        where: { [`version.${probe}`]: { like: SECRET } },
      })
      expect(local.totalDocs, slug).toBe(0)
    }
    // Its own locality's versions stay readable (the edit view counts them).
    const own = await payload.findVersions({
      collection: 'applied-procedures',
      overrideAccess: false,
      user: fixtures.users.officerA,
      where: { parent: { equals: fixtures.applied.appliedA.id } },
    })
    expect(own.totalDocs).toBeGreaterThan(0)
  })
})

describeEachAdapter('access hardening: rules judge the document as it will be saved', (ctx) => {
  const login = (email: string) => ctx().rest.login(email, PASSWORD)
  const countDecisions = async (number: string) =>
    (await ctx().payload.count({ collection: 'decisions', where: { number: { equals: number } } }))
      .totalDocs

  it('a locality officer cannot make an announcement decision by leaving out, nulling or hiding the kind', async () => {
    const { payload, rest, fixtures } = ctx()
    const token = await login('canbo.a@test.vn')
    const townA = fixtures.localities.townA.id
    const omitted = await rest.request('POST', '/decisions', {
      token,
      body: decision(ctx(), '1/QĐ-A'),
    })
    expect(omitted.status).toBe(403)
    expect((await json(omitted)).errors?.[0].message).toContain('"Loại quyết định"')
    expect(await countDecisions('1/QĐ-A')).toBe(0)

    for (const [number, body] of [
      ['2/QĐ-A', decision(ctx(), '2/QĐ-A', { kind: null })],
      ['3/QĐ-A', decision(ctx(), '3/QĐ-A', { kind: 'announcement' })],
      [
        '4/QĐ-A',
        decision(ctx(), '4/QĐ-A', {
          kind: 'application',
          locality: { id: fixtures.localities.communeB.id },
        }),
      ],
      [
        '5/QĐ-A',
        decision(ctx(), '5/QĐ-A', {
          kind: 'application',
          locality: fixtures.localities.province.id,
        }),
      ],
      ['6/QĐ-A', decision(ctx(), '6/QĐ-A', { kind: 'application', locality: null })],
      ['7/QĐ-A', { ...decision(ctx(), '7/QĐ-A', { kind: 'application' }), locality: undefined }],
    ] as const) {
      for (const draft of ['true', 'false']) {
        const response = await rest.request('POST', '/decisions', { token, body, query: { draft } })
        expect([400, 403], `${number} draft=${draft}`).toContain(response.status)
      }
      expect(await countDecisions(number), number).toBe(0)
    }

    const gql = await rest.graphql(
      `mutation { createDecision(data: { number: "8/QĐ-A", kind: announcement, title: "x", issuer: "x", locality: "${townA}", signedDate: "2026-03-01", effectiveDate: "2026-03-01" }) { id kind } }`,
      { token },
    )
    expect((await json(gql)).errors?.[0].message).toContain('Loại quyết định')
    await expect(
      payload.create({
        collection: 'decisions',
        data: decision(ctx(), '9/QĐ-A') as never,
        overrideAccess: false,
        user: fixtures.users.officerA,
      }),
    ).rejects.toThrow(/không có quyền/)
    expect(await countDecisions('8/QĐ-A')).toBe(0)
    expect(await countDecisions('9/QĐ-A')).toBe(0)

    // What the rule allows still works.
    const own = await rest.request('POST', '/decisions', {
      token,
      body: decision(ctx(), '10/QĐ-A', { kind: 'application' }),
    })
    expect(own.status).toBe(201)
  })

  it('a locality officer cannot turn an own decision into an announcement or move it, on REST, GraphQL or the Local API', async () => {
    const { payload, rest, fixtures } = ctx()
    const token = await login('canbo.a@test.vn')
    const created = await rest.request('POST', '/decisions', {
      token,
      body: decision(ctx(), '20/QĐ-A', { kind: 'application' }),
    })
    const id = String((await json(created)).doc!.id)
    const attempts: Record<string, unknown>[] = [
      { kind: 'announcement' },
      { locality: fixtures.localities.communeB.id },
      { locality: { id: fixtures.localities.communeB.id } },
      { locality: null },
      { kind: null },
    ]
    for (const body of attempts) {
      const response = await rest.request('PATCH', `/decisions/${id}`, { token, body })
      expect([400, 403], JSON.stringify(body)).toContain(response.status)
    }
    const gql = await rest.graphql(
      `mutation { updateDecision(id: "${id}", data: { kind: announcement }) { kind } }`,
      { token },
    )
    expect((await json(gql)).errors?.length).toBeGreaterThan(0)
    await expect(
      payload.update({
        collection: 'decisions',
        id,
        data: { locality: fixtures.localities.communeB.id },
        overrideAccess: false,
        user: fixtures.users.officerA,
      }),
    ).rejects.toThrow()
    const stored = await payload.findByID({ collection: 'decisions', id, draft: true, depth: 0 })
    expect(stored.kind).toBe('application')
    expect(stored.locality).toBe(fixtures.localities.townA.id)
    // An edit inside the rule passes.
    expect(
      (await rest.request('PATCH', `/decisions/${id}`, { token, body: { title: 'Trích yếu mới' } }))
        .status,
    ).toBe(200)
  })

  it("a locality officer cannot copy the province's announcement into a decision of their own", async () => {
    const { payload, rest, fixtures } = ctx()
    const announcement = await payload.create({
      collection: 'decisions',
      data: decision(ctx(), '30/QĐ-UBND', {
        kind: 'announcement',
        locality: fixtures.localities.province.id,
        _status: 'published',
      }) as never,
    })
    const token = await login('canbo.a@test.vn')
    const copy = await rest.request('POST', `/decisions/${announcement.id}/duplicate`, {
      token,
      body: { number: '31/QĐ-A' },
    })
    expect([400, 403]).toContain(copy.status)
    expect(
      await ctx().payload.count({
        collection: 'decisions',
        where: { kind: { equals: 'announcement' } },
      }),
    ).toEqual({ totalDocs: 1 })
  })

  it('applied procedures: the locality sent as an object, null or left out is judged like any other', async () => {
    const { payload, rest, fixtures } = ctx()
    const token = await login('canbo.a@test.vn')
    const before = (await payload.count({ collection: 'applied-procedures' })).totalDocs
    for (const locality of [
      { id: fixtures.localities.communeB.id },
      null,
      undefined,
      fixtures.localities.province.id,
    ]) {
      const response = await rest.request('POST', '/applied-procedures', {
        token,
        body: { locality, procedure: fixtures.procedures.marriage.id },
      })
      expect([400, 403], JSON.stringify(locality)).toContain(response.status)
    }
    const gql = await rest.graphql(
      `mutation { createAppliedProcedure(data: { locality: "${fixtures.localities.communeB.id}", procedure: "${fixtures.procedures.marriage.id}" }) { id } }`,
      { token },
    )
    expect((await json(gql)).errors?.length).toBeGreaterThan(0)
    for (const body of [
      { locality: { id: fixtures.localities.communeB.id } },
      { locality: null },
    ]) {
      const response = await rest.request(
        'PATCH',
        `/applied-procedures/${fixtures.applied.appliedA.id}`,
        { token, body },
      )
      expect([400, 403], JSON.stringify(body)).toContain(response.status)
    }
    expect((await payload.count({ collection: 'applied-procedures' })).totalDocs).toBe(before)
    expect(
      (
        await payload.findByID({
          collection: 'applied-procedures',
          id: fixtures.applied.appliedA.id,
          draft: true,
          depth: 0,
        })
      ).locality,
    ).toBe(fixtures.localities.townA.id)
  })

  it("quality documents: leaving out the locality makes it the province's, which a locality officer may not own", async () => {
    const { payload, rest, fixtures } = ctx()
    const officer = await login('canbo.a@test.vn')
    const legal = await login('phapche@test.vn')
    const omitted = await rest.request('POST', '/quality-documents', {
      token: officer,
      body: { ...qualityDocument('QT-A-01', null, 'Không địa phương'), locality: undefined },
    })
    expect(omitted.status).toBe(403)
    expect((await json(omitted)).errors?.[0].message).toContain('"Địa phương sở hữu"')
    const other = await rest.request('POST', '/quality-documents', {
      token: officer,
      body: qualityDocument('QT-A-02', fixtures.localities.communeB.id, 'Xã khác'),
    })
    expect(other.status).toBe(403)
    // The province's legal officer writes the province's documents, not a commune's.
    expect(
      (
        await rest.request('POST', '/quality-documents', {
          token: legal,
          body: qualityDocument('QT-A-03', fixtures.localities.townA.id, 'Của thị trấn'),
        })
      ).status,
    ).toBe(403)
    const own = await rest.request('POST', '/quality-documents', {
      token: officer,
      body: qualityDocument('QT-A-04', fixtures.localities.townA.id, 'Của thị trấn A'),
    })
    expect(own.status).toBe(201)
    const id = String((await json(own)).doc!.id)
    for (const body of [{ locality: null }, { locality: fixtures.localities.communeB.id }]) {
      expect(
        (await rest.request('PATCH', `/quality-documents/${id}`, { token: officer, body })).status,
        JSON.stringify(body),
      ).toBe(403)
    }
    expect(
      (
        await payload.count({
          collection: 'quality-documents',
          where: { code: { in: ['QT-A-01', 'QT-A-02', 'QT-A-03'] } },
        })
      ).totalDocs,
    ).toBe(0)
    expect(
      (await payload.findByID({ collection: 'quality-documents', id, draft: true, depth: 0 }))
        .locality,
    ).toBe(fixtures.localities.townA.id)
  })
})

describeEachAdapter('access hardening: a person cannot publish by saving', (ctx) => {
  it('refuses `_status: published` on create with 403 on REST (with and without ?draft), GraphQL and the Local API', async () => {
    const { payload, rest, fixtures } = ctx()
    const legal = await rest.login('phapche@test.vn', PASSWORD)
    const count = async (code: string) =>
      (await payload.count({ collection: 'procedures', where: { code: { equals: code } } }))
        .totalDocs
    for (const query of [undefined, { draft: 'false' }, { draft: 'true' }]) {
      const response = await rest.request('POST', '/procedures', {
        token: legal,
        query,
        body: fixtures.complete('1.009101', 'Ban hành thẳng'),
      })
      expect(response.status, JSON.stringify(query)).toBe(403)
      expect(JSON.stringify(await response.json())).toContain(
        'Chỉ nội dung đã được phê duyệt mới được ban hành',
      )
    }
    expect(await count('1.009101')).toBe(0)

    const officer = await rest.login('canbo.a@test.vn', PASSWORD)
    const gql = await rest.graphql(
      `mutation { createAppliedProcedure(data: { locality: "${fixtures.localities.townA.id}", procedure: "${fixtures.procedures.marriage.id}", _status: published }) { id _status } }`,
      { token: officer },
    )
    expect((await json(gql)).errors?.[0].message).toContain('phê duyệt')
    await expect(
      payload.create({
        collection: 'procedures',
        data: fixtures.complete('1.009102', 'Qua Local API'),
        overrideAccess: false,
        user: fixtures.users.legal,
      }),
    ).rejects.toThrow(/phê duyệt/)
    const applied = await payload.count({
      collection: 'applied-procedures',
      where: { procedure: { equals: fixtures.procedures.marriage.id } },
    })
    expect(applied.totalDocs).toBe(0)
    expect(await count('1.009102')).toBe(0)
  })

  it("refuses it on a person's update too, but a save without `_status` is a draft and server code still publishes", async () => {
    const { payload, rest, fixtures } = ctx()
    const officer = await rest.login('canbo.a@test.vn', PASSWORD)
    for (const query of [undefined, { draft: 'false' }]) {
      const response = await rest.request(
        'PATCH',
        `/applied-procedures/${fixtures.applied.appliedA.id}`,
        { token: officer, query, body: { localNotes: 'x', _status: 'published' } },
      )
      expect(response.status).toBe(403)
    }
    const gql = await rest.graphql(
      `mutation { updateAppliedProcedure(id: "${fixtures.applied.appliedA.id}", data: { _status: published }) { id } }`,
      { token: officer },
    )
    expect((await json(gql)).errors?.length).toBeGreaterThan(0)
    expect(
      (
        await payload.findByID({
          collection: 'applied-procedures',
          id: fixtures.applied.appliedA.id,
          draft: true,
          depth: 0,
        })
      ).localNotes ?? null,
    ).toBeNull()

    const legal = await rest.login('phapche@test.vn', PASSWORD)
    const plain = await rest.request('POST', '/procedures', {
      token: legal,
      body: { ...fixtures.complete('1.009103', 'Lưu nháp'), _status: undefined },
    })
    expect(plain.status).toBe(201)
    expect((await json(plain)).doc!._status).toBe('draft')
    const server = await payload.create({
      collection: 'procedures',
      data: fixtures.complete('1.009104', 'Nhập từ hệ thống'),
    })
    expect(server._status).toBe('published')
  })
})

describeEachAdapter(
  'access hardening: notifications are marked read by their recipient, deleted by administrators',
  (ctx) => {
    const notify = (recipient: string, title: string) =>
      ctx().payload.create({
        collection: 'notifications',
        data: {
          title,
          message: 'Nội dung',
          link: '/admin/collections/procedures',
          recipient,
          read: false,
        },
      })

    it('the recipient marks it read and changes nothing else, through REST and GraphQL', async () => {
      const { payload, rest, fixtures } = ctx()
      const mine = await notify(fixtures.users.officerA.id, 'Có hồ sơ cần xem xét')
      const token = await rest.login('canbo.a@test.vn', PASSWORD)
      for (const body of [
        { title: 'Đã sửa' },
        { link: 'https://evil.example/' },
        { recipient: fixtures.users.officerB.id },
        { message: 'x', read: true },
        { createdAt: '2020-01-01T00:00:00.000Z' },
      ]) {
        const response = await rest.request('PATCH', `/notifications/${mine.id}`, { token, body })
        expect(response.status, JSON.stringify(body)).toBe(403)
        expect(JSON.stringify(await response.json())).toContain('chỉ được đánh dấu đã đọc')
      }
      const gql = await rest.graphql(
        `mutation { updateNotification(id: "${mine.id}", data: { title: "Đã sửa" }) { title } }`,
        { token },
      )
      expect((await json(gql)).errors?.length).toBeGreaterThan(0)
      await expect(
        payload.update({
          collection: 'notifications',
          id: mine.id,
          data: { recipient: fixtures.users.officerB.id },
          overrideAccess: false,
          user: fixtures.users.officerA,
        }),
      ).rejects.toThrow()
      let stored = await payload.findByID({ collection: 'notifications', id: mine.id, depth: 0 })
      expect([stored.title, stored.message, stored.link, stored.recipient, stored.read]).toEqual([
        'Có hồ sơ cần xem xét',
        'Nội dung',
        '/admin/collections/procedures',
        fixtures.users.officerA.id,
        false,
      ])

      // Marking read works, also when a form sends the other fields back unchanged.
      const read = await rest.request('PATCH', `/notifications/${mine.id}`, {
        token,
        body: { title: 'Có hồ sơ cần xem xét', recipient: fixtures.users.officerA.id, read: true },
      })
      expect(read.status).toBe(200)
      stored = await payload.findByID({ collection: 'notifications', id: mine.id, depth: 0 })
      expect(stored.read).toBe(true)
    })

    it('the recipient cannot delete it; an administrator can', async () => {
      const { payload, rest, fixtures } = ctx()
      const mine = await notify(fixtures.users.officerA.id, 'Giữ lại')
      const token = await rest.login('canbo.a@test.vn', PASSWORD)
      expect((await rest.request('DELETE', `/notifications/${mine.id}`, { token })).status).toBe(
        403,
      )
      expect(
        (
          await rest.request('DELETE', '/notifications', {
            token,
            query: { where: { id: { equals: mine.id } } },
          })
        ).status,
      ).not.toBe(200)
      const gql = await rest.graphql(`mutation { deleteNotification(id: "${mine.id}") { id } }`, {
        token,
      })
      expect((await json(gql)).errors?.length).toBeGreaterThan(0)
      await expect(
        payload.delete({
          collection: 'notifications',
          id: mine.id,
          overrideAccess: false,
          user: fixtures.users.officerA,
        }),
      ).rejects.toThrow()
      expect(
        (await payload.count({ collection: 'notifications', where: { id: { equals: mine.id } } }))
          .totalDocs,
      ).toBe(1)

      const admin = await rest.login('admin@test.vn', PASSWORD)
      expect(
        (await rest.request('DELETE', `/notifications/${mine.id}`, { token: admin })).status,
      ).toBe(200)
      expect(
        (await payload.count({ collection: 'notifications', where: { id: { equals: mine.id } } }))
          .totalDocs,
      ).toBe(0)
    })

    it("nobody reads or touches another person's notifications", async () => {
      const { payload, rest, fixtures } = ctx()
      const theirs = await notify(fixtures.users.officerB.id, 'Của cán bộ B')
      const token = await rest.login('canbo.a@test.vn', PASSWORD)
      expect((await rest.request('GET', `/notifications/${theirs.id}`, { token })).status).toBe(404)
      const list = await rest.request('GET', '/notifications', {
        token,
        query: { where: { title: { like: 'cán bộ B' } } },
      })
      expect((await json(list)).totalDocs).toBe(0)
      expect([403, 404]).toContain(
        (
          await rest.request('PATCH', `/notifications/${theirs.id}`, {
            token,
            body: { read: true },
          })
        ).status,
      )
      expect([403, 404]).toContain(
        (await rest.request('DELETE', `/notifications/${theirs.id}`, { token })).status,
      )
      const gql = await rest.graphql(
        `{ Notification(id: "${theirs.id}") { title } Notifications { docs { title } } }`,
        { token },
      )
      expect(JSON.stringify(await json(gql))).not.toContain('Của cán bộ B')
      expect((await rest.request('GET', '/notifications', {})).status).toBe(403)
      const stored = await payload.findByID({
        collection: 'notifications',
        id: theirs.id,
        depth: 0,
      })
      expect(stored.read).toBe(false)
    })
  },
)

describeEachAdapter('jobs: only administrators run the queue', (ctx) => {
  it('refuses GET /api/payload-jobs/run to staff and anonymous callers, and runs nothing', async () => {
    const { rest, payload } = ctx()
    // A queued job that must not be run by them: the nightly review check.
    const job = await payload.jobs.queue({ task: 'markReviewsDue', input: {}, queue: 'nightly' })
    for (const email of ['xuatban@test.vn', 'canbo.a@test.vn', 'phapche@test.vn']) {
      const token = await rest.login(email, PASSWORD)
      const response = await rest.request('GET', '/payload-jobs/run', {
        token,
        query: { queue: 'nightly' },
      })
      // Payload answers a refused run with 401.
      expect([401, 403], email).toContain(response.status)
    }
    expect([401, 403]).toContain(
      (await rest.request('GET', '/payload-jobs/run', { query: { queue: 'nightly' } })).status,
    )
    const still = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    expect(still.completedAt ?? null).toBeNull()

    const admin = await rest.login('admin@test.vn', PASSWORD)
    expect(
      (
        await rest.request('GET', '/payload-jobs/run', {
          token: admin,
          query: { queue: 'nightly' },
        })
      ).status,
    ).toBe(200)
  })
})
