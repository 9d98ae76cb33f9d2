/**
 * Read and understood (ISO 9001 7.2–7.3, 7.5): an issue in force gives each of its readers a task
 * only they confirm; a new issue supersedes the old tasks; reminders are idempotent; the register
 * counts who has and has not confirmed. cms/collections/ReadAcknowledgements.
 */
import { createLocalReq } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { expect, it } from 'vitest'

import { nightlyReading } from '../../cms/collections/ReadAcknowledgements/acknowledgements'
import { ReadRegister } from '../../cms/collections/ReadAcknowledgements/components/ReadRegister'
import { registerCounts } from '../../cms/collections/ReadAcknowledgements/rules'
import { formatDate, vietnamDay } from '../../cms/lib/dates'
import type { User } from '../../cms/payload-types'
import { complianceReport } from '../../cms/views/Compliance/checks'
import { complianceScope } from '../../cms/views/Compliance/scope'
import { workQueue } from '../../cms/views/WorkQueue/workQueue'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter } from '../helpers/payload'

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

describeEachAdapter('read and understood: tasks, confirmation, supersession, reminders', (ctx) => {
  let colleague: User
  let id: string

  const act = async (token: string, body: Record<string, unknown>, docID = id) => {
    const response = await ctx().rest.request('POST', `/quality-documents/${docID}/workflow`, {
      token,
      body,
    })
    expect(response.status, await response.clone().text()).toBe(200)
  }
  /** Submitted by town A's officer, approved and issued by the province's approver. */
  const issue = async (docID: string, changeSummary: string) => {
    const officer = await ctx().rest.login('canbo.a@test.vn', PASSWORD)
    const approver = await ctx().rest.login('pheduyet@test.vn', PASSWORD)
    await act(officer, { action: 'submit', changeReason: 'Thử nghiệm', changeSummary }, docID)
    await act(approver, { action: 'approve' }, docID)
    await act(approver, { action: 'publish' }, docID)
  }
  const tasksOf = async (docID = id) =>
    (
      await ctx().payload.find({
        collection: 'read-acknowledgements',
        where: { document: { equals: docID } },
        sort: 'createdAt',
        depth: 0,
        limit: 0,
      })
    ).docs
  const confirm = async (taskID: string, token?: string) =>
    ctx().rest.request('POST', `/read-acknowledgements/${taskID}/confirm`, { token })
  const systemReq = () => createLocalReq({}, ctx().payload)

  it("opens a task for each of the town's officers when an issue takes effect, in their work queue and bell", async () => {
    const { payload, fixtures } = ctx()
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
    id = String(doc.id)
    // Nothing to read before an issue.
    expect(await tasksOf()).toHaveLength(0)
    await issue(id, 'Ban hành lần đầu')
    const tasks = await tasksOf()
    expect(tasks.map((t) => [t.userName, t.state]).sort()).toEqual([
      ['Cán bộ A2', 'open'],
      ['canbo.a', 'open'],
    ])
    expect(tasks[0].title).toBe('QT-HT-01 – Quy trình đăng ký khai sinh, lần ban hành 01')
    // Officer B (another locality), the approver and the reviewer have nothing to read.
    const officerA = { ...fixtures.users.officerA, collection: 'users' as const }
    const queue = (await workQueue(payload, officerA)).items.filter((i) => i.kind === 'read')
    expect(queue.map((i) => i.title)).toEqual([tasks[0].title])
    const bell = await payload.find({
      collection: 'notifications',
      where: {
        and: [
          { recipient: { equals: fixtures.users.officerA.id } },
          { title: { equals: 'Đọc và xác nhận: QT-HT-01' } },
        ],
      },
    })
    expect(bell.totalDocs).toBe(1)
    const queueB = await workQueue(payload, { ...fixtures.users.officerB, collection: 'users' })
    expect(queueB.items.filter((i) => i.kind === 'read')).toHaveLength(0)
  })

  it('lets only the addressee confirm: not anonymous, another locality, a colleague or an administrator', async () => {
    const { payload, rest, fixtures } = ctx()
    const mine = (await tasksOf()).find((t) => t.user === fixtures.users.officerA.id)!
    expect((await confirm(mine.id)).status).toBe(401)
    const officerB = await rest.login('canbo.b@test.vn', PASSWORD)
    expect((await confirm(mine.id, officerB)).status).toBe(404)
    // Officer B does not even read town A's register.
    const listB = (await (
      await rest.request('GET', '/read-acknowledgements', { token: officerB })
    ).json()) as { docs: unknown[] }
    expect(listB.docs).toHaveLength(0)
    const colleagueToken = await rest.login('canbo.a2@test.vn', PASSWORD)
    const byColleague = await confirm(mine.id, colleagueToken)
    expect(byColleague.status).toBe(403)
    const admin = await rest.login('admin@test.vn', PASSWORD)
    expect((await confirm(mine.id, admin)).status).toBe(403)
    // Nor through the collection itself, by REST or the Local API.
    const patch = await rest.request('PATCH', `/read-acknowledgements/${mine.id}`, {
      token: await rest.login('canbo.a@test.vn', PASSWORD),
      body: { state: 'confirmed' },
    })
    expect(patch.status).toBe(403)
    await expect(
      payload.update({
        collection: 'read-acknowledgements',
        id: mine.id,
        data: { state: 'confirmed' },
        overrideAccess: false,
        user: { ...fixtures.users.officerA, collection: 'users' },
      }),
    ).rejects.toThrow()
    expect(
      (await payload.findByID({ collection: 'read-acknowledgements', id: mine.id })).state,
    ).toBe('open')

    const own = await confirm(mine.id, await rest.login('canbo.a@test.vn', PASSWORD))
    expect(own.status).toBe(200)
    const confirmed = await payload.findByID({ collection: 'read-acknowledgements', id: mine.id })
    expect(confirmed.state).toBe('confirmed')
    expect(confirmed.confirmedAt).toBeTruthy()
    expect((await confirm(mine.id, await rest.login('canbo.a@test.vn', PASSWORD))).status).toBe(409)
    const audit = await payload.find({
      collection: 'audit-log',
      where: { event: { equals: 'read-confirmed' } },
    })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0].actorEmail).toBe('canbo.a@test.vn')
    expect(audit.docs[0].summary).toContain('QT-HT-01')
    // The register: one of two confirmed; the colleague sees it too.
    expect(registerCounts(await tasksOf())).toEqual({ total: 2, confirmed: 1, open: 1 })
    const listColleague = (await (
      await rest.request('GET', '/read-acknowledgements', { token: colleagueToken })
    ).json()) as { docs: unknown[] }
    expect(listColleague.docs).toHaveLength(2)
  })

  it('shows the register on the document and counts it on the compliance overview', async () => {
    const { payload, fixtures } = ctx()
    const officerA = { ...fixtures.users.officerA, collection: 'users' as const }
    const req = await createLocalReq({ user: officerA }, payload)
    const element = await ReadRegister({ id, payload, req } as never)
    const html = renderToStaticMarkup(element!)
    expect(html).toContain('Lần ban hành 01: đã xác nhận 1/2 người, còn 1 người chưa xác nhận.')
    // Those still to confirm first; dates as dd/mm/yyyy.
    expect(html.indexOf('Cán bộ A2')).toBeLessThan(html.indexOf('canbo.a<'))
    expect(html).toContain(formatDate(vietnamDay(new Date())))
    expect(html).toContain('Đã đọc và hiểu')
    const report = async (user: User) =>
      (await complianceReport({ payload, scope: complianceScope(user)!, now: new Date() })).find(
        (r) => r.id === 'iso.read-unconfirmed',
      )!
    const forA = await report(fixtures.users.officerA)
    expect([forA.label, forA.count, forA.note]).toEqual([
      'Tài liệu chưa được xác nhận đã đọc',
      1,
      '1 người chưa xác nhận',
    ])
    expect((await report(fixtures.users.officerB)).count).toBe(0)
  })

  it('reminds after 7 days and once per interval, idempotently', async () => {
    const today = vietnamDay(new Date())
    const req = await systemReq()
    expect(await nightlyReading(req, addDays(today, 6))).toEqual({ started: 0, reminded: 0 })
    // Only the colleague has not confirmed.
    expect(await nightlyReading(req, addDays(today, 7))).toEqual({ started: 0, reminded: 1 })
    expect(await nightlyReading(req, addDays(today, 7))).toEqual({ started: 0, reminded: 0 })
    expect(await nightlyReading(req, addDays(today, 13))).toEqual({ started: 0, reminded: 0 })
    expect(await nightlyReading(req, addDays(today, 14))).toEqual({ started: 0, reminded: 1 })
    const reminders = await ctx().payload.count({
      collection: 'notifications',
      where: { and: [{ recipient: { equals: colleague.id } }, { title: { like: 'Nhắc đọc' } }] },
    })
    expect(reminders.totalDocs).toBe(2)
  })

  it('a new issue supersedes the open tasks of the old one (not as confirmed) and starts anew', async () => {
    const { payload } = ctx()
    // Edited by the officer: back to draft, for issue 02.
    const edit = await ctx().rest.request('PATCH', `/quality-documents/${id}`, {
      token: await ctx().rest.login('canbo.a@test.vn', PASSWORD),
      body: { ownerUnit: 'Công chức Tư pháp - Hộ tịch' },
    })
    expect(edit.status).toBe(200)
    await issue(id, 'Bổ sung bộ phận chủ trì')
    const tasks = await tasksOf()
    const issues = await payload.find({
      collection: 'quality-document-issues',
      where: { document: { equals: id } },
      sort: 'issueNumber',
    })
    const [first, second] = issues.docs
    const of = (issueID: string) =>
      tasks
        .filter((t) => t.issue === issueID)
        .map((t) => [t.userName, t.state])
        .sort()
    expect(of(first.id)).toEqual([
      ['Cán bộ A2', 'superseded'],
      ['canbo.a', 'confirmed'],
    ])
    expect(of(second.id)).toEqual([
      ['Cán bộ A2', 'open'],
      ['canbo.a', 'open'],
    ])
    expect(registerCounts(tasks.filter((t) => t.issue === second.id))).toEqual({
      total: 2,
      confirmed: 0,
      open: 2,
    })
    // A superseded task cannot be confirmed any more.
    const old = tasks.find((t) => t.issue === first.id && t.state === 'superseded')!
    expect(
      (await confirm(old.id, await ctx().rest.login('canbo.a2@test.vn', PASSWORD))).status,
    ).toBe(409)
  })

  it('an issue effective later starts on its effective date, by the nightly job, once; chosen readers only', async () => {
    const { payload, fixtures } = ctx()
    const today = vietnamDay(new Date())
    const later = addDays(today, 10)
    const doc = await payload.create({
      collection: 'quality-documents',
      data: {
        code: 'HD-HT-02',
        title: 'Hướng dẫn ghi sổ hộ tịch',
        docType: 'work-instruction',
        locality: fixtures.localities.townA.id,
        effectiveDate: `${later}T00:00:00.000Z`,
        // Only the named colleague; officer B would not count (another locality).
        readerUsers: [colleague.id, fixtures.users.officerB.id],
        readerRoles: [],
      },
      draft: true,
    })
    await issue(String(doc.id), 'Ban hành lần đầu')
    expect(await tasksOf(String(doc.id))).toHaveLength(0)
    const req = await systemReq()
    await nightlyReading(req, addDays(today, 9))
    expect(await tasksOf(String(doc.id))).toHaveLength(0)
    await nightlyReading(req, later)
    await nightlyReading(req, later)
    const tasks = await tasksOf(String(doc.id))
    expect(tasks.map((t) => [t.user, t.openedOn])).toEqual([[colleague.id, later]])

    // Withdrawn from use: nothing is left to read.
    const withdrawn = await ctx().rest.request('POST', `/quality-documents/${doc.id}/obsolete`, {
      token: await ctx().rest.login('pheduyet@test.vn', PASSWORD),
      body: { comment: 'Gộp vào quy trình hộ tịch' },
    })
    expect(withdrawn.status).toBe(200)
    const closed = await tasksOf(String(doc.id))
    expect(closed.map((t) => t.state)).toEqual(['superseded'])
    // Confirming it now says why it is not needed: withdrawn, not a new issue.
    const late = await confirm(
      String(closed[0]!.id),
      await ctx().rest.login('canbo.a2@test.vn', PASSWORD),
    )
    expect(late.status).toBe(409)
    expect(((await late.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
      'Tài liệu đã bị thu hồi, hết hiệu lực: không cần xác nhận nữa.',
    )
  })
  it('readers by unit: the people working in the chosen unit of the owning locality, and no one else', async () => {
    const { payload, fixtures } = ctx()
    const desk = await payload.create({
      collection: 'units',
      data: { name: 'Bộ phận Một cửa', locality: fixtures.localities.townA.id },
    })
    const deskB = await payload.create({
      collection: 'units',
      data: { name: 'Bộ phận Một cửa', locality: fixtures.localities.communeB.id },
    })
    // An approver of the town at the desk reads it by their unit; officer B's desk is another one.
    const deskPerson = await payload.create({
      collection: 'users',
      data: {
        email: 'motcua.a@test.vn',
        password: PASSWORD,
        name: 'Một cửa A',
        roles: ['approver'],
        localities: [fixtures.localities.townA.id],
        unit: desk.id,
      },
    })
    await payload.update({
      collection: 'users',
      id: fixtures.users.officerB.id,
      data: { unit: deskB.id },
    })
    const doc = await payload.create({
      collection: 'quality-documents',
      data: {
        code: 'HD-MC-01',
        title: 'Hướng dẫn tiếp nhận hồ sơ tại Bộ phận Một cửa',
        docType: 'work-instruction',
        locality: fixtures.localities.townA.id,
        readerUnits: [desk.id],
      },
      draft: true,
    })
    await issue(String(doc.id), 'Ban hành lần đầu')
    // Not the town's officers by default either: a unit was chosen.
    expect((await tasksOf(String(doc.id))).map((t) => t.user)).toEqual([deskPerson.id])
  })
})
