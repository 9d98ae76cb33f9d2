import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { markReviewsDue } from '../../cms/collections/ReviewTasks/reviewTasks'
import { inSystemTransaction, inTransaction } from '../../cms/lib/transaction'
import { setEnv } from '../helpers/env'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter } from '../helpers/payload'

/**
 * Every operation that writes more than one row is all or nothing. Each test breaks one of the
 * writes on purpose, with a hook that throws pushed onto the real config of the collection written
 * (the way a full disk, a constraint or a bug would), calls the operation as a person would, and
 * checks that nothing changed; then removes the hook and checks that the operation succeeds.
 */

const releasesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-atomic-releases-'))
let restoreEnv: () => void
beforeAll(() => {
  restoreEnv = setEnv({ RELEASES_DIR: releasesDir })
})
afterAll(() => {
  restoreEnv()
  fs.rmSync(releasesDir, { recursive: true, force: true })
})
/** Each adapter's tests start from an empty release store. */
const emptyReleases = () => {
  for (const entry of fs.readdirSync(releasesDir))
    fs.rmSync(path.join(releasesDir, entry), { recursive: true, force: true })
}
const currentRelease = () =>
  fs.existsSync(path.join(releasesDir, 'current'))
    ? fs.readlinkSync(path.join(releasesDir, 'current'))
    : null

type HookKind = 'beforeChange' | 'afterChange' | 'beforeDelete' | 'afterDelete'

/** Makes every write of `kind` to `slug` fail (when `when` holds) until the returned function is called. */
function breakWrites(
  payload: Payload,
  slug: CollectionSlug,
  kind: HookKind,
  when: (args: { doc?: Record<string, unknown> }) => boolean = () => true,
) {
  const hooks = payload.collections[slug].config.hooks as unknown as Record<HookKind, unknown[]>
  const fail = (args: { doc?: Record<string, unknown> }) => {
    if (when(args)) throw new Error(`Lỗi giả lập khi ghi ${slug}`)
    return args.doc
  }
  hooks[kind] = [...(hooks[kind] ?? []), fail]
  return () => {
    hooks[kind] = hooks[kind].filter((h) => h !== fail)
  }
}

async function withBroken<T>(
  payload: Payload,
  slug: CollectionSlug,
  kind: HookKind,
  run: () => Promise<T>,
  when?: (args: { doc?: Record<string, unknown> }) => boolean,
): Promise<T> {
  const restore = breakWrites(payload, slug, kind, when)
  try {
    return await run()
  } finally {
    restore()
  }
}

/** Everything a change to a quality document can touch, as plain data to compare. */
async function isoState(payload: Payload, id: string) {
  const latest = await payload.findByID({
    collection: 'quality-documents',
    id,
    draft: true,
    depth: 0,
    disableErrors: true,
  })
  const versions = await payload.countVersions({
    collection: 'quality-documents',
    where: { parent: { equals: id } },
  })
  const issues = await payload.find({
    collection: 'quality-document-issues',
    where: { document: { equals: id } },
    depth: 0,
    sort: 'issueNumber',
    pagination: false,
  })
  const tasks = await payload.find({
    collection: 'review-tasks',
    where: { 'document.value': { equals: id } },
    depth: 0,
    sort: 'createdAt',
    pagination: false,
  })
  return {
    doc: latest && {
      updatedAt: latest.updatedAt,
      status: latest._status,
      state: latest.workflow?.state,
      documentStatus: latest.documentStatus,
      issueNumber: latest.issueNumber ?? null,
    },
    versions: versions.totalDocs,
    issues: issues.docs.map((i) => ({
      id: i.id,
      issueStatus: i.issueStatus,
      supersededAt: i.supersededAt ?? null,
    })),
    tasks: tasks.docs.map((t) => ({ id: t.id, state: t.state, resolvedAt: t.resolvedAt ?? null })),
    audit: (await payload.count({ collection: 'audit-log' })).totalDocs,
    notifications: (await payload.count({ collection: 'notifications' })).totalDocs,
    // Read-and-understood tasks of the document's issues (issue 15).
    acknowledgements: (
      await payload.count({
        collection: 'read-acknowledgements',
        where: { document: { equals: id } },
      })
    ).totalDocs,
  }
}

type Json = { errors?: { message: string }[]; message?: string; doc?: { id: string } }

describeEachAdapter('atomic writes: a multi-row operation changes everything or nothing', (ctx) => {
  const tokens = {} as Record<'officer' | 'reviewer' | 'approver' | 'admin' | 'publisher', string>
  beforeAll(async () => {
    const { rest } = ctx()
    tokens.officer = await rest.login('canbo.a@test.vn', PASSWORD)
    tokens.reviewer = await rest.login('xemxet@test.vn', PASSWORD)
    tokens.approver = await rest.login('pheduyet@test.vn', PASSWORD)
    tokens.admin = await rest.login('admin@test.vn', PASSWORD)
    tokens.publisher = await rest.login('xuatban@test.vn', PASSWORD)
  })

  const act = async (id: string, token: string, body: Record<string, unknown>) => {
    const response = await ctx().rest.request('POST', `/quality-documents/${id}/workflow`, {
      token,
      body,
    })
    return { status: response.status, json: (await response.json()) as Json }
  }

  /** A quality document of town A, drafted by its officer and taken through review to "approved". */
  async function approvedDocument(code: string): Promise<string> {
    const { rest, fixtures } = ctx()
    const created = await rest.request('POST', '/quality-documents', {
      token: tokens.officer,
      body: {
        code,
        title: `Quy trình ${code}`,
        docType: 'procedure',
        locality: fixtures.localities.townA.id,
      },
    })
    expect(created.status).toBe(201)
    const id = ((await created.json()) as Json).doc!.id
    expect(
      (
        await act(id, tokens.officer, {
          action: 'submit',
          changeReason: 'Xây dựng hệ thống quản lý chất lượng',
          changeSummary: 'Ban hành lần đầu',
        })
      ).status,
    ).toBe(200)
    expect((await act(id, tokens.reviewer, { action: 'review' })).status).toBe(200)
    expect((await act(id, tokens.approver, { action: 'approve' })).status).toBe(200)
    return id
  }

  it('publishes an ISO issue with its register entry, review tasks, audit entry and notifications, or none of them', async () => {
    const { payload, fixtures } = ctx()
    const id = await approvedDocument('QT-AT-01')
    // An open review task, which the publish closes.
    await payload.create({
      collection: 'review-tasks',
      data: {
        title: 'QT-AT-01',
        document: { relationTo: 'quality-documents', value: id },
        locality: fixtures.localities.townA.id,
        reason: 'legal-change',
        state: 'due',
      },
    })
    const before = await isoState(payload, id)
    expect(before.doc?.state).toBe('approved')

    // Each of the writes after the document's own, in the order the publish makes them.
    for (const slug of [
      'quality-document-issues',
      'review-tasks',
      'read-acknowledgements',
      'audit-log',
      'notifications',
    ] as const) {
      const failed = await withBroken(payload, slug, 'afterChange', () =>
        act(id, tokens.approver, { action: 'publish' }),
      )
      expect(failed.status, `${slug}: ${JSON.stringify(failed.json)}`).toBeGreaterThanOrEqual(500)
      expect(await isoState(payload, id), `a failure writing ${slug} left a trace`).toEqual(before)
    }

    const published = await act(id, tokens.approver, { action: 'publish' })
    expect(published.status, JSON.stringify(published.json)).toBe(200)
    const after = await isoState(payload, id)
    expect(after.doc).toMatchObject({
      status: 'published',
      state: 'published',
      documentStatus: 'effective',
      issueNumber: 1,
    })
    expect(after.versions).toBeGreaterThan(before.versions)
    expect(after.issues).toHaveLength(1)
    expect(after.issues[0].issueStatus).toBe('effective')
    expect(after.tasks.map((t) => t.state)).toEqual(['done'])
    expect(after.audit).toBe(before.audit + 1)
    // The town's officer must confirm having read it (by default the locality's officers read).
    expect(after.acknowledgements).toBe(before.acknowledgements + 1)
    // The author hears of it, and the reader (here the same officer) of the task.
    expect(after.notifications).toBe(before.notifications + 2)
  })

  it('withdraws an ISO document with its issue and review tasks, or not at all', async () => {
    const { payload, fixtures } = ctx()
    const id = await approvedDocument('QT-AT-02')
    expect((await act(id, tokens.approver, { action: 'publish' })).status).toBe(200)
    await payload.create({
      collection: 'review-tasks',
      data: {
        title: 'QT-AT-02',
        document: { relationTo: 'quality-documents', value: id },
        locality: fixtures.localities.townA.id,
        reason: 'periodic',
        state: 'overdue',
      },
    })
    const before = await isoState(payload, id)
    const withdraw = () =>
      ctx().rest.request('POST', `/quality-documents/${id}/obsolete`, {
        token: tokens.approver,
        body: { comment: 'Thủ tục bị bãi bỏ' },
      })

    for (const slug of ['quality-document-issues', 'review-tasks', 'audit-log'] as const) {
      const failed = await withBroken(payload, slug, 'afterChange', withdraw)
      expect(failed.status, slug).toBeGreaterThanOrEqual(500)
      expect(await isoState(payload, id), `a failure writing ${slug} left a trace`).toEqual(before)
    }

    expect((await withdraw()).status).toBe(200)
    const after = await isoState(payload, id)
    expect(after.doc?.documentStatus).toBe('obsolete')
    expect(after.issues.map((i) => i.issueStatus)).toEqual(['obsolete'])
    expect(after.tasks.map((t) => t.state)).toEqual(['done'])
    expect(after.audit).toBe(before.audit + 1)
  })

  it('refuses to delete an issued ISO document, even for an administrator, and changes nothing', async () => {
    const { payload, rest } = ctx()
    const id = await approvedDocument('QT-AT-03')
    expect((await act(id, tokens.approver, { action: 'publish' })).status).toBe(200)
    const before = await isoState(payload, id)
    expect(before.versions).toBeGreaterThan(1)

    const response = await rest.request('DELETE', `/quality-documents/${id}`, {
      token: tokens.admin,
    })
    expect(response.status).toBe(409)
    const message = ((await response.json()) as Json).errors?.[0]?.message ?? ''
    expect(message).toContain('Không thể xóa tài liệu "QT-AT-03"')
    expect(message).toContain('hủy hiệu lực')
    const graphql = await rest.graphql(`mutation { deleteQualityDocument(id: "${id}") { id } }`, {
      token: tokens.admin,
    })
    expect(JSON.stringify(await graphql.json())).toContain('Không thể xóa tài liệu')
    // Server code too: the rule is the data's, not the caller's.
    await expect(payload.delete({ collection: 'quality-documents', id })).rejects.toThrow(
      'Không thể xóa tài liệu',
    )
    expect(await isoState(payload, id)).toEqual(before)
  })

  it('deletes a document never issued with its versions and review tasks, or not at all', async () => {
    const { payload, rest, fixtures } = ctx()
    const created = await rest.request('POST', '/quality-documents', {
      token: tokens.officer,
      body: {
        code: 'QT-AT-04',
        title: 'Dự thảo sẽ bị xóa',
        docType: 'procedure',
        locality: fixtures.localities.townA.id,
      },
    })
    const id = ((await created.json()) as Json).doc!.id
    for (const title of ['Dự thảo lần 2', 'Dự thảo lần 3', 'Dự thảo lần 4']) {
      expect(
        (
          await rest.request('PATCH', `/quality-documents/${id}`, {
            token: tokens.officer,
            body: { title },
          })
        ).status,
      ).toBe(200)
    }
    await payload.create({
      collection: 'review-tasks',
      data: {
        title: 'QT-AT-04',
        document: { relationTo: 'quality-documents', value: id },
        locality: fixtures.localities.townA.id,
        reason: 'legal-change',
        state: 'due',
      },
    })
    const before = await isoState(payload, id)
    expect(before.versions).toBeGreaterThanOrEqual(4)
    expect(before.tasks).toHaveLength(1)
    const remove = () => rest.request('DELETE', `/quality-documents/${id}`, { token: tokens.admin })

    // Its tasks are deleted first, then its versions, then the document: a failure at either end keeps all.
    expect(
      (await withBroken(payload, 'review-tasks', 'beforeDelete', remove)).status,
    ).toBeGreaterThanOrEqual(500)
    expect(await isoState(payload, id)).toEqual(before)
    expect(
      (await withBroken(payload, 'quality-documents', 'afterDelete', remove)).status,
    ).toBeGreaterThanOrEqual(500)
    expect(await isoState(payload, id)).toEqual(before)

    expect((await remove()).status).toBe(200)
    const after = await isoState(payload, id)
    expect(after.doc).toBeNull()
    expect(after.versions).toBe(0)
    expect(after.tasks).toEqual([])
  })

  it('deletes every document a bulk delete matched, or none', async () => {
    const { payload, rest, fixtures } = ctx()
    const issued = await approvedDocument('QT-AT-05')
    expect((await act(issued, tokens.approver, { action: 'publish' })).status).toBe(200)
    const created = await rest.request('POST', '/quality-documents', {
      token: tokens.officer,
      body: {
        code: 'QT-AT-06',
        title: 'Dự thảo',
        docType: 'procedure',
        locality: fixtures.localities.townA.id,
      },
    })
    const draft = ((await created.json()) as Json).doc!.id
    const before = [await isoState(payload, issued), await isoState(payload, draft)]
    const response = await rest.request('DELETE', '/quality-documents', {
      token: tokens.admin,
      query: { where: { code: { in: ['QT-AT-05', 'QT-AT-06'] } } },
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as Json).errors?.[0]?.message).toContain(
      'không mục nào bị thay đổi',
    )
    expect([await isoState(payload, issued), await isoState(payload, draft)]).toEqual(before)
  })

  it('deletes a user with their notifications, or not at all', async () => {
    const { payload, rest } = ctx()
    const user = await payload.create({
      collection: 'users',
      data: {
        email: 'se.nghi.viec@test.vn',
        password: PASSWORD,
        name: 'Sẽ nghỉ việc',
        roles: ['reviewer'],
      },
    })
    for (const title of ['Thông báo 1', 'Thông báo 2']) {
      await payload.create({
        collection: 'notifications',
        data: { title, recipient: user.id, read: false },
      })
    }
    const count = async () => ({
      user: (await payload.count({ collection: 'users', where: { id: { equals: user.id } } }))
        .totalDocs,
      notifications: (
        await payload.count({
          collection: 'notifications',
          where: { recipient: { equals: user.id } },
        })
      ).totalDocs,
    })
    const remove = () => rest.request('DELETE', `/users/${user.id}`, { token: tokens.admin })

    expect(
      (await withBroken(payload, 'users', 'afterDelete', remove)).status,
    ).toBeGreaterThanOrEqual(500)
    expect(await count()).toEqual({ user: 1, notifications: 2 })
    const response = await remove()
    expect(response.status, await response.clone().text()).toBe(200)
    expect(await count()).toEqual({ user: 0, notifications: 0 })
  })

  it('rolls back to an earlier release with its record, current flags and audit entry, switching the link only if all are written', async () => {
    const { payload, rest } = ctx()
    emptyReleases()
    for (const id of ['20260101T000000Z-a', '20260102T000000Z-b']) {
      fs.mkdirSync(path.join(releasesDir, id), { recursive: true })
      fs.writeFileSync(path.join(releasesDir, id, 'index.html'), `<h1>${id}</h1>`)
    }
    fs.symlinkSync('20260102T000000Z-b', path.join(releasesDir, 'current'))
    const record = (releaseId: string, isCurrent: boolean) =>
      payload.create({
        collection: 'releases',
        data: {
          action: 'publish',
          state: 'live',
          releaseId,
          isCurrent,
          scope: 'province',
          contentHash: releaseId.padEnd(64, '0'),
        },
      })
    const older = await record('20260101T000000Z-a', false)
    await record('20260102T000000Z-b', true)
    const state = async () => ({
      current: currentRelease(),
      records: (
        await payload.find({
          collection: 'releases',
          depth: 0,
          sort: 'createdAt',
          pagination: false,
        })
      ).docs.map((r) => ({ id: r.id, isCurrent: r.isCurrent, state: r.state })),
      audit: (await payload.count({ collection: 'audit-log' })).totalDocs,
    })
    const before = await state()
    const rollBack = () =>
      rest.request('POST', `/releases/${older.id}/rollback`, { token: tokens.publisher })

    for (const slug of ['releases', 'audit-log'] as const) {
      const failed = await withBroken(payload, slug, 'afterChange', rollBack)
      expect(failed.status, slug).toBeGreaterThanOrEqual(400)
      expect(await state(), `a failure writing ${slug} left a trace`).toEqual(before)
    }
    // The link cannot be switched (the release directory is incomplete): no record says otherwise.
    fs.renameSync(
      path.join(releasesDir, '20260101T000000Z-a', 'index.html'),
      path.join(releasesDir, 'index.html.aside'),
    )
    const refused = await rollBack()
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as Json).errors?.[0]?.message).toContain('không còn trên đĩa')
    expect(await state()).toEqual(before)
    fs.renameSync(
      path.join(releasesDir, 'index.html.aside'),
      path.join(releasesDir, '20260101T000000Z-a', 'index.html'),
    )

    const done = await rollBack()
    expect(done.status, await done.clone().text()).toBe(200)
    const after = await state()
    expect(after.current).toBe('20260101T000000Z-a')
    expect(after.records).toHaveLength(3)
    expect(after.records.filter((r) => r.isCurrent)).toEqual([
      expect.objectContaining({ id: ((await done.json()) as Json).doc!.id }),
    ])
    expect(after.audit).toBe(before.audit + 1)
    // Leave the store as the publish test below expects it: nothing published yet.
    emptyReleases()
    await payload.delete({ collection: 'releases', where: { id: { exists: true } } })
  })

  it('marks documents due for review in one transaction', async () => {
    const { payload } = ctx()
    const before = (await payload.count({ collection: 'review-tasks' })).totalDocs
    // Two effective documents due for review: the second task written fails.
    const due = await payload.find({
      collection: 'quality-documents',
      where: { documentStatus: { equals: 'effective' } },
      depth: 0,
      pagination: false,
    })
    for (const doc of due.docs)
      await payload.update({
        collection: 'quality-documents',
        id: doc.id,
        data: { nextReviewDate: '2026-01-10T00:00:00.000Z' },
      })
    let written = 0
    await expect(
      withBroken(
        payload,
        'review-tasks',
        'afterChange',
        () => markReviewsDue(payload, { today: '2026-01-01' }),
        () => ++written > 1,
      ),
    ).rejects.toThrow('Lỗi giả lập')
    expect((await payload.count({ collection: 'review-tasks' })).totalDocs).toBe(before)
    const { created } = await markReviewsDue(payload, { today: '2026-01-01' })
    expect(created).toBeGreaterThanOrEqual(1)
    expect((await payload.count({ collection: 'review-tasks' })).totalDocs).toBe(before + created)
  })

  it('runs a function in a transaction: all of it, none of it, or a clear failure when a step was rolled back midway', async () => {
    const { payload } = ctx()
    const sectors = async (...names: string[]) =>
      (await payload.count({ collection: 'sectors', where: { name: { in: names } } })).totalDocs

    await expect(
      inSystemTransaction(payload, async (req) => {
        await payload.create({ collection: 'sectors', data: { name: 'Giao dịch A 1' }, req })
        // A nested call joins the same transaction.
        await inTransaction(req, () =>
          payload.create({ collection: 'sectors', data: { name: 'Giao dịch A 2' }, req }),
        )
        throw new Error('hủy')
      }),
    ).rejects.toThrow('hủy')
    expect(await sectors('Giao dịch A 1', 'Giao dịch A 2')).toBe(0)

    await inSystemTransaction(payload, async (req) => {
      await payload.create({ collection: 'sectors', data: { name: 'Giao dịch B 1' }, req })
      await payload.create({ collection: 'sectors', data: { name: 'Giao dịch B 2' }, req })
    })
    expect(await sectors('Giao dịch B 1', 'Giao dịch B 2')).toBe(2)

    // A failed read ends the transaction; catching its error must not let the rest pass for atomic.
    await expect(
      inSystemTransaction(payload, async (req) => {
        await payload.create({ collection: 'sectors', data: { name: 'Giao dịch C 1' }, req })
        await payload
          .findByID({ collection: 'sectors', id: crypto.randomUUID(), req })
          .catch(() => null)
      }),
    ).rejects.toThrow('hủy giữa chừng')
    expect(await sectors('Giao dịch C 1')).toBe(0)
  })

  it('lets concurrent requests write without one failing because another holds the database', async () => {
    const { payload, rest } = ctx()
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        rest.request('POST', '/sectors', { token: tokens.admin, body: { name: `Song song ${i}` } }),
      ),
    )
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201))
    const local = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        payload.create({ collection: 'sectors', data: { name: `Song song cục bộ ${i}` } }),
      ),
    )
    expect(local.filter((r) => r.status === 'rejected')).toEqual([])
  })

  it('publishes the catalogue: a release goes live and current with its records, or the link and the records stay as they were', async () => {
    const { payload, rest } = ctx()
    const publish = async () => {
      const response = await rest.request('POST', '/releases/publish', { token: tokens.publisher })
      expect(response.status).toBe(202)
      const { doc } = (await response.json()) as Json
      for (let i = 0; i < 600; i++) {
        const record = await payload.findByID({ collection: 'releases', id: doc!.id, depth: 0 })
        if (record.state === 'live' || record.state === 'failed') return record
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
      throw new Error('publish did not finish in 300 s')
    }
    emptyReleases()
    // The write that makes the record live fails: the build is done, but nothing goes live.
    const failed = await withBroken(
      payload,
      'releases',
      'afterChange',
      publish,
      ({ doc }) => doc?.state === 'live',
    )
    expect(failed.state).toBe('failed')
    expect(failed.error).toContain('Lỗi giả lập')
    expect(failed.isCurrent).toBeFalsy()
    expect(currentRelease()).toBeNull()

    const live = await publish()
    expect(live.error ?? null).toBeNull()
    expect(live.state).toBe('live')
    expect(live.isCurrent).toBe(true)
    expect(currentRelease()).toBe(live.releaseId)
    expect(live.log).toContain('Đã chuyển bản đang hiển thị')
    const current = await payload.find({
      collection: 'releases',
      where: { isCurrent: { equals: true } },
      depth: 0,
    })
    expect(current.docs.map((r) => r.id)).toEqual([live.id])
  }, 700_000)
})
