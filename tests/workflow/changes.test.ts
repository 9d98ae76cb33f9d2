/**
 * The readable diff (issue 12 item 3) on a real document of the demo catalogue, moved through
 * review as the admin moves it (REST edits and the workflow endpoint): amended, submitted,
 * approved and issued, then amended and submitted again. What a reviewer reads
 * (cms/workflow/diff/changes.ts, read with their access) is the second amendment against the
 * version in force, in the form's words, with its author's reason; the versions list says who,
 * when and why.
 */
import { expect, it } from 'vitest'

import type { User } from '../../cms/payload-types'
import {
  changesAgainstPublished,
  versionLines,
  versionPage,
  VERSIONS_PER_PAGE,
} from '../../cms/workflow/diff/changes'
import { DEMO_PASSWORD } from '../../scripts/seed/demoUsers'
import { describeEachAdapter } from '../helpers/payload'

const EMAILS = {
  legal: 'phapche@demo.gov.vn',
  reviewer: 'xemxet@demo.gov.vn',
  approver: 'pheduyet@demo.gov.vn',
  publisher: 'xuatban@demo.gov.vn',
} as const
type Who = keyof typeof EMAILS

type Method = {
  id: string
  channel: string
  processingTime?: number | null
  fees?: { id: string; amount?: number | null }[] | null
}

describeEachAdapter(
  'changes against the version in force',
  (ctx) => {
    const users = {} as Record<Who, User>
    const tokens = {} as Record<Who, string>
    let id = ''

    const act = async (who: Who, body: object) => {
      const response = await ctx().rest.request('POST', `/procedures/${id}/workflow`, {
        token: tokens[who],
        body,
      })
      const json = (await response.json()) as { errors?: { message: string }[] }
      expect(response.status, JSON.stringify(json.errors)).toBe(200)
    }

    /** The author's edit of the methods, saved as a draft through REST as the admin saves it. */
    const amend = async (change: (methods: Method[]) => void) => {
      const draft = (await ctx().payload.findByID({
        collection: 'procedures',
        id,
        draft: true,
        depth: 0,
      })) as unknown as { methods: Method[] }
      const methods = structuredClone(draft.methods)
      change(methods)
      const response = await ctx().rest.request('PATCH', `/procedures/${id}`, {
        token: tokens.legal,
        query: { draft: 'true' },
        body: { methods },
      })
      expect(response.status, await response.clone().text()).toBe(200)
    }

    it('starts: the demo accounts sign in, the birth registration is found', async () => {
      const { payload, rest } = ctx()
      for (const [who, email] of Object.entries(EMAILS) as [Who, string][]) {
        const { docs } = await payload.find({
          collection: 'users',
          where: { email: { equals: email } },
          depth: 0,
        })
        users[who] = docs[0]!
        tokens[who] = await rest.login(email, DEMO_PASSWORD)
      }
      const { docs } = await payload.find({
        collection: 'procedures',
        where: { code: { equals: '1.001193' } },
        depth: 0,
      })
      id = String(docs[0]!.id)
    })

    it('a reviewer reads the second amendment against the issued first one, with its reason', async () => {
      // First amendment, issued: the late-registration fee in person becomes 10.000 đồng.
      await amend((methods) => {
        expect(methods[0]!.channel).toBe('direct')
        methods[0]!.fees![1]!.amount = 10000
      })
      await act('legal', { action: 'submit', changeReason: 'Nghị quyết HĐND về lệ phí' })
      await act('approver', { action: 'approve' })
      await act('publisher', { action: 'publish' })

      // Second amendment, submitted: 20.000 đồng, and two working days online.
      await amend((methods) => {
        methods[0]!.fees![1]!.amount = 20000
        expect(methods[1]!.channel).toBe('online')
        methods[1]!.processingTime = 2
      })
      await act('legal', { action: 'submit', changeReason: 'Nghị quyết HĐND sửa đổi' })

      const changes = await changesAgainstPublished(
        ctx().payload,
        'procedures',
        id,
        users.reviewer as never,
      )
      expect(changes).not.toBeNull()
      expect(changes!.state).toBe('in-review')
      expect(changes!.changeReason).toBe('Nghị quyết HĐND sửa đổi')
      expect(changes!.publishedAt).toBeTruthy()
      expect(changes!.rows.map(({ label, before, after }) => ({ label, before, after }))).toEqual([
        {
          label: 'Cách thức thực hiện > Trực tiếp > Phí, lệ phí > dòng 2 > Mức thu',
          before: '10.000 đồng',
          after: '20.000 đồng',
        },
        {
          label: 'Cách thức thực hiện > Trực tuyến > Thời hạn giải quyết',
          before: '1 ngày làm việc',
          after: '2 ngày làm việc',
        },
      ])
    })

    it('the versions list says what made each version, who, when and why', async () => {
      const lines = await versionLines(ctx().payload, 'procedures', id, users.reviewer as never)
      const [latest] = lines
      expect(latest).toMatchObject({
        what: 'Gửi xem xét',
        who: [users.legal.name],
        state: 'Chờ xem xét',
        changeReason: 'Nghị quyết HĐND sửa đổi',
        published: false,
      })
      expect(lines[1]).toMatchObject({ what: 'Lưu bản nháp', who: [users.legal.name] })
      const issued = lines.find((l) => l.published)!
      expect(issued).toMatchObject({
        what: 'Ban hành',
        who: [users.publisher.name],
        state: 'Đã ban hành',
        changeReason: 'Nghị quyết HĐND về lệ phí',
      })
      expect(lines.find((l) => l.what === 'Phê duyệt')?.who).toEqual([users.approver.name])
    })

    it('who may not read the versions, or a missing document, reads no changes', async () => {
      // Anonymous readers see the issued procedure, not its versions.
      expect(await changesAgainstPublished(ctx().payload, 'procedures', id, null)).toBeNull()
      expect(
        await changesAgainstPublished(
          ctx().payload,
          'procedures',
          '999999',
          users.reviewer as never,
        ),
      ).toBeNull()
    })

    it('a document edited more often than a page holds: the older versions are on the next page, the one in force still known', async () => {
      const { payload, rest } = ctx()
      const before = await versionPage(payload, 'procedures', id, users.reviewer as never)
      expect(before.totalPages).toBe(1)
      const issued = before.lines.find((l) => l.published)!
      const oldest = before.lines.at(-1)!
      // A page's worth of saves, as the form saves them (REST, drafts).
      for (let i = 1; i <= VERSIONS_PER_PAGE; i++) {
        const response = await rest.request('PATCH', `/procedures/${id}`, {
          token: tokens.legal,
          query: { draft: 'true' },
          body: { description: `Mô tả lần sửa ${i}` },
        })
        expect(response.status).toBe(200)
      }
      const first = await versionPage(payload, 'procedures', id, users.reviewer as never)
      expect(first.totalDocs).toBe(before.totalDocs + VERSIONS_PER_PAGE)
      expect(first.totalPages).toBe(2)
      expect(first.lines).toHaveLength(VERSIONS_PER_PAGE)
      expect(first.lines.every((l) => l.what === 'Lưu bản nháp')).toBe(true)
      // The version in force is on the second page, and the first knows it all the same.
      expect(first.lines.some((l) => l.id === issued.id)).toBe(false)
      expect(first.inForceID).toBe(issued.id)

      const second = await versionPage(payload, 'procedures', id, users.reviewer as never, {
        page: 2,
      })
      expect(second.page).toBe(2)
      expect(second.lines).toHaveLength(before.totalDocs)
      expect(second.lines.at(-1)!.id).toBe(oldest.id)
      expect(second.lines.find((l) => l.published)?.id).toBe(issued.id)
      expect(second.inForceID).toBe(issued.id)
      // No version is on both pages.
      const ids = new Set(first.lines.map((l) => l.id))
      expect(second.lines.some((l) => ids.has(l.id))).toBe(false)
    })
  },
  { demo: true },
)
