import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { createLocalReq, type CollectionSlug, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPlannedSet, writeChangeSet } from '../../cms/import/changeSet/changeSet'
import { planChangeSet } from '../../cms/import/changeSet/plan'
import { packSource } from '../../cms/import/changeSet/source'
import type { PlanItem } from '../../cms/import/changeSet/types'
import type { ImportedApplication, ImportedProcedure, ImportedSet } from '../../cms/import/records'
import { importedFromStored, loadNaturalKeys } from '../../cms/import/stored'
import { formatChange } from '../../cms/import/changeSet/diff'
import { writeLocalityTemplate } from '../../cms/import/formats/localityExcel'
import { formatIssue, type ImportIssue } from '../../cms/import/report'
import { idOf } from '../../cms/lib/idOf'
import type { ChangeSet, Procedure } from '../../cms/payload-types'
import { createFixtures, PASSWORD } from '../helpers/fixtures'
import {
  describeEachAdapter,
  startPayload,
  stopPayload,
  type TestContext,
} from '../helpers/payload'

/**
 * One import is one change set, on the real Payload and database: the dry run against the test
 * catalogue, the write as drafts in one transaction (and nothing at all when a write fails midway),
 * the review of the whole set through REST by the right and the wrong people, and its publication.
 */

const example = path.join(
  import.meta.dirname,
  '..',
  '..',
  'docs',
  'examples',
  'national-records.json',
)
const exampleBytes = fs.readFileSync(example)

async function plan(
  ctx: TestContext,
  token: string,
  options: Record<string, unknown> = {},
  bytes: Uint8Array<ArrayBuffer> = exampleBytes,
  name = 'national-records.json',
): Promise<{ status: number; body: { doc?: ChangeSet; errors?: { message: string }[] } }> {
  const form = new FormData()
  form.append('file', new Blob([bytes]), name)
  form.append('_payload', JSON.stringify(options))
  const response = await ctx.rest.request('POST', '/change-sets/plan', { token, body: form })
  return { status: response.status, body: (await response.json()) as never }
}

const itemsOf = (set: ChangeSet) => set.plan as unknown as PlanItem[]
const item = (set: ChangeSet, collection: string, key: string) =>
  itemsOf(set).find((i) => i.collection === collection && i.key === key)

async function counts(payload: Payload) {
  const n = (collection: CollectionSlug) => payload.count({ collection }).then((r) => r.totalDocs)
  return {
    procedures: await n('procedures'),
    sectors: await n('sectors'),
    agencies: await n('agencies'),
    legal: await n('legal-documents'),
  }
}

/** Makes every save of a procedure with `code` fail, as a full disk or a bug would, until restored. */
function breakProcedure(payload: Payload, code: string) {
  const hooks = payload.collections.procedures.config.hooks
  const fail = ({ data }: { data: { code?: string } }) => {
    if (data.code === code) throw new Error('Lỗi giả lập khi ghi thủ tục')
    return data
  }
  hooks.beforeChange = [...hooks.beforeChange, fail as never]
  return () => {
    hooks.beforeChange = hooks.beforeChange.filter((h) => h !== (fail as never))
  }
}

/** A stored procedure in the importers' terms, to build records from. */
async function importedOf(ctx: TestContext, id: string): Promise<ImportedProcedure> {
  const doc = await ctx.payload.findByID({ collection: 'procedures', id, depth: 0 })
  return importedFromStored(doc, await loadNaturalKeys(ctx.payload))
}

describeEachAdapter('import change set', (context) => {
  const tokens: Record<string, string> = {}
  const login = async (email: string) =>
    (tokens[email] ??= await context().rest.login(email, PASSWORD))
  let setID = ''

  it('dry run: counts and field-by-field changes against the catalogue, nothing written', async () => {
    const ctx = context()
    const before = await counts(ctx.payload)
    const { status, body } = await plan(ctx, await login('phapche@test.vn'))
    expect(status).toBe(201)
    const set = body.doc!
    setID = set.id
    expect(set.state).toBe('planned')
    expect(set).not.toHaveProperty('source')
    // 1.001193 is in the catalogue; 1.000656 and 2.002165 are new; four fixture procedures are absent.
    expect(item(set, 'procedures', '1.001193')?.status).toBe('changed')
    expect(item(set, 'procedures', '1.000656')?.status).toBe('new')
    expect(item(set, 'procedures', '2.002165')?.status).toBe('new')
    const absent = itemsOf(set)
      .filter((i) => i.status === 'absent')
      .map((i) => i.key)
    expect(absent.sort()).toEqual(['1.000001', '1.000002', '1.000003', '1.000894'])
    // Reference data the file names that the catalogue lacks is part of the set.
    expect(item(set, 'sectors', 'Xuất nhập cảnh')?.status).toBe('new')
    expect(item(set, 'agencies', 'Cơ quan đại diện Việt Nam ở nước ngoài')?.status).toBe('new')
    expect(item(set, 'legal-documents', '123/2015/NĐ-CP')?.status).toBe('new')
    expect(set.counts).toMatchObject({ changed: 1, unchanged: 0, absent: 4, errors: 0 })
    expect(set.counts?.new).toBe(
      2 + itemsOf(set).filter((i) => i.collection !== 'procedures').length,
    )

    const lines = item(set, 'procedures', '1.001193')!.changes.map(formatChange)
    expect(lines).toContain('Tên thủ tục: Đăng ký khai sinh → Thủ tục đăng ký khai sinh')
    expect(lines).toContain('Thời hạn (Trực tiếp): 3 ngày làm việc → Ngay trong ngày làm việc')
    expect(lines).toContain('Thời hạn (Trực tuyến): 5 ngày làm việc → 1 ngày làm việc')
    expect(lines).toContain('Thời hạn (Dịch vụ bưu chính): (không có) → Chưa có thông tin')
    // A new item carries what it will contain, part by part: the reviewer judges it on the set's
    // page. What the record leaves out is "Chưa có thông tin", never a default.
    const marriage = item(set, 'procedures', '1.000656')!
    const parts = new Map(marriage.contents!.map((p) => [p.label, p.value]))
    expect(parts.get('Loại thủ tục')).toBe('Chưa có thông tin')
    expect(parts.get('Phí, lệ phí (Trực tiếp)')).toBe('20.000 đồng – Lệ phí')
    expect(parts.get('Phí, lệ phí (Trực tiếp 2)')).toBe('Chưa có thông tin')
    expect(parts.get('Tên thủ tục')).toBe(marriage.title)
    expect(item(set, 'procedures', '1.001193')!.contents).toBeUndefined()
    // The form file is not among the attachments: said, and the component kept without it.
    expect(
      (set.issues as { field: string; severity: string }[]).some(
        (i) => i.severity === 'warning' && i.field.endsWith('.form'),
      ),
    ).toBe(true)
    expect(await counts(ctx.payload)).toEqual(before)
  })

  it('refuses a province set to a locality officer, and hides sets from other localities', async () => {
    const ctx = context()
    expect((await plan(ctx, await login('canbo.a@test.vn'))).status).toBe(403)
    const own = await plan(ctx, await login('canbo.a@test.vn'), { locality: '91001' })
    expect(own.status).toBe(201)
    // A locality's set holds applied procedures only: the master records are an error, nothing is written.
    expect(own.body.doc!.counts?.errors).toBeGreaterThan(0)
    const id = own.body.doc!.id
    const read = async (email: string) =>
      (await ctx.rest.request('GET', `/change-sets/${id}`, { token: await login(email) })).status
    expect(await read('canbo.a@test.vn')).toBe(200)
    expect(await read('canbo.b@test.vn')).toBe(404)
    expect(await read('xemxet@test.vn')).toBe(200)
    const anonymous = await ctx.rest.request('GET', '/change-sets')
    expect(anonymous.status).toBe(403)
    // GraphQL follows the same rules: another locality lists nothing, nobody updates a set.
    const listed = async (email: string) => {
      const response = await ctx.rest.graphql('{ ChangeSets { docs { id } } }', {
        token: await login(email),
      })
      const json = (await response.json()) as { data?: { ChangeSets?: { docs: { id: string }[] } } }
      return (json.data?.ChangeSets?.docs ?? []).map((d) => d.id)
    }
    expect(await listed('canbo.b@test.vn')).not.toContain(id)
    expect(await listed('canbo.a@test.vn')).toContain(id)
    const mutation = await ctx.rest.graphql(
      `mutation { updateChangeSet(id: "${id}", data: { title: "Sửa tay" }) { id } }`,
      { token: await login('canbo.a@test.vn') },
    )
    const refused = (await mutation.json()) as { errors?: { message: string }[] }
    expect(refused.errors?.[0]?.message).toMatch(/quyền|permission|allowed/i)
    expect((await ctx.payload.findByID({ collection: 'change-sets', id })).title).not.toBe(
      'Sửa tay',
    )
    const write = await ctx.rest.request('POST', `/change-sets/${id}/write`, {
      token: await login('canbo.a@test.vn'),
    })
    expect(write.status).toBe(400)
    expect(((await write.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /lỗi; không ghi gì/,
    )
    // Nobody edits the plan; a set never written may be deleted by its author.
    const patch = await ctx.rest.request('PATCH', `/change-sets/${id}`, {
      token: await login('canbo.a@test.vn'),
      body: { plan: [] },
    })
    expect(patch.status).toBe(403)
    const del = await ctx.rest.request('DELETE', `/change-sets/${id}`, {
      token: await login('canbo.a@test.vn'),
    })
    expect(del.status).toBe(200)
  })

  it('a failure midway writes nothing, then the write succeeds as drafts', async () => {
    const ctx = context()
    const before = await counts(ctx.payload)
    const token = await login('phapche@test.vn')
    expect(
      (
        await ctx.rest.request('POST', `/change-sets/${setID}/write`, {
          token: await login('xemxet@test.vn'),
        })
      ).status,
    ).toBe(403)

    const restore = breakProcedure(ctx.payload, '2.002165')
    try {
      const failed = await ctx.rest.request('POST', `/change-sets/${setID}/write`, { token })
      expect(failed.status).toBe(500)
    } finally {
      restore()
    }
    expect(await counts(ctx.payload)).toEqual(before)
    const still = await ctx.payload.findByID({ collection: 'change-sets', id: setID })
    expect(still.state).toBe('planned')
    const birthAfterFailure = await ctx.payload.findByID({
      collection: 'procedures',
      id: ctx.fixtures.procedures.birth.id,
      draft: true,
    })
    expect(birthAfterFailure.name).toBe('Đăng ký khai sinh')

    const response = await ctx.rest.request('POST', `/change-sets/${setID}/write`, { token })
    expect(response.status).toBe(200)
    const { doc } = (await response.json()) as { doc: ChangeSet }
    expect(doc.state).toBe('draft')
    expect((await counts(ctx.payload)).procedures).toBe(before.procedures + 2)
    const progress = await ctx.rest.request('GET', `/change-sets/${setID}/progress`, { token })
    const finished = (await progress.json()) as {
      running: boolean
      done: number
      total: number
      percent: number
    }
    expect(finished).toMatchObject({ running: false, percent: 100 })
    expect(finished.done).toBe(finished.total)
    // A sector, two agencies, a legal text, and three procedures.
    expect(finished.total).toBe(1 + 2 + 1 + 3)

    // The published page is unchanged; the change waits as a draft linked to the set.
    const birth = ctx.fixtures.procedures.birth.id
    const published = await ctx.payload.findByID({ collection: 'procedures', id: birth })
    expect(published.name).toBe('Đăng ký khai sinh')
    const latest = await ctx.payload.findByID({ collection: 'procedures', id: birth, draft: true })
    expect(latest.name).toBe('Thủ tục đăng ký khai sinh')
    expect(latest._status).toBe('draft')
    expect(idOf(latest.workflow?.changeSet)).toBe(setID)
    const postal = latest.methods?.find((m) => m.channel === 'postal')
    expect(postal?.processingTimeGap?.kind).toBe('unknown')

    const created = (
      await ctx.payload.find({
        collection: 'procedures',
        where: { code: { equals: '2.002165' } },
        draft: true,
      })
    ).docs[0] as Procedure
    expect(created._status).toBe('draft')
    expect(idOf(created.workflow?.changeSet)).toBe(setID)
    // Hooks ran: the part lists of the compliance view are computed.
    expect(created.unknownParts).toEqual(expect.arrayContaining(['steps', 'dossier']))
    // Nobody outside sees a new draft.
    const anonymous = await ctx.rest.request('GET', `/procedures/${created.id}`)
    expect(anonymous.status).toBe(404)
    // Written once: a second write is refused.
    expect((await ctx.rest.request('POST', `/change-sets/${setID}/write`, { token })).status).toBe(
      409,
    )
    expect((await ctx.rest.request('DELETE', `/change-sets/${setID}`, { token })).status).not.toBe(
      200,
    )
  })

  it("plans a locality's applied procedures against the master's channels, and writes them as drafts", async () => {
    const ctx = context()
    const application = (extra: Partial<ImportedApplication>): ImportedApplication => ({
      locality: '91002',
      procedure: '1.000894',
      appliedFrom: null,
      applyingDecision: null,
      committedTime: null,
      receivingAddress: null,
      officerInCharge: null,
      unitInCharge: null,
      onlineServiceUrl: null,
      localNotes: null,
      ...extra,
    })
    const set: ImportedSet = {
      procedures: [],
      skeletons: [],
      decisions: [],
      serviceResults: [],
      issues: [],
      applications: [
        // Longer than the master's 3 working days in person: refused, naming both.
        application({ committedTime: { value: 10, unit: 'working-day' } }),
        application({ procedure: '1.001193', localNotes: 'Nhận hồ sơ cả sáng thứ Bảy' }),
        application({ procedure: '9.999999' }),
        application({ locality: '91001', procedure: '1.000894' }),
      ],
    }
    const { plan } = await planChangeSet(ctx.payload, set, { locality: '91002' })
    const messages = plan.issues.map((i) => `${i.code} ${i.field}: ${i.message}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^1\.000894 committedTime\.value: Thời hạn cam kết 10 ngày làm việc dài hơn thời hạn theo quy định của kênh Trực tiếp: 3 ngày làm việc/,
        ),
        expect.stringMatching(/^9\.999999 procedure: Thủ tục không có trong danh mục/),
        expect.stringMatching(/^1\.000894 locality: Dòng này thuộc Thị trấn A, ngoài phạm vi/),
      ]),
    )
    const notes = plan.items.find((i) => i.key === '91002/1.001193')!
    expect(notes.status).toBe('changed')
    expect(notes.changes.map(formatChange)).toEqual([
      'Ghi chú của địa phương: Bản nháp của xã B → Nhận hồ sơ cả sáng thứ Bảy',
    ])

    // Without the faulty rows the set is written, as the locality's officer, as drafts.
    set.applications = [
      application({ committedTime: { value: 2, unit: 'working-day' } }),
      set.applications[1]!,
    ]
    const user = await ctx.payload.findByID({
      collection: 'users',
      id: ctx.fixtures.users.officerB.id,
    })
    const req = await createLocalReq(
      { user: { ...user, collection: 'users' } as never },
      ctx.payload,
    )
    const { doc } = await createPlannedSet(req, {
      inputs: [{ name: 'xa-b.json', bytes: new TextEncoder().encode('[]') }],
      locality: '91002',
    })
    // The planned set was read from the (empty) file; write the applications through the same path.
    const source = packSource({ set, origins: {} })
    await ctx.payload.update({ collection: 'change-sets', id: doc.id, data: { source } })
    await writeChangeSet(req, doc.id)
    const applied = await ctx.payload.find({
      collection: 'applied-procedures',
      where: { locality: { equals: ctx.fixtures.localities.communeB.id } },
      draft: true,
      depth: 0,
    })
    const marriage = applied.docs.find(
      (a) => String(a.procedure) === String(ctx.fixtures.procedures.marriage.id),
    )!
    expect(marriage._status).toBe('draft')
    // The hook computed the title, as for an officer's own save.
    expect(marriage.title).toBe('1.000894 – Đăng ký kết hôn (Xã B)')
    expect(marriage.committedTime?.value).toBe(2)
    expect(idOf(marriage.workflow?.changeSet)).toBe(doc.id)
  })

  it('a province set reports as absent the stored applied procedures of the localities it lists, and only theirs', async () => {
    const ctx = context()
    const set: ImportedSet = {
      procedures: [],
      skeletons: [],
      decisions: [],
      serviceResults: [],
      issues: [],
      // Commune B (91002) lists 1.000894 only; Thị trấn A (91001) is not in the set.
      applications: [
        {
          locality: '91002',
          procedure: '1.000894',
          appliedFrom: null,
          applyingDecision: null,
          committedTime: null,
          receivingAddress: null,
          officerInCharge: null,
          unitInCharge: null,
          onlineServiceUrl: null,
          localNotes: null,
        },
      ],
    }
    const { plan } = await planChangeSet(ctx.payload, set, { locality: null })
    const absent = plan.items
      .filter((i) => i.collection === 'applied-procedures' && i.status === 'absent')
      .map((i) => [i.key, i.id])
    expect(absent).toEqual([['91002/1.001193', String(ctx.fixtures.applied.appliedB.id)]])
  })

  it("names in the dry run each applied procedure a legal officer's province set may not write", async () => {
    const ctx = context()
    const { townA } = ctx.fixtures.localities
    const application = (procedure: string, localNotes: string) => ({
      locality: '91001',
      procedure,
      procedureName: null,
      appliedFrom: null,
      applyingDecision: null,
      committedTime: null,
      receivingAddress: null,
      officerInCharge: null,
      unitInCharge: null,
      onlineServiceUrl: null,
      localNotes,
    })
    // The town's own template: one new application (1.000894), one changed (1.001193).
    const bytes = new Uint8Array(
      await writeLocalityTemplate({
        locality: { name: townA.name, code: '91001' },
        applications: [
          application('1.000894', 'Nhận hồ sơ cả sáng thứ Bảy'),
          application('1.001193', 'Trả kết quả tại nhà'),
        ],
        master: [],
      }),
    )
    const before = await ctx.payload.count({ collection: 'applied-procedures' })
    const refusals = (set: ChangeSet) =>
      (set.issues as unknown as ImportIssue[]).filter((i) => i.message.includes('không có quyền'))

    // The province's legal officer: planned at province scope, each row refused by name, in Vietnamese.
    const legal = await plan(ctx, await login('phapche@test.vn'), {}, bytes, 'thi-tran-a.xlsx')
    expect(legal.status).toBe(201)
    expect(refusals(legal.body.doc!).map(formatIssue)).toEqual([
      'Lỗi: tệp thi-tran-a.xlsx, mã 1.000894, trường locality: giá trị "91001" — Bạn không có quyền ghi thủ tục áp dụng tại Thị trấn A: chỉ cán bộ của địa phương đó (hoặc quản trị viên) ghi được. Hãy bỏ dòng này khỏi tệp và để địa phương nhập bằng mẫu nhập của mình.',
      'Lỗi: tệp thi-tran-a.xlsx, mã 1.001193, trường locality: giá trị "91001" — Bạn không có quyền ghi thủ tục áp dụng tại Thị trấn A: chỉ cán bộ của địa phương đó (hoặc quản trị viên) ghi được. Hãy bỏ dòng này khỏi tệp và để địa phương nhập bằng mẫu nhập của mình.',
    ])
    expect(legal.body.doc!.counts?.errors).toBe(2)
    // The write refuses the set as the plan said, and writes nothing.
    const write = await ctx.rest.request('POST', `/change-sets/${legal.body.doc!.id}/write`, {
      token: await login('phapche@test.vn'),
    })
    expect(write.status).toBe(400)
    expect(await ctx.payload.count({ collection: 'applied-procedures' })).toEqual(before)

    // The town's officer (its own scope) and an administrator (any scope) may write the same rows.
    const own = await plan(
      ctx,
      await login('canbo.a@test.vn'),
      { locality: '91001' },
      bytes,
      'a.xlsx',
    )
    expect(own.status).toBe(201)
    expect(refusals(own.body.doc!)).toEqual([])
    expect(own.body.doc!.counts).toMatchObject({ new: 1, changed: 1, errors: 0 })
    const admin = await plan(ctx, await login('admin@test.vn'), {}, bytes, 'a.xlsx')
    expect(refusals(admin.body.doc!)).toEqual([])
    for (const id of [legal.body.doc!.id, own.body.doc!.id, admin.body.doc!.id])
      await ctx.payload.delete({ collection: 'change-sets', id })
  })

  it("plans a decision's appendix: entries linked by code, skeletons created, the draft decision written", async () => {
    const ctx = context()
    const skeleton: ImportedProcedure = {
      ...(await importedOf(ctx, ctx.fixtures.procedures.birth.id)),
      code: '1.999001',
      name: 'Thủ tục mới công bố',
      levels: ['commune'],
    }
    const set: ImportedSet = {
      procedures: [],
      skeletons: [skeleton],
      applications: [],
      serviceResults: [],
      issues: [],
      decisions: [
        {
          number: '77/QĐ-UBND',
          title: 'Công bố danh mục thủ tục hành chính mới',
          signedDate: '2026-11-30',
          entries: [
            {
              change: 'new',
              code: '1.999001',
              name: skeleton.name,
              sector: null,
              implementingAgency: null,
              level: 'commune',
              replaces: null,
              whatChanged: null,
            },
            {
              change: 'amended',
              code: '1.000894',
              name: 'Đăng ký kết hôn',
              sector: null,
              implementingAgency: null,
              level: 'commune',
              replaces: null,
              whatChanged: 'Nghị định 120/2025/NĐ-CP',
            },
            {
              change: 'abolished',
              code: '8.888888',
              name: 'Không có',
              sector: null,
              implementingAgency: null,
              level: 'commune',
              replaces: null,
              whatChanged: null,
            },
          ],
        },
      ],
    }
    const { plan } = await planChangeSet(ctx.payload, set, { locality: null })
    expect(plan.items.find((i) => i.collection === 'decisions')?.status).toBe('new')
    expect(plan.items.find((i) => i.key === '1.999001')?.status).toBe('new')
    const errors = plan.issues.filter((i) => i.severity === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ code: '8.888888', field: 'entries[2].code' })
    expect(errors[0]!.message).toMatch(/^Quyết định 77\/QĐ-UBND: Thủ tục không có trong danh mục/)
    // What an appendix never states is asked of the officer, not invented.
    expect(plan.issues.some((i) => /người ký, ngày có hiệu lực/.test(i.message))).toBe(true)

    set.decisions[0]!.entries.pop()
    const user = await ctx.payload.findByID({
      collection: 'users',
      id: ctx.fixtures.users.legal.id,
    })
    const req = await createLocalReq(
      { user: { ...user, collection: 'users' } as never },
      ctx.payload,
    )
    const { doc } = await createPlannedSet(req, {
      inputs: [{ name: 'phu-luc.json', bytes: new TextEncoder().encode('[]') }],
      locality: null,
    })
    await ctx.payload.update({
      collection: 'change-sets',
      id: doc.id,
      data: { source: packSource({ set, origins: {} }) },
    })
    await writeChangeSet(req, doc.id)
    const decision = (
      await ctx.payload.find({
        collection: 'decisions',
        where: { number: { equals: '77/QĐ-UBND' } },
        draft: true,
        depth: 1,
      })
    ).docs[0]!
    expect(decision._status).toBe('draft')
    expect(decision.issuer ?? null).toBeNull()
    expect(decision.entries?.map((e) => [e.change, (e.procedure as Procedure).code])).toEqual([
      ['new', '1.999001'],
      ['amended', '1.000894'],
    ])
    // The decision's version belongs to its set, reviewed with it.
    expect(idOf(decision.workflow?.changeSet)).toBe(doc.id)
  })

  it('is reviewed as one set: the two-person rule, scope, and items refusing their own transitions', async () => {
    const ctx = context()
    const act = async (email: string, action: string, extra: Record<string, unknown> = {}) => {
      const response = await ctx.rest.request('POST', `/change-sets/${setID}/workflow`, {
        token: await login(email),
        body: { action, ...extra },
      })
      return {
        status: response.status,
        body: (await response.json()) as { message?: string; errors?: { message: string }[] },
      }
    }
    expect((await act('xemxet@test.vn', 'submit')).status).toBe(403)
    expect((await act('phapche@test.vn', 'submit')).status).toBe(200)
    const birth = ctx.fixtures.procedures.birth.id
    const latest = await ctx.payload.findByID({ collection: 'procedures', id: birth, draft: true })
    expect(latest.workflow?.state).toBe('in-review')

    // Another import may not take over an item of a set under review.
    const edited = new TextEncoder().encode(
      exampleBytes.toString('utf8').replace('Thủ tục đăng ký khai sinh', 'Đăng ký khai sinh (sửa)'),
    )
    const second = await plan(ctx, await login('phapche@test.vn'), {}, edited)
    const busy = (
      second.body.doc!.issues as { code: string; severity: string; message: string }[]
    ).find((i) => i.code === '1.001193' && i.severity === 'error')
    expect(busy?.message).toMatch(/đang thuộc lô nhập "Nhập national-records\.json/)
    await ctx.payload.delete({ collection: 'change-sets', id: second.body.doc!.id })

    // Per-item transitions are refused while the set is open, naming the set.
    const own = await ctx.rest.request('POST', `/procedures/${birth}/workflow`, {
      token: await login('pheduyet@test.vn'),
      body: { action: 'approve' },
    })
    expect(own.status).toBe(409)
    expect(((await own.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /lô nhập dữ liệu "Nhập national-records\.json/,
    )

    expect((await act('xemxet@test.vn', 'request-changes')).status).toBe(400)
    expect((await act('xemxet@test.vn', 'approve')).status).toBe(403)
    // A locality's officer neither sees nor acts on the province's set.
    expect((await act('canbo.a@test.vn', 'approve')).status).toBe(404)
    expect((await act('xemxet@test.vn', 'review')).status).toBe(200)
    // The author may not approve, even holding the approver's role.
    await ctx.payload.update({
      collection: 'users',
      id: ctx.fixtures.users.legal.id,
      data: { roles: ['legal-officer', 'approver'] },
    })
    delete tokens['phapche@test.vn']
    const byAuthor = await act('phapche@test.vn', 'approve')
    expect(byAuthor.status).toBe(403)
    expect(byAuthor.body.errors?.[0]?.message).toMatch(/người khác/)
    await ctx.payload.update({
      collection: 'users',
      id: ctx.fixtures.users.legal.id,
      data: { roles: ['legal-officer'] },
    })

    const approved = await act('pheduyet@test.vn', 'approve', { comment: 'Đã đối chiếu.' })
    expect(approved.status).toBe(200)
    expect(approved.body.message).toMatch(/cả lô/)
    expect((await act('xuatban@test.vn', 'publish')).status).toBe(200)

    // The set's state and history are written without Payload's update (updateSet.ts): its plan,
    // with every written item's id, is kept as the write stored it, and each step is recorded.
    const reviewed = await ctx.payload.findByID({ collection: 'change-sets', id: setID })
    expect(reviewed.state).toBe('published')
    expect(itemsOf(reviewed).filter((i) => i.status === 'new' && i.id === null)).toEqual([])
    expect(itemsOf(reviewed).find((i) => i.key === '1.001193')?.id).toBe(birth)
    expect(reviewed.history?.map((h) => [h.action, h.to])).toEqual([
      ['write', 'draft'],
      ['submit', 'in-review'],
      ['review', 'in-review'],
      ['approve', 'approved'],
      ['publish', 'published'],
    ])
    expect(reviewed.history?.every((h) => typeof h.id === 'string' && h.id.length > 0)).toBe(true)

    // Every item is published; the page now shows the import.
    const published = await ctx.payload.findByID({ collection: 'procedures', id: birth })
    expect(published.name).toBe('Thủ tục đăng ký khai sinh')
    expect(published.workflow?.state).toBe('published')
    const created = await ctx.payload.find({
      collection: 'procedures',
      where: { code: { in: ['1.000656', '2.002165'] } },
    })
    expect(created.docs.map((d) => d._status)).toEqual(['published', 'published'])
    const set = await ctx.payload.findByID({ collection: 'change-sets', id: setID })
    expect(set.state).toBe('published')
    expect(set.history?.map((h) => h.action)).toEqual([
      'write',
      'submit',
      'review',
      'approve',
      'publish',
    ])
    // One audit entry per set transition.
    const audit = await ctx.payload.find({
      collection: 'audit-log',
      where: {
        and: [{ targetCollection: { equals: 'change-sets' } }, { targetId: { equals: setID } }],
      },
    })
    expect(audit.totalDocs).toBe(4)
    // Once the set is published its items are free again.
    const free = await ctx.rest.request('POST', `/procedures/${birth}/workflow`, {
      token: await login('phapche@test.vn'),
      body: { action: 'submit', changeReason: 'x' },
    })
    expect(free.status).not.toBe(409)
  })
})

/**
 * The command line, as an officer runs it: a child process on the database a running Payload has
 * seeded (SQLite; the CLI opens whatever DATABASE_URI names, as npm start does).
 */
describe('npm run import (command line)', () => {
  let started: Awaited<ReturnType<typeof startPayload>> | undefined
  beforeAll(async () => {
    started = await startPayload('sqlite')
    await createFixtures(started.payload)
  })
  afterAll(async () => {
    await stopPayload(started?.payload, started?.database)
  })

  const root = path.join(import.meta.dirname, '..', '..')
  const cli = (...args: string[]) =>
    spawnSync(
      path.join(root, 'node_modules', '.bin', 'node'),
      ['--import', 'tsx', 'scripts/import.ts', ...args],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URI: started!.database.uri },
        timeout: 240_000,
      },
    )

  it('prints the dry run and writes nothing; needs --as to write; writes and submits the set', async () => {
    const { payload } = started!
    const before = await counts(payload)
    const dry = cli(example, '--dry-run')
    expect(dry.status).toBe(0)
    expect(dry.stdout).toContain('Thay đổi: 1')
    expect(dry.stdout).toContain('Thời hạn (Trực tiếp): 3 ngày làm việc → Ngay trong ngày làm việc')
    expect(dry.stdout).toContain('Chạy thử (--dry-run): không ghi gì.')
    expect(await counts(payload)).toEqual(before)
    expect((await payload.count({ collection: 'change-sets' })).totalDocs).toBe(0)

    const noUser = cli(example)
    expect(noUser.status).toBe(2)
    expect(noUser.stderr).toContain('--as <email>')
    expect(cli(example, '--format', 'csv', '--dry-run').status).toBe(2)

    const written = cli(example, '--as', 'phapche@test.vn')
    expect(written.status).toBe(0)
    expect(written.stderr).toMatch(/Đang ghi: \d+\/\d+ mục \(100%\)/)
    const { docs } = await payload.find({ collection: 'change-sets' })
    expect(docs).toHaveLength(1)
    expect(docs[0]!.state).toBe('in-review')
    expect((await counts(payload)).procedures).toBe(before.procedures + 2)
  }, 600_000)
})
