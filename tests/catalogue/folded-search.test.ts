import { expect, it } from 'vitest'

import * as postgresMigration from '../../cms/migrations/postgres/20261202_000539_i12_folded_search'
import * as sqliteMigration from '../../cms/migrations/sqlite/20261202_000410_i12_folded_search'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter, type TestContext } from '../helpers/payload'
import { rerunMigration } from '../helpers/rerunMigration'

/**
 * Search without tone marks in the admin (cms/plugins/foldedSearch), through the REST requests the
 * admin itself sends: the list search (every listSearchableFields `like`), and the relationship
 * picker and filter value box (a `like` on the related collection's title), as a locality officer.
 */

type Found = { docs: { id: string; name?: string; title?: string }[] }

async function search(
  ctx: TestContext,
  collection: string,
  where: Record<string, unknown>,
  token: string,
): Promise<Found> {
  const response = await ctx.rest.request('GET', `/${collection}`, {
    token,
    query: { where, depth: 0, draft: 'true', limit: 50 },
  })
  expect(response.status).toBe(200)
  return (await response.json()) as Found
}

/** The list's search box: `or` over the collection's listSearchableFields. */
const listSearch = (ctx: TestContext, collection: string, words: string, token: string) => {
  const fields =
    ctx.payload.collections[collection as 'procedures']!.config.admin.listSearchableFields!
  return search(ctx, collection, { or: fields.map((f) => ({ [f]: { like: words } })) }, token)
}

describeEachAdapter('admin search without tone marks', (ctx) => {
  const officer = () => ctx().rest.login('canbo.a@test.vn', PASSWORD)

  it('the list search finds procedures typed without tone marks, in any case', async () => {
    const token = await officer()
    for (const words of [
      'dang ky ket hon',
      'ket hon',
      'KET HON',
      'Đăng ký kết hôn',
      'dăng ky kết hon',
    ]) {
      const { docs } = await listSearch(ctx(), 'procedures', words, token)
      expect(
        docs.map((d) => d.name),
        words,
      ).toEqual(['Đăng ký kết hôn'])
    }
    const { docs } = await listSearch(ctx(), 'procedures', '1.000894', token)
    expect(docs.map((d) => d.name)).toEqual(['Đăng ký kết hôn'])
  })

  it('a picker’s title search finds "ho tich" and an applied procedure by its master’s name', async () => {
    const token = await officer()
    const sectors = await search(ctx(), 'sectors', { name: { like: 'ho tich' } }, token)
    expect(sectors.docs.map((d) => d.name)).toEqual(['Hộ tịch'])
    const applied = await search(
      ctx(),
      'applied-procedures',
      { title: { like: 'khai sinh' } },
      token,
    )
    expect(applied.docs.map((d) => d.title)).toContain('1.001193 – Đăng ký khai sinh (Thị trấn A)')
    // Folding widens a search; it does not loosen anything else in the where.
    const none = await search(
      ctx(),
      'sectors',
      { and: [{ name: { like: 'ho tich' } }, { code: { equals: 'không có' } }] },
      token,
    )
    expect(none.docs).toEqual([])
  })

  it('keeps the folded field in step when the title changes, and hides it from the form', async () => {
    const { payload, fixtures } = ctx()
    const sector = await payload.create({ collection: 'sectors', data: { name: 'Chứng thực' } })
    expect(sector.searchText).toBe('chung thuc')
    await payload.update({ collection: 'sectors', id: sector.id, data: { name: 'Đất đai' } })
    const token = await officer()
    expect((await search(ctx(), 'sectors', { name: { like: 'chung thuc' } }, token)).docs).toEqual(
      [],
    )
    expect(
      (await search(ctx(), 'sectors', { name: { like: 'dat dai' } }, token)).docs.map((d) => d.id),
    ).toEqual([sector.id])
    const field = payload.collections.sectors.config.fields.find(
      (f) => 'name' in f && f.name === 'searchText',
    )
    expect((field?.admin as { hidden?: boolean } | undefined)?.hidden).toBe(true)
    expect(fixtures.sector.searchText).toBe('ho tich')
  })

  it('the migration fills the field of documents and versions stored before it', async () => {
    const context = ctx()
    if (!(await rerunMigration(context, { sqlite: sqliteMigration, postgres: postgresMigration })))
      return
    const token = await officer()
    const { docs } = await listSearch(context, 'procedures', 'dang ky khai sinh', token)
    expect(docs.map((d) => d.name)).toEqual(['Đăng ký khai sinh'])
    const applied = await listSearch(context, 'applied-procedures', 'thi tran a', token)
    expect(applied.docs.length).toBeGreaterThan(0)
  })
})
