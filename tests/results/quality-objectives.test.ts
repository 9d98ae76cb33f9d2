/**
 * Mục tiêu chất lượng (ISO 9001 6.2) in the CMS: judged from the locality's saved and approved
 * results and from the compliance checks, a run of two misses opens one review task (through the
 * workflow's publish of a report, and never twice for the same run), the dashboard shows each
 * objective of the reader's localities, and another locality's officer can neither read a draft
 * objective nor write one, through the Local API or REST.
 */
import { createLocalReq, Forbidden } from 'payload'
import type React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { expect, it } from 'vitest'

import { monthsEnding } from '../../content-schemas/serviceResults'
import { outcomesOf } from '../../cms/collections/QualityObjectives/figures'
import { lastEndedPeriod } from '../../cms/collections/QualityObjectives/objectives'
import { recordComplianceReadings } from '../../cms/collections/QualityObjectives/readings'
import {
  reviewMissedObjectives,
  reviewObjectivesAfterTransition,
} from '../../cms/collections/QualityObjectives/reviewOnMiss'
import { vietnamDay } from '../../cms/lib/dates'
import type { QualityObjective, User } from '../../cms/payload-types'
import { QualityObjectives } from '../../cms/views/QualityObjectives/QualityObjectives'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter } from '../helpers/payload'

/** A month at a commune desk: `late` of 100 dossiers late. */
const counts = (late: number, over: Record<string, number | null> = {}) => ({
  carriedOver: 0,
  receivedOnline: 30,
  receivedDirect: 70,
  receivedPostal: 0,
  resolvedEarly: 40,
  resolvedOnTime: 60 - late,
  resolvedLate: late,
  pendingWithinTime: 0,
  pendingOverdue: 0,
  withdrawn: 0,
  ...over,
})

const today = vietnamDay(new Date())
/** The last six months ended, oldest first: [M-6 … M-1]. */
const months = monthsEnding(lastEndedPeriod('month', today), 6)
/** A day inside month `key` (yyyy-mm), to judge "as of" then. */
const dayIn = (key: string) => `${key}-15`

describeEachAdapter('quality objectives: evaluation, review on two misses, access', (ctx) => {
  const user = (key: 'officerA' | 'officerB' | 'legal' | 'admin') =>
    ({ ...ctx().fixtures.users[key], collection: 'users' }) as User & { collection: 'users' }
  const as = (u: (User & { collection: 'users' }) | undefined) => ({
    collection: 'quality-objectives' as const,
    overrideAccess: false,
    user: u,
  })
  const objective = (over: Partial<QualityObjective> = {}) => ({
    title: '≥ 98 % hồ sơ giải quyết đúng hạn',
    locality: ctx().fixtures.localities.townA.id,
    measure: 'on-time-rate' as const,
    comparator: 'at-least' as const,
    target: 98,
    periodKind: 'month' as const,
    effectiveFrom: '2020-01-01T00:00:00.000Z',
    ...over,
  })
  /** Approved directly, as the seed and trusted server code write. */
  const approvedObjective = (over: Partial<QualityObjective> = {}) =>
    ctx().payload.create({
      collection: 'quality-objectives',
      data: { ...objective(over), _status: 'published' },
    })
  const approvedReport = (locality: string, month: string, row: ReturnType<typeof counts>) =>
    ctx().payload.create({
      collection: 'service-results',
      data: {
        locality,
        periodKind: 'month',
        year: Number(month.slice(0, 4)),
        periodIndex: Number(month.slice(5)),
        rows: [{ procedure: ctx().fixtures.procedures.birth.id, ...row }],
        _status: 'published',
      },
    })
  const tasksOf = async (id: string) =>
    (
      await ctx().payload.find({
        collection: 'review-tasks',
        where: {
          and: [
            { 'document.relationTo': { equals: 'quality-objectives' } },
            { 'document.value': { equals: id } },
          ],
        },
        sort: 'createdAt',
        depth: 0,
      })
    ).docs
  const systemReq = async () => createLocalReq({}, ctx().payload)
  const clean = async () => {
    const { payload } = ctx()
    for (const collection of [
      'review-tasks',
      'quality-objectives',
      'service-results',
      'compliance-readings',
    ] as const)
      await payload.delete({ collection, where: { id: { exists: true } } })
  }

  it('judges each month from the saved, approved reports: met, missed, unknown, no dossiers', async () => {
    const { payload, fixtures } = ctx()
    const townA = fixtures.localities.townA.id
    await approvedReport(townA, months[1]!, counts(1)) // 99 %
    await approvedReport(townA, months[2]!, counts(3)) // 97 %
    await approvedReport(townA, months[3]!, counts(1, { resolvedLate: null }))
    await approvedReport(townA, months[4]!, {
      ...counts(0),
      receivedOnline: 0,
      receivedDirect: 0,
      resolvedEarly: 0,
      resolvedOnTime: 0,
    })
    // A draft report is not approved yet: its month stays unknown.
    await payload.create({
      collection: 'service-results',
      data: {
        locality: townA,
        periodKind: 'month',
        year: Number(months[5]!.slice(0, 4)),
        periodIndex: Number(months[5]!.slice(5)),
        rows: [{ procedure: fixtures.procedures.birth.id, ...counts(20) }],
      },
      draft: true,
    })
    const onTime = await approvedObjective()
    const outcomes = await outcomesOf(payload, onTime as QualityObjective, today)
    expect(outcomes).toHaveLength(12)
    const byMonth = new Map(outcomes.map((o) => [o.period, o.outcome]))
    expect(byMonth.get(months[0]!)?.kind).toBe('unknown')
    expect(byMonth.get(months[1]!)).toMatchObject({ kind: 'met', rate: { numerator: 99 } })
    expect(byMonth.get(months[2]!)).toMatchObject({ kind: 'missed', rate: { numerator: 97 } })
    expect(byMonth.get(months[3]!)?.kind).toBe('unknown')
    expect(byMonth.get(months[4]!)?.kind).toBe('empty')
    expect(byMonth.get(months[5]!)?.kind).toBe('unknown')
    // A quarterly online-share objective reads the same reports, unknown while a month is missing.
    const online = await approvedObjective({
      measure: 'online-share',
      target: 25,
      periodKind: 'quarter',
    })
    const quarters = await outcomesOf(payload, online as QualityObjective, today)
    expect(quarters.every((q) => q.outcome.kind !== 'missed')).toBe(true)
    await clean()
  })

  it('opens one review task when an approved report makes two misses in a row, through the workflow', async () => {
    const { payload, fixtures, rest } = ctx()
    const townA = fixtures.localities.townA.id
    const onTime = await approvedObjective()
    await approvedReport(townA, months[3]!, counts(1))
    await approvedReport(townA, months[4]!, counts(3))
    // Missed once: nothing to review yet.
    expect(await reviewMissedObjectives(await systemReq(), townA)).toEqual([])
    // The town's officer reports the last month, late again; it is reviewed and published.
    const last = months[5]!
    const draft = await payload.create({
      collection: 'service-results',
      overrideAccess: false,
      user: user('officerA'),
      data: {
        locality: townA,
        periodKind: 'month',
        year: Number(last.slice(0, 4)),
        periodIndex: Number(last.slice(5)),
        rows: [{ procedure: fixtures.procedures.birth.id, ...counts(4) }],
      },
    })
    const act = async (email: string, action: string) => {
      const response = await rest.request('POST', `/service-results/${draft.id}/workflow`, {
        token: await rest.login(email, PASSWORD),
        body: { action, ...(action === 'submit' ? { changeReason: 'Báo cáo tháng' } : {}) },
      })
      expect(response.status).toBe(200)
      return ((await response.json()) as { message: string }).message
    }
    await act('canbo.a@test.vn', 'submit')
    await act('pheduyet@test.vn', 'approve')
    // Approved is not yet published: no task.
    expect(await tasksOf(onTime.id)).toHaveLength(0)
    const message = await act('xuatban@test.vn', 'publish')
    expect(message).toContain('Đã mở việc rà soát cho mục tiêu không đạt hai kỳ liên tiếp')
    const [task, ...more] = await tasksOf(onTime.id)
    expect(more).toHaveLength(0)
    expect(task).toMatchObject({
      reason: 'objective-missed',
      state: 'due',
      locality: townA,
      localityName: 'Thị trấn A',
      objectiveRun: months[4],
    })
    expect(task!.note).toContain('không đạt chỉ tiêu ≥ 98 % 2 kỳ liên tiếp')
    expect(task!.note).toContain('(97 %)')
    expect(task!.note).toContain('(96 %)')
    // Judged again (another report approved, the nightly run): still one task.
    expect(await reviewMissedObjectives(await systemReq(), townA)).toEqual([])
    expect(await tasksOf(onTime.id)).toHaveLength(1)

    // Another locality's officer cannot resolve it; the town's officer can, with a note.
    await expect(
      payload.update({
        collection: 'review-tasks',
        id: task!.id,
        data: { state: 'done', note: 'không phải việc của xã B' },
        overrideAccess: false,
        user: user('officerB'),
      }),
    ).rejects.toMatchObject({ status: expect.any(Number) })
    const resolved = await payload.update({
      collection: 'review-tasks',
      id: task!.id,
      data: { state: 'done', note: 'Bổ sung công chức tiếp nhận buổi chiều.' },
      overrideAccess: false,
      user: user('officerA'),
    })
    expect(resolved.state).toBe('done')
    // The same run of misses goes on: resolved is resolved, no second task for it.
    expect(await reviewMissedObjectives(await systemReq(), townA)).toEqual([])
    expect(await tasksOf(onTime.id)).toHaveLength(1)
    await clean()
  })

  it('judges the localities of the reports an import change set publishes', async () => {
    const { payload, fixtures } = ctx()
    const communeB = fixtures.localities.communeB.id
    const onTime = await approvedObjective({ locality: communeB })
    await approvedReport(communeB, months[4]!, counts(3))
    const last = await approvedReport(communeB, months[5]!, counts(3))
    // The set's plan names its reports (the import of results writes them as items).
    const set = await payload.create({
      collection: 'change-sets',
      data: {
        title: 'Kết quả tháng của xã B',
        state: 'published',
        author: fixtures.users.admin.id,
        plan: [{ collection: 'service-results', key: 'x', title: 'x', id: last.id, status: 'new' }],
      },
    })
    const req = await systemReq()
    const outcome = await reviewObjectivesAfterTransition({
      req,
      collection: payload.collections['change-sets'].config,
      id: set.id,
      action: 'publish',
    } as never)
    expect(outcome).toMatchObject({ message: expect.stringContaining('≥ 98 %') })
    expect((await tasksOf(onTime.id)).map((t) => t.localityName)).toEqual(['Xã B'])
    await payload.delete({ collection: 'change-sets', id: set.id })
    await clean()
  })

  it('opens a new task for a new run after a met period, judged as of each month', async () => {
    const { fixtures } = ctx()
    const townA = fixtures.localities.townA.id
    const onTime = await approvedObjective()
    const [m6, m5, m4, m3, m2, m1] = months as [string, string, string, string, string, string]
    await approvedReport(townA, m6, counts(1))
    await approvedReport(townA, m5, counts(3))
    await approvedReport(townA, m4, counts(3))
    await approvedReport(townA, m3, counts(0))
    await approvedReport(townA, m2, counts(5))
    await approvedReport(townA, m1, counts(5))
    // As of the month after m4: m5 and m4 missed.
    expect(await reviewMissedObjectives(await systemReq(), townA, dayIn(m3))).toHaveLength(1)
    expect(await reviewMissedObjectives(await systemReq(), townA, dayIn(m3))).toHaveLength(0)
    // While that task is open, a later run opens nothing more.
    expect(await reviewMissedObjectives(await systemReq(), townA, today)).toHaveLength(0)
    const [first] = await tasksOf(onTime.id)
    expect(first!.objectiveRun).toBe(m5)
    await ctx().payload.update({
      collection: 'review-tasks',
      id: first!.id,
      data: { state: 'done', note: 'Đã khắc phục.' },
      overrideAccess: false,
      user: user('officerA'),
    })
    // m3 was met; m2 and m1 are a new run.
    expect(await reviewMissedObjectives(await systemReq(), townA, today)).toHaveLength(1)
    const tasks = await tasksOf(onTime.id)
    expect(tasks.map((t) => [t.objectiveRun, t.state])).toEqual([
      [m5, 'done'],
      [m2, 'due'],
    ])
    // An objective no longer in effect is not judged, though its last months were missed.
    const ended = await approvedObjective({
      title: 'Mục tiêu đã hết hiệu lực',
      effectiveTo: `${m1}-15T00:00:00.000Z`,
    })
    expect(await reviewMissedObjectives(await systemReq(), townA, today)).toHaveLength(0)
    expect(await tasksOf(ended.id)).toHaveLength(0)
    // A draft objective (not approved) is not judged at all.
    await ctx().payload.create({ collection: 'quality-objectives', data: objective(), draft: true })
    expect(await reviewMissedObjectives(await systemReq(), townA, today)).toHaveLength(0)
    await clean()
  })

  it('measures posting compliance with the overview’s own filters, for the current month', async () => {
    const { payload, fixtures } = ctx()
    const compliant = await approvedObjective({
      title: '100 % thủ tục niêm yết đúng quy định',
      measure: 'compliant-share',
      target: 100,
    })
    const latest = async () =>
      (await outcomesOf(payload, compliant as QualityObjective, today)).at(-1)
    // Town A applies one procedure, its master in force, with nothing awaiting review.
    expect(await latest()).toMatchObject({
      period: today.slice(0, 7),
      outcome: { kind: 'met', rate: { numerator: 1, denominator: 1 } },
    })
    // An amended master leaves the copy's details to review: no longer compliant.
    await payload.create({
      collection: 'review-tasks',
      data: {
        title: 'Đăng ký khai sinh',
        document: { relationTo: 'applied-procedures', value: fixtures.applied.appliedA.id },
        locality: fixtures.localities.townA.id,
        reason: 'master-change',
        state: 'due',
      },
    })
    expect(await latest()).toMatchObject({
      outcome: { kind: 'missed', rate: { numerator: 0, denominator: 1 } },
    })
    // Earlier months were not read: unknown, not met.
    const outcomes = await outcomesOf(payload, compliant as QualityObjective, today)
    expect(outcomes.slice(0, -1).every((o) => o.outcome.kind === 'unknown')).toBe(true)

    // The nightly reading keeps the month's standing; with last month's missed too, it is the
    // second miss in a row, and the review task opens (once).
    const previous = monthsEnding(today.slice(0, 7), 2)[0]!
    await payload.create({
      collection: 'compliance-readings',
      data: { locality: fixtures.localities.townA.id, period: previous, applied: 1, compliant: 0 },
    })
    expect(await recordComplianceReadings(await systemReq(), today)).toEqual({
      recorded: 1,
      opened: 1,
    })
    expect(await recordComplianceReadings(await systemReq(), today)).toEqual({
      recorded: 1,
      opened: 0,
    })
    const readings = await payload.find({ collection: 'compliance-readings', sort: 'period' })
    expect(readings.docs.map((r) => [r.period, r.compliant, r.applied])).toEqual([
      [previous, 0, 1],
      [today.slice(0, 7), 0, 1],
    ])
    const [task] = await tasksOf(compliant.id)
    expect(task).toMatchObject({ reason: 'objective-missed', objectiveRun: previous })
    // Readings are the town's ISO records: not another locality's officer's, and no one writes them.
    const seenByB = await payload.find({
      collection: 'compliance-readings',
      overrideAccess: false,
      user: user('officerB'),
    })
    expect(seenByB.totalDocs).toBe(0)
    const seenByA = await payload.find({
      collection: 'compliance-readings',
      overrideAccess: false,
      user: user('officerA'),
    })
    expect(seenByA.totalDocs).toBe(2)
    await expect(
      payload.create({
        collection: 'compliance-readings',
        data: {
          locality: fixtures.localities.townA.id,
          period: previous,
          applied: 1,
          compliant: 1,
        },
        overrideAccess: false,
        user: user('officerA'),
      }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(
      payload.update({
        collection: 'compliance-readings',
        id: readings.docs[0]!.id,
        data: { compliant: 1 },
        overrideAccess: false,
        user: user('officerA'),
      }),
    ).rejects.toBeInstanceOf(Forbidden)
    // Commune B applies nothing published: nothing to measure, not a pass.
    const communeB = await approvedObjective({
      measure: 'compliant-share',
      target: 100,
      locality: fixtures.localities.communeB.id,
    })
    expect(
      (await outcomesOf(payload, communeB as QualityObjective, today)).at(-1)?.outcome,
    ).toEqual({ kind: 'empty' })
    await clean()
  })

  it('shows each objective of the reader’s localities on the dashboard, with its trend in words', async () => {
    const { payload, fixtures } = ctx()
    await approvedReport(fixtures.localities.townA.id, months[5]!, counts(1))
    await approvedObjective()
    await approvedObjective({
      locality: fixtures.localities.communeB.id,
      title: 'Mục tiêu của xã B',
    })
    const render = async (key: 'officerA' | 'legal') =>
      renderToStaticMarkup(
        (await QualityObjectives({ payload, user: user(key) } as never)) as React.ReactElement,
      )
    const town = await render('officerA')
    expect(town).toContain('Mục tiêu chất lượng')
    expect(town).toContain('≥ 98 % hồ sơ giải quyết đúng hạn')
    expect(town).not.toContain('Mục tiêu của xã B')
    expect(town).toContain('Đạt (99 %)')
    expect(town).toMatch(/role="img"/)
    expect(town).toContain('Chỉ tiêu ≥ 98 %.')
    const province = await render('legal')
    expect(province).toContain('Mục tiêu của xã B')
    await clean()
  })

  it('lets no other locality’s officer read a draft objective or write one (Local API and REST)', async () => {
    const { payload, rest, fixtures } = ctx()
    // B cannot create one for town A, nor can an anonymous caller.
    await expect(
      payload.create({ ...as(user('officerB')), data: objective() }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.create({ ...as(undefined), data: objective() })).rejects.toBeInstanceOf(
      Forbidden,
    )
    const draft = await payload.create({ ...as(user('officerA')), data: objective() })
    expect(draft._status).toBe('draft')
    // Not readable by B or anonymously, as a draft or through the list.
    const seenByB = await payload.find({ ...as(user('officerB')), draft: true })
    expect(seenByB.docs.map((d) => d.id)).not.toContain(draft.id)
    const seenAnonymously = await payload.find({ ...as(undefined), draft: true })
    expect(seenAnonymously.docs.map((d) => d.id)).not.toContain(draft.id)
    // Nor written: an update, a move to B's own locality, a delete.
    await expect(
      payload.update({ ...as(user('officerB')), id: draft.id, data: { target: 50 } }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(
      payload.update({
        ...as(user('officerA')),
        id: draft.id,
        data: { locality: fixtures.localities.communeB.id },
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ ...as(user('officerB')), id: draft.id })).rejects.toBeInstanceOf(
      Forbidden,
    )
    // The same through REST.
    const tokenB = await rest.login('canbo.b@test.vn', PASSWORD)
    const get = await rest.request('GET', `/quality-objectives/${draft.id}?draft=true`, {
      token: tokenB,
    })
    expect([403, 404]).toContain(get.status)
    const patch = await rest.request('PATCH', `/quality-objectives/${draft.id}`, {
      token: tokenB,
      body: { target: 10 },
    })
    expect([403, 404]).toContain(patch.status)
    const post = await rest.request('POST', '/quality-objectives', {
      token: tokenB,
      body: objective(),
    })
    expect(post.status).toBe(403)
    const anonymous = await rest.request('GET', `/quality-objectives/${draft.id}?draft=true`)
    expect([403, 404]).toContain(anonymous.status)
    // Only review publishes it, and a target outside 0–100 is refused at the field.
    await expect(
      payload.update({ ...as(user('officerA')), id: draft.id, data: { _status: 'published' } }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({ ...as(user('officerA')), id: draft.id, data: { target: 120 } }),
    ).rejects.toMatchObject({ status: 400 })
    const unchanged = await payload.findByID({
      collection: 'quality-objectives',
      id: draft.id,
      draft: true,
    })
    expect(unchanged.target).toBe(98)
    await clean()
  })
})
