/**
 * Từ đồng nghĩa tìm kiếm in the CMS: province legal officers write them, a second person approves
 * through the review workflow, locality officers and anonymous callers cannot write, and the
 * exporter passes only the published ones to the site.
 */
import { Forbidden } from 'payload'
import { expect, it } from 'vitest'

import { exportSnapshot } from '../../cms/publication/exportSnapshot'
import type { User } from '../../cms/payload-types'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter, type TestContext } from '../helpers/payload'

type Json = {
  doc?: { id: string; _status?: string }
  docs?: unknown[]
  errors?: { message: string }[]
}

const entry = (terms: string[], means: string[] = [], procedures: string[] = []) => ({
  terms,
  means,
  procedures,
  workflow: { changeReason: 'Người dân hay hỏi bằng từ này' },
})

async function tokens(ctx: TestContext) {
  const login = (email: string) => ctx.rest.login(email, PASSWORD)
  return {
    legal: await login('phapche@test.vn'),
    officerA: await login('canbo.a@test.vn'),
    approver: await login('pheduyet@test.vn'),
    publisher: await login('xuatban@test.vn'),
  }
}

/** Publishes a draft entry through the workflow: submitted by the legal officer, approved by another. */
async function publish(ctx: TestContext, id: string) {
  const t = await tokens(ctx)
  const act = (token: string, action: string) =>
    ctx.rest.request('POST', `/search-synonyms/${id}/workflow`, { token, body: { action } })
  expect((await act(t.legal, 'submit')).status).toBe(200)
  // The author may not approve their own entry.
  expect((await act(t.legal, 'approve')).status).toBe(403)
  expect((await act(t.approver, 'approve')).status).toBe(200)
  expect((await act(t.publisher, 'publish')).status).toBe(200)
}

describeEachAdapter('search synonyms: access, review and export', (ctx) => {
  const user = (key: 'legal' | 'officerA' | 'reviewer') =>
    ({ ...ctx().fixtures.users[key], collection: 'users' }) as User & { collection: 'users' }

  it('lets a legal officer write a draft; a locality officer and anonymous callers cannot (Local API)', async () => {
    const { payload } = ctx()
    const as = (u: (User & { collection: 'users' }) | undefined) => ({
      collection: 'search-synonyms' as const,
      overrideAccess: false,
      user: u,
    })
    const draft = await payload.create({
      ...as(user('legal')),
      data: entry(['giấy hôn thú'], ['kết hôn']),
    })
    expect(draft._status).toBe('draft')
    await expect(
      payload.create({ ...as(user('officerA')), data: entry(['làm hôn thú'], ['kết hôn']) }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(
      payload.update({ ...as(user('officerA')), id: draft.id, data: { means: ['ly hôn'] } }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(payload.delete({ ...as(user('officerA')), id: draft.id })).rejects.toBeInstanceOf(
      Forbidden,
    )
    await expect(
      payload.create({ ...as(undefined), data: entry(['hôn thú'], ['kết hôn']) }),
    ).rejects.toBeInstanceOf(Forbidden)
    // Officers read drafts; anonymous readers see published entries only.
    expect(
      (await payload.find({ ...as(user('officerA')), draft: true })).docs.map((d) => d.id),
    ).toContain(draft.id)
    expect((await payload.find({ ...as(undefined) })).docs.map((d) => d.id)).not.toContain(draft.id)
    await payload.delete({ collection: 'search-synonyms', id: draft.id })
  })

  it('refuses through REST what the rules forbid, with Vietnamese messages', async () => {
    const { rest } = ctx()
    const t = await tokens(ctx())
    const post = (token: string | undefined, body: unknown) =>
      rest.request('POST', '/search-synonyms', { token, body })
    expect((await post(t.officerA, entry(['làm sổ'], ['sổ hộ khẩu']))).status).toBe(403)
    expect((await post(undefined, entry(['làm sổ'], ['sổ hộ khẩu']))).status).toBe(403)
    // Nobody publishes by saving: only through review.
    const direct = await post(t.legal, {
      ...entry(['làm sổ'], ['sổ hộ khẩu']),
      _status: 'published',
    })
    expect(direct.status).toBe(403)
    // Something it means is required.
    const empty = await post(t.legal, entry(['làm sổ']))
    expect(empty.status).toBe(400)
    expect(JSON.stringify(await empty.json())).toContain('Hãy nhập cụm từ trong tên thủ tục')
    const first = await post(t.legal, entry(['Sổ hồng'], ['quyền sử dụng đất']))
    expect(first.status).toBe(201)
    const firstID = ((await first.json()) as Json).doc!.id
    // A term belongs to one entry only, compared without tone marks or case.
    const twice = await post(t.legal, entry(['so hong', 'nhà đất'], ['quyền sở hữu nhà ở']))
    expect(twice.status).toBe(400)
    expect(JSON.stringify(await twice.json())).toContain(
      'Từ \\"so hong\\" đã có trong mục \\"Sổ hồng\\"',
    )
    // A locality officer cannot change it through REST either.
    const patch = await rest.request('PATCH', `/search-synonyms/${firstID}`, {
      token: t.officerA,
      body: { means: ['ly hôn'] },
    })
    expect(patch.status).toBe(403)
    await ctx().payload.delete({ collection: 'search-synonyms', id: firstID })
  })

  it('exports a published entry into the snapshot, with its procedures’ codes, and leaves a draft out', async () => {
    const { payload, rest, fixtures } = ctx()
    const t = await tokens(ctx())
    // No entry published: the snapshot says nothing, and the site keeps its default list.
    expect((await exportSnapshot(payload)).snapshot.searchSynonyms).toBeUndefined()
    const create = async (body: unknown) => {
      const response = await rest.request('POST', '/search-synonyms', { token: t.legal, body })
      expect(response.status).toBe(201)
      return ((await response.json()) as Json).doc!.id
    }
    const published = await create(
      entry(['lấy vợ', 'cưới chồng'], ['kết hôn'], [fixtures.procedures.marriage.id]),
    )
    const draft = await create(entry(['khai sinh cho bé'], ['khai sinh']))
    await publish(ctx(), published)
    const { snapshot } = await exportSnapshot(payload)
    expect(snapshot.searchSynonyms).toEqual([
      { term: 'cưới chồng', means: ['kết hôn'], codes: ['1.000894'] },
      { term: 'lấy vợ', means: ['kết hôn'], codes: ['1.000894'] },
    ])
    expect(JSON.stringify(snapshot)).not.toContain('khai sinh cho bé')
    // Editing the published entry makes a new draft: the snapshot keeps the approved text.
    const edit = await rest.request('PATCH', `/search-synonyms/${published}?draft=true`, {
      token: t.legal,
      body: { terms: ['lấy vợ', 'cưới chồng', 'đám cưới'] },
    })
    expect(edit.status).toBe(200)
    const again = (await exportSnapshot(payload)).snapshot.searchSynonyms!
    expect(again.map((s) => s.term)).toEqual(['cưới chồng', 'lấy vợ'])
    for (const id of [published, draft]) await payload.delete({ collection: 'search-synonyms', id })
  })
})
