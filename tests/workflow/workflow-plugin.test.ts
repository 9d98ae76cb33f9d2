import { expect, it } from 'vitest'

import type { TransitionEvent, TransitionSubscriber } from '../../cms/workflow'
import { reviewWorkflowPlugin } from '../../cms/workflow'
import { versioned } from '../../cms/fields/versioned'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter } from '../helpers/payload'

type Json = { doc?: Record<string, unknown>; message?: string; errors?: { message: string }[] }

/** What the test subscriber saw, and whether its after-commit work ran. */
interface Seen {
  event: Omit<TransitionEvent, 'req' | 'afterCommit' | 'collection'> & { collection: string }
  inTransaction: boolean
  auditBefore: number
  committed: boolean
}
const seen: Seen[] = []
const FAIL = 'Bộ đăng ký thử nghiệm lỗi'

/**
 * A feature added the way the next ones will be: a subscriber in the plugin's options, not an
 * edit of the endpoint. It reads and writes with the transition's `req`, and fails on request.
 */
const subscriber: TransitionSubscriber = async ({ req, afterCommit, collection, ...event }) => {
  const record: Seen = {
    event: { ...event, collection: collection.slug },
    inTransaction: Boolean(req.transactionID),
    // The audit subscriber ran before this one, in the same transaction: its entry is visible through `req`.
    auditBefore: (
      await req.payload.count({
        collection: 'audit-log',
        where: { targetId: { equals: event.id } },
        req,
      })
    ).totalDocs,
    committed: false,
  }
  seen.push(record)
  afterCommit(() => {
    record.committed = true
  })
  await req.payload.create({
    collection: 'notifications',
    data: { title: `Thử: ${event.summary}`, recipient: req.user!.id, read: false },
    req,
    overrideAccess: true,
  })
  if (event.comment === FAIL) throw new Error(FAIL)
  return { message: 'Bộ đăng ký thử nghiệm đã nhận.' }
}

describeEachAdapter(
  'workflow plugin: transitions are events that subscribers receive in the transition',
  (ctx) => {
    const draft = async (token: string, code: string) => {
      const { rest, fixtures } = ctx()
      const response = await rest.request('POST', '/procedures', {
        token,
        body: { ...fixtures.complete(code, `Thủ tục ${code}`), _status: undefined },
      })
      expect(response.status).toBe(201)
      return String(((await response.json()) as Json).doc!.id)
    }
    const submit = async (token: string, id: string, comment?: string) => {
      const response = await ctx().rest.request('POST', `/procedures/${id}/workflow`, {
        token,
        body: { action: 'submit', changeReason: 'Thử sự kiện', comment },
      })
      return { status: response.status, json: (await response.json()) as Json }
    }

    it('hands a subscriber registered through the plugin options a transition made through REST', async () => {
      const { rest, payload, fixtures } = ctx()
      const token = await rest.login('phapche@test.vn', PASSWORD)
      const id = await draft(token, '1.009101')
      seen.length = 0

      const result = await submit(token, id, 'Gửi thử')
      expect(result.status, JSON.stringify(result.json)).toBe(200)
      // The subscriber's sentence reaches the person who acted, after the workflow's own.
      expect(result.json.message).toMatch(/^Đã gửi xem xét\. .*Bộ đăng ký thử nghiệm đã nhận\.$/)

      expect(seen).toHaveLength(1)
      expect(seen[0].event).toMatchObject({
        collection: 'procedures',
        collectionLabel: 'Thủ tục hành chính',
        id,
        action: 'submit',
        from: 'draft',
        to: 'in-review',
        comment: 'Gửi thử',
        summary: 'Gửi xem xét: Thủ tục hành chính "Thủ tục 1.009101"',
        doc: { title: 'Thủ tục 1.009101', authorIDs: [String(fixtures.users.legal.id)] },
      })
      expect(seen[0].inTransaction || ctx().kind === 'mongodb').toBe(true)
      expect(seen[0].auditBefore).toBe(1)
      expect(seen[0].committed).toBe(true)
      // What it wrote with the transition's req was committed with the transition.
      const written = await payload.count({
        collection: 'notifications',
        where: { title: { like: 'Thử: Gửi xem xét' } },
      })
      expect(written.totalDocs).toBe(1)
    })

    it('rolls the whole transition back when a subscriber fails, and runs no after-commit work', async () => {
      const { rest, payload } = ctx()
      const token = await rest.login('phapche@test.vn', PASSWORD)
      const id = await draft(token, '1.009102')
      const notificationsBefore = (await payload.count({ collection: 'notifications' })).totalDocs
      seen.length = 0

      const failed = await submit(token, id, FAIL)
      expect(failed.status).toBeGreaterThanOrEqual(500)
      expect(seen).toHaveLength(1)
      expect(seen[0].committed).toBe(false)
      if (ctx().kind === 'mongodb') return // a standalone MongoDB has no transactions (README, "Databases")
      const stored = await payload.findByID({ collection: 'procedures', id, draft: true, depth: 0 })
      expect(stored.workflow?.state).toBe('draft')
      expect(
        (await payload.count({ collection: 'audit-log', where: { targetId: { equals: id } } }))
          .totalDocs,
      ).toBe(0)
      // Neither the reviewers' notifications nor the subscriber's own survived.
      expect((await payload.count({ collection: 'notifications' })).totalDocs).toBe(
        notificationsBefore,
      )

      // The same transition succeeds once the subscriber does.
      expect((await submit(token, id)).status).toBe(200)
    })
  },
  { config: { afterTransition: [subscriber] } },
)

it('refuses to start when a collection named for review is missing or keeps no drafts', () => {
  const options = { collections: { procedures: { localityField: null } } }
  expect(() => reviewWorkflowPlugin(options)({ collections: [] } as never)).toThrow('"procedures"')
  const unversioned = { slug: 'procedures', fields: [] }
  expect(() => reviewWorkflowPlugin(options)({ collections: [unversioned] } as never)).toThrow(
    'drafts',
  )
  const versionedOne = { slug: 'procedures', fields: [], versions: versioned }
  const result = reviewWorkflowPlugin(options)({ collections: [versionedOne] } as never) as {
    collections: { fields: { name?: string }[] }[]
  }
  expect(result.collections[0].fields.map((f) => f.name)).toContain('workflow')
})
