/**
 * Issue 13, items 1 and 2, on the demo catalogue and the real Payload (SQLite and PostgreSQL): the
 * province legal officer imports an amended national record of a procedure that Thị trấn Điện Biên
 * Đông applies with a committed time (1.004222, 1 ngày làm việc), whose new legal time (4 giờ) is
 * shorter than the town's. The dry run shows the changes per part and the part the new
 * record leaves out; the set is written as a new draft version (the published master untouched)
 * and moves through review; once published, the town's copy gets a review task that only the
 * town's officers read and resolve, the snapshot withholds the committed time until they do, and
 * the master's history records what changed by which source. A decision abolishing a procedure
 * the town applies tells the town.
 */
import { expect, it } from 'vitest'

import { exportSnapshot } from '../../cms/publication/exportSnapshot'
import { writePortalJson } from '../../cms/export/portalJson'
import { formatChange } from '../../cms/import/changeSet/diff'
import { NEW_SOURCE_SILENT } from '../../cms/import/changeSet/sync'
import type { PlanItem } from '../../cms/import/changeSet/types'
import { importedFromStored, loadNaturalKeys } from '../../cms/import/stored'
import { localityIDs } from '../../cms/access/roles'
import type { ChangeSet, Procedure, ReviewTask, User } from '../../cms/payload-types'
import { complianceReport } from '../../cms/views/Compliance/checks'
import { complianceScope } from '../../cms/views/Compliance/scope'
import { workQueue } from '../../cms/views/WorkQueue/workQueue'
import { DEMO_PASSWORD } from '../../scripts/seed/demoUsers'
import { expectFieldError } from '../helpers/errors'
import { describeEachAdapter } from '../helpers/payload'

const EMAILS = {
  legal: 'phapche@demo.gov.vn',
  townOfficer: 'canbo.dienbiendong@demo.gov.vn',
  approver: 'pheduyet@demo.gov.vn',
  publisher: 'xuatban@demo.gov.vn',
  otherOfficer: 'canbo.nason@test.vn',
} as const
type Who = keyof typeof EMAILS

/** Đăng ký thường trú: 7 ngày làm việc by law; the town commits 1 ngày làm việc. */
const AMENDED = '1.004222'
/** Applied by the town with a commitment too; its record is the same. */
const UNCHANGED = '1.004194'
/** Applied by the town, not by Xã Na Son. */
const ABOLISHED = '1.000954'

describeEachAdapter(
  'sync with the national record; locality copies follow their master',
  (ctx) => {
    const users = {} as Record<Who, User>
    const tokens = {} as Record<Who, string>
    let townID = ''
    let masterID = ''
    let copyID = ''
    let setID = ''
    let taskID = ''
    let processID = ''

    const as = (who: Who) => ({ user: users[who], overrideAccess: false }) as const
    const post = async (who: Who, path: `/${string}`, body?: object | FormData) => {
      const response = await ctx().rest.request('POST', path, { token: tokens[who], body })
      const json = (await response.json()) as { doc?: ChangeSet; errors?: { message: string }[] }
      return { status: response.status, json }
    }
    /** The compliance overview's line for copies awaiting review after their master changed. */
    const awaitingReview = async (user: User) => complianceLine(user, 'applied.master-changed')
    /** A line of the compliance overview as `user` reads it. */
    const complianceLine = async (user: User, id: string) =>
      (
        await complianceReport({
          payload: ctx().payload,
          scope: complianceScope(user)!,
          now: new Date(),
        })
      ).find((line) => line.id === id)!.count
    const townCopy = async (procedure: string) =>
      (
        await ctx().payload.find({
          collection: 'applied-procedures',
          where: { and: [{ locality: { equals: townID } }, { procedure: { equals: procedure } }] },
          depth: 0,
        })
      ).docs[0]!
    const townApplication = async (code: string) => {
      const { snapshot } = await exportSnapshot(ctx().payload)
      const town = snapshot.localCatalogues.find((c) => c.localityId === townID)
      return town?.applications.find((a) => a.procedureCode === code)
    }

    it('starts: the demo accounts, a second commune’s officer, the town’s copy of 1.004222', async () => {
      const { payload, rest } = ctx()
      const naSon = (
        await payload.find({
          collection: 'localities',
          where: { name: { equals: 'Xã Na Son' } },
          depth: 0,
          overrideAccess: true,
        })
      ).docs[0]!
      await payload.create({
        collection: 'users',
        data: {
          email: EMAILS.otherOfficer,
          password: DEMO_PASSWORD,
          name: 'Cán bộ xã Na Son',
          roles: ['locality-officer'],
          localities: [naSon.id],
        } as never,
        overrideAccess: true,
      })
      for (const [who, email] of Object.entries(EMAILS) as [Who, string][]) {
        users[who] = (
          await payload.find({
            collection: 'users',
            where: { email: { equals: email } },
            depth: 0,
            overrideAccess: true,
          })
        ).docs[0]!
        tokens[who] = await rest.login(email, DEMO_PASSWORD)
      }
      townID = localityIDs(users.townOfficer)[0]!
      masterID = String(
        (
          await payload.find({
            collection: 'procedures',
            where: { code: { equals: AMENDED } },
            depth: 0,
          })
        ).docs[0]!.id,
      )
      const copy = (
        await payload.find({
          collection: 'applied-procedures',
          where: { and: [{ locality: { equals: townID } }, { procedure: { equals: masterID } }] },
          depth: 0,
        })
      ).docs[0]!
      copyID = String(copy.id)
      expect(copy.committedTime).toMatchObject({ value: 1, unit: 'working-day' })

      // The town's internal process for it: 6 working hours, inside its commitment of 1 working day.
      const process = await payload.create({
        collection: 'quality-documents',
        data: {
          code: 'QT-TT-42',
          docType: 'procedure',
          title: 'Quy trình đăng ký thường trú',
          locality: townID,
          appliedProcedure: copyID,
          steps: [
            {
              task: 'Tiếp nhận, kiểm tra hồ sơ',
              responsible: 'Bộ phận một cửa',
              timeValue: 2,
              timeUnit: 'hour',
            },
            {
              task: 'Thẩm định, trình ký',
              responsible: 'Công an thị trấn',
              timeValue: 4,
              timeUnit: 'hour',
            },
          ],
        } as never,
        overrideAccess: true,
      })
      processID = String(process.id)
      expect(process.overTimeLimit).toBe(false)
      // The state the workflow gives an issued document, set directly: its review is tested elsewhere.
      await payload.db.updateOne({
        collection: 'quality-documents',
        id: processID,
        data: { documentStatus: 'effective' },
      })
      expect(await complianceLine(users.townOfficer, 'iso.process-over-time')).toBe(0)
      expect(await townApplication(AMENDED)).toMatchObject({
        committedTime: { value: 1, unit: 'working-day' },
      })
    })

    it('dry run: the changed parts old → new, the unstated part kept, the unchanged procedure unchanged', async () => {
      const { payload } = ctx()
      const keys = await loadNaturalKeys(payload)
      const stored = async (code: string) =>
        importedFromStored(
          (
            await payload.find({
              collection: 'procedures',
              where: { code: { equals: code } },
              depth: 0,
            })
          ).docs[0] as Procedure,
          keys,
        )
      const amended = await stored(AMENDED)
      amended.methods = amended.methods.map((m) =>
        m.channel === 'direct'
          ? { ...m, processingTime: 4, processingTimeUnit: 'hour' as const }
          : // The newer record gives no fee for the online channel ("Không có thông tin").
            { ...m, fees: [], feesGap: { kind: 'unknown', source: 'x' } },
      )
      const file = writePortalJson([amended, await stored(UNCHANGED)])
      const form = new FormData()
      form.append('file', new Blob([file]), 'csdl-quoc-gia-2026-12.json')
      form.append(
        '_payload',
        JSON.stringify({ changeReason: 'Đồng bộ CSDL quốc gia tháng 12/2026' }),
      )
      const { status, json } = await post('legal', '/change-sets/plan', form)
      expect(status, JSON.stringify(json.errors)).toBe(201)
      const set = json.doc!
      setID = set.id
      const items = set.plan as unknown as PlanItem[]
      const item = (code: string) =>
        items.find((i) => i.collection === 'procedures' && i.key === code)!
      expect(item(AMENDED).status).toBe('changed')
      const lines = item(AMENDED).changes.map(formatChange)
      console.log(
        JSON.stringify(
          items.filter((i) => i.status === 'changed'),
          null,
          1,
        ),
      )
      expect(lines).toContain('Thời hạn (Trực tiếp): 7 ngày làm việc → 4 giờ làm việc')
      expect(lines).toContain(
        `Phí, lệ phí (Trực tuyến): ${item(AMENDED).changes.find((c) => c.path === 'methods.online.fees')!.before} → ${NEW_SOURCE_SILENT}`,
      )
      expect(item(AMENDED).changes.find((c) => c.path === 'methods.online.fees')).toMatchObject({
        kept: true,
      })
      expect(item(AMENDED).changes.find((c) => c.path === 'methods.online.fees')!.before).toMatch(
        /10\.000 đồng/,
      )
      expect(item(UNCHANGED)).toMatchObject({ status: 'unchanged', changes: [] })
      expect(set.counts).toMatchObject({ changed: 1, unchanged: 1, errors: 0 })

      // The officer may take the new record's silence instead: the part becomes unknown.
      const again = new FormData()
      again.append('file', new Blob([file]), 'csdl-quoc-gia-2026-12.json')
      again.append('_payload', JSON.stringify({ takeUnstated: [`${AMENDED}:methods.online.fees`] }))
      const taken = await post('legal', '/change-sets/plan', again)
      expect(taken.status).toBe(201)
      const fees = (taken.json.doc!.plan as unknown as PlanItem[])
        .find((i) => i.collection === 'procedures' && i.key === AMENDED)!
        .changes.find((c) => c.path === 'methods.online.fees')!
      expect(fees.kept).toBeUndefined()
      expect(fees.after).toBe('Chưa có thông tin')
      const { status: deleted } = await ctx().rest.request(
        'DELETE',
        `/change-sets/${taken.json.doc!.id}`,
        { token: tokens.legal },
      )
      expect(deleted).toBe(200)
    })

    it('write: a new draft version; the published master is not overwritten outside review', async () => {
      const { payload } = ctx()
      const write = await post('legal', `/change-sets/${setID}/write`)
      expect(write.status, JSON.stringify(write.json.errors)).toBe(200)
      const published = await payload.findByID({ collection: 'procedures', id: masterID, depth: 0 })
      expect(published.methods?.find((m) => m.channel === 'direct')?.processingTime).toBe(7)
      const draft = await payload.findByID({
        collection: 'procedures',
        id: masterID,
        depth: 0,
        draft: true,
      })
      expect(draft.methods?.find((m) => m.channel === 'direct')?.processingTime).toBe(4)
      // The online fee the new record left out is the catalogue's still.
      expect(draft.methods?.find((m) => m.channel === 'online')?.fees?.[0]?.amount).toBe(10000)
      expect(await townApplication(AMENDED)).toMatchObject({
        committedTime: { value: 1, unit: 'working-day' },
      })
    })

    it('review and publish: the town’s copy gets a task with the master’s diff; only the town’s officers read it', async () => {
      const { payload } = ctx()
      for (const [who, action] of [
        ['legal', 'submit'],
        ['approver', 'approve'],
        ['publisher', 'publish'],
      ] as const) {
        const { status, json } = await post(who, `/change-sets/${setID}/workflow`, { action })
        expect(status, JSON.stringify(json.errors)).toBe(200)
      }
      const master = await payload.findByID({ collection: 'procedures', id: masterID, depth: 0 })
      expect(master.methods?.find((m) => m.channel === 'direct')?.processingTime).toBe(4)

      const { docs } = await payload.find({
        collection: 'review-tasks',
        where: { reason: { equals: 'master-change' } },
        depth: 0,
        ...as('townOfficer'),
      })
      expect(docs).toHaveLength(1)
      const task = docs[0] as ReviewTask
      taskID = task.id
      expect(task.document).toMatchObject({ relationTo: 'applied-procedures', value: copyID })
      expect(task.state).toBe('due')
      const conflicts = task.conflicts as { field: string; reason: string }[]
      expect(conflicts.map((c) => c.field)).toEqual(['committedTime', 'localNotes'])
      expect(conflicts[0]!.reason).toContain(
        'Thời hạn cam kết 1 ngày làm việc không còn ngắn hơn thời hạn theo quy định mới (Trực tiếp: 4 giờ làm việc)',
      )
      const changes = (task.masterChanges as Parameters<typeof formatChange>[0][]).map(formatChange)
      expect(changes).toEqual(['Thời hạn (Trực tiếp): 7 ngày làm việc → 4 giờ làm việc'])
      // The unchanged procedure the town also applies (1.004194) gets no task: only copies of the
      // amended master have one (another commune applying it with its own details may have one too).
      const all = await payload.find({
        collection: 'review-tasks',
        where: { reason: { equals: 'master-change' } },
        depth: 0,
        overrideAccess: true,
      })
      for (const other of all.docs)
        expect(other.title.startsWith(`${AMENDED} – `), other.title).toBe(true)

      // Another commune's officer neither lists nor reads it.
      const other = await payload.find({
        collection: 'review-tasks',
        where: { reason: { equals: 'master-change' } },
        ...as('otherOfficer'),
      })
      expect(other.docs.map((d) => d.id)).not.toContain(taskID)
      await expect(
        payload.findByID({ collection: 'review-tasks', id: taskID, ...as('otherOfficer') }),
      ).rejects.toThrow()

      // It waits in the town officer's work queue (Việc của tôi), linking to the task's page.
      const queue = await workQueue(payload, users.townOfficer)
      expect(queue.items).toContainEqual(
        expect.objectContaining({
          kind: 'review-task',
          link: `/admin/collections/review-tasks/${taskID}`,
        }),
      )
      expect((await workQueue(payload, users.otherOfficer)).items.map((i) => i.link)).not.toContain(
        `/admin/collections/review-tasks/${taskID}`,
      )

      // The compliance overview counts it, for the town and the province, not for another commune.
      expect(await awaitingReview(users.townOfficer)).toBe(1)
      expect(await awaitingReview(users.legal)).toBeGreaterThanOrEqual(1)
      expect(await awaitingReview(users.otherOfficer)).toBe(0)

      // The town's internal process (6 giờ) no longer fits the new legal time (4 giờ): it is
      // flagged, and counted for the town and the province, not for another commune.
      expect(
        (await payload.findByID({ collection: 'quality-documents', id: processID, depth: 0 }))
          .overTimeLimit,
      ).toBe(true)
      expect(await complianceLine(users.townOfficer, 'iso.process-over-time')).toBe(1)
      expect(await complianceLine(users.legal, 'iso.process-over-time')).toBeGreaterThanOrEqual(1)
      expect(await complianceLine(users.otherOfficer, 'iso.process-over-time')).toBe(0)
      // Its next edit is refused until the steps fit, with the limit named.
      await expectFieldError(
        payload.update({
          collection: 'quality-documents',
          id: processID,
          data: { title: 'Quy trình đăng ký thường trú (sửa)' },
          ...as('townOfficer'),
        }),
        'steps',
        'vượt thời hạn giải quyết theo quy định (trực tiếp) là 4 giờ làm việc',
      )

      // The town's officer is told.
      const told = await payload.find({
        collection: 'notifications',
        where: { title: { contains: AMENDED } },
        ...as('townOfficer'),
      })
      expect(told.docs[0]?.link).toBe(`/admin/collections/review-tasks/${taskID}`)
      expect(told.docs[0]?.message).toContain('7 ngày làm việc → 4 giờ làm việc')
    })

    it('the master’s history records which source changed what', async () => {
      const { docs } = await ctx().payload.find({
        collection: 'audit-log',
        where: {
          and: [{ targetCollection: { equals: 'procedures' } }, { targetId: { equals: masterID } }],
        },
        depth: 0,
        overrideAccess: true,
      })
      const entry = docs.find((d) => d.summary.startsWith(`Sửa đổi thủ tục ${AMENDED}`))!
      expect(entry.summary).toContain('csdl-quoc-gia-2026-12.json')
      expect(entry.summary).toContain('Đồng bộ CSDL quốc gia tháng 12/2026')
      expect(entry.summary).toContain('Thời hạn (Trực tiếp)')
      expect((entry.details as { changeSet: string }).changeSet).toBe(setID)
    })

    it('the snapshot shows the new legal time and withholds the conflicting local details', async () => {
      const { snapshot } = await exportSnapshot(ctx().payload)
      const procedure = snapshot.procedures.find((p) => p.code === AMENDED)!
      const direct =
        procedure.methods.kind === 'stated'
          ? procedure.methods.items.find((m) => m.channel === 'direct')
          : undefined
      expect(direct?.processingTime).toMatchObject({ kind: 'stated', value: 4, unit: 'hour' })
      const copy = await townApplication(AMENDED)
      expect(copy?.committedTime).toBeNull()
      expect(copy?.localNotes).toBeNull()
      // The rest of the copy, and the town's other copies, are shown as before.
      expect(copy?.receivingAddress).toBeTruthy()
      expect((await townApplication(UNCHANGED))?.committedTime).toMatchObject({ value: 1 })
    })

    it('only the town’s officers resolve the task, only by marking it done', async () => {
      const { payload } = ctx()
      const resolve = (who: Who, data: object) =>
        payload.update({ collection: 'review-tasks', id: taskID, data, depth: 0, ...as(who) })
      await expect(resolve('otherOfficer', { state: 'done' })).rejects.toThrow()
      await expect(resolve('legal', { state: 'done' })).rejects.toThrow()
      await expect(resolve('townOfficer', { conflicts: [] })).rejects.toThrow(
        /chỉ được đánh dấu đã rà soát/,
      )
      await expect(resolve('townOfficer', { state: 'overdue' })).rejects.toThrow()
      // Through REST as the admin sends it, too.
      const response = await ctx().rest.request('PATCH', `/review-tasks/${taskID}`, {
        token: tokens.otherOfficer,
        body: { state: 'done' },
      })
      expect(response.status).toBeGreaterThanOrEqual(403)
      expect((await payload.findByID({ collection: 'review-tasks', id: taskID })).state).toBe('due')
      expect((await townApplication(AMENDED))?.committedTime).toBeNull()

      const done = await resolve('townOfficer', {
        state: 'done',
        note: 'Thị trấn vẫn giải quyết trong ngày; đã kiểm tra ghi chú.',
      })
      expect(done).toMatchObject({ state: 'done', resolvedBy: users.townOfficer.id })
      expect(done.resolvedAt).toBeTruthy()
      expect(await awaitingReview(users.townOfficer)).toBe(0)
    })

    it('resolving the task restores the withheld details in the snapshot', async () => {
      const copy = await townApplication(AMENDED)
      expect(copy?.committedTime).toEqual({ value: 1, unit: 'working-day' })
      expect(copy?.localNotes).toContain('Cam kết giải quyết trong ngày')
    })

    it('a master amended in the admin and published on its own: a task too, its reason on the history', async () => {
      const { payload } = ctx()
      const master = (
        await payload.find({
          collection: 'procedures',
          where: { code: { equals: UNCHANGED } },
          depth: 0,
        })
      ).docs[0]!
      // 3 → 1 ngày làm việc: the town's commitment of 1 ngày làm việc is no longer shorter.
      await payload.update({
        collection: 'procedures',
        id: master.id,
        data: {
          methods: master.methods!.map((m) =>
            m.channel === 'direct' ? { ...m, processingTime: 1 } : m,
          ),
        },
        draft: true,
        depth: 0,
        ...as('legal'),
      })
      for (const [who, body] of [
        [
          'legal',
          { action: 'submit', changeReason: 'Rút ngắn thời hạn theo Nghị định 154/2024/NĐ-CP' },
        ],
        ['approver', { action: 'approve' }],
        ['publisher', { action: 'publish' }],
      ] as const) {
        const { status, json } = await post(who, `/procedures/${master.id}/workflow`, body)
        expect(status, JSON.stringify(json.errors)).toBe(200)
      }
      const { docs } = await payload.find({
        collection: 'review-tasks',
        where: { 'document.value': { equals: (await townCopy(master.id)).id } },
        depth: 0,
        ...as('townOfficer'),
      })
      expect(docs).toHaveLength(1)
      expect((docs[0]!.conflicts as { field: string }[]).map((c) => c.field)).toContain(
        'committedTime',
      )
      expect(
        (docs[0]!.masterChanges as Parameters<typeof formatChange>[0][]).map(formatChange),
      ).toEqual(['Thời hạn (Trực tiếp): 3 ngày làm việc → 1 ngày làm việc'])
      expect((await townApplication(UNCHANGED))?.committedTime).toBeNull()
      const audit = await payload.find({
        collection: 'audit-log',
        where: { targetId: { equals: master.id } },
        depth: 0,
        overrideAccess: true,
      })
      expect(audit.docs.map((d) => d.summary)).toContainEqual(
        expect.stringContaining('lý do thay đổi: Rút ngắn thời hạn theo Nghị định 154/2024/NĐ-CP'),
      )
    })

    it('a task of another kind is not the locality officers’ to close', async () => {
      const { payload } = ctx()
      const copy = await townCopy(
        (
          await payload.find({
            collection: 'procedures',
            where: { code: { equals: AMENDED } },
            depth: 0,
          })
        ).docs[0]!.id,
      )
      const periodic = await payload.create({
        collection: 'review-tasks',
        data: {
          title: 'Rà soát định kỳ',
          document: { relationTo: 'applied-procedures', value: copy.id },
          locality: townID,
          localityName: 'Thị trấn Điện Biên Đông',
          reason: 'periodic',
          state: 'due',
        },
        overrideAccess: true,
      })
      await expect(
        payload.update({
          collection: 'review-tasks',
          id: periodic.id,
          data: { state: 'done' },
          ...as('townOfficer'),
        }),
      ).rejects.toThrow()
      expect((await payload.findByID({ collection: 'review-tasks', id: periodic.id })).state).toBe(
        'due',
      )
    })

    it('a published decision abolishing a procedure the town applies tells the town’s officers', async () => {
      const { payload } = ctx()
      const province = (
        await payload.find({
          collection: 'localities',
          where: { unitType: { equals: 'province' } },
          depth: 0,
          overrideAccess: true,
        })
      ).docs[0]!
      const abolishedID = String(
        (
          await payload.find({
            collection: 'procedures',
            where: { code: { equals: ABOLISHED } },
            depth: 0,
          })
        ).docs[0]!.id,
      )
      const decision = await payload.create({
        collection: 'decisions',
        data: {
          number: '999/QĐ-UBND',
          kind: 'announcement',
          title: 'Công bố thủ tục hành chính bị bãi bỏ',
          issuer: 'Chủ tịch UBND tỉnh',
          locality: province.id,
          signedDate: '2026-12-01T00:00:00.000Z',
          effectiveDate: '2026-12-10T00:00:00.000Z',
          entries: [{ procedure: abolishedID, change: 'abolished' }],
          workflow: { changeReason: 'Bãi bỏ theo quyết định của Bộ' },
        } as never,
        draft: true,
        ...as('legal'),
      })
      for (const [who, action] of [
        ['legal', 'submit'],
        ['approver', 'approve'],
        ['publisher', 'publish'],
      ] as const) {
        const { status, json } = await post(who, `/decisions/${decision.id}/workflow`, { action })
        expect(status, JSON.stringify(json.errors)).toBe(200)
      }
      const told = await payload.find({
        collection: 'notifications',
        where: { title: { contains: `Thủ tục bị bãi bỏ: ${ABOLISHED}` } },
        ...as('townOfficer'),
      })
      expect(told.totalDocs).toBe(1)
      expect(told.docs[0]!.message).toContain(
        'bị bãi bỏ theo Quyết định 999/QĐ-UBND, có hiệu lực từ ngày 10/12/2026',
      )
      // A commune that does not apply it hears nothing.
      expect(
        (
          await payload.find({
            collection: 'notifications',
            where: { title: { contains: 'Thủ tục bị bãi bỏ' } },
            ...as('otherOfficer'),
          })
        ).totalDocs,
      ).toBe(0)
    })
  },
  { demo: true },
)
