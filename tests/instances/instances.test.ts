/**
 * Two admin servers (the production build behind scripts/lib/cmsServer.ts, as npm start runs it)
 * on one fresh PostgreSQL database and one S3-compatible server (s3rver), each with a disk of its
 * own, behave as one (issue 16): a session from one is accepted by the other and the login
 * lock-out is shared; a file uploaded through one is served through the other; two simultaneous
 * publish clicks on the two make one publish; a nightly job that two schedulers queued for the
 * same slot runs once when both run the queue; an instance killed in the middle of a publish
 * leaves the live release as it was, its publish is failed visibly, and the other instance
 * publishes again.
 *
 * PostgreSQL only: SQLite is one server's database, and its writes are serialised anyway.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { INTERRUPTED_MESSAGE } from '../../cms/collections/Releases/interruptedPublishes'
import {
  ACTIVE_STATES,
  isSecondPublish,
  PUBLISH_RUNNING_MESSAGE,
} from '../../cms/collections/Releases/publishSlot'
import type { Release } from '../../cms/payload-types'
import { currentReleaseId } from '../../release/releaseStore'
import { buildCms } from '../../scripts/lib/cmsBuild'
import { startCmsInstance, startJobsWorker, type CmsInstance } from '../../scripts/lib/cmsInstance'
import { announce } from '../helpers/announce'
import type { TestDatabase } from '../helpers/databases'
import { setEnv } from '../helpers/env'
import { createFixtures, PASSWORD } from '../helpers/fixtures'
import { startPayload, stopPayload } from '../helpers/payload'
import { startS3Server, type S3TestServer } from '../helpers/s3server'
import { MINIMAL_PDF } from '../helpers/files'

const SECRET = 'instances-test-secret-not-for-production'
const MEDIA_BUCKET = 'ttkc-media-instances'
const RELEASES_BUCKET = 'ttkc-releases-instances'
// A building publish without a heartbeat for 3 s counts as dead (interruptedPublishes.ts).
const STALE_AFTER_MS = 3_000

describe.skipIf(!process.env.TEST_POSTGRES_URL)(
  '[postgres] two admin instances on one database (needs TEST_POSTGRES_URL; skipped without it)',
  () => {
    let payload: Payload
    let database: TestDatabase
    let dir: string
    let restoreEnv: () => void
    let a: CmsInstance
    let b: CmsInstance
    let env: Record<string, string>
    let s3: S3TestServer
    const others: CmsInstance[] = []
    /** An instance's own disk: releases being built, the data folder. */
    const own = (name: string) => ({
      RELEASES_DIR: path.join(dir, name, 'releases'),
      DATA_DIR: path.join(dir, name, 'data'),
    })

    beforeAll(async () => {
      const started = Date.now()
      const say = (what: string) =>
        console.log(`[instances] ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-instances-'))
      // Files and releases in a bucket, each instance (and this process) with a disk of its own:
      // nothing the instances share but the database and the bucket.
      s3 = await startS3Server([MEDIA_BUCKET, RELEASES_BUCKET])
      const shared = { ...s3.env, S3_BUCKET: MEDIA_BUCKET, RELEASES_BUCKET }
      restoreEnv = setEnv({
        ...shared,
        RELEASES_DIR: path.join(dir, 'test', 'releases'),
        DATA_DIR: path.join(dir, 'test', 'data'),
      })
      ;({ payload, database } = await startPayload('postgres'))
      await createFixtures(payload)
      say('fixtures')
      // Next builds for production whatever the test runner's NODE_ENV says.
      const restoreNodeEnv = setEnv({ NODE_ENV: 'production' })
      try {
        await buildCms()
      } finally {
        restoreNodeEnv()
      }
      say('admin build')
      env = {
        ...shared,
        DATABASE_URI: database.uri,
        PAYLOAD_SECRET: SECRET,
        PAYLOAD_JOBS_AUTORUN: 'true',
        PUBLISH_STALE_AFTER_MS: String(STALE_AFTER_MS),
      }
      ;[a, b] = await Promise.all([
        startCmsInstance({ name: 'A', env: { ...env, ...own('a') } }),
        startCmsInstance({ name: 'B', env: { ...env, ...own('b') } }),
      ])
      say('two instances serving')
    }, 600_000)

    afterAll(async () => {
      await Promise.all([a?.kill(), b?.kill(), ...others.map((o) => o.kill())])
      await stopPayload(payload, database)
      await s3?.stop()
      restoreEnv?.()
      if (dir) fs.rmSync(dir, { recursive: true, force: true })
    })

    const login = async (on: CmsInstance, email: string, password = PASSWORD) =>
      fetch(`${on.base}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
    const tokenOn = async (on: CmsInstance, email: string) => {
      const response = await login(on, email)
      expect(response.status, on.log()).toBe(200)
      return ((await response.json()) as { token: string }).token
    }
    const call = (on: CmsInstance, method: string, route: string, token: string) =>
      fetch(`${on.base}/api${route}`, {
        method,
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        ...(method === 'POST' ? { body: '{}' } : {}),
      })
    const release = (id: string) =>
      payload.findByID({ collection: 'releases', id, depth: 0 }) as Promise<Release>
    const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 120_000) => {
      const deadline = Date.now() + ms
      for (;;) {
        const value = await read()
        if (done(value)) return value
        if (Date.now() > deadline) throw new Error(`Hết thời gian chờ: ${JSON.stringify(value)}`)
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
    /** the Payload jobs of a publish (its input names the release record) */
    const publishJobsOf = async (id: string) =>
      (
        await payload.find({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'publishCatalogue' } },
          pagination: false,
          depth: 0,
        })
      ).docs.filter((job) => (job.input as { release?: string } | null)?.release === id)
    const finished = (id: string) =>
      until(
        () => release(id),
        (r) => r.state === 'live' || r.state === 'failed',
      )

    it('accepts a session made on one instance on the other, and counts failed logins on both', async () => {
      const token = await tokenOn(a, 'xuatban@test.vn')
      const me = await call(b, 'GET', '/users/me', token)
      expect(((await me.json()) as { user: { email: string } | null }).user?.email).toBe(
        'xuatban@test.vn',
      )
      // The lock-out is kept in the database: five wrong passwords spread over the two lock the
      // account on both (Users: maxLoginAttempts 5).
      for (const on of [a, b, a, b, a]) await login(on, 'pheduyet@test.vn', 'sai-mat-khau')
      for (const on of [a, b]) {
        const locked = await login(on, 'pheduyet@test.vn')
        expect(locked.status).not.toBe(200)
      }
    })

    it('answers an address it cannot decode with 400 in Vietnamese, and goes on serving', async () => {
      for (const route of ['/admin/%E0%A4%A', '/api/procedures/%E0%A4%A', '/api/media/file/%FF']) {
        const response = await fetch(`${a.base}${route}`)
        expect(response.status, route).toBe(400)
        expect(await response.text(), route).toBe('Địa chỉ không hợp lệ.')
      }
      const token = await tokenOn(a, 'xuatban@test.vn')
      expect((await call(a, 'GET', '/users/me', token)).status).toBe(200)
    })

    it('refuses, before reading it, a body larger than its route accepts', async () => {
      // Payload would read a login's body before knowing who sent it (cms/lib/requestBodyLimit.ts).
      const huge = { 'Content-Length': String(500 * 1024 * 1024), Expect: '100-continue' }
      for (const route of ['/api/users/login', '/api/change-sets/plan', '/api/media']) {
        const answer = await announce(a.base, route, huge)
        expect(answer.status, route).toBe(413)
        expect(answer.continued, route).toBe(false)
        expect(JSON.parse(answer.body).errors[0].message, route).toContain('quá lớn (500 MB)')
      }
      const chunked = await announce(a.base, '/api/users/login', { 'Transfer-Encoding': 'chunked' })
      expect(chunked.status).toBe(411)
      expect((await login(a, 'xuatban@test.vn')).status).toBe(200)
    })

    it('serves a file uploaded through one instance through the other, to those allowed only', async () => {
      const form = new FormData()
      form.append(
        'file',
        new File([new Uint8Array(MINIMAL_PDF)], 'mau-don-a.pdf', { type: 'application/pdf' }),
      )
      form.append('_payload', JSON.stringify({ title: 'Mẫu đơn tải lên máy A' }))
      const created = await fetch(`${a.base}/api/media`, {
        method: 'POST',
        headers: { Authorization: `JWT ${await tokenOn(a, 'phapche@test.vn')}` },
        body: form,
      })
      expect(created.status, a.log()).toBe(201)
      const { doc } = (await created.json()) as { doc: { filename: string } }
      const onB = await fetch(`${b.base}/api/media/file/${doc.filename}`, {
        headers: { Authorization: `JWT ${await tokenOn(b, 'phapche@test.vn')}` },
      })
      expect(onB.status, b.log()).toBe(200)
      expect(Buffer.from(await onB.arrayBuffer()).equals(MINIMAL_PDF)).toBe(true)
      // Not on either instance's disk: B read it from the bucket.
      for (const name of ['a', 'b'])
        expect(fs.existsSync(path.join(dir, name, 'data', 'media', doc.filename))).toBe(false)
      const anonymous = await fetch(`${b.base}/api/media/file/${doc.filename}`)
      expect([403, 404]).toContain(anonymous.status)
    })

    it('lets only one of two transactions that both saw no publish running record one', async () => {
      // What two instances' publish endpoints do at the same instant, step by step: PostgreSQL's
      // READ COMMITTED shows both the same empty set, so the check alone lets both through.
      const first = await createLocalReq({}, payload)
      const second = await createLocalReq({}, payload)
      await initTransaction(first)
      await initTransaction(second)
      const running = (req: typeof first) =>
        payload.count({ collection: 'releases', where: { state: { in: [...ACTIVE_STATES] } }, req })
      expect((await running(first)).totalDocs).toBe(0)
      expect((await running(second)).totalDocs).toBe(0)
      const data = { action: 'publish', state: 'queued', scope: 'province' } as const
      const recorded = await payload.create({ collection: 'releases', data, req: first })
      // The second insert waits for the first transaction, then finds the slot taken.
      const refused = payload.create({ collection: 'releases', data, req: second }).then(
        () => null,
        (error: unknown) => error,
      )
      await commitTransaction(first)
      expect(isSecondPublish(await refused)).toBe(true)
      await killTransaction(second)
      expect(
        (await payload.count({ collection: 'releases', where: { state: { in: ['queued'] } } }))
          .totalDocs,
      ).toBe(1)
      await payload.delete({ collection: 'releases', id: recorded.id })
    })

    it('makes one publish of two simultaneous clicks on the two instances; the other is told in Vietnamese', async () => {
      // One after the other: Payload adds a session by rewriting the user's record, and two
      // logins of one person at the same instant keep only one of the two sessions.
      const tokenA = await tokenOn(a, 'xuatban@test.vn')
      const tokenB = await tokenOn(b, 'xuatban@test.vn')
      const answers = await Promise.all([
        call(a, 'POST', '/releases/publish', tokenA),
        call(b, 'POST', '/releases/publish', tokenB),
      ])
      expect(answers.map((r) => r.status).sort()).toEqual([202, 409])
      const refused = answers.find((r) => r.status === 409)!
      expect(((await refused.json()) as { errors: { message: string }[] }).errors[0].message).toBe(
        PUBLISH_RUNNING_MESSAGE,
      )
      const accepted = (await answers.find((r) => r.status === 202)!.json()) as { doc: Release }
      expect((await payload.count({ collection: 'releases' })).totalDocs).toBe(1)
      expect(
        (
          await payload.count({
            collection: 'payload-jobs',
            where: { taskSlug: { equals: 'publishCatalogue' } },
          })
        ).totalDocs,
      ).toBe(1)
      const done = await finished(accepted.doc.id)
      expect(done.state, done.error ?? '').toBe('live')
      expect(await currentReleaseId()).toBe(done.releaseId)
    })

    it('runs a nightly job once that two schedulers queued for the same slot, with both instances running the queue', async () => {
      // Two instances' schedulers at 01:00 each count no job and each queue one for the slot.
      const slot = new Date(Date.now() - 60_000)
      const queued = await Promise.all(
        [1, 2].map(() =>
          payload.jobs.queue({
            task: 'markReviewsDue',
            queue: 'nightly',
            waitUntil: slot,
            meta: { scheduled: true },
            input: {},
          }),
        ),
      )
      const token = await tokenOn(a, 'admin@test.vn')
      const tokenB = await tokenOn(b, 'admin@test.vn')
      // Both instances run the queue at once, as their autoRun crons do at 01:00.
      const runs = await Promise.all([
        call(a, 'GET', '/payload-jobs/run?queue=nightly&disableScheduling=true', token),
        call(b, 'GET', '/payload-jobs/run?queue=nightly&disableScheduling=true', tokenB),
      ])
      // Both runners may take the same job (Payload reads unclaimed jobs, then marks them); the
      // claim (runOnce) lets one of them run it. Once in CI the other answered 500, not reproduced
      // here (likeliest: it updated the job's row after the winner had deleted it). What matters,
      // and is checked below, is that the job ran once and none was left in error.
      expect(
        runs.some((r) => r.status === 200),
        `${await Promise.all(runs.map((r) => r.clone().text()))}\n${a.log()}\n${b.log()}`,
      ).toBe(true)
      // Payload deletes a job once it completes; a failed one stays with its error.
      const left = await until(
        () =>
          payload.find({
            collection: 'payload-jobs',
            where: { id: { in: queued.map((job) => job.id) } },
            depth: 0,
          }),
        (found) => found.docs.every((job) => job.hasError),
        30_000,
      )
      expect(left.docs.map((job) => job.error)).toEqual([])
      // One claimed the slot and ran the checks; the other found it claimed and stood down.
      const claims = await payload.find({
        collection: 'job-claims',
        where: { key: { equals: `markReviewsDue@${slot.toISOString()}` } },
        depth: 0,
      })
      expect(claims.docs.map((claim) => claim.job)).toHaveLength(1)
      expect(queued.map((job) => String(job.id))).toContain(claims.docs[0].job)
    })

    it('leaves the live release as it was when an instance is killed mid-publish, fails that publish visibly, and lets the other publish again', async () => {
      const live = await currentReleaseId()
      expect(live).not.toBeNull()
      const tokenA = await tokenOn(a, 'xuatban@test.vn')
      const tokenB = await tokenOn(b, 'xuatban@test.vn')
      const started = await call(b, 'POST', '/releases/publish', tokenB)
      expect(started.status, b.log()).toBe(202)
      const { doc } = (await started.json()) as { doc: Release }
      await until(
        () => release(doc.id),
        (r) => r.state === 'building' && Boolean(r.heartbeatAt),
        60_000,
      )
      await b.kill('SIGKILL')
      expect(await currentReleaseId()).toBe(live)
      // Within the bound the publish may still be alive: the other instance waits for it.
      const tooSoon = await call(a, 'POST', '/releases/publish', tokenA)
      expect(tooSoon.status).toBe(409)

      await new Promise((resolve) => setTimeout(resolve, STALE_AFTER_MS + 500))
      const again = await call(a, 'POST', '/releases/publish', tokenA)
      expect(again.status, a.log()).toBe(202)
      const killed = await release(doc.id)
      expect(killed.state).toBe('failed')
      expect(killed.error).toBe(INTERRUPTED_MESSAGE)
      expect(killed.isCurrent ?? false).toBe(false)
      expect(await currentReleaseId()).toBe(live)
      // The killed runner's job is cancelled, not left "processing" for ever.
      const jobs = await publishJobsOf(doc.id)
      expect(jobs.map((job) => [job.processing, job.hasError])).toEqual([[false, true]])

      const { doc: next } = (await again.json()) as { doc: Release }
      const done = await finished(next.id)
      expect(done.state, done.error ?? '').toBe('live')
      expect(await currentReleaseId()).toBe(done.releaseId)
    })

    it('leaves a publish to the worker when the instance it was pressed on runs no jobs', async () => {
      // An instance beside a worker: its publish button only queues (cms/jobs/jobsMode.ts).
      const queueOnly = await startCmsInstance({
        name: 'C',
        env: { ...env, ...own('c'), PAYLOAD_JOBS_AUTORUN: 'false' },
      })
      others.push(queueOnly)
      const token = await tokenOn(queueOnly, 'xuatban@test.vn')
      const asked = await call(queueOnly, 'POST', '/releases/publish', token)
      expect(asked.status, queueOnly.log()).toBe(202)
      const { doc } = (await asked.json()) as { doc: Release }
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      expect((await release(doc.id)).state).toBe('queued')

      const worker = await startJobsWorker({ env: { ...env, ...own('worker') } })
      others.push(worker)
      const done = await finished(doc.id)
      expect(done.state, `${done.error ?? ''}\n${worker.log()}`).toBe('live')
      expect(await currentReleaseId()).toBe(done.releaseId)
      const claim = await payload.find({
        collection: 'job-claims',
        where: { key: { equals: `publishCatalogue:${doc.id}` } },
        depth: 0,
      })
      expect(claim.totalDocs).toBe(1)
      expect(queueOnly.log()).not.toContain('Running 1 jobs')
      expect(worker.log()).toContain('Running 1 jobs')
    })
  },
)
