import { expect, it } from 'vitest'

import * as postgresMigration from '../../cms/migrations/postgres/20261205_192513_i_vietnamese_sort'
import * as sqliteMigration from '../../cms/migrations/sqlite/20261205_192501_i_vietnamese_sort'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter, type TestContext } from '../helpers/payload'
import { rerunMigration } from '../helpers/rerunMigration'

/**
 * Lists sorted by name in Vietnamese order on every database (cms/plugins/vietnameseSort): the sort
 * the admin's list sends when the name column is clicked, REST and GraphQL, as a locality officer.
 * Byte order would put "Đất đai" after "Y tế" and "Ăn" after "Z".
 */

const NAMES = [
  'Y tế',
  'Đất đai',
  'Dân tộc',
  'An toàn thực phẩm',
  'Ăn uống',
  'Hòa giải cơ sở',
  'Zalo',
]
const VIETNAMESE = [...NAMES].sort(new Intl.Collator('vi').compare)

const restNames = async (ctx: TestContext, sort: string, token: string) => {
  const response = await ctx.rest.request('GET', '/sectors', {
    token,
    query: { sort, limit: 100, depth: 0, where: { name: { in: NAMES } } },
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: { name: string }[] }).docs.map((d) => d.name)
}

describeEachAdapter('lists sorted in Vietnamese order', (ctx) => {
  const officer = () => ctx().rest.login('canbo.a@test.vn', PASSWORD)

  it('sorts by name as Vietnamese does, both ways, through REST, GraphQL and the Local API', async () => {
    const { payload } = ctx()
    for (const [i, name] of NAMES.entries())
      await payload.create({ collection: 'sectors', data: { name, code: `VS${i}` } })
    expect(VIETNAMESE.slice(0, 4)).toEqual(['An toàn thực phẩm', 'Ăn uống', 'Dân tộc', 'Đất đai'])
    const token = await officer()
    expect(await restNames(ctx(), 'name', token)).toEqual(VIETNAMESE)
    expect(await restNames(ctx(), '-name', token)).toEqual([...VIETNAMESE].reverse())

    const gql = await ctx().rest.graphql(
      `{ Sectors(sort: "name", limit: 100, where: { name: { in: ${JSON.stringify(NAMES)} } }) { docs { name } } }`,
      { token },
    )
    const body = (await gql.json()) as { data: { Sectors: { docs: { name: string }[] } } }
    expect(body.data.Sectors.docs.map((d) => d.name)).toEqual(VIETNAMESE)

    const local = await payload.find({
      collection: 'sectors',
      sort: ['-name'],
      where: { name: { in: NAMES } },
      limit: 100,
      overrideAccess: false,
      user: (
        await payload.find({ collection: 'users', where: { email: { equals: 'canbo.a@test.vn' } } })
      ).docs[0],
    })
    expect(local.docs.map((d) => d.name)).toEqual([...VIETNAMESE].reverse())
  })

  it('follows a renamed document, and sorts what an update did not touch by its stored name', async () => {
    const { payload } = ctx()
    const { docs } = await payload.find({
      collection: 'sectors',
      where: { name: { equals: 'Zalo' } },
    })
    await payload.update({ collection: 'sectors', id: docs[0]!.id, data: { name: 'Ấp Bắc' } })
    await payload.update({ collection: 'sectors', id: docs[0]!.id, data: { code: 'VS9' } })
    const token = await officer()
    const names = [...NAMES.filter((n) => n !== 'Zalo'), 'Ấp Bắc']
    const response = await ctx().rest.request('GET', '/sectors', {
      token,
      query: { sort: 'name', limit: 100, depth: 0, where: { name: { in: names } } },
    })
    const sorted = ((await response.json()) as { docs: { name: string }[] }).docs.map((d) => d.name)
    expect(sorted).toEqual([...names].sort(new Intl.Collator('vi').compare))
    expect(sorted.slice(0, 3)).toEqual(['An toàn thực phẩm', 'Ăn uống', 'Ấp Bắc'])
  })

  it('sorts a list that asks no order by its collection’s default, in Vietnamese order', async () => {
    const { payload } = ctx()
    const titles = ['sổ đỏ', 'đăng ký tạm trú', 'ăn trợ cấp', 'xin giấy phép', 'bìa hồng']
    for (const title of titles)
      await payload.create({
        collection: 'search-synonyms',
        data: { title, terms: [title], means: ['cấp giấy chứng nhận'] },
        draft: true,
      })
    const token = await officer()
    const response = await ctx().rest.request('GET', '/search-synonyms', {
      token,
      query: { limit: 100, depth: 0, draft: 'true', where: { title: { in: titles } } },
    })
    const found = ((await response.json()) as { docs: { title: string }[] }).docs.map(
      (d) => d.title,
    )
    expect(found).toEqual([...titles].sort(new Intl.Collator('vi').compare))
  })

  it('the migration gives documents and versions stored before it their keys', async () => {
    const context = ctx()
    if (!(await rerunMigration(context, { sqlite: sqliteMigration, postgres: postgresMigration })))
      return
    const token = await officer()
    expect(await restNames(context, '-name', token)).toEqual(
      NAMES.filter((n) => n !== 'Zalo')
        .sort(new Intl.Collator('vi').compare)
        .reverse(),
    )
    const procedures = await context.payload.find({
      collection: 'procedures',
      sort: 'name',
      draft: true,
      limit: 100,
      depth: 0,
    })
    const names = procedures.docs.map((d) => d.name)
    expect(names.length).toBeGreaterThan(1)
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare))
  })
})
