import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import type http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  FIRST_PUBLISH_ORIGIN,
  firstPublishSkipped,
  publishFirstRelease,
} from '../../cms/collections/Releases/firstPublish'
import { INTERRUPTED_MESSAGE } from '../../cms/collections/Releases/interruptedPublishes'
import { rootDir } from '../../cms/lib/paths'
import { currentReleaseId } from '../../release/releaseStore'
import { serveReleases } from '../../release/serveReleases'
import { prepareDatabase } from '../../scripts/lib/prepareDatabase'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter, startPayload, stopPayload } from '../helpers/payload'
import type { TestDatabase } from '../helpers/databases'

const start = (env: Record<string, string | undefined>) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(rootDir, 'scripts', 'start.ts')], {
    cwd: rootDir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })

describe('npm start in production', () => {
  it('refuses to start without PAYLOAD_SECRET', () => {
    const result = start({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: undefined,
      DATA_DIR: '/nonexistent-should-not-be-touched',
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      'Từ chối khởi động: NODE_ENV=production nhưng PAYLOAD_SECRET chưa được đặt',
    )
  })

  it('refuses to start with a well-known default secret', () => {
    const result = start({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'YOUR_SECRET_HERE',
      DATA_DIR: '/nonexistent-should-not-be-touched',
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('PAYLOAD_SECRET')
  })
})

/** RELEASES_DIR for the duration of a describe block: a fresh folder, as on a fresh clone. */
function freshReleasesDir(prefix: string): () => string {
  const saved = process.env.RELEASES_DIR
  let dir = ''
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
    process.env.RELEASES_DIR = path.join(dir, 'releases')
  })
  afterAll(() => {
    if (saved === undefined) delete process.env.RELEASES_DIR
    else process.env.RELEASES_DIR = saved
    fs.rmSync(dir, { recursive: true, force: true })
  })
  return () => dir
}

const listen = (server: http.Server) =>
  new Promise<string>((resolve) =>
    server.once('listening', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`),
    ),
  )

// The fresh clone's database is SQLite; the publish builds the whole demo site once (about a minute).
describe('[sqlite] npm start on a fresh installation', () => {
  freshReleasesDir('ttkc-start-')
  let payload: Payload
  let database: TestDatabase
  let server: http.Server | undefined

  beforeAll(async () => {
    ;({ payload, database } = await startPayload('sqlite'))
  })
  afterAll(async () => {
    server?.closeAllConnections()
    server?.close()
    await stopPayload(payload, database)
  })

  it(
    'seeds the demo catalogue, publishes it once as the system, and the public site shows it',
    { timeout: 600_000 },
    async () => {
      await prepareDatabase(payload, { production: false, log: () => {} })
      expect(await firstPublishSkipped(payload, { production: false, env: {} })).toBeNull()
      // Never in production unless asked.
      expect(await firstPublishSkipped(payload, { production: true, env: {} })).toContain(
        'PUBLISH_ON_START=1',
      )
      expect(
        await firstPublishSkipped(payload, { production: true, env: { PUBLISH_ON_START: '1' } }),
      ).toBeNull()
      expect(
        await firstPublishSkipped(payload, { production: false, env: { PUBLISH_ON_START: '0' } }),
      ).not.toBeNull()

      let publishing = true
      server = serveReleases({ port: 0, firstPublish: () => publishing })
      const origin = await listen(server)
      const running = publishFirstRelease(payload)
      // Meanwhile the public site says what is happening, and when to come back.
      const waiting = await fetch(origin)
      expect(waiting.status).toBe(503)
      expect(Number(waiting.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(await waiting.text()).toContain('Đang xuất bản lần đầu')
      expect(waiting.headers.get('content-security-policy')).toContain("default-src 'none'")

      const result = await running
      publishing = false
      expect(result).toMatchObject({ state: 'live' })
      expect(await currentReleaseId()).toBe(result.state === 'live' ? result.releaseId : null)
      const home = await fetch(origin)
      expect(home.status).toBe(200)
      const html = await home.text()
      expect(html).toContain('Điện Biên')
      expect(html).toContain('Đăng ký khai sinh')

      // Recorded like any release, by no person, with its log.
      const { docs } = await payload.find({ collection: 'releases', depth: 0 })
      expect(docs).toHaveLength(1)
      expect(docs[0]).toMatchObject({
        action: 'publish',
        scope: 'province',
        state: 'live',
        isCurrent: true,
      })
      expect(docs[0].requestedBy ?? null).toBeNull()
      expect(docs[0].log).toMatch(
        new RegExp(`^${FIRST_PUBLISH_ORIGIN.replace(/[().]/g, '\\$&')}\n`),
      )
      expect(docs[0].log).toContain('Đã chuyển bản đang hiển thị')
      const audit = await payload.find({
        collection: 'audit-log',
        where: { targetId: { equals: docs[0].id } },
        depth: 0,
      })
      expect(audit.docs.map((d) => [d.event, d.actor ?? null])).toEqual([['publish', null]])

      // The next start finds a live release and leaves it alone.
      expect(await firstPublishSkipped(payload, { production: false, env: {} })).toContain(
        result.state === 'live' ? result.releaseId : '?',
      )
    },
  )
})

describeEachAdapter('the first publish at start-up', (ctx) => {
  const dir = freshReleasesDir('ttkc-first-')

  it('is wanted once the database holds published content and nothing is live', async () => {
    expect(await firstPublishSkipped(ctx().payload, { production: false, env: {} })).toBeNull()
  })

  it('is recorded as failed, by the system, when it cannot run; nothing goes live', async () => {
    // The releases folder cannot be created: a file stands where it should be.
    fs.writeFileSync(path.join(dir(), 'releases'), 'not a folder')
    const result = await publishFirstRelease(ctx().payload)
    expect(result.state).toBe('failed')
    const { docs } = await ctx().payload.find({ collection: 'releases', depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0].state).toBe('failed')
    expect(docs[0].isCurrent ?? false).toBe(false)
    expect(docs[0].requestedBy ?? null).toBeNull()
    expect(docs[0].log?.startsWith(FIRST_PUBLISH_ORIGIN)).toBe(true)
    expect(await currentReleaseId()).toBeNull()
    fs.rmSync(path.join(dir(), 'releases'))
  })

  it('closes a publish left queued or building by a stopped server, so the publisher can publish again', async () => {
    const { payload, rest } = ctx()
    const stuck = await payload.create({
      collection: 'releases',
      data: { action: 'publish', state: 'building', scope: 'province' },
      overrideAccess: true,
    })
    // Its job, as a runner killed mid-publish leaves it: taken, never finished.
    const job = await payload.jobs.queue({
      task: 'publishCatalogue',
      input: { release: String(stuck.id) },
    })
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { processing: true },
      overrideAccess: true,
    })
    const token = await rest.login('xuatban@test.vn', PASSWORD)
    const refused = await rest.request('POST', '/releases/publish', { token })
    expect(refused.status).toBe(409)
    // Its runner's heartbeat stopped an hour ago. (On PostgreSQL or MongoDB a publish of another
    // instance with a fresh heartbeat is left alone: tests/instances.)
    await payload.db.updateOne({
      collection: 'releases',
      id: stuck.id,
      data: { heartbeatAt: new Date(Date.now() - 3_600_000).toISOString() },
    })

    const failedBefore = (
      await payload.count({ collection: 'releases', where: { state: { equals: 'failed' } } })
    ).totalDocs
    const lines: string[] = []
    await prepareDatabase(payload, { production: false, log: (line) => lines.push(line) })
    const closed = await payload.findByID({ collection: 'releases', id: stuck.id, depth: 0 })
    expect(closed.state).toBe('failed')
    expect(closed.error).toBe(INTERRUPTED_MESSAGE)
    expect(lines.join('\n')).toContain('1 lần xuất bản bị gián đoạn')
    // and its job is cancelled, not left "processing" for ever or to run later
    const cancelled = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    expect(cancelled.processing).toBe(false)
    expect(cancelled.hasError).toBe(true)
    expect(cancelled.error).toEqual({ cancelled: true })
    expect(
      (await payload.count({ collection: 'releases', where: { state: { equals: 'failed' } } }))
        .totalDocs,
    ).toBe(failedBefore + 1)
    expect(
      (
        await payload.count({
          collection: 'releases',
          where: { state: { in: ['queued', 'building'] } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describeEachAdapter(
  'the first publish at start-up, on an empty database',
  (ctx) => {
    freshReleasesDir('ttkc-empty-')
    it('is not wanted: there is nothing published to show', async () => {
      expect(await firstPublishSkipped(ctx().payload, { production: false, env: {} })).toContain(
        'chưa có thủ tục nào đã công bố',
      )
    })
  },
  { withFixtures: false },
)
