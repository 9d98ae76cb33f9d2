/**
 * Internal audits (ISO 9001 9.2): a programme approved by a second person, audits whose auditors
 * never audit their own unit, findings recorded by the audit's auditors only while it runs and kept
 * as a record once it is completed, the report as DOCX. Each rule is tried through REST and the
 * Local API with overrideAccess: false. cms/collections/{Units,AuditProgrammes,InternalAudits,AuditFindings}.
 */
import { expect, it } from 'vitest'

import { allText, readDocx } from '../../cms/lib/docx/readDocx'
import type {
  AuditFinding,
  InternalAudit,
  QualityDocument,
  Unit,
  User,
} from '../../cms/payload-types'
import { expectFieldError } from '../helpers/errors'
import { PASSWORD } from '../helpers/fixtures'
import { vietnamDay } from '../../cms/lib/dates'
import { workQueue } from '../../cms/views/WorkQueue/workQueue'
import { describeEachAdapter } from '../helpers/payload'

describeEachAdapter('internal audits: programme, independence, findings, report', (ctx) => {
  let unitTP: Unit
  let unitVP: Unit
  let unitB: Unit
  let auditor: User
  let noUnit: User
  let docA: QualityDocument
  let docB: QualityDocument
  let docProvince: QualityDocument
  let programmeID: string
  let audit: InternalAudit
  let finding: AuditFinding

  const token = (email: string) => ctx().rest.login(email, PASSWORD)
  const as = (user: User) => ({ user: { ...user, collection: 'users' as const } })
  const json = async (response: Response) => (await response.json()) as Record<string, unknown>
  const act = async (email: string, id: string, action: 'start' | 'complete' | 'report') =>
    ctx().rest.request('POST', `/internal-audits/${id}/${action}`, { token: await token(email) })
  const auditData = (extra: Record<string, unknown> = {}) => ({
    code: 'ĐGNB-2026-01',
    programme: programmeID,
    plannedDate: '2026-11-20',
    scopeUnits: [unitTP.id],
    scopeDocuments: [docA.id, docProvince.id],
    scopeProcedures: [ctx().fixtures.applied.appliedA.id],
    leadAuditor: auditor.id,
    ...extra,
  })

  it('keeps units per locality and lets only administrators set a user’s unit, within their localities', async () => {
    const { payload, rest, fixtures } = ctx()
    const { townA, communeB } = fixtures.localities
    const unit = (name: string, locality: string | null) =>
      payload.create({ collection: 'units', data: { name, locality } })
    unitTP = await unit('Tư pháp – Hộ tịch', townA.id)
    unitVP = await unit('Văn phòng – Thống kê', townA.id)
    unitB = await unit('Bộ phận Một cửa', communeB.id)
    const user = (email: string, name: string, unitID: string | null) =>
      payload.create({
        collection: 'users',
        data: {
          email,
          password: PASSWORD,
          name,
          position: 'Công chức',
          roles: ['locality-officer'],
          localities: [townA.id],
          unit: unitID,
        },
      })
    auditor = await user('danhgia.a@test.vn', 'Nguyễn Văn Đánh Giá', unitVP.id)
    noUnit = await user('khongbophan.a@test.vn', 'Lê Thị Chưa Gán', null)
    await payload.update({
      collection: 'users',
      id: fixtures.users.officerA.id,
      data: { unit: unitTP.id },
    })

    // Town B's officer neither reads nor writes town A's units.
    const officerB = await token('canbo.b@test.vn')
    const list = await json(await rest.request('GET', '/units', { token: officerB }))
    expect((list.docs as Unit[]).map((u) => u.name)).toEqual(['Bộ phận Một cửa'])
    const moved = await rest.request('PATCH', `/units/${unitTP.id}`, {
      token: officerB,
      body: { name: 'Đổi tên' },
    })
    expect(moved.status).toBe(403)
    const planted = await rest.request('POST', '/units', {
      token: officerB,
      body: { name: 'Bộ phận cài vào', locality: townA.id },
    })
    expect(planted.status).toBe(403)

    // No one moves themselves out of the unit they audit; a unit of another locality does not fit.
    const self = await rest.request('PATCH', `/users/${fixtures.users.officerA.id}`, {
      token: await token('canbo.a@test.vn'),
      body: { unit: unitVP.id },
    })
    expect(self.status).toBe(403)
    await expect(
      payload.update({
        collection: 'users',
        id: fixtures.users.officerA.id,
        data: { unit: unitVP.id },
        overrideAccess: false,
        ...as(fixtures.users.officerA),
      }),
    ).rejects.toThrow()
    await expectFieldError(
      payload.update({ collection: 'users', id: noUnit.id, data: { unit: unitB.id } }),
      'unit',
      'Bộ phận "Bộ phận Một cửa" không thuộc địa phương phụ trách',
    )
    expect(
      (await payload.findByID({ collection: 'users', id: fixtures.users.officerA.id })).unit,
    ).toMatchObject({ id: unitTP.id })
  })

  it('approves the yearly programme through two-person review, one per locality and year', async () => {
    const { payload, rest, fixtures } = ctx()
    const { townA, communeB } = fixtures.localities
    const document = (code: string, locality: string | null) =>
      payload.create({
        collection: 'quality-documents',
        data: { code, title: `Quy trình ${code}`, docType: 'procedure', locality },
        draft: true,
      })
    docA = await document('QT-HT-01', townA.id)
    docB = await document('QT-B-01', communeB.id)
    docProvince = await document('STCL-01', null)

    const officer = await token('canbo.a@test.vn')
    const created = await rest.request('POST', '/audit-programmes', {
      token: officer,
      body: {
        locality: townA.id,
        year: 2026,
        purpose: 'Đánh giá sự phù hợp và hiệu lực của hệ thống quản lý chất lượng.',
        criteria: 'TCVN ISO 9001:2015; các quy trình đang hiệu lực.',
        plannedAudits: [{ month: 11, scope: 'Lĩnh vực hộ tịch', units: [unitTP.id] }],
      },
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const programme = (await json(created)).doc as { id: string; title: string }
    programmeID = programme.id
    expect(programme.title).toBe('Chương trình đánh giá nội bộ năm 2026')

    // An audit needs an approved programme.
    await expectFieldError(
      payload.create({
        collection: 'internal-audits',
        data: auditData() as never,
        overrideAccess: false,
        ...as(fixtures.users.officerA),
      }),
      'programme',
      'chưa được phê duyệt',
    )
    // A second programme for the same year is refused, naming the year.
    const twice = await rest.request('POST', '/audit-programmes', {
      token: officer,
      body: { locality: townA.id, year: 2026, purpose: 'x', criteria: 'y' },
    })
    expect(twice.status).toBe(400)
    expect(await twice.text()).toContain('đã có chương trình đánh giá nội bộ năm 2026')
    // The units it plans to audit are the locality's own.
    const foreignUnit = await rest.request('POST', '/audit-programmes', {
      token: officer,
      body: {
        locality: townA.id,
        year: 2027,
        purpose: 'x',
        criteria: 'y',
        plannedAudits: [{ month: 3, scope: 'z', units: [unitTP.id, unitB.id] }],
      },
    })
    expect(foreignUnit.status).toBe(400)
    expect(await foreignUnit.text()).toContain(
      'Bộ phận không thuộc địa phương của chương trình: Bộ phận Một cửa.',
    )
    // Another locality's officer cannot write town A's programme.
    const foreign = await rest.request('POST', '/audit-programmes', {
      token: await token('canbo.b@test.vn'),
      body: { locality: townA.id, year: 2027, purpose: 'x', criteria: 'y' },
    })
    expect(foreign.status).toBe(403)

    const workflow = async (email: string, body: Record<string, unknown>) =>
      rest.request('POST', `/audit-programmes/${programmeID}/workflow`, {
        token: await token(email),
        body,
      })
    expect(
      (
        await workflow('canbo.a@test.vn', {
          action: 'submit',
          changeReason: 'Chương trình năm 2026',
        })
      ).status,
    ).toBe(200)
    // The author does not approve their own programme.
    expect((await workflow('canbo.a@test.vn', { action: 'approve' })).status).toBe(403)
    expect((await workflow('pheduyet@test.vn', { action: 'approve' })).status).toBe(200)
    expect((await workflow('pheduyet@test.vn', { action: 'publish' })).status).toBe(200)
    const log = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { targetCollection: { equals: 'audit-programmes' } },
          { toState: { equals: 'approved' } },
        ],
      },
    })
    expect(log.docs.map((d) => d.actorEmail)).toEqual(['pheduyet@test.vn'])
  })

  it('refuses an auditor who would audit their own unit, or has no unit, on every save', async () => {
    const { payload, rest, fixtures } = ctx()
    const officer = await token('canbo.a@test.vn')
    // REST: officer A (Tư pháp – Hộ tịch) in a team auditing Tư pháp – Hộ tịch.
    const own = await rest.request('POST', '/internal-audits', {
      token: officer,
      body: auditData({ auditors: [fixtures.users.officerA.id] }),
    })
    expect(own.status).toBe(400)
    const ownText = await own.text()
    expect(ownText).toContain(
      'canbo.a thuộc bộ phận \\"Tư pháp – Hộ tịch\\", nằm trong phạm vi đánh giá',
    )
    // Local API, the lead auditor this time.
    await expectFieldError(
      payload.create({
        collection: 'internal-audits',
        data: auditData({ leadAuditor: fixtures.users.officerA.id }) as never,
        overrideAccess: false,
        ...as(fixtures.users.officerA),
      }),
      'leadAuditor',
      'không được đánh giá bộ phận của chính mình',
    )
    await expectFieldError(
      payload.create({
        collection: 'internal-audits',
        data: auditData({ auditors: [noUnit.id] }) as never,
        overrideAccess: false,
        ...as(fixtures.users.officerA),
      }),
      'auditors',
      'Lê Thị Chưa Gán chưa được gán bộ phận công tác',
    )

    const created = await rest.request('POST', '/internal-audits', {
      token: officer,
      body: auditData(),
    })
    expect(created.status, await created.clone().text()).toBe(201)
    audit = (await json(created)).doc as InternalAudit
    expect(audit.state).toBe('planned')
    expect(audit.locality).toMatchObject({ id: fixtures.localities.townA.id })
    expect(audit.teamNames).toBe('Trưởng đoàn: Nguyễn Văn Đánh Giá')

    // One audit per code.
    const again = await rest.request('POST', '/internal-audits', {
      token: officer,
      body: auditData(),
    })
    expect(again.status).toBe(400)
    expect(await again.text()).toContain('Mã \\"ĐGNB-2026-01\\" đã được dùng')

    // Later saves too: the auditor's own unit put into the scope.
    const widened = await rest.request('PATCH', `/internal-audits/${audit.id}`, {
      token: officer,
      body: { scopeUnits: [unitTP.id, unitVP.id] },
    })
    expect(widened.status).toBe(400)
    expect(await widened.text()).toContain(
      'Nguyễn Văn Đánh Giá thuộc bộ phận \\"Văn phòng – Thống kê\\"',
    )
    // The state moves only by the lead auditor's buttons.
    const forged = await rest.request('PATCH', `/internal-audits/${audit.id}`, {
      token: officer,
      body: { state: 'completed', conclusion: 'Ghi chú' },
    })
    expect(forged.status, await forged.clone().text()).toBe(200)
    expect((await payload.findByID({ collection: 'internal-audits', id: audit.id })).state).toBe(
      'planned',
    )
  })

  it("refuses another locality's officer and scope items of another locality", async () => {
    const { payload, rest, fixtures } = ctx()
    const officerB = await token('canbo.b@test.vn')
    const foreign = await rest.request('POST', '/internal-audits', {
      token: officerB,
      body: auditData({ code: 'ĐGNB-B' }),
    })
    expect(foreign.status).toBe(403)
    await expect(
      payload.update({
        collection: 'internal-audits',
        id: audit.id,
        data: { conclusion: 'Sửa bởi xã B' },
        overrideAccess: false,
        ...as(fixtures.users.officerB),
      }),
    ).rejects.toThrow()
    expect(
      (await rest.request('GET', `/internal-audits/${audit.id}`, { token: officerB })).status,
    ).toBe(404)
    expect(
      (await rest.request('POST', `/internal-audits/${audit.id}/start`, { token: officerB }))
        .status,
    ).toBe(404)
    expect(
      (await rest.request('GET', `/internal-audits/${audit.id}/docx`, { token: officerB })).status,
    ).toBe(404)

    const local = { overrideAccess: false, ...as(fixtures.users.officerA) }
    await expectFieldError(
      payload.update({
        collection: 'internal-audits',
        id: audit.id,
        data: { scopeDocuments: [docA.id, docB.id] },
        ...local,
      }),
      'scopeDocuments',
      'QT-B-01',
    )
    await expectFieldError(
      payload.update({
        collection: 'internal-audits',
        id: audit.id,
        data: { scopeProcedures: [fixtures.applied.appliedB.id] },
        ...local,
      }),
      'scopeProcedures',
      'Thủ tục áp dụng của địa phương khác',
    )
    await expectFieldError(
      payload.update({
        collection: 'internal-audits',
        id: audit.id,
        data: { scopeUnits: [unitB.id] },
        ...local,
      }),
      'scopeUnits',
      'Bộ phận Một cửa',
    )
  })

  it('lets only the lead auditor start it, and only its auditors record findings while it runs', async () => {
    const { payload, rest, fixtures } = ctx()
    const body = {
      audit: audit.id,
      type: 'nonconformity',
      clause: '7.5.3',
      description: 'Hồ sơ lưu không đúng thời hạn quy định.',
      evidence: 'Sổ hồ sơ tháng 10.',
      documents: [docA.id],
      procedures: [fixtures.applied.appliedA.id],
    }
    const auditorToken = await token('danhgia.a@test.vn')
    // Not started yet.
    const early = await rest.request('POST', '/audit-findings', { token: auditorToken, body })
    expect(early.status).toBe(403)
    expect(await early.text()).toContain('chưa bắt đầu')

    expect((await act('canbo.a@test.vn', audit.id, 'start')).status).toBe(403)
    expect((await act('admin@test.vn', audit.id, 'start')).status).toBe(403)
    // Not before anything was found.
    const started = await act('danhgia.a@test.vn', audit.id, 'start')
    expect(started.status, await started.clone().text()).toBe(200)
    expect((await act('danhgia.a@test.vn', audit.id, 'complete')).status).toBe(400)

    // A colleague of the town who is no auditor records nothing, by REST or the Local API.
    const stranger = await rest.request('POST', '/audit-findings', {
      token: await token('canbo.a@test.vn'),
      body,
    })
    expect(stranger.status).toBe(403)
    expect(await stranger.text()).toContain('Chỉ chuyên gia trong đoàn đánh giá')
    await expect(
      payload.create({
        collection: 'audit-findings',
        data: body as never,
        overrideAccess: false,
        ...as(fixtures.users.officerA),
      }),
    ).rejects.toThrow('Chỉ chuyên gia trong đoàn đánh giá')

    // Out of the audit's scope and locality; a clause that is none.
    const outside = await rest.request('POST', '/audit-findings', {
      token: auditorToken,
      body: { ...body, documents: [docB.id] },
    })
    expect(outside.status).toBe(400)
    expect(await outside.text()).toContain(
      'Tài liệu ngoài phạm vi và ngoài địa phương được đánh giá: QT-B-01',
    )
    await expectFieldError(
      payload.create({
        collection: 'audit-findings',
        data: { ...body, procedures: [fixtures.applied.appliedB.id] } as never,
        overrideAccess: false,
        ...as(auditor),
      }),
      'procedures',
      'Thủ tục ngoài phạm vi',
    )
    await expectFieldError(
      payload.create({
        collection: 'audit-findings',
        data: { ...body, clause: 'bảy' } as never,
        overrideAccess: false,
        ...as(auditor),
      }),
      'clause',
      'không đúng dạng điều khoản',
    )

    const recorded = await rest.request('POST', '/audit-findings', {
      token: auditorToken,
      body: { ...body, recordedBy: fixtures.users.officerA.id },
    })
    expect(recorded.status, await recorded.clone().text()).toBe(201)
    finding = (await json(recorded)).doc as AuditFinding
    expect(finding.recordedBy).toMatchObject({ id: auditor.id })
    expect(finding.recordedByName).toBe('Nguyễn Văn Đánh Giá')
    // Named where a nonconformity points at it, not by its clause alone.
    expect(finding.title).toBe('ĐGNB-2026-01 – Điểm không phù hợp (điều khoản 7.5.3)')
    expect(finding.locality).toMatchObject({ id: fixtures.localities.townA.id })
    // The nonconformity found opens its record among the nonconformities, reported by the auditor,
    // in the same write: the owner's correction, cause and actions follow from it.
    const opened = await payload.find({
      collection: 'nonconformities',
      where: { auditFinding: { equals: finding.id } },
      depth: 0,
    })
    expect(opened.docs).toHaveLength(1)
    expect(opened.docs[0]).toMatchObject({
      code: `KPH-${vietnamDay(new Date()).slice(0, 4)}-01`,
      state: 'open',
      source: 'internal-audit',
      locality: fixtures.localities.townA.id,
      reportedBy: auditor.id,
      documents: [docA.id],
      appliedProcedures: [fixtures.applied.appliedA.id],
    })
    expect(opened.docs[0]!.description).toContain('Bằng chứng: Sổ hồ sơ tháng 10.')
    expect(opened.docs[0]!.sourceReference).toContain('điều khoản 7.5.3')
    // Việc của tôi: the auditor's audit in progress; the town's officer, the nonconformity to act on.
    const auditorQueue = await workQueue(payload, { ...auditor, collection: 'users' })
    expect(
      auditorQueue.items.filter((i) => i.kind === 'audit').map((i) => [i.title, i.state]),
    ).toEqual([['ĐGNB-2026-01', 'Đang đánh giá: ghi nhận phát hiện']])
    const officerQueue = await workQueue(payload, {
      ...fixtures.users.officerA,
      collection: 'users',
    })
    expect(officerQueue.items.filter((i) => i.kind === 'nonconformity').map((i) => i.code)).toEqual(
      [opened.docs[0]!.code],
    )
    const otherQueue = await workQueue(payload, { ...fixtures.users.officerB, collection: 'users' })
    expect(otherQueue.items.filter((i) => i.kind === 'nonconformity')).toEqual([])
    await payload.create({
      collection: 'audit-findings',
      data: {
        audit: audit.id,
        type: 'conformity',
        clause: '9.1',
        description: 'Theo dõi kết quả giải quyết hồ sơ đầy đủ.',
      },
      overrideAccess: false,
      ...as(auditor),
    })
    // Town B reads none of it.
    const listB = await json(
      await rest.request('GET', '/audit-findings', { token: await token('canbo.b@test.vn') }),
    )
    expect(listB.docs).toHaveLength(0)

    const events = await payload.find({
      collection: 'audit-log',
      where: { event: { in: ['internal-audit-started', 'audit-finding-recorded'] } },
      sort: 'createdAt',
    })
    expect(events.docs.map((d) => [d.event, d.actorEmail])).toEqual([
      ['internal-audit-started', 'danhgia.a@test.vn'],
      ['audit-finding-recorded', 'danhgia.a@test.vn'],
      ['audit-finding-recorded', 'danhgia.a@test.vn'],
    ])
    expect(
      (await payload.findByID({ collection: 'internal-audits', id: audit.id })).actualDate,
    ).toBeTruthy()
  })

  it("keeps a completed audit's findings as a record: no change, no delete, by anyone", async () => {
    const { payload, rest, fixtures } = ctx()
    expect((await act('danhgia.a@test.vn', audit.id, 'complete')).status).toBe(200)
    const auditorToken = await token('danhgia.a@test.vn')
    const changed = await rest.request('PATCH', `/audit-findings/${finding.id}`, {
      token: auditorToken,
      body: { description: 'Sửa sau khi kết thúc' },
    })
    expect(changed.status).toBe(403)
    expect(await changed.text()).toContain('các phát hiện là hồ sơ')
    expect(
      (await rest.request('DELETE', `/audit-findings/${finding.id}`, { token: auditorToken }))
        .status,
    ).toBe(403)
    expect(
      (
        await rest.request('DELETE', `/audit-findings/${finding.id}`, {
          token: await token('admin@test.vn'),
        })
      ).status,
    ).toBe(403)
    await expect(
      payload.update({
        collection: 'audit-findings',
        id: finding.id,
        data: { type: 'observation' },
        overrideAccess: false,
        ...as(auditor),
      }),
    ).rejects.toThrow('các phát hiện là hồ sơ')
    await expect(
      payload.create({
        collection: 'audit-findings',
        data: { audit: audit.id, type: 'observation', clause: '8.5', description: 'Thêm sau' },
        overrideAccess: false,
        ...as(auditor),
      }),
    ).rejects.toThrow('các phát hiện là hồ sơ')
    // The audit itself is a record too, and is no longer deleted.
    const officer = await token('canbo.a@test.vn')
    expect(
      (
        await rest.request('PATCH', `/internal-audits/${audit.id}`, {
          token: officer,
          body: { conclusion: 'Sửa' },
        })
      ).status,
    ).toBe(403)
    expect(
      (await rest.request('DELETE', `/internal-audits/${audit.id}`, { token: officer })).status,
    ).toBe(403)
    // The audit's page lists its findings.
    const page = await json(
      await rest.request('GET', `/internal-audits/${audit.id}`, { token: officer }),
    )
    expect((page.findings as { docs: unknown[] }).docs).toHaveLength(2)
    const kept = await payload.findByID({ collection: 'audit-findings', id: finding.id })
    expect([kept.type, kept.description]).toEqual([
      'nonconformity',
      'Hồ sơ lưu không đúng thời hạn quy định.',
    ])
    const completed = await payload.find({
      collection: 'audit-log',
      where: { event: { equals: 'internal-audit-completed' } },
    })
    expect(completed.docs.map((d) => d.actorEmail)).toEqual(['danhgia.a@test.vn'])
    void fixtures
  })

  it('downloads the report as DOCX, a draft until it is issued', async () => {
    const { rest } = ctx()
    const officer = await token('canbo.a@test.vn')
    const draft = await rest.request('GET', `/internal-audits/${audit.id}/docx`, { token: officer })
    expect(draft.status).toBe(200)
    expect(draft.headers.get('Content-Disposition')).toContain(
      'Bao-cao-danh-gia-noi-bo_DGNB-2026-01-BAN-NHAP.docx',
    )
    const draftText = allText(readDocx(new Uint8Array(await draft.arrayBuffer())).body)
    expect(draftText).toContain('BẢN DỰ THẢO — BÁO CÁO CHƯA BAN HÀNH')

    expect((await act('danhgia.a@test.vn', audit.id, 'report')).status).toBe(200)
    const issued = await rest.request('GET', `/internal-audits/${audit.id}/docx`, {
      token: officer,
    })
    expect(issued.headers.get('Content-Disposition')).toContain(
      'filename="Bao-cao-danh-gia-noi-bo_DGNB-2026-01.docx"',
    )
    const text = allText(readDocx(new Uint8Array(await issued.arrayBuffer())).body)
    expect(text).not.toContain('BẢN DỰ THẢO')
    for (const expected of [
      'ỦY BAN NHÂN DÂN THỊ TRẤN A',
      'ĐGNB-2026-01',
      'Chương trình đánh giá nội bộ năm 2026',
      'Tư pháp – Hộ tịch',
      'QT-HT-01 – Quy trình QT-HT-01',
      'Nguyễn Văn Đánh Giá',
      'Điểm không phù hợp (1)',
      'Phù hợp (1)',
      'Hồ sơ lưu không đúng thời hạn quy định.',
      '7.5.3',
      'Trưởng đoàn đánh giá',
      // The applied procedure by its national code and name, in the scope and on its finding.
      '– 1.001193 – Đăng ký khai sinh',
      'QT-HT-01, 1.001193',
    ])
      expect(text).toContain(expected)
  })
  it("the quarter's management-review pack lists the audit, its findings, the nonconformity it opened and the review's own actions", async () => {
    const { rest, fixtures } = ctx()
    const today = vietnamDay(new Date())
    const year = Number(today.slice(0, 4))
    const officer = await token('canbo.a@test.vn')
    const created = await rest.request('POST', '/management-reviews', {
      token: officer,
      body: {
        locality: fixtures.localities.townA.id,
        periodKind: 'quarter',
        year,
        quarter: String(Math.ceil(Number(today.slice(5, 7)) / 3)),
      },
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const reviewID = ((await json(created)).doc as { id: string }).id
    // An action the review decides is a corrective action of the town: its locality follows the review.
    const decided = await rest.request('POST', '/corrective-actions', {
      token: officer,
      body: {
        managementReview: reviewID,
        action: 'Đưa Bộ phận Một cửa vào chương trình đánh giá năm sau',
        owner: fixtures.users.officerA.id,
        dueDate: '2026-01-15',
      },
    })
    expect(decided.status, await decided.clone().text()).toBe(201)
    const action = (await json(decided)).doc as { locality: { id: string } | string }
    expect(typeof action.locality === 'object' ? action.locality.id : action.locality).toBe(
      fixtures.localities.townA.id,
    )

    const pack = await rest.request('GET', `/management-reviews/${reviewID}/pack`, {
      token: officer,
    })
    expect(pack.status, await pack.clone().text()).toBe(200)
    const text = allText(readDocx(new Uint8Array(await pack.arrayBuffer())).body)
    for (const expected of [
      'ĐGNB-2026-01',
      'Nguyễn Văn Đánh Giá',
      `KPH-${year}-01`,
      'Đánh giá nội bộ',
      'Hồ sơ lưu không đúng thời hạn quy định.',
      'Đưa Bộ phận Một cửa vào chương trình đánh giá năm sau',
      'quá hạn',
    ])
      expect(text).toContain(expected)
  })
})
