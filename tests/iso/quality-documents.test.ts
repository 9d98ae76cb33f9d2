import { expect, it } from 'vitest'

import { paragraphsToLexical } from '../../cms/lib/lexical'
import { markReviewsDue } from '../../cms/collections/ReviewTasks/reviewTasks'
import { allText, blocksOf, readDocx, tableRows } from '../../cms/lib/docx/readDocx'
import type { QualityDocument } from '../../cms/payload-types'
import { complianceReport } from '../../cms/views/Compliance/checks'
import { complianceScope } from '../../cms/views/Compliance/scope'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter, type TestContext } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

type Json = {
  doc?: QualityDocument
  message?: string
  errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
}

const act = async (rest: RestClient, token: string, id: string, body: Record<string, unknown>) => {
  const response = await rest.request('POST', `/quality-documents/${id}/workflow`, { token, body })
  const json = (await response.json()) as Json
  return { status: response.status, json }
}

/** The quy trình for "Đăng ký khai sinh" at town A, as its officer would draft it. */
const birthProcess = (ctx: TestContext, code = 'QT-HT-01') => {
  const { fixtures } = ctx
  return {
    code,
    title: 'Quy trình đăng ký khai sinh',
    docType: 'procedure',
    locality: fixtures.localities.townA.id,
    ownerUnit: 'Công chức Tư pháp - Hộ tịch',
    procedures: [fixtures.procedures.birth.id],
    appliedProcedure: fixtures.applied.appliedA.id,
    legalBasis: [fixtures.law.id],
    purpose: paragraphsToLexical([
      'Quy định trình tự đăng ký khai sinh tại Ủy ban nhân dân thị trấn.',
    ]),
    scope: paragraphsToLexical(['Áp dụng tại Bộ phận Một cửa thị trấn A.']),
    // Town A committed to 1 working day (8 working hours).
    steps: [
      {
        task: 'Tiếp nhận, kiểm tra hồ sơ',
        responsible: 'Bộ phận Một cửa',
        timeValue: 1,
        timeUnit: 'hour',
        form: 'BM-01',
      },
      {
        task: 'Thẩm định, trình ký',
        responsible: 'Công chức Tư pháp - Hộ tịch',
        timeValue: 4,
        timeUnit: 'hour',
      },
      { task: 'Ký Giấy khai sinh', responsible: 'Chủ tịch UBND', timeValue: 2, timeUnit: 'hour' },
      { task: 'Trả kết quả', responsible: 'Bộ phận Một cửa', timeValue: 1, timeUnit: 'hour' },
    ],
    records: [
      {
        record: 'Sổ đăng ký khai sinh',
        keeper: 'Công chức Tư pháp - Hộ tịch',
        retention: 'Vĩnh viễn',
        storage: 'Tủ hồ sơ hộ tịch',
      },
    ],
  }
}

describeEachAdapter('quality documents: the ISO register', (ctx) => {
  const officerA = () => ctx().rest.login('canbo.a@test.vn', PASSWORD)

  const draft = async (token: string, data: Record<string, unknown>) => {
    const response = await ctx().rest.request('POST', '/quality-documents', { token, body: data })
    return { status: response.status, json: (await response.json()) as Json }
  }

  it('refuses an internal process longer than the time the locality committed to, naming both figures', async () => {
    const token = await officerA()
    const data = birthProcess(ctx(), 'QT-HT-90')
    const tooLong = {
      ...data,
      steps: [
        ...data.steps,
        {
          task: 'Lưu hồ sơ',
          responsible: 'Bộ phận Một cửa',
          timeValue: 0.5,
          timeUnit: 'working-day',
        },
      ],
    }
    const refused = await draft(token, tooLong)
    expect(refused.status).toBe(400)
    const errors = refused.json.errors?.[0].data?.errors ?? []
    expect(errors.find((e) => e.path === 'steps')?.message).toBe(
      'Tổng thời gian các bước là 1,5 ngày làm việc, vượt thời hạn cam kết của Thị trấn A là 1 ngày làm việc. Hãy rút ngắn thời gian của các bước.',
    )
    const count = await ctx().payload.count({
      collection: 'quality-documents',
      where: { code: { equals: 'QT-HT-90' } },
    })
    expect(count.totalDocs).toBe(0)
  })

  it('refuses a malformed code, and a document for another locality', async () => {
    const token = await officerA()
    const bad = await draft(token, { ...birthProcess(ctx(), 'QT--01') })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.json)).toContain('Mã hiệu \\"QT--01\\" không hợp lệ')
    const elsewhere = await draft(token, {
      ...birthProcess(ctx(), 'QT-HT-91'),
      locality: ctx().fixtures.localities.communeB.id,
      appliedProcedure: null,
    })
    expect(elsewhere.status).toBe(403)
    // And officer B can neither read nor change town A's register.
    const created = await draft(token, birthProcess(ctx(), 'QT-HT-92'))
    expect(created.status).toBe(201)
    const tokenB = await ctx().rest.login('canbo.b@test.vn', PASSWORD)
    expect([403, 404]).toContain(
      (
        await ctx().rest.request('GET', `/quality-documents/${created.json.doc!.id}`, {
          token: tokenB,
        })
      ).status,
    )
    expect([403, 404]).toContain(
      (
        await ctx().rest.request('PATCH', `/quality-documents/${created.json.doc!.id}`, {
          token: tokenB,
          body: { title: 'x' },
        })
      ).status,
    )
    expect(
      (await ctx().rest.request('GET', `/quality-documents/${created.json.doc!.id}`)).status,
    ).toBe(403)
    // Nor town A's issue register.
    const { payload, fixtures } = ctx()
    await payload.create({
      collection: 'quality-document-issues',
      data: {
        document: created.json.doc!.id,
        issueNumber: 1,
        issueStatus: 'effective',
        label: 'QT-HT-92 – lần ban hành 01',
      },
    })
    const registerB = (await (
      await ctx().rest.request('GET', '/quality-document-issues', { token: tokenB })
    ).json()) as { docs: unknown[] }
    expect(registerB.docs).toEqual([])
    const registerA = (await (
      await ctx().rest.request('GET', '/quality-document-issues', { token })
    ).json()) as { docs: unknown[] }
    expect(registerA.docs).toHaveLength(1)
    void fixtures
  })

  it('issues 01 after review and approval, then 02 superseding it, with the revision table in the DOCX', async () => {
    const { payload, rest } = ctx()
    const officer = await officerA()
    const reviewer = await rest.login('xemxet@test.vn', PASSWORD)
    const approver = await rest.login('pheduyet@test.vn', PASSWORD)
    const created = await draft(officer, birthProcess(ctx()))
    expect(created.status).toBe(201)
    const id = String(created.json.doc!.id)
    expect(created.json.doc!.documentStatus).toBe('draft')

    expect(
      (
        await act(rest, officer, id, {
          action: 'submit',
          changeReason: 'Xây dựng hệ thống quản lý chất lượng',
          changeSummary: 'Ban hành lần đầu',
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await act(rest, reviewer, id, {
          action: 'request-changes',
          comment: 'Ghi rõ mẫu tờ khai ở bước 1.',
        })
      ).status,
    ).toBe(200)
    const fix = await rest.request('PATCH', `/quality-documents/${id}`, {
      token: officer,
      body: { forms: [{ code: 'BM-01', title: 'Tờ khai đăng ký khai sinh' }] },
    })
    expect(fix.status).toBe(200)
    expect((await act(rest, officer, id, { action: 'submit' })).status).toBe(200)
    expect((await act(rest, reviewer, id, { action: 'review' })).status).toBe(200)
    const officerApproves = await act(rest, officer, id, { action: 'approve' })
    expect(officerApproves.status).toBe(403)
    expect((await act(rest, approver, id, { action: 'approve' })).status).toBe(200)
    const issued = await act(rest, approver, id, { action: 'publish' })
    expect(issued.status, JSON.stringify(issued.json)).toBe(200)

    const first = await payload.findByID({ collection: 'quality-documents', id, depth: 0 })
    expect(first.issueNumber).toBe(1)
    expect(first.documentStatus).toBe('effective')
    expect(first.issueDate).toBeTruthy()
    // Reviewed every 12 months by default.
    expect(Number(first.nextReviewDate!.slice(0, 4))).toBe(
      Number(first.effectiveDate!.slice(0, 4)) + 1,
    )

    // A later change: a new legal text; drafted, reviewed, approved, issued as 02.
    await rest.request('PATCH', `/quality-documents/${id}`, {
      token: officer,
      body: {
        steps: birthProcess(ctx()).steps.map((s, i) => (i === 1 ? { ...s, timeValue: 3 } : s)),
      },
    })
    // The effective issue stays in force while its successor is drafted.
    expect(
      (await payload.findByID({ collection: 'quality-documents', id, depth: 0 })).issueNumber,
    ).toBe(1)
    await act(rest, officer, id, {
      action: 'submit',
      changeReason: 'Nghị định 120/2025/NĐ-CP',
      changeSummary: 'Rút ngắn thời gian thẩm định',
    })
    await act(rest, approver, id, { action: 'approve' })
    expect((await act(rest, approver, id, { action: 'publish' })).status).toBe(200)

    const second = await payload.findByID({ collection: 'quality-documents', id, depth: 0 })
    expect(second.issueNumber).toBe(2)
    const issues = await payload.find({
      collection: 'quality-document-issues',
      where: { document: { equals: id } },
      sort: 'issueNumber',
    })
    expect(issues.docs.map((i) => [i.issueNumber, i.issueStatus])).toEqual([
      [1, 'superseded'],
      [2, 'effective'],
    ])
    expect(issues.docs[1].reason).toBe('Nghị định 120/2025/NĐ-CP')
    expect(issues.docs[0].approvedBy).toBeTruthy()
    // Nobody rewrites the register through the API.
    expect(
      (
        await rest.request('PATCH', `/quality-document-issues/${issues.docs[0].id}`, {
          token: approver,
          body: { issueStatus: 'effective' },
        })
      ).status,
    ).toBe(403)

    const response = await rest.request('GET', `/quality-documents/${id}/docx`, { token: officer })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain('QT-HT-01_lan-02.docx')
    const docx = readDocx(new Uint8Array(await response.arrayBuffer()))
    const text = allText(docx.body)
    expect(text).toContain('QT-HT-01')
    expect(text).toContain('Quy trình đăng ký khai sinh'.toUpperCase().normalize('NFC').slice(0, 5))
    const tables = blocksOf(docx.body).flatMap((b) =>
      b.kind === 'table' ? [tableRows(b.element)] : [],
    )
    const revisions = tables.find((rows) => rows[0]?.some((c) => c.includes('Lý do sửa đổi')))
    expect(revisions, 'revision table').toBeDefined()
    const body = revisions!.slice(1).map((r) => r.join(' | '))
    expect(body.some((r) => r.includes('01') && r.includes('Ban hành lần đầu'))).toBe(true)
    expect(
      body.some(
        (r) =>
          r.includes('02') &&
          r.includes('Rút ngắn thời gian thẩm định') &&
          r.includes('Nghị định 120/2025/NĐ-CP'),
      ),
    ).toBe(true)
    expect(text).not.toContain('KHÔNG CÓ GIÁ TRỊ SỬ DỤNG')
    // The time the steps must fit in, from the town's commitment.
    expect(text).toContain('1 ngày làm việc (thời hạn cam kết của Thị trấn A)')

    // The town then commits to a shorter time (4 giờ), reviewed and published: the issued
    // process (7 giờ) no longer fits; it is flagged, counted for the town, and its officer told.
    const appliedID = ctx().fixtures.applied.appliedA.id
    const applied = (path: string, token: string, body: Record<string, unknown>) =>
      rest.request(path === '' ? 'PATCH' : 'POST', `/applied-procedures/${appliedID}${path}`, {
        token,
        body,
      })
    expect((await applied('', officer, { committedTime: { value: 4, unit: 'hour' } })).status).toBe(
      200,
    )
    expect(
      (await applied('/workflow', officer, { action: 'submit', changeReason: 'Cải cách TTHC' }))
        .status,
    ).toBe(200)
    expect((await applied('/workflow', approver, { action: 'approve' })).status).toBe(200)
    const published = await applied('/workflow', approver, { action: 'publish' })
    expect(published.status).toBe(200)
    // (Drafts of town A's other processes for this procedure are judged too; only issued ones count.)
    expect((await published.json()).message).toMatch(
      /\d+ quy trình nội bộ nay dài hơn thời hạn giải quyết: xem Tổng quan tuân thủ/,
    )
    expect(
      (await payload.findByID({ collection: 'quality-documents', id, depth: 0 })).overTimeLimit,
    ).toBe(true)
    const overTime = async () =>
      (
        await complianceReport({
          payload,
          scope: complianceScope(ctx().fixtures.users.officerA)!,
          now: new Date(),
        })
      ).find((line) => line.id === 'iso.process-over-time')!.count
    expect(await overTime()).toBe(1)
    // Its next issue fits (1 + 1 + 1 + 1 giờ): issued, it is no longer counted.
    expect(
      (
        await rest.request('PATCH', `/quality-documents/${id}`, {
          token: officer,
          body: { steps: birthProcess(ctx()).steps.map((s) => ({ ...s, timeValue: 1 })) },
        })
      ).status,
    ).toBe(200)
    await act(rest, officer, id, { action: 'submit', changeReason: 'Thời hạn cam kết mới' })
    await act(rest, approver, id, { action: 'approve' })
    expect((await act(rest, approver, id, { action: 'publish' })).status).toBe(200)
    expect(
      (await payload.findByID({ collection: 'quality-documents', id, depth: 0 })).overTimeLimit,
    ).toBe(false)
    expect(await overTime()).toBe(0)
    // The tests after this one build on the town's commitment of 1 working day.
    await payload.update({
      collection: 'applied-procedures',
      id: appliedID,
      data: { committedTime: { value: 1, unit: 'working-day' }, _status: 'published' },
    })

    // A draft export is marked as such.
    await rest.request('PATCH', `/quality-documents/${id}`, {
      token: officer,
      body: { title: 'Quy trình đăng ký khai sinh (dự thảo lần 3)' },
    })
    const draftExport = await rest.request('GET', `/quality-documents/${id}/docx`, {
      token: officer,
      query: { draft: 'true' },
    })
    expect(allText(readDocx(new Uint8Array(await draftExport.arrayBuffer())).body)).toContain(
      'KHÔNG CÓ GIÁ TRỊ SỬ DỤNG',
    )
    // Anonymous readers get nothing.
    expect((await rest.request('GET', `/quality-documents/${id}/docx`)).status).toBe(401)

    // Withdrawn: only an approver, with a reason, and not while a new issue is being drafted.
    const obsolete = (token: string, comment?: string) =>
      rest.request('POST', `/quality-documents/${id}/obsolete`, { token, body: { comment } })
    expect((await obsolete(officer, 'x')).status).toBe(403)
    expect((await obsolete(approver, 'Thủ tục bị bãi bỏ')).status).toBe(409)
    await act(rest, officer, id, { action: 'submit', changeReason: 'Thử hủy' })
    await act(rest, approver, id, { action: 'approve' })
    expect((await act(rest, approver, id, { action: 'publish' })).status).toBe(200)
    expect((await obsolete(approver)).status).toBe(400)
    expect((await obsolete(approver, 'Thủ tục bị bãi bỏ theo Quyết định 99/QĐ-UBND')).status).toBe(
      200,
    )
    const withdrawn = await payload.findByID({ collection: 'quality-documents', id, depth: 0 })
    expect(withdrawn.documentStatus).toBe('obsolete')
    const register = await payload.find({
      collection: 'quality-document-issues',
      where: { document: { equals: id } },
      sort: 'issueNumber',
    })
    expect(register.docs.map((i) => i.issueStatus)).toEqual([
      'superseded',
      'superseded',
      'superseded',
      'obsolete',
    ])
    const obsoleteExport = await rest.request('GET', `/quality-documents/${id}/docx`, {
      token: officer,
    })
    expect(allText(readDocx(new Uint8Array(await obsoleteExport.arrayBuffer())).body)).toContain(
      'KHÔNG CÓ GIÁ TRỊ SỬ DỤNG',
    )
  })

  it('marks documents due or overdue for review, once, and when a cited legal text changes', async () => {
    const { payload, rest, fixtures } = ctx()
    const doc = await payload.create({
      collection: 'quality-documents',
      data: {
        ...birthProcess(ctx(), 'QT-HT-20'),
        _status: 'published',
        documentStatus: 'effective',
        issueNumber: 1,
        effectiveDate: '2025-10-01',
        nextReviewDate: '2026-10-01',
      } as never,
    })
    const soon = await payload.create({
      collection: 'quality-documents',
      data: {
        ...birthProcess(ctx(), 'QT-HT-21'),
        appliedProcedure: null,
        _status: 'published',
        documentStatus: 'effective',
        issueNumber: 1,
        nextReviewDate: '2026-12-10',
      } as never,
    })
    await payload.create({
      collection: 'quality-documents',
      data: {
        ...birthProcess(ctx(), 'QT-HT-22'),
        appliedProcedure: null,
        _status: 'published',
        documentStatus: 'effective',
        issueNumber: 1,
        nextReviewDate: '2027-06-01',
      } as never,
    })
    const first = await markReviewsDue(payload, { today: '2026-11-23' })
    expect(first.created).toBeGreaterThanOrEqual(2)
    const again = await markReviewsDue(payload, { today: '2026-11-23' })
    expect(again.created).toBe(0)
    const tasks = await payload.find({
      collection: 'review-tasks',
      where: { reason: { equals: 'periodic' } },
      limit: 50,
    })
    const stateOf = (id: string) =>
      tasks.docs.find((t) =>
        typeof t.document.value === 'string' ? t.document.value === id : t.document.value.id === id,
      )?.state
    expect(stateOf(doc.id)).toBe('overdue')
    expect(stateOf(soon.id)).toBe('due')
    expect(tasks.docs.filter((t) => t.title.startsWith('QT-HT-22'))).toEqual([])
    expect(tasks.docs.find((t) => t.title.startsWith('QT-HT-20'))?.localityName).toBe('Thị trấn A')

    // The job itself, as the scheduler runs it (against today's date, so a long-past review date).
    await payload.create({
      collection: 'quality-documents',
      data: {
        ...birthProcess(ctx(), 'QT-HT-23'),
        appliedProcedure: null,
        _status: 'published',
        documentStatus: 'effective',
        issueNumber: 1,
        nextReviewDate: '2020-01-01',
      } as never,
    })
    const job = await payload.jobs.queue({ task: 'markReviewsDue', input: {}, queue: 'nightly' })
    await payload.jobs.runByID({ id: job.id })
    const byJob = await payload.find({
      collection: 'review-tasks',
      where: { title: { like: 'QT-HT-23' } },
    })
    expect(byJob.docs.map((t) => t.state)).toEqual(['overdue'])
    // A job that completes is removed from the queue; one that failed would stay with its error.
    await expect(payload.findByID({ collection: 'payload-jobs', id: job.id })).rejects.toThrow()

    // Officer B sees no task of town A.
    const tokenB = await rest.login('canbo.b@test.vn', PASSWORD)
    const seenByB = (await (
      await rest.request('GET', '/review-tasks', { token: tokenB })
    ).json()) as { docs: unknown[] }
    expect(seenByB.docs).toEqual([])

    // The Law on Civil Status is amended: everything citing it is to be reviewed.
    const legal = await rest.login('phapche@test.vn', PASSWORD)
    const amend = await rest.request('PATCH', `/legal-documents/${fixtures.law.id}`, {
      token: legal,
      body: { status: 'amended' },
    })
    expect(amend.status).toBe(200)
    const flagged = await payload.find({
      collection: 'review-tasks',
      where: { reason: { equals: 'legal-change' } },
      limit: 50,
      depth: 0,
    })
    const targets = flagged.docs.map((t) => `${t.document.relationTo}:${t.document.value}`)
    expect(targets).toContain(`quality-documents:${doc.id}`)
    expect(targets).toContain(`procedures:${fixtures.procedures.birth.id}`)
    expect(flagged.docs[0].note).toContain('60/2014/QH13')
    // No API write into the task list.
    expect(
      (
        await rest.request('POST', '/review-tasks', {
          token: legal,
          body: {
            title: 'x',
            reason: 'periodic',
            state: 'due',
            document: { relationTo: 'procedures', value: fixtures.procedures.birth.id },
          },
        })
      ).status,
    ).toBe(403)
  })
})

describeEachAdapter('audit log: append-only', (ctx) => {
  it('records logins and role changes, and no one can change or delete an entry', async () => {
    const { payload, rest, fixtures } = ctx()
    await rest.login('xemxet@test.vn', PASSWORD)
    const admin = await rest.login('admin@test.vn', PASSWORD)
    const promote = await rest.request('PATCH', `/users/${fixtures.users.reviewer.id}`, {
      token: admin,
      body: { roles: ['reviewer', 'approver'] },
    })
    expect(promote.status).toBe(200)

    const entries = await payload.find({ collection: 'audit-log', sort: 'createdAt', limit: 100 })
    const login = entries.docs.find((e) => e.event === 'login' && e.actorEmail === 'xemxet@test.vn')
    expect(login).toBeDefined()
    const change = entries.docs.find(
      (e) => e.event === 'role-change' && e.targetId === String(fixtures.users.reviewer.id),
    )
    expect(change?.summary).toBe(
      'Thay đổi vai trò của xemxet@test.vn: reviewer → approver, reviewer',
    )
    expect(change?.actorEmail).toBe('admin@test.vn')

    const id = String(login!.id)
    for (const [method, path, body] of [
      ['PATCH', `/audit-log/${id}`, { summary: 'sửa' }],
      ['DELETE', `/audit-log/${id}`, undefined],
      ['POST', '/audit-log', { event: 'login', summary: 'giả mạo' }],
    ] as const) {
      const response = await rest.request(method, path as `/${string}`, { token: admin, body })
      expect(response.status, `${method} ${path}`).toBe(403)
    }
    const gql = await rest.graphql(`mutation { deleteAuditLog(id: "${id}") { id } }`, {
      token: admin,
    })
    expect(((await gql.json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0)
    // Even trusted server code cannot rewrite history.
    await expect(
      payload.update({ collection: 'audit-log', id, data: { summary: 'sửa' } }),
    ).rejects.toThrow('Nhật ký hệ thống không thể sửa hoặc xóa.')
    await expect(payload.delete({ collection: 'audit-log', id })).rejects.toThrow(
      'Nhật ký hệ thống không thể sửa hoặc xóa.',
    )
    await expect(
      payload.delete({ collection: 'audit-log', where: { id: { exists: true } } }),
    ).rejects.toThrow()
    const still = await payload.findByID({ collection: 'audit-log', id })
    expect(still.summary).toBe(login!.summary)
    // Officers cannot read it; approvers can.
    const officer = await rest.login('canbo.a@test.vn', PASSWORD)
    expect(
      (
        (await (await rest.request('GET', '/audit-log', { token: officer })).json()) as {
          errors?: unknown
        }
      ).errors,
    ).toBeDefined()
    const approver = await rest.login('pheduyet@test.vn', PASSWORD)
    expect((await rest.request('GET', `/audit-log/${id}`, { token: approver })).status).toBe(200)
  })
})
