/**
 * Nonconformities and corrective actions (ISO 9001 10.2): locality scoping, the yearly codes, the
 * two-person rules (the owner marks done, someone else verifies; closing by someone who owns none
 * of the actions), an action that changes a document opening its next issue, done when a second
 * person approves it, cited in the register and the DOCX revision table; the compliance lines.
 * cms/collections/Nonconformities, cms/collections/CorrectiveActions.
 */
import ExcelJS from 'exceljs'
import { expect, it } from 'vitest'

import { allText, blocksOf, readDocx, tableRows } from '../../cms/lib/docx/readDocx'
import { vietnamDay } from '../../cms/lib/dates'
import type { CorrectiveAction, Nonconformity, User } from '../../cms/payload-types'
import { complianceReport } from '../../cms/views/Compliance/checks'
import { complianceScope } from '../../cms/views/Compliance/scope'
import { workQueue } from '../../cms/views/WorkQueue/workQueue'
import { expectFieldError } from '../helpers/errors'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter } from '../helpers/payload'

const year = vietnamDay(new Date()).slice(0, 4)
const addDays = (days: number) =>
  new Date(Date.parse(`${vietnamDay(new Date())}T00:00:00+07:00`) + days * 86_400_000)
/** A date as the admin's picker sends it: the start of a Vietnam day, as an instant. */
const dayInVietnam = (days: number) => addDays(days).toISOString()

describeEachAdapter('nonconformities and corrective actions', (ctx) => {
  let colleague: User
  let documentID: string
  let ncID: string
  let actionID: string
  const tokens: Record<string, string> = {}
  const token = async (email: string) => (tokens[email] ??= await ctx().rest.login(email, PASSWORD))
  const post = async (email: string | null, path: `/${string}`, body?: unknown) =>
    ctx().rest.request('POST', path, { token: email ? await token(email) : undefined, body })
  const json = async <T>(response: Response) => (await response.json()) as T
  const act = async (email: string, body: Record<string, unknown>) => {
    const response = await post(email, `/quality-documents/${documentID}/workflow`, body)
    expect(response.status, await response.clone().text()).toBe(200)
    return json<{ message: string }>(response)
  }
  const action = (id = actionID) =>
    ctx().payload.findByID({ collection: 'corrective-actions', id, depth: 0 })
  const line = async (user: User, id: string) =>
    (
      await complianceReport({
        payload: ctx().payload,
        scope: complianceScope(user)!,
        now: new Date(),
      })
    ).find((r) => r.id === id)!

  it('records a nonconformity of the town with a system code; another locality may not', async () => {
    const { payload, rest, fixtures } = ctx()
    colleague = await payload.create({
      collection: 'users',
      data: {
        email: 'canbo.a2@test.vn',
        password: PASSWORD,
        name: 'Cán bộ A2',
        roles: ['locality-officer'],
        localities: [fixtures.localities.townA.id],
      },
    })
    const doc = await payload.create({
      collection: 'quality-documents',
      data: {
        code: 'QT-HT-01',
        title: 'Quy trình đăng ký khai sinh',
        docType: 'procedure',
        locality: fixtures.localities.townA.id,
      },
      draft: true,
    })
    documentID = String(doc.id)
    await act('canbo.a@test.vn', { action: 'submit', changeReason: 'Ban hành lần đầu' })
    await act('pheduyet@test.vn', { action: 'approve' })
    await act('pheduyet@test.vn', { action: 'publish' })

    const data = {
      locality: fixtures.localities.townA.id,
      source: 'complaint',
      sourceReference: 'Phiếu phản ánh số 12',
      detectedOn: dayInVietnam(-3),
      description: 'Trả kết quả khai sinh trễ hai ngày so với giấy hẹn.',
      documents: [documentID],
      appliedProcedures: [fixtures.applied.appliedA.id],
      correction: 'Xin lỗi công dân, trả kết quả ngay.',
      rootCause: 'Không có người thay khi công chức nghỉ phép.',
      // Sent by a client, ignored: the system numbers, opens and names the reporter.
      code: 'KPH-1999-99',
      state: 'closed',
    }
    const created = await post('canbo.a@test.vn', '/nonconformities', data)
    expect(created.status, await created.clone().text()).toBe(201)
    const nc = (await json<{ doc: Nonconformity }>(created)).doc
    ncID = nc.id
    expect([nc.code, nc.state]).toEqual([`KPH-${year}-01`, 'open'])
    expect(
      (await payload.findByID({ collection: 'nonconformities', id: ncID, depth: 0 })).reportedBy,
    ).toBe(fixtures.users.officerA.id)

    // Town A's second is 02; commune B's first is its own 01 (another officer, another locality).
    const second = await payload.create({
      collection: 'nonconformities',
      data: { ...data, documents: [], appliedProcedures: [] } as never,
      overrideAccess: false,
      user: { ...fixtures.users.officerA, collection: 'users' },
    })
    expect(second.code).toBe(`KPH-${year}-02`)
    const ofB = await payload.create({
      collection: 'nonconformities',
      data: {
        ...data,
        locality: fixtures.localities.communeB.id,
        documents: [],
        appliedProcedures: [],
      } as never,
      overrideAccess: false,
      user: { ...fixtures.users.officerB, collection: 'users' },
    })
    expect(ofB.code).toBe(`KPH-${year}-01`)

    // Officer B neither writes nor reads town A's, by REST or the Local API.
    expect((await post('canbo.b@test.vn', '/nonconformities', data)).status).toBe(403)
    const listB = await json<{ docs: Nonconformity[] }>(
      await rest.request('GET', '/nonconformities', { token: await token('canbo.b@test.vn') }),
    )
    expect(listB.docs.map((d) => d.code)).toEqual([`KPH-${year}-01`])
    expect(listB.docs[0].id).toBe(ofB.id)
    // Nor through GraphQL.
    const graphB = await json<{ data: { Nonconformities: { docs: { code: string }[] } } }>(
      await rest.graphql('{ Nonconformities { docs { id code } } }', {
        token: await token('canbo.b@test.vn'),
      }),
    )
    expect(graphB.data.Nonconformities.docs.map((d) => d.code)).toEqual([`KPH-${year}-01`])
    expect(
      (
        await rest.request('PATCH', `/nonconformities/${ncID}`, {
          token: await token('canbo.b@test.vn'),
          body: { description: 'Sửa trộm' },
        })
      ).status,
    ).toBe(403)
    await expect(
      payload.update({
        collection: 'nonconformities',
        id: ncID,
        data: { description: 'Sửa trộm' },
        overrideAccess: false,
        user: { ...fixtures.users.officerB, collection: 'users' },
      }),
    ).rejects.toThrow()
    // Moving one's own into another locality is refused too.
    expect(
      (
        await rest.request('PATCH', `/nonconformities/${ncID}`, {
          token: await token('canbo.a@test.vn'),
          body: { locality: fixtures.localities.communeB.id },
        })
      ).status,
    ).toBe(403)
    // Province staff read every locality's; nobody deletes one.
    const listLegal = await json<{ totalDocs: number }>(
      await rest.request('GET', '/nonconformities', { token: await token('phapche@test.vn') }),
    )
    expect(listLegal.totalDocs).toBe(3)
    expect(
      (
        await rest.request('DELETE', `/nonconformities/${ncID}`, {
          token: await token('canbo.a@test.vn'),
        })
      ).status,
    ).toBe(403)
    const audit = await payload.count({
      collection: 'audit-log',
      where: { event: { equals: 'nonconformity-created' } },
    })
    expect(audit.totalDocs).toBe(3)
  })

  it("refuses related records of another locality and a late dossier without the period's report", async () => {
    const { payload, fixtures } = ctx()
    const user = { ...fixtures.users.officerA, collection: 'users' as const }
    const base = {
      locality: fixtures.localities.townA.id,
      source: 'other',
      detectedOn: dayInVietnam(0),
      description: 'Thử',
    }
    await expectFieldError(
      payload.create({
        collection: 'nonconformities',
        data: { ...base, source: 'late-dossier' } as never,
        overrideAccess: false,
        user,
      }),
      'serviceResult',
      'báo cáo kết quả giải quyết hồ sơ',
    )
    await expectFieldError(
      payload.create({
        collection: 'nonconformities',
        data: { ...base, appliedProcedures: [fixtures.applied.appliedB.id] } as never,
        overrideAccess: false,
        user,
      }),
      'appliedProcedures',
      'Chỉ chọn thủ tục áp dụng của địa phương này',
    )
    const docOfB = await payload.create({
      collection: 'quality-documents',
      data: {
        code: 'QT-B-01',
        title: 'Quy trình của xã B',
        docType: 'procedure',
        locality: fixtures.localities.communeB.id,
      },
      draft: true,
    })
    await expectFieldError(
      payload.create({
        collection: 'nonconformities',
        data: { ...base, documents: [docOfB.id] } as never,
        overrideAccess: false,
        user,
      }),
      'documents',
      'Chỉ chọn tài liệu ISO của địa phương này',
    )
    // A corrective action may not change another locality's document either.
    await expectFieldError(
      payload.create({
        collection: 'corrective-actions',
        data: {
          nonconformity: ncID,
          action: 'Sửa quy trình của xã B',
          owner: colleague.id,
          dueDate: dayInVietnam(10),
          document: docOfB.id,
        } as never,
        overrideAccess: false,
        user,
      }),
      'document',
      'cùng địa phương',
    )
  })

  it("plans an action owned by one of the town's people; the locality follows the nonconformity", async () => {
    const { payload, fixtures } = ctx()
    const user = { ...fixtures.users.officerA, collection: 'users' as const }
    await expectFieldError(
      payload.create({
        collection: 'corrective-actions',
        data: {
          nonconformity: ncID,
          action: 'Phân công người thay',
          owner: fixtures.users.officerB.id,
          dueDate: dayInVietnam(5),
        } as never,
        overrideAccess: false,
        user,
      }),
      'owner',
      'người của địa phương',
    )
    // Officer B may not plan an action on town A's nonconformity (the locality follows it).
    const byB = await post('canbo.b@test.vn', '/corrective-actions', {
      nonconformity: ncID,
      locality: fixtures.localities.communeB.id,
      action: 'Phân công người thay',
      owner: fixtures.users.officerB.id,
      dueDate: dayInVietnam(5),
    })
    expect(byB.status).toBe(403)
    const created = await post('canbo.a@test.vn', '/corrective-actions', {
      nonconformity: ncID,
      action: 'Phân công người thay khi công chức hộ tịch nghỉ phép',
      owner: colleague.id,
      // Due yesterday: overdue from today.
      dueDate: dayInVietnam(-1),
      state: 'effective',
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const doc = (await json<{ doc: CorrectiveAction }>(created)).doc
    actionID = doc.id
    expect([doc.code, doc.state, doc.ownerName]).toEqual([`HĐKP-${year}-01`, 'open', 'Cán bộ A2'])
    expect((await action()).locality).toBe(fixtures.localities.townA.id)
    const nc = await payload.findByID({ collection: 'nonconformities', id: ncID, depth: 1 })
    expect(nc.state).toBe('actions-planned')
    // The owner is told in the bell.
    const bell = await payload.find({
      collection: 'notifications',
      where: {
        and: [{ recipient: { equals: colleague.id } }, { title: { like: 'Hành động khắc phục' } }],
      },
    })
    expect(bell.docs.map((n) => n.title)).toEqual([
      `Hành động khắc phục HĐKP-${year}-01 giao cho bạn`,
    ])
    // The nonconformity's form lists its actions (a join).
    expect((nc.actions?.docs ?? []).map((a) => (a as CorrectiveAction).code)).toEqual([
      `HĐKP-${year}-01`,
    ])
    // The owner picker lists the town's people by name; another locality's officer gets none.
    const choices = await json<{ docs: { name: string }[] }>(
      await ctx().rest.request('GET', '/corrective-actions/owner-choices', {
        token: await token('canbo.a@test.vn'),
        query: { locality: fixtures.localities.townA.id },
      }),
    )
    // Vietnamese order (a space sorts before a letter).
    expect(choices.docs.map((c) => c.name)).toEqual(['Cán bộ A2', 'canbo.a'])
    const choicesB = await json<{ docs: unknown[] }>(
      await ctx().rest.request('GET', '/corrective-actions/owner-choices', {
        token: await token('canbo.b@test.vn'),
        query: { locality: fixtures.localities.townA.id },
      }),
    )
    expect(choicesB.docs).toEqual([])
  })

  it('counts the overdue action and the open nonconformities on the compliance overview, scoped', async () => {
    const { fixtures } = ctx()
    const overdueA = await line(fixtures.users.officerA, 'iso.corrective-actions-overdue')
    expect([overdueA.label, overdueA.count]).toEqual(['Hành động khắc phục quá hạn', 1])
    expect(overdueA.href).toContain('/admin/collections/corrective-actions?')
    expect((await line(fixtures.users.officerB, 'iso.corrective-actions-overdue')).count).toBe(0)
    const openA = await line(fixtures.users.officerA, 'iso.nonconformities-open')
    expect([openA.label, openA.count]).toEqual(['Sự không phù hợp chưa đóng', 2])
    expect((await line(fixtures.users.officerB, 'iso.nonconformities-open')).count).toBe(1)
    expect((await line(fixtures.users.legal, 'iso.nonconformities-open')).count).toBe(3)
    // And in the workbook the overview downloads as.
    const xlsx = await ctx().rest.request('GET', '/compliance/xlsx', {
      token: await token('canbo.a@test.vn'),
    })
    expect(xlsx.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await xlsx.arrayBuffer())
    const rows: unknown[][] = []
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
    expect(rows.find((r) => r[1] === 'Hành động khắc phục quá hạn')?.[2]).toBe(1)
    expect(rows.find((r) => r[1] === 'Sự không phù hợp chưa đóng')?.[2]).toBe(2)
  })

  it('lets only the owner mark it done, and never the owner verify it', async () => {
    const { payload, fixtures } = ctx()
    const owner = 'canbo.a2@test.vn'
    const kinds = async (user: User) =>
      (await workQueue(payload, { ...user, collection: 'users' })).items
        .filter((i) => i.collection === 'corrective-actions')
        .map((i) => [i.kind, i.code, i.state])
    // In the owner's work queue, overdue; nobody has anything to verify yet.
    expect(await kinds(colleague)).toEqual([
      ['corrective-action', `HĐKP-${year}-01`, expect.stringContaining('Quá hạn')],
    ])
    expect(await kinds(fixtures.users.officerA)).toEqual([])
    expect((await post(null, `/corrective-actions/${actionID}/done`, { note: 'x' })).status).toBe(
      401,
    )
    // Not the colleague who created it, not another locality, not an administrator.
    const byCreator = await post('canbo.a@test.vn', `/corrective-actions/${actionID}/done`, {
      note: 'Đã phân công',
    })
    expect(byCreator.status).toBe(403)
    expect((await json<{ errors: { message: string }[] }>(byCreator)).errors[0].message).toContain(
      'Chỉ người được giao',
    )
    expect(
      (await post('canbo.b@test.vn', `/corrective-actions/${actionID}/done`, { note: 'x' })).status,
    ).toBe(404)
    expect(
      (await post('admin@test.vn', `/corrective-actions/${actionID}/done`, { note: 'x' })).status,
    ).toBe(403)
    // Nor by writing the state: it is the system's, by REST or the Local API.
    await ctx().rest.request('PATCH', `/corrective-actions/${actionID}`, {
      token: await token('canbo.a@test.vn'),
      body: { state: 'effective', verifiedBy: fixtures.users.officerA.id },
    })
    await payload
      .update({
        collection: 'corrective-actions',
        id: actionID,
        data: { state: 'done' },
        overrideAccess: false,
        user: { ...fixtures.users.officerA, collection: 'users' },
      })
      .catch(() => null)
    expect((await action()).state).toBe('open')
    expect((await action()).verifiedBy ?? null).toBeNull()

    expect((await post(owner, `/corrective-actions/${actionID}/done`, { note: ' ' })).status).toBe(
      400,
    )
    const done = await post(owner, `/corrective-actions/${actionID}/done`, {
      note: 'Đã ban hành lịch trực thay thế.',
    })
    expect(done.status, await done.clone().text()).toBe(200)
    expect((await action()).state).toBe('done')
    // Now it waits for someone other than the owner to verify it.
    expect(await kinds(colleague)).toEqual([])
    expect(await kinds(fixtures.users.officerA)).toEqual([
      ['verify-action', `HĐKP-${year}-01`, 'Đã thực hiện, chờ kiểm tra hiệu lực'],
    ])
    expect(await kinds(fixtures.users.officerB)).toEqual([])
    // Handing a done action to someone else (who could then verify it) is refused.
    await expectFieldError(
      payload.update({
        collection: 'corrective-actions',
        id: actionID,
        data: { owner: fixtures.users.officerA.id },
        overrideAccess: false,
        user: { ...colleague, collection: 'users' },
      }),
      'owner',
      'không đổi người thực hiện',
    )
    // Nor may it leave its nonconformity, which could then close without it.
    const other = await payload.find({
      collection: 'nonconformities',
      where: { id: { not_equals: ncID } },
      limit: 1,
      overrideAccess: false,
      user: { ...fixtures.users.officerA, collection: 'users' },
    })
    await expectFieldError(
      payload.update({
        collection: 'corrective-actions',
        id: actionID,
        data: { nonconformity: other.docs[0].id },
        overrideAccess: false,
        user: { ...fixtures.users.officerA, collection: 'users' },
      }),
      'nonconformity',
      'sang sự không phù hợp khác',
    )
    // Done is not overdue any more.
    expect((await line(fixtures.users.officerA, 'iso.corrective-actions-overdue')).count).toBe(0)

    const own = await post(owner, `/corrective-actions/${actionID}/verify`, {
      result: 'effective',
      note: 'Tôi thấy ổn',
    })
    expect(own.status).toBe(403)
    expect((await json<{ errors: { message: string }[] }>(own)).errors[0].message).toContain(
      'không thể tự kiểm tra',
    )
    expect(
      (
        await post('canbo.b@test.vn', `/corrective-actions/${actionID}/verify`, {
          result: 'effective',
          note: 'x',
        })
      ).status,
    ).toBe(404)
    expect((await action()).state).toBe('done')
  })

  it('not effective reopens it with a new due date; closing waits for every action to be effective', async () => {
    const verifier = 'canbo.a@test.vn'
    const noDate = await post(verifier, `/corrective-actions/${actionID}/verify`, {
      result: 'not-effective',
      note: 'Tháng sau vẫn trễ',
    })
    expect(noDate.status).toBe(400)
    const reopened = await post(verifier, `/corrective-actions/${actionID}/verify`, {
      result: 'not-effective',
      note: 'Tháng sau vẫn trễ một hồ sơ',
      dueDate: vietnamDay(addDays(14)),
    })
    expect(reopened.status, await reopened.clone().text()).toBe(200)
    const again = await action()
    expect(again.state).toBe('open')
    expect(vietnamDay(again.dueDate)).toBe(vietnamDay(addDays(14)))
    expect(again.history?.map((h) => h.event)).toEqual(['done', 'not-effective'])

    const early = await post('xemxet@test.vn', `/nonconformities/${ncID}/close`, {})
    expect(early.status).toBe(409)
    expect((await json<{ errors: { message: string }[] }>(early)).errors[0].message).toContain(
      'chưa được kiểm tra là có hiệu lực',
    )

    await post('canbo.a2@test.vn', `/corrective-actions/${actionID}/done`, {
      note: 'Bổ sung người trực thứ hai.',
    })
    const effective = await post(verifier, `/corrective-actions/${actionID}/verify`, {
      result: 'effective',
      note: 'Ba tháng không có hồ sơ trễ.',
    })
    expect(effective.status).toBe(200)
    expect((await action()).state).toBe('effective')
    // Verified: no longer editable by anyone.
    const edit = await ctx().rest.request('PATCH', `/corrective-actions/${actionID}`, {
      token: await token('canbo.a@test.vn'),
      body: { action: 'Sửa sau khi đã kiểm tra' },
    })
    expect(edit.status).toBe(400)
  })

  it('is closed by someone who owns none of its actions, and then stays closed', async () => {
    const { payload } = ctx()
    const byOwner = await post('canbo.a2@test.vn', `/nonconformities/${ncID}/close`, {})
    expect(byOwner.status).toBe(403)
    expect((await json<{ errors: { message: string }[] }>(byOwner)).errors[0].message).toContain(
      'không thể đóng',
    )
    expect((await post('canbo.b@test.vn', `/nonconformities/${ncID}/close`, {})).status).toBe(404)
    const closed = await post('canbo.a@test.vn', `/nonconformities/${ncID}/close`, {
      note: 'Đã khắc phục xong.',
    })
    expect(closed.status, await closed.clone().text()).toBe(200)
    const nc = await payload.findByID({ collection: 'nonconformities', id: ncID, depth: 0 })
    expect([nc.state, nc.closingNote]).toEqual(['closed', 'Đã khắc phục xong.'])
    expect((await post('canbo.a@test.vn', `/nonconformities/${ncID}/close`, {})).status).toBe(409)
    // No more actions on it, no more edits.
    expect(
      (
        await post('canbo.a@test.vn', '/corrective-actions', {
          nonconformity: ncID,
          action: 'Thêm sau khi đóng',
          owner: colleague.id,
          dueDate: dayInVietnam(3),
        })
      ).status,
    ).toBe(400)
    const edit = await ctx().rest.request('PATCH', `/nonconformities/${ncID}`, {
      token: await token('canbo.a@test.vn'),
      body: { rootCause: 'Sửa sau khi đóng' },
    })
    expect(edit.status).toBe(400)
    const events = await payload.find({
      collection: 'audit-log',
      where: {
        event: {
          in: [
            'corrective-action-created',
            'corrective-action-done',
            'corrective-action-verified',
            'nonconformity-closed',
          ],
        },
      },
      sort: 'createdAt',
      limit: 0,
    })
    expect(events.docs.map((e) => [e.event, e.actorEmail])).toEqual([
      ['corrective-action-created', 'canbo.a@test.vn'],
      ['corrective-action-done', 'canbo.a2@test.vn'],
      ['corrective-action-verified', 'canbo.a@test.vn'],
      ['corrective-action-done', 'canbo.a2@test.vn'],
      ['corrective-action-verified', 'canbo.a@test.vn'],
      ['nonconformity-closed', 'canbo.a@test.vn'],
    ])
  })

  it("opens the document's next issue; a second person approves it; register and DOCX cite the action", async () => {
    const { payload, rest, fixtures } = ctx()
    const nc = await payload.create({
      collection: 'nonconformities',
      data: {
        locality: fixtures.localities.townA.id,
        source: 'internal-audit',
        sourceReference: 'Biên bản đánh giá nội bộ số 3',
        detectedOn: dayInVietnam(0),
        description: 'Quy trình không có bước kiểm tra lại giấy tờ trước khi trả kết quả.',
      } as never,
      overrideAccess: false,
      user: { ...fixtures.users.officerA, collection: 'users' },
    })
    const created = await post('canbo.a@test.vn', '/corrective-actions', {
      nonconformity: nc.id,
      action: 'Bổ sung bước kiểm tra lại giấy tờ vào QT-HT-01',
      owner: colleague.id,
      dueDate: dayInVietnam(30),
      document: documentID,
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const first = (await json<{ doc: CorrectiveAction }>(created)).doc
    expect(first.code).toBe(`HĐKP-${year}-02`)
    expect(first.documentNote).toContain('Đã mở lần ban hành 02 của tài liệu QT-HT-01')
    const draft = await payload.findByID({
      collection: 'quality-documents',
      id: documentID,
      draft: true,
      depth: 0,
    })
    expect(draft.workflow?.state).toBe('draft')
    expect(draft.workflow?.changeReason).toBe(
      `Hành động khắc phục HĐKP-${year}-02: Bổ sung bước kiểm tra lại giấy tờ vào QT-HT-01`,
    )
    expect(draft.workflow?.authors).toEqual([fixtures.users.officerA.id])
    // What citizens and officers work by is still issue 01.
    const published = await payload.findByID({
      collection: 'quality-documents',
      id: documentID,
      depth: 0,
    })
    expect([published.issueNumber, published.documentStatus]).toEqual([1, 'effective'])

    // A second action on the same document joins the draft under way instead of opening another.
    const second = (
      await json<{ doc: CorrectiveAction }>(
        await post('canbo.a@test.vn', '/corrective-actions', {
          nonconformity: nc.id,
          action: 'Sửa biểu mẫu BM-01 của QT-HT-01',
          owner: colleague.id,
          dueDate: dayInVietnam(30),
          document: documentID,
        }),
      )
    ).doc
    expect(second.documentNote).toContain('đã có bản sửa đổi (lần ban hành 02)')
    expect(
      (
        await payload.findByID({
          collection: 'quality-documents',
          id: documentID,
          draft: true,
          depth: 0,
        })
      ).workflow?.changeReason,
    ).toContain(`HĐKP-${year}-02`)

    // The owner cannot mark it done by hand: the new issue does.
    expect(
      (await post('canbo.a2@test.vn', `/corrective-actions/${first.id}/done`, { note: 'Xong' }))
        .status,
    ).toBe(409)

    await act('canbo.a@test.vn', {
      action: 'submit',
      changeSummary: 'Thêm bước 4: kiểm tra lại giấy tờ trước khi trả kết quả.',
    })
    // The author (who created the action) cannot approve; a second person does.
    expect(
      (
        await post('canbo.a@test.vn', `/quality-documents/${documentID}/workflow`, {
          action: 'approve',
        })
      ).status,
    ).toBe(403)
    await act('pheduyet@test.vn', { action: 'approve' })
    const publish = await act('pheduyet@test.vn', { action: 'publish' })
    expect(publish.message).toContain(`HĐKP-${year}-02, HĐKP-${year}-03`)

    const { docs: issues } = await payload.find({
      collection: 'quality-document-issues',
      where: { document: { equals: documentID } },
      sort: 'issueNumber',
      depth: 0,
    })
    expect(issues.map((i) => i.issueNumber)).toEqual([1, 2])
    expect([...(issues[1].correctiveActions ?? [])].sort()).toEqual([first.id, second.id].sort())
    expect(issues[1].reason).toContain(`HĐKP-${year}-02`)
    for (const id of [first.id, second.id]) {
      const done = await action(id)
      expect([done.state, done.documentIssue]).toEqual(['done', issues[1].id])
      expect(done.doneNote).toContain('ban hành lần 02')
    }
    // Still to be verified by someone other than the owner.
    expect(
      (
        await post('canbo.a2@test.vn', `/corrective-actions/${first.id}/verify`, {
          result: 'effective',
          note: 'x',
        })
      ).status,
    ).toBe(403)

    const response = await rest.request('GET', `/quality-documents/${documentID}/docx`, {
      token: await token('canbo.a@test.vn'),
    })
    expect(response.status).toBe(200)
    const docx = readDocx(new Uint8Array(await response.arrayBuffer()))
    expect(allText(docx.body)).toContain('QT-HT-01')
    const revisions = blocksOf(docx.body)
      .flatMap((b) => (b.kind === 'table' ? [tableRows(b.element)] : []))
      .find((rows) => rows[0]?.some((c) => c.includes('Lý do sửa đổi')))
    const row02 = revisions!.slice(1).find((r) => r.some((c) => c.trim() === '02'))!
    expect(row02.join(' | ')).toContain(`HĐKP-${year}-02`)
    expect(row02.join(' | ')).toContain(`HĐKP-${year}-03`)
  })

  it('opens the next issue as a draft for trusted server code too, with no author yet', async () => {
    const { payload, fixtures } = ctx()
    const created = await payload.create({
      collection: 'corrective-actions',
      data: {
        locality: fixtures.localities.townA.id,
        action: 'Rà soát lại biểu mẫu',
        owner: colleague.id,
        dueDate: dayInVietnam(10),
        document: documentID,
      } as never,
    })
    expect(created.code).toBe(`HĐKP-${year}-04`)
    expect(created.documentNote).toContain('Đã mở lần ban hành 03')
    const draft = await payload.findByID({
      collection: 'quality-documents',
      id: documentID,
      draft: true,
      depth: 0,
    })
    expect([draft.workflow?.state, draft.workflow?.authors]).toEqual(['draft', []])
    expect(draft.workflow?.changeReason).toBe(
      `Hành động khắc phục HĐKP-${year}-04: Rà soát lại biểu mẫu`,
    )
    // Issue 02 stays in force meanwhile.
    const current = await payload.findByID({ collection: 'quality-documents', id: documentID })
    expect([current.issueNumber, current.documentStatus]).toEqual([2, 'effective'])
  })
})
