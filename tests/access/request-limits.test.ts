import { beforeAll, expect, it } from 'vitest'

import { REQUEST_LIMITS } from '../../cms/plugins/requestLimits'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter, type TestContext } from '../helpers/payload'

const { anonymous, signedIn } = REQUEST_LIMITS

/** Levels of populated documents below `doc` (a relationship left as an ID is not one). */
function populatedDepth(value: unknown): number {
  if (Array.isArray(value)) return Math.max(0, ...value.map(populatedDepth))
  if (!value || typeof value !== 'object') return 0
  return Math.max(
    0,
    ...Object.values(value).map((child) => {
      // A populated reference: an object with an ID held by a field (array rows have IDs too, but
      // sit in arrays). References carry a card, not the whole document (defaultPopulate).
      const isDocument =
        !!child && typeof child === 'object' && !Array.isArray(child) && 'id' in child
      return isDocument ? 1 + populatedDepth(child) : populatedDepth(child)
    }),
  )
}

async function expect400(response: Response, message: RegExp) {
  const body = await response.json()
  expect(response.status, JSON.stringify(body)).toBe(400)
  expect(body.errors.map((e: { message: string }) => e.message).join(' | ')).toMatch(message)
  return body
}

// More sectors than either page-size cap, so that a cap shows in the number of documents.
const SECTORS = signedIn.limit + 10

function withManySectors(ctx: () => TestContext) {
  beforeAll(async () => {
    const { payload } = ctx()
    for (let i = 0; i < SECTORS; i++)
      await payload.create({
        collection: 'sectors',
        data: { name: `Lĩnh vực ${String(i).padStart(3, '0')}` },
      })
  })
}

describeEachAdapter(
  "request limits: depth and page size are clamped to the caller's caps",
  (ctx) => {
    withManySectors(ctx)

    it('clamps depth=1000 to the anonymous cap, and to the staff cap when signed in', async () => {
      const { rest, fixtures } = ctx()
      // applied procedure → locality (town A) → parent (district) → parent (province): deep enough for both caps.
      const anon = await rest.request('GET', '/applied-procedures', {
        query: { depth: 1000, limit: 5 },
      })
      expect(anon.status).toBe(200)
      const anonDocs = (await anon.json()).docs
      expect(anonDocs.map((d: { id: string }) => d.id)).toEqual([fixtures.applied.appliedA.id])
      expect(populatedDepth(anonDocs[0])).toBe(anonymous.depth)

      const token = await rest.login('canbo.a@test.vn', PASSWORD)
      const staff = await rest.request(
        'GET',
        `/applied-procedures/${fixtures.applied.appliedA.id}`,
        { token, query: { depth: 1000 } },
      )
      expect(staff.status).toBe(200)
      expect(populatedDepth(await staff.json())).toBe(signedIn.depth)
    })

    it('treats a negative depth as 0', async () => {
      const { rest } = ctx()
      const response = await rest.request('GET', '/applied-procedures', { query: { depth: -1 } })
      expect(response.status).toBe(200)
      expect(populatedDepth((await response.json()).docs)).toBe(0)
    })

    it('gives an anonymous reader at most one capped page, whatever limit or pagination asks', async () => {
      const { rest } = ctx()
      for (const query of [
        { limit: 100_000 },
        { limit: 0 },
        { limit: -1 },
        { pagination: 'false' },
        { limit: '1e308' },
        { pagination: 'false', limit: 0 },
      ]) {
        const response = await rest.request('GET', '/sectors', { query: { ...query, depth: 0 } })
        const body = await response.json()
        expect(response.status, JSON.stringify(query)).toBe(200)
        expect(body.docs, JSON.stringify(query)).toHaveLength(anonymous.limit)
        expect(body.limit).toBe(anonymous.limit)
        expect(body.hasNextPage).toBe(true)
      }
      // A smaller limit is kept.
      expect(
        (await (await rest.request('GET', '/sectors', { query: { limit: 7 } })).json()).docs,
      ).toHaveLength(7)
    })

    it("gives staff the larger cap, as the admin's largest page asks", async () => {
      const { rest } = ctx()
      const token = await rest.login('admin@test.vn', PASSWORD)
      const body = await (
        await rest.request('GET', '/sectors', { token, query: { limit: 100_000, depth: 0 } })
      ).json()
      expect(body.docs).toHaveLength(signedIn.limit)
      expect(body.totalDocs).toBeGreaterThan(signedIn.limit)
    })

    it('caps GraphQL list queries the same way', async () => {
      const { rest } = ctx()
      for (const args of ['limit: 100000', 'limit: 0', 'pagination: false']) {
        const response = await rest.graphql(`{ Sectors(${args}) { docs { name } limit } }`)
        const { data } = await response.json()
        expect(data.Sectors.docs, args).toHaveLength(anonymous.limit)
      }
    })

    it('leaves server code (Local API) unbounded: the exporter reads everything', async () => {
      const { payload } = ctx()
      const all = await payload.find({
        collection: 'sectors',
        overrideAccess: false,
        depth: 0,
        limit: 0,
        pagination: false,
      })
      expect(all.docs.length).toBeGreaterThan(signedIn.limit)
    })
  },
)

describeEachAdapter(
  'request limits: malformed REST input answers 400 with a Vietnamese message',
  (ctx) => {
    it('refuses an object where one value is wanted, as in where[_status][equals][$ne]=x', async () => {
      const { rest } = ctx()
      await expect400(
        await rest.request('GET', '/applied-procedures?where[_status][equals][$ne]=x'),
        /"_status\.equals".*giá trị đơn/,
      )
      await expect400(
        await rest.request('GET', '/procedures/count?where[code][not_equals][$gt]='),
        /"code\.not_equals"/,
      )
    })

    it('refuses a list where one value is wanted, and a value where a list is wanted', async () => {
      const { rest } = ctx()
      await expect400(
        await rest.request(
          'GET',
          '/applied-procedures?where[localNotes][like][0]=a&where[localNotes][like][1]=b',
        ),
        /"localNotes\.like".*danh sách/,
      )
      await expect400(
        await rest.request('GET', '/procedures?where[code][in][a]=1'),
        /"code\.in" cần một danh sách/,
      )
      // Lists are fine where lists are wanted.
      const ok = await rest.request(
        'GET',
        '/procedures?where[code][in][0]=1.001193&where[code][in][1]=1.000894&depth=0',
      )
      expect(ok.status).toBe(200)
      expect((await ok.json()).docs).toHaveLength(2)
    })

    it('checks where in versions, counts and by logged-in staff too', async () => {
      const { rest } = ctx()
      const token = await rest.login('admin@test.vn', PASSWORD)
      await expect400(
        await rest.request(
          'GET',
          '/applied-procedures/versions?where[version.localNotes][like][$ne]=x',
          { token },
        ),
        /"version\.localNotes\.like"/,
      )
      await expect400(
        await rest.request('GET', '/procedures/count?where[code][equals][0]=a', { token }),
        /"code\.equals"/,
      )
      await expect400(
        await rest.request('GET', '/procedures/count?where[code][exists]=perhaps', { token }),
        /exists.*true hoặc false/,
      )
    })

    it('refuses unknown operators, values of the wrong kind and geo operators on non-point fields', async () => {
      const { rest } = ctx()
      await expect400(
        await rest.request('GET', '/procedures?where[code][$regex]=.*'),
        /Toán tử "\$regex".*không được hỗ trợ/,
      )
      await expect400(
        await rest.request('GET', '/procedures?where[validity][equals]=bogus'),
        /"bogus".*"validity\.equals".*lựa chọn/,
      )
      await expect400(
        await rest.request('GET', '/procedures?where[_status][in]=published,bogus'),
        /"bogus".*lựa chọn/,
      )
      await expect400(
        await rest.request('GET', '/procedures?where[createdAt][greater_than]=not-a-date'),
        /ngày giờ hợp lệ/,
      )
      await expect400(
        await rest.request('GET', '/procedures?where[id][in]=not-an-id,x'),
        /mã định danh/,
      )
      await expect400(
        await rest.request('GET', '/procedures?where[sector.id][equals]=not-an-id'),
        /mã định danh/,
      )
      await expect400(
        await rest.request('GET', '/procedures?where[nonexistent][equals]=1'),
        /Không lọc được theo "nonexistent": loại tài liệu này không có trường đó/,
      )
      await expect400(await rest.request('GET', '/procedures?where[code][near]=1,2'), /toạ độ/)
      await expect400(await rest.request('GET', '/procedures?where[code][equals]=a%00b'), /NUL/)
      await expect400(
        await rest.request('GET', '/procedures?where[steps][like]=x'),
        /chỉ lọc được bằng "exists"/,
      )
      await expect400(
        await rest.request('GET', '/procedures?joins[decisions][where][kind][equals]=bogus'),
        /joins\[decisions\].*"bogus"/,
      )
      // The SQL adapters cannot run `all`; MongoDB can.
      const all = await rest.request('GET', '/procedures?where[levels][all][0]=commune&depth=0')
      if (ctx().kind === 'mongodb') expect(all.status).toBe(200)
      else await expect400(all, /"all".*không được hỗ trợ/)
    })

    it('wants and/or as lists, nested only so deep, with a bounded number of conditions', async () => {
      const { rest } = ctx()
      await expect400(
        await rest.request('GET', '/procedures?where[or][a][code][equals]=1'),
        /"or" phải là một danh sách/,
      )
      let deep: Record<string, unknown> = { code: { equals: 'x' } }
      for (let i = 0; i <= REQUEST_LIMITS.where.maxNesting; i++) deep = { or: [deep] }
      await expect400(
        await rest.request('GET', `/procedures?where=${encodeURIComponent(JSON.stringify(deep))}`),
        /lồng nhau quá/,
      )
      // Deeper than the query-string parser nests: the rest stays one odd key, refused as such.
      await expect400(
        await rest.request('GET', `/procedures?where${'[or][0]'.repeat(30)}[code][equals]=1`),
        /không phải tên trường hợp lệ|lồng nhau/,
      )
      const many = {
        or: Array.from({ length: REQUEST_LIMITS.where.maxConditions + 1 }, (_, i) => ({
          code: { equals: String(i) },
        })),
      }
      await expect400(
        await rest.request('GET', `/procedures?where=${encodeURIComponent(JSON.stringify(many))}`),
        /quá \d+ điều kiện/,
      )
    })

    it('refuses where that is not a set of conditions, and JSON that does not parse', async () => {
      const { rest } = ctx()
      await expect400(await rest.request('GET', '/applied-procedures?where=abc'), /JSON hợp lệ/)
      await expect400(
        await rest.request('GET', '/applied-procedures?where=%5B1%5D'),
        /tập điều kiện/,
      )
      await expect400(
        await rest.request('GET', '/applied-procedures?where[code]=x'),
        /cần một toán tử/,
      )
    })

    it('refuses odd sort, page and number parameters', async () => {
      const { rest } = ctx()
      await expect400(await rest.request('GET', '/procedures?sort[$ne]=x'), /sort/)
      await expect400(await rest.request('GET', '/procedures?sort=-,--'), /sort/)
      await expect400(
        await rest.request('GET', '/procedures?sort=a,b,c,d,e,f,g'),
        /tối đa \d+ trường/,
      )
      for (const page of ['-1', '0', '1.5', '99999999999999999999'])
        await expect400(await rest.request('GET', `/procedures?page=${page}`), /Số trang|page/)
      await expect400(
        await rest.request('GET', '/procedures?limit=abc'),
        /Tham số limit phải là một số nguyên/,
      )
      await expect400(await rest.request('GET', '/procedures?depth[a]=1'), /Tham số depth/)
      // Ordinary values pass.
      expect(
        (await rest.request('GET', '/procedures?sort=-code&page=1&limit=2&depth=0')).status,
      ).toBe(200)
    })

    it('keeps the requests the admin itself makes working', async () => {
      const { rest } = ctx()
      const token = await rest.login('canbo.a@test.vn', PASSWORD)
      // Relationship picker: a search, page size 10, depth 0, drafts.
      const picker = await rest.request(
        'GET',
        '/procedures?limit=10&depth=0&draft=true&where[or][0][name][like]=khai&sort=name',
        { token },
      )
      expect(picker.status).toBe(200)
      expect((await picker.json()).docs.map((d: { code: string }) => d.code)).toContain('1.001193')
      // Bulk selection: up to a page of IDs at once.
      const ids = (
        await (await rest.request('GET', '/procedures?limit=100&depth=0', { token })).json()
      ).docs.map((d: { id: string }) => d.id)
      const selected = await rest.request('GET', '/procedures', {
        token,
        query: { depth: 0, where: { id: { in: ids } } },
      })
      expect(selected.status).toBe(200)
    })
  },
)

describeEachAdapter(
  'request limits: GraphQL documents over the limits are refused before they run',
  (ctx) => {
    it('refuses a fragment cycle and an unknown fragment with 400', async () => {
      const { rest } = ctx()
      await expect400(
        await rest.graphql(
          'query { Procedures { docs { ...A } } } fragment A on Procedure { code ...B } fragment B on Procedure { name ...A }',
        ),
        /Fragment tự tham chiếu vòng: A → B → A/,
      )
      await expect400(
        await rest.graphql('query { Procedures { docs { ...Missing } } }'),
        /Fragment "Missing".*không được định nghĩa/,
      )
      await expect400(await rest.graphql('query { Procedures { docs { code } '), /sai cú pháp/)
    })

    it('refuses 100 aliases of Procedures(limit: 100), and more aliases than the cap', async () => {
      const { rest } = ctx()
      const aliases = (n: number, limit: number) =>
        Array.from(
          { length: n },
          (_, i) => `a${i}: Procedures(limit: ${limit}) { docs { code name } }`,
        ).join('\n')
      await expect400(await rest.graphql(`query { ${aliases(100, 100)} }`), /bí danh/)
      await expect400(
        await rest.graphql(`query { ${aliases(anonymous.graphQLAliases + 1, 1)} }`),
        /tối đa \d+/,
      )
      // Staff get more.
      const token = await rest.login('admin@test.vn', PASSWORD)
      const staff = await rest.graphql(`query { ${aliases(anonymous.graphQLAliases + 1, 1)} }`, {
        token,
      })
      expect(staff.status).toBe(200)
      expect(Object.keys((await staff.json()).data)).toHaveLength(anonymous.graphQLAliases + 1)
    })

    it('refuses aliased mutations over the cap before any of them runs', async () => {
      const { payload, rest, fixtures } = ctx()
      const token = await rest.login('admin@test.vn', PASSWORD)
      const mutations = Array.from(
        { length: signedIn.graphQLAliases + 1 },
        (_, i) =>
          `m${i}: updateSector(id: "${fixtures.sector.id}", data: { name: "Đổi ${i}" }) { name }`,
      ).join('\n')
      await expect400(await rest.graphql(`mutation { ${mutations} }`, { token }), /bí danh/)
      expect((await payload.findByID({ collection: 'sectors', id: fixtures.sector.id })).name).toBe(
        'Hộ tịch',
      )
    })

    it('refuses a document nested deeper than the cap', async () => {
      const { rest } = ctx()
      let selection = 'code'
      for (let i = 0; i < anonymous.graphQLDepth; i++)
        selection = `relatedProcedures { ${selection} }`
      await expect400(
        await rest.graphql(`query { Procedures { docs { ${selection} } } }`),
        /lồng quá sâu/,
      )
    })

    it('refuses a document whose cost (documents × fields) is over the cap', async () => {
      const { rest } = ctx()
      // Within the alias cap, each alias asking for a full page of documents with many fields.
      const fields =
        'code name localCode validity levels description sector { name } agencies { implementing { name } }'
      const heavy = Array.from(
        { length: anonymous.graphQLAliases },
        (_, i) => `a${i}: Procedures(limit: ${anonymous.limit}) { docs { ${fields} } }`,
      ).join('\n')
      await expect400(await rest.graphql(`query { ${heavy} }`), /quá nặng/)
      // The same with a variable for the limit.
      await expect400(
        await rest.graphql(
          `query ($n: Int) { ${heavy.replaceAll(`limit: ${anonymous.limit}`, 'limit: $n')} }`,
          { variables: { n: anonymous.limit } },
        ),
        /quá nặng/,
      )
      // An ordinary query passes.
      const ok = await rest.graphql(`query { Procedures(limit: 20) { docs { ${fields} } } }`)
      expect(ok.status).toBe(200)
      expect((await ok.json()).data.Procedures.docs.length).toBeGreaterThan(0)
    })

    it('checks GraphQL where arguments like REST ones', async () => {
      const { rest } = ctx()
      await expect400(
        await rest.graphql(
          'query { Procedures(where: { id: { in: ["not-an-id"] } }) { docs { code } } }',
        ),
        /mã định danh/,
      )
      await expect400(
        await rest.graphql(
          'query { AppliedProcedures(where: { localNotes: { like: ["a", "b"] } }) { docs { id } } }',
        ),
        /where/,
      )
      await expect400(
        await rest.graphql('query { Procedures(page: -1) { docs { code } } }'),
        /Số trang/,
      )
    })
  },
)
