/**
 * Việc của tôi (cms/views/WorkQueue/workQueue.ts) on the demo catalogue, with the demo accounts:
 * what each role finds waiting as documents move through review (through the REST workflow
 * endpoint, as the admin moves them), that a locality's people never see another locality's work,
 * and that notifications about a document are marked obsolete once it moves on.
 */
import { expect, it } from 'vitest'

import type { User } from '../../cms/payload-types'
import { markReviewsDue } from '../../cms/collections/ReviewTasks/reviewTasks'
import { localityIDs } from '../../cms/access/roles'
import { workQueue, type WorkItem } from '../../cms/views/WorkQueue/workQueue'
import { DEMO_PASSWORD } from '../../scripts/seed/demoUsers'
import { describeEachAdapter } from '../helpers/payload'

const EMAILS = {
  legal: 'phapche@demo.gov.vn',
  townOfficer: 'canbo.dienbiendong@demo.gov.vn',
  reviewer: 'xemxet@demo.gov.vn',
  approver: 'pheduyet@demo.gov.vn',
  townApprover: 'chutich.dienbiendong@demo.gov.vn',
  publisher: 'xuatban@demo.gov.vn',
  admin: 'quantri@demo.gov.vn',
} as const
type Who = keyof typeof EMAILS

describeEachAdapter(
  'work queue: what awaits each person, from the documents’ state',
  (ctx) => {
    const users = {} as Record<Who, User>
    const tokens = {} as Record<Who, string>
    /** The documents this file moves: the town's applied procedure, another commune's, a master procedure. */
    const ids = { town: '', other: '', master: '' }
    let townID = ''

    const queueOf = async (who: Who) => (await workQueue(ctx().payload, users[who])).items
    const kindOf = (items: WorkItem[], id: string) =>
      items.filter((i) => i.id === id).map((i) => i.kind)

    const act = async (who: Who, collection: string, id: string, body: object) => {
      const response = await ctx().rest.request('POST', `/${collection}/${id}/workflow`, {
        token: tokens[who],
        body,
      })
      const json = (await response.json()) as { errors?: { message: string }[] }
      expect(response.status, JSON.stringify(json.errors)).toBe(200)
    }

    /** A person's edit through REST (a draft), then its submission with a reason. */
    const editAndSubmit = async (who: Who, collection: string, id: string, data: object) => {
      const response = await ctx().rest.request('PATCH', `/${collection}/${id}`, {
        token: tokens[who],
        query: { draft: 'true' },
        body: data,
      })
      expect(response.status).toBe(200)
      await act(who, collection, id, {
        action: 'submit',
        changeReason: 'Cập nhật địa chỉ tiếp nhận',
      })
    }

    it('starts: the demo accounts sign in and the documents are found', async () => {
      const { payload, rest } = ctx()
      for (const [who, email] of Object.entries(EMAILS) as [Who, string][]) {
        const { docs } = await payload.find({
          collection: 'users',
          where: { email: { equals: email } },
          depth: 0,
          overrideAccess: true,
        })
        users[who] = docs[0]!
        tokens[who] = await rest.login(email, DEMO_PASSWORD)
      }
      townID = localityIDs(users.townOfficer)[0]!
      const slugID = async (slug: string) =>
        String(
          (
            await payload.find({
              collection: 'localities',
              where: { slug: { equals: slug } },
              depth: 0,
            })
          ).docs[0]!.id,
        )
      expect(await slugID('thi-tran-dien-bien-dong')).toBe(townID)
      const applied = async (locality: string) =>
        String(
          (
            await payload.find({
              collection: 'applied-procedures',
              where: { locality: { equals: locality } },
              sort: 'title',
              limit: 1,
              depth: 0,
            })
          ).docs[0]!.id,
        )
      ids.town = await applied(townID)
      ids.other = await applied(await slugID('phuong-muong-thanh'))
      ids.master = String(
        (
          await payload.find({
            collection: 'procedures',
            where: { code: { equals: '1.001193' } },
            depth: 0,
          })
        ).docs[0]!.id,
      )
    })

    it('a submitted document waits for the reviewers and approvers of its locality, not for its author', async () => {
      await editAndSubmit('townOfficer', 'applied-procedures', ids.town, {
        receivingAddress: 'Bộ phận một cửa, UBND thị trấn Điện Biên Đông (tầng 1)',
      })
      await editAndSubmit('admin', 'applied-procedures', ids.other, {
        receivingAddress: 'Bộ phận một cửa, UBND phường Mường Thanh (tầng 2)',
      })
      await editAndSubmit('legal', 'procedures', ids.master, {
        description: 'Đăng ký khai sinh cho trẻ em sinh ra tại Việt Nam.',
      })

      const reviewer = await queueOf('reviewer')
      for (const id of Object.values(ids)) expect(kindOf(reviewer, id)).toEqual(['review'])
      const approver = await queueOf('approver')
      for (const id of Object.values(ids)) expect(kindOf(approver, id)).toEqual(['approve'])

      // The town's approver approves the town's documents only.
      const townApprover = await queueOf('townApprover')
      expect(kindOf(townApprover, ids.town)).toEqual(['approve'])
      expect(kindOf(townApprover, ids.other)).toEqual([])
      expect(kindOf(townApprover, ids.master)).toEqual([])

      // The authors wait for others; the publisher has nothing to publish yet.
      for (const who of ['townOfficer', 'legal', 'publisher'] as const) {
        const items = await queueOf(who)
        for (const id of Object.values(ids)) expect(kindOf(items, id)).toEqual([])
      }

      // Each row says what, in words, since when, and links to the document.
      const row = reviewer.find((i) => i.id === ids.master)!
      const stored = await ctx().payload.findByID({
        collection: 'procedures',
        id: ids.master,
        draft: true,
        depth: 0,
      })
      expect(row).toMatchObject({
        collection: 'procedures',
        collectionLabel: 'Thủ tục hành chính',
        code: '1.001193',
        title: stored.name,
        state: 'Chờ xem xét',
        since: stored.workflow?.submittedAt,
        link: `/admin/collections/procedures/${ids.master}`,
      })
    })

    it('the town’s people never see another locality’s work', async () => {
      for (const who of ['townOfficer', 'townApprover'] as const) {
        const items = await queueOf(who)
        expect(items.length).toBeGreaterThan(0)
        for (const item of items) expect(item.localityID).toBe(townID)
      }
    })

    it('changes requested: the document goes back to its author and leaves the others’ queues', async () => {
      await act('reviewer', 'applied-procedures', ids.town, {
        action: 'request-changes',
        comment: 'Ghi rõ giờ tiếp nhận.',
      })
      expect(kindOf(await queueOf('townOfficer'), ids.town)).toEqual(['fix'])
      expect((await queueOf('townOfficer')).find((i) => i.id === ids.town)?.state).toBe(
        'Yêu cầu sửa đổi',
      )
      for (const who of ['reviewer', 'approver', 'townApprover'] as const)
        expect(kindOf(await queueOf(who), ids.town)).toEqual([])
    })

    it('a reviewer’s sign-off leaves it to the approver; approved, it waits for the publishers', async () => {
      await act('reviewer', 'procedures', ids.master, { action: 'review' })
      expect(kindOf(await queueOf('reviewer'), ids.master)).toEqual([])
      expect(kindOf(await queueOf('approver'), ids.master)).toEqual(['approve'])

      await act('approver', 'procedures', ids.master, { action: 'approve' })
      expect(kindOf(await queueOf('publisher'), ids.master)).toEqual(['publish'])
      expect(kindOf(await queueOf('approver'), ids.master)).toEqual(['publish'])
      expect(kindOf(await queueOf('legal'), ids.master)).toEqual([])
      expect(kindOf(await queueOf('townApprover'), ids.master)).toEqual([])

      await act('publisher', 'procedures', ids.master, { action: 'publish' })
      for (const who of Object.keys(EMAILS) as Who[])
        expect(kindOf(await queueOf(who), ids.master)).toEqual([])
    })

    it('notifications about a document are obsolete once it moves on, and only then', async () => {
      const { payload } = ctx()
      const about = async (collection: string, id: string) =>
        (
          await payload.find({
            collection: 'notifications',
            where: { link: { equals: `/admin/collections/${collection}/${id}` } },
            sort: 'createdAt',
            limit: 0,
            depth: 0,
          })
        ).docs
      // The master procedure was submitted, reviewed, approved, published: all but the last step's are obsolete.
      const master = await about('procedures', ids.master)
      const submitted = master.filter((n) => n.title.startsWith('Gửi xem xét'))
      expect(submitted.length).toBeGreaterThan(0)
      for (const n of submitted) expect(n.obsolete).toBe(true)
      const published = master.filter((n) => n.title.startsWith('Ban hành'))
      expect(published.length).toBeGreaterThan(0)
      for (const n of published) expect(n.obsolete).toBe(false)

      // The other commune's is still in review: the reviewers' notification stands.
      const other = await about('applied-procedures', ids.other)
      expect(other.length).toBeGreaterThan(0)
      for (const n of other) expect(n.obsolete).toBe(false)

      // A recipient still may not mark one obsolete (or back) through the API.
      const mine = other.find((n) => String(n.recipient) === String(users.reviewer.id))!
      const response = await ctx().rest.request('PATCH', `/notifications/${mine.id}`, {
        token: tokens.reviewer,
        body: { obsolete: true },
      })
      expect(response.status).toBe(403)
      expect((await payload.findByID({ collection: 'notifications', id: mine.id })).obsolete).toBe(
        false,
      )
    })

    it('review tasks wait for the people who may edit the document, in its locality', async () => {
      const { payload } = ctx()
      // Far enough ahead that every effective quality document is due (the demo may have some already).
      await markReviewsDue(payload, { today: '2099-01-01' })
      const tasks = await payload.find({
        collection: 'review-tasks',
        where: { state: { not_equals: 'done' } },
        limit: 0,
        depth: 0,
      })
      const townTasks = tasks.docs.filter((t) => String(t.locality) === townID)
      expect(townTasks.length).toBeGreaterThan(0)

      const officer = (await queueOf('townOfficer')).filter((i) => i.kind === 'review-task')
      expect(officer.map((i) => i.id).sort()).toEqual(
        townTasks.map((t) => String(t.document.value)).sort(),
      )
      expect(officer[0]!.state).toMatch(/^Quá hạn rà soát \(hạn \d{2}\/\d{2}\/\d{4}\)$/)
      // Reviewers and publishers do not edit quy trình: no review task waits for them.
      for (const who of ['reviewer', 'publisher', 'townApprover'] as const)
        expect((await queueOf(who)).filter((i) => i.kind === 'review-task')).toEqual([])
    })
  },
  { demo: true },
)
