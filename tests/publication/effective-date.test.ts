import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { rollBack, runPublish } from '../../cms/collections/Releases/runPublish'
import { exportSnapshot } from '../../cms/publication/exportSnapshot'
import { setEnv } from '../helpers/env'
import { describeEachAdapter, type TestContext } from '../helpers/payload'

/**
 * Decisions take effect by themselves (issue 13, item 3): a published decision reaches the public
 * site at 00:00 (Vietnam) of its effective date, through the midnight job and the normal release
 * path, and the procedure it replaces leaves the catalogue, its old addresses saying why. The
 * clock is the job's `at`: 2 December 2026 in Hà Nội, then the next midnight, then the one after.
 */
const DAY = {
  evening: '2026-12-02T16:59:00.000Z', // 23:59 on 02/12 in Hà Nội
  midnight: '2026-12-02T17:00:00.000Z', // 00:00 on 03/12
  later: '2026-12-02T17:05:00.000Z',
  nextMidnight: '2026-12-03T17:00:00.000Z', // 00:00 on 04/12
}
/** A date picked as 03/12/2026 in the admin in Hà Nội is stored as this instant. */
const PICKED_03_12 = '2026-12-02T17:00:00.000Z'
const PICKED_04_12 = '2026-12-03T17:00:00.000Z'

describeEachAdapter('decisions take effect on their date', (ctx) => {
  let releasesDir: string
  let restoreEnv: () => void
  let morning: string
  const current = () => fs.readlinkSync(path.join(releasesDir, 'current'))
  const page = (...parts: string[]) =>
    fs.readFileSync(path.join(releasesDir, current(), ...parts, 'index.html'), 'utf8')
  const text = (html: string) =>
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/ ([:.,;)])/g, '$1')

  const latestRelease = async ({ payload }: TestContext) =>
    (await payload.find({ collection: 'releases', sort: '-createdAt', limit: 1, depth: 0 }))
      .docs[0] ?? null
  /** Runs the midnight job through Payload's queue at `at`; the release it made, if any. */
  async function runMidnightJob(ctx: TestContext, at: string) {
    const before = await latestRelease(ctx)
    const job = await ctx.payload.jobs.queue({
      task: 'publishOnEffectiveDate',
      queue: 'midnight',
      input: { at },
    })
    await ctx.payload.jobs.run({ queue: 'midnight' })
    // Payload deletes a job that completed; one that threw stays, with its error.
    const kept = await ctx.payload.findByID({
      collection: 'payload-jobs',
      id: job.id,
      depth: 0,
      disableErrors: true,
    })
    expect(kept, JSON.stringify(kept?.log)).toBeNull()
    const after = await latestRelease(ctx)
    return after && after.id !== before?.id ? after : null
  }

  beforeAll(async () => {
    releasesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-effective-'))
    restoreEnv = setEnv({ RELEASES_DIR: releasesDir })
    const { payload, fixtures } = ctx()
    // The site as it was on the morning of 02/12.
    const first = await payload.create({
      collection: 'releases',
      data: { action: 'publish', state: 'queued', scope: 'province' },
    })
    await runPublish(payload, first.id, { now: new Date('2026-12-02T03:00:00.000Z') })
    morning = first.id
    expect((await payload.findByID({ collection: 'releases', id: first.id })).state).toBe('live')
    // A new birth registration replaces the old one from 03/12, by a decision approved today.
    const replacement = await payload.create({
      collection: 'procedures',
      data: fixtures.complete('1.009999', 'Đăng ký khai sinh theo quy trình mới'),
    })
    await payload.create({
      collection: 'decisions',
      data: {
        number: '1234/QĐ-UBND',
        kind: 'announcement',
        title: 'Công bố thủ tục hành chính được thay thế',
        issuer: 'Chủ tịch UBND tỉnh',
        locality: fixtures.localities.province.id,
        signedDate: '2026-12-01T17:00:00.000Z',
        effectiveDate: PICKED_03_12,
        entries: [
          { procedure: replacement.id, change: 'replaced', replaces: fixtures.procedures.birth.id },
        ],
        _status: 'published',
      },
    })
  }, 300_000)
  afterAll(() => {
    restoreEnv()
    fs.rmSync(releasesDir, { recursive: true, force: true })
  })

  it('holds a decision back until its date: the day before, the release is as it was', async () => {
    const { payload, fixtures } = ctx()
    const { snapshot } = await exportSnapshot(payload, { now: new Date(DAY.evening) })
    expect(snapshot.decisions.map((d) => d.number)).not.toContain('1234/QĐ-UBND')
    expect(snapshot.procedures.map((p) => p.code)).toContain(fixtures.procedures.birth.code)
    // The replacement, which only that decision announces, is not listed before its date either.
    expect(snapshot.procedures.map((p) => p.code)).not.toContain('1.009999')
    expect(snapshot.abolishedProcedures ?? []).toEqual([
      // Marked abolished by hand, with no decision in the release: since when is not known.
      expect.objectContaining({ code: '1.000002', since: null, decisionId: null }),
    ])
    expect(await runMidnightJob(ctx(), DAY.evening)).toBeNull()
  })

  it('publishes at 00:00 of the effective date; the replaced procedure’s old addresses say since when and what replaced it', async () => {
    const { payload, fixtures } = ctx()
    const liveBefore = current()
    const record = await runMidnightJob(ctx(), DAY.midnight)
    expect(record).toMatchObject({ state: 'live', isCurrent: true, scope: 'province' })
    expect(current()).not.toBe(liveBefore)
    expect(record!.log).toMatch(
      /^Xuất bản tự động lúc 00:00 ngày 03\/12\/2026: quyết định số 1234\/QĐ-UBND có hiệu lực\./,
    )
    // The audit log records it, asked by no one.
    const audit = await payload.find({
      collection: 'audit-log',
      where: { targetId: { equals: record!.id } },
      depth: 0,
    })
    expect(audit.docs.map((d) => d.event)).toEqual(['publish'])

    const birthSlug = '1-001193-dang-ky-khai-sinh'
    const province = text(page('thu-tuc', birthSlug))
    expect(province).toContain('Thủ tục đã bãi bỏ từ ngày 03/12/2026.')
    expect(province).toContain('Quyết định số 1234/QĐ-UBND ngày 02/12/2026')
    expect(page('thu-tuc', birthSlug)).toMatch(
      /Thủ tục thay thế: <a href="\/thu-tuc\/1-009999-dang-ky-khai-sinh-theo-quy-trinh-moi\/">/,
    )
    // The town applied it: its own old address explains too.
    const town = fixtures.localities.townA.slug!
    expect(text(page('dia-phuong', town, 'thu-tuc', birthSlug))).toContain(
      'Thủ tục đã bãi bỏ từ ngày 03/12/2026.',
    )
    // Out of the lists: the A–Z index names the replacement, not the old procedure.
    const az = page('tu-a-den-z')
    expect(az).toContain('1-009999-dang-ky-khai-sinh-theo-quy-trinh-moi')
    expect(az).not.toContain(`/thu-tuc/${birthSlug}/`)
    // The change is in the change log, dated by the day the law took effect.
    expect(text(page('thay-doi'))).toContain('03/12/2026')
  })

  it('does nothing more that night, nor after a rollback, and tells the publishers when a midnight publish fails', async () => {
    const { payload, fixtures } = ctx()
    expect(await runMidnightJob(ctx(), DAY.later)).toBeNull()
    // A publisher rolls back to the morning's release: that choice stands, and the decision the
    // midnight release had taken into force is not due again.
    const rolledBack = current()
    await rollBack(payload, morning, String(fixtures.users.publisher.id))
    expect(current()).not.toBe(rolledBack)
    expect(await runMidnightJob(ctx(), DAY.later)).toBeNull()
    await payload.create({
      collection: 'decisions',
      data: {
        number: '1300/QĐ-UBND',
        kind: 'announcement',
        title: 'Công bố thủ tục hành chính bị bãi bỏ',
        issuer: 'Chủ tịch UBND tỉnh',
        locality: fixtures.localities.province.id,
        signedDate: '2026-12-01T17:00:00.000Z',
        effectiveDate: PICKED_04_12,
        entries: [{ procedure: fixtures.procedures.marriage.id, change: 'abolished' }],
        _status: 'published',
      },
    })
    const live = current()
    // A broken configuration makes the real build fail.
    const restoreUrl = setEnv({ SITE_URL: 'khong phai dia chi web' })
    try {
      expect(await runMidnightJob(ctx(), DAY.nextMidnight)).toMatchObject({ state: 'failed' })
    } finally {
      restoreUrl()
    }
    expect(current()).toBe(live)
    const told = await payload.find({
      collection: 'notifications',
      where: { title: { equals: 'Xuất bản tự động thất bại' } },
      depth: 0,
    })
    expect(told.docs.map((n) => n.recipient).sort()).toEqual(
      [fixtures.users.admin.id, fixtures.users.publisher.id].sort(),
    )
    expect(told.docs[0]!.message).toContain(
      'quyết định số 1300/QĐ-UBND có hiệu lực nhưng chưa lên trang công khai',
    )
  })
})
