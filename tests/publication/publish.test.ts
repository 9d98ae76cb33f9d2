import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { setEnv } from '../helpers/env'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter } from '../helpers/payload'

/**
 * The whole pipeline, for real: "Xuất bản" through REST → Payload job → export → Astro build →
 * Pagefind → release directory → atomic switch.
 */
const releasesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-releases-'))
let restoreEnv: () => void
beforeAll(() => {
  restoreEnv = setEnv({ RELEASES_DIR: releasesDir })
})
afterAll(() => {
  restoreEnv()
  fs.rmSync(releasesDir, { recursive: true, force: true })
})

const current = () => fs.readlinkSync(path.join(releasesDir, 'current'))

async function waitForRelease(
  ctx: ReturnType<Parameters<Parameters<typeof describeEachAdapter>[1]>[0]>,
  id: string,
) {
  for (let i = 0; i < 300; i++) {
    const record = await ctx.payload.findByID({ collection: 'releases', id })
    if (record.state === 'live' || record.state === 'failed') return record
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('publish did not finish in 150 s')
}

describeEachAdapter('publishing a release', (ctx) => {
  let first: string

  it('publishes on "Xuất bản": a new release directory becomes current, and the release is recorded', async () => {
    const { rest } = ctx()
    const token = await rest.login('xuatban@test.vn', PASSWORD)
    const response = await rest.request('POST', '/releases/publish', { token })
    expect(response.status).toBe(202)
    const { doc } = await response.json()
    const record = await waitForRelease(ctx(), doc.id)
    expect(record.error ?? null).toBeNull()
    expect(record.state).toBe('live')
    expect(record.isCurrent).toBe(true)
    expect(record.contentHash).toMatch(/^[0-9a-f]{64}$/)
    expect(record.counts?.procedures).toBe(3)
    expect(record.counts?.pages).toBeGreaterThan(3)
    expect(record.durationMs).toBeGreaterThan(0)
    expect(
      typeof record.requestedBy === 'object' ? record.requestedBy?.email : record.requestedBy,
    ).toBeTruthy()
    expect(current()).toBe(record.releaseId)
    expect(fs.existsSync(path.join(releasesDir, record.releaseId!, 'index.html'))).toBe(true)
    first = doc.id
  })

  it('keeps the live release exactly as it was when a build fails, and shows the error', async () => {
    const { payload, rest } = ctx()
    const live = current()
    const files = fs.readdirSync(path.join(releasesDir, live), { recursive: true }).sort()
    await payload.update({
      collection: 'applied-procedures',
      id: ctx().fixtures.applied.appliedA.id,
      data: { localNotes: 'Ghi chú mới' },
    })
    // A broken configuration makes the real build fail.
    const restoreUrl = setEnv({ SITE_URL: 'khong phai dia chi web' })
    try {
      const token = await rest.login('xuatban@test.vn', PASSWORD)
      const { doc } = await (await rest.request('POST', '/releases/publish', { token })).json()
      const record = await waitForRelease(ctx(), doc.id)
      expect(record.state).toBe('failed')
      expect(record.error).toContain('Build trang công khai thất bại')
      expect(record.isCurrent).toBeFalsy()
    } finally {
      restoreUrl()
    }
    expect(current()).toBe(live)
    expect(fs.readdirSync(path.join(releasesDir, live), { recursive: true }).sort()).toEqual(files)
    expect(
      fs
        .readdirSync(releasesDir)
        .filter(
          (name) =>
            name.startsWith('.staging') && fs.readdirSync(path.join(releasesDir, name)).length > 0,
        ),
    ).toEqual([])
  })

  it('publishes the change next time, and rolls back to the earlier release on request', async () => {
    const { rest, payload } = ctx()
    const token = await rest.login('xuatban@test.vn', PASSWORD)
    const { doc } = await (await rest.request('POST', '/releases/publish', { token })).json()
    const second = await waitForRelease(ctx(), doc.id)
    expect(second.state).toBe('live')
    const firstRecord = await payload.findByID({ collection: 'releases', id: first })
    expect(second.contentHash).not.toBe(firstRecord.contentHash)
    expect(current()).toBe(second.releaseId)

    const rollback = await rest.request('POST', `/releases/${first}/rollback`, { token })
    expect(rollback.status).toBe(200)
    expect(current()).toBe(firstRecord.releaseId)
    const currentRecords = await payload.find({
      collection: 'releases',
      where: { isCurrent: { equals: true } },
    })
    expect(currentRecords.docs.map((r) => r.releaseId)).toEqual([firstRecord.releaseId])
    expect(currentRecords.docs[0].action).toBe('rollback')
  })
})
