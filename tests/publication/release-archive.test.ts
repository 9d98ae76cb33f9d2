import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import { archiveExisting } from '../../cms/collections/Releases/archiveSwitch'
import type { Release } from '../../cms/payload-types'
import { rebuildRelease } from '../../release/rebuildRelease'
import {
  archiveRelease,
  ArchiveIntegrityError,
  readArchivedRelease,
  verifyArchive,
  type SnapshotDescriptor,
} from '../../release/releaseArchive'
import { pruneReleases } from '../../release/releaseStore'
import { setEnv } from '../helpers/env'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter, type TestContext } from '../helpers/payload'

/**
 * Every release is kept as evidence: publishes archive their snapshots (compressed, named by
 * sha256, unchanged content stored once) before going live; pruning removes directories, not
 * content; "what did citizens see at that instant" answers from the release records and rebuilds
 * the site from the archive with the real build, whose pages read exactly as the originals did.
 */

// A test publishes up to twice (each a whole astro build): as long as waitForRelease allows.
vi.setConfig({ testTimeout: 300_000 })

async function waitForRelease(ctx: TestContext, id: string): Promise<Release> {
  for (let i = 0; i < 300; i++) {
    const record = await ctx.payload.findByID({ collection: 'releases', id, depth: 0 })
    if (record.state === 'live' || record.state === 'failed') return record
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('publish did not finish in 150 s')
}

/** What a reader of each page sees: its text, without markup, scripts or styles. */
function pageTexts(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const rel of (fs.readdirSync(dir, { recursive: true }) as string[]).sort()) {
    if (!rel.endsWith('.html')) continue
    const html = fs.readFileSync(path.join(dir, rel), 'utf8')
    const text = html
      .replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
      .replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
    out.set(rel.split(path.sep).join('/'), text)
  }
  return out
}

const objectFiles = (archive: string): string[] =>
  fs.existsSync(path.join(archive, 'objects'))
    ? (fs.readdirSync(path.join(archive, 'objects'), { recursive: true }) as string[])
        .filter((f) => f.endsWith('.gz'))
        .sort()
    : []

/** An instant as a person in Hà Nội types it: no offset, seconds precision. */
const vietnamTime = (ms: number) => new Date(ms + 7 * 3600_000).toISOString().slice(0, 19)

describeEachAdapter('every release kept as evidence', (ctx) => {
  let releasesDir: string
  let archive: string
  let restoreEnv: () => void
  const published: Record<'p1' | 'p2' | 'townA' | 'communeB', Release> = {} as never
  const texts: Record<string, Map<string, string>> = {}
  const objectsAfter: Record<string, string[]> = {}
  let rollback: Release
  const townA = 'dia-phuong/thi-tran-a'
  const communeB = 'dia-phuong/xa-b'

  const token = () => ctx().rest.login('xuatban@test.vn', PASSWORD)
  const publish = async (body: Record<string, unknown> = {}) => {
    const response = await ctx().rest.request('POST', '/releases/publish', {
      token: await token(),
      body,
    })
    expect(response.status, await response.clone().text()).toBe(202)
    const record = await waitForRelease(ctx(), (await response.json()).doc.id)
    expect(record.error ?? null).toBeNull()
    expect(record.state).toBe('live')
    return record
  }
  const descriptor = (sha: string): SnapshotDescriptor => {
    return JSON.parse(
      zlib
        .gunzipSync(fs.readFileSync(path.join(archive, 'objects', sha.slice(0, 2), `${sha}.gz`)))
        .toString('utf8'),
    )
  }

  beforeAll(async () => {
    releasesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-releases-archive-'))
    archive = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-archive-test-'))
    restoreEnv = setEnv({ RELEASES_DIR: releasesDir, ARCHIVE_DIR: archive })
    // A second locality with a published catalogue, so that a locality release can name two sources.
    const { payload, fixtures } = ctx()
    await payload.create({
      collection: 'applied-procedures',
      data: {
        locality: fixtures.localities.communeB.id,
        procedure: fixtures.procedures.marriage.id,
        receivingAddress: 'Bộ phận một cửa xã B',
        _status: 'published',
      },
    })
  })
  afterAll(() => {
    restoreEnv()
    fs.rmSync(releasesDir, { recursive: true, force: true })
    fs.rmSync(archive, { recursive: true, force: true })
  })

  it('answers "none" before the first publish, and only to staff', async () => {
    const { rest } = ctx()
    expect(
      (await rest.request('GET', '/releases/as-of', { query: { at: '2026-11-23T10:00' } })).status,
    ).toBe(403)
    const officer = await rest.login('canbo.a@test.vn', PASSWORD)
    const response = await rest.request('GET', '/releases/as-of', {
      token: officer,
      query: { at: '23/11/2026 10:00' },
    })
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body).toMatchObject({ releaseId: null, record: null, at: '2026-11-23T03:00:00.000Z' })
    expect(body.message).toContain('chưa có bản phát hành nào')
    // Input a person mistyped: a 400 that says how to write it.
    const bad = await rest.request('GET', '/releases/as-of', {
      token: officer,
      query: { at: '23/11/2026' },
    })
    expect(bad.status).toBe(400)
    expect((await bad.json()).errors[0].message).toContain('hãy ghi cả giờ')
    const missing = await rest.request('GET', '/releases/as-of', { token: officer })
    expect(missing.status).toBe(400)
    expect((await missing.json()).errors[0].message).toContain('Hãy nhập thời điểm')
  })

  it('archives each published snapshot before it goes live, and the record names its hash', async () => {
    const { payload, fixtures, rest } = ctx()
    published.p1 = await publish()
    texts.p1 = pageTexts(path.join(releasesDir, published.p1.releaseId!))
    objectsAfter.p1 = objectFiles(archive)
    const p1 = published.p1
    expect(p1.liveAt).toBeTruthy()
    expect(Date.parse(p1.liveAt!)).toBeLessThanOrEqual(Date.parse(p1.finishedAt!))
    expect(Object.keys(p1.archivedSnapshots ?? {})).toEqual([p1.releaseId])
    const p1Descriptor = descriptor(p1.archivedSnapshots![p1.releaseId!])
    expect(p1Descriptor).toMatchObject({
      kind: 'snapshot',
      releaseId: p1.releaseId,
      missingFiles: [],
    })
    // The snapshot's content object is named by the content hash the release records.
    expect(p1Descriptor.content).toBe(p1.contentHash)
    // Staff read the record through REST with its hashes.
    const viaRest = await (
      await rest.request('GET', `/releases/${p1.id}`, { token: await token() })
    ).json()
    expect(viaRest.archivedSnapshots).toEqual(p1.archivedSnapshots)

    const record = await readArchivedRelease(p1.releaseId!)
    expect(record).toMatchObject({
      releaseId: p1.releaseId,
      snapshots: p1.archivedSnapshots,
      manifest: { scope: 'province', contentHash: p1.contentHash },
    })
    expect(record!.publication).toMatchObject({
      action: 'publish',
      liveAt: p1.liveAt,
      requestedBy: { email: 'xuatban@test.vn' },
      scope: 'province',
      contentHash: p1.contentHash,
    })
    expect(fs.readdirSync(path.join(archive, 'timeline'))).toHaveLength(1)

    // A change, published: a new content object; the form files, unchanged, are not stored again.
    await payload.update({
      collection: 'applied-procedures',
      id: fixtures.applied.appliedA.id,
      data: { localNotes: 'Ghi chú của bản thứ hai' },
    })
    // More than two seconds apart, so that a time given to the second falls between them.
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, Date.parse(published.p1.liveAt!) + 2100 - Date.now())),
    )
    published.p2 = await publish()
    objectsAfter.p2 = objectFiles(archive)
    expect(published.p2.contentHash).not.toBe(p1.contentHash)
    expect(objectsAfter.p2.length - objectsAfter.p1.length).toBe(2) // its content and its descriptor
    expect(objectsAfter.p2).toEqual(expect.arrayContaining(objectsAfter.p1))
  })

  it('archives a locality release with every snapshot its sources name; unchanged content is stored once', async () => {
    const { payload, fixtures } = ctx()
    await payload.update({
      collection: 'applied-procedures',
      id: fixtures.applied.appliedA.id,
      data: { localNotes: 'Tiếp nhận cả sáng thứ Bảy' },
    })
    published.townA = await publish({ locality: fixtures.localities.townA.id })
    objectsAfter.townA = objectFiles(archive)
    // Then commune B on top, with nothing changed since: the same content as town A's snapshot.
    published.communeB = await publish({ locality: fixtures.localities.communeB.id })
    objectsAfter.communeB = objectFiles(archive)
    texts.communeB = pageTexts(path.join(releasesDir, published.communeB.releaseId!))

    const { p2, townA: a, communeB: b } = published
    expect(b.contentHash).toBe(a.contentHash)
    expect(objectsAfter.communeB.length - objectsAfter.townA.length).toBe(1) // only its descriptor
    expect(Object.keys(b.archivedSnapshots!).sort()).toEqual(
      [p2.releaseId, a.releaseId, b.releaseId].sort(),
    )
    // The snapshots it carries over are the very objects archived when they were published.
    expect(b.archivedSnapshots![p2.releaseId!]).toBe(p2.archivedSnapshots![p2.releaseId!])
    expect(b.archivedSnapshots![a.releaseId!]).toBe(a.archivedSnapshots![a.releaseId!])
    expect(descriptor(b.archivedSnapshots![b.releaseId!]).content).toBe(
      descriptor(a.archivedSnapshots![a.releaseId!]).content,
    )
    // Archiving again stores nothing.
    expect((await archiveRelease(path.join(releasesDir, b.releaseId!))).stored).toBe(0)
  })

  it('says which release was live at any instant: before, between and after publishes and a rollback', async () => {
    const { rest } = ctx()
    const { p1, p2, townA: a, communeB: b } = published
    const response = await rest.request('POST', `/releases/${p2.id}/rollback`, {
      token: await token(),
    })
    expect(response.status).toBe(200)
    rollback = (await response.json()).doc
    expect(rollback.liveAt).toBeTruthy()
    expect(rollback.archivedSnapshots).toEqual(p2.archivedSnapshots)

    const officer = await rest.login('canbo.a@test.vn', PASSWORD)
    const asOf = async (at: string) => {
      const res = await rest.request('GET', '/releases/as-of', { token: officer, query: { at } })
      expect(res.status).toBe(200)
      return res.json()
    }
    const ms = (r: Release) => Date.parse(r.liveAt!)
    expect((await asOf(new Date(ms(p1) - 1).toISOString())).releaseId).toBeNull()
    const first = await asOf(new Date(ms(p1)).toISOString())
    expect(first).toMatchObject({
      releaseId: p1.releaseId,
      until: p2.liveAt,
      archived: true,
      record: { id: p1.id, action: 'publish', requestedBy: { email: 'xuatban@test.vn' } },
    })
    expect(first.command).toBe(`npm run release:as-of -- ${p1.liveAt}`)
    // Vietnam time without an offset, to the second, just before the second publish.
    expect(ms(p2) - ms(p1)).toBeGreaterThan(2000)
    expect((await asOf(vietnamTime(ms(p2) - 1000))).releaseId).toBe(p1.releaseId)
    expect((await asOf(new Date(ms(p2) + 1).toISOString())).releaseId).toBe(p2.releaseId)
    expect((await asOf(new Date(ms(a)).toISOString())).releaseId).toBe(a.releaseId)
    expect((await asOf(new Date(ms(rollback) - 1).toISOString())).releaseId).toBe(b.releaseId)
    const now = await asOf(new Date(Date.now() + 3600_000).toISOString())
    expect(now).toMatchObject({
      releaseId: p2.releaseId,
      until: null,
      record: { action: 'rollback' },
    })
    expect(now.message).toContain('được khôi phục')
    // The archive keeps the same timeline on its own.
    expect(fs.readdirSync(path.join(archive, 'timeline'))).toHaveLength(5)
  })

  it('prunes release directories, never their content, and rebuilds them from the archive with the same text', async () => {
    const { p1, p2, communeB: b } = published
    const objects = objectFiles(archive)
    // As on an installation whose releases were published before the archive existed: an empty
    // archive. The next prune archives every directory on disk before removing any.
    const late = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-archive-late-'))
    process.env.ARCHIVE_DIR = late
    try {
      expect(await pruneReleases(0)).toEqual(
        [p1.releaseId, published.townA.releaseId, b.releaseId].sort(),
      ) // all but the current one
      for (const r of [p1, p2, published.townA, b]) {
        // The same snapshots give the same objects, whenever they are archived.
        expect((await readArchivedRelease(r.releaseId!))?.snapshots, r.releaseId!).toEqual(
          r.archivedSnapshots,
        )
      }
      expect(objectFiles(late)).toEqual(objects)
      expect((await verifyArchive()).problems).toEqual([])
      // `npm run release:archive` then writes the timeline and who published what from the records.
      expect((await archiveExisting(ctx().payload)).problems).toEqual([])
      expect(fs.readdirSync(path.join(late, 'timeline'))).toHaveLength(5)
      expect((await readArchivedRelease(p1.releaseId!))?.publication).toMatchObject({
        action: 'publish',
        liveAt: p1.liveAt,
        requestedBy: { email: 'xuatban@test.vn' },
      })
    } finally {
      process.env.ARCHIVE_DIR = archive
      fs.rmSync(late, { recursive: true, force: true })
    }
    for (const r of [p1, published.townA, b])
      expect(fs.existsSync(path.join(releasesDir, r.releaseId!))).toBe(false)
    expect(fs.existsSync(path.join(releasesDir, p2.releaseId!))).toBe(true)
    expect(objectFiles(archive)).toEqual(objects)

    // The first release, pruned: the same pages with the same text.
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-as-of-'))
    try {
      const rebuilt = await rebuildRelease(p1.releaseId!, {
        outDir: path.join(out, p1.releaseId!),
        expected: p1.archivedSnapshots,
      })
      expect(rebuilt.builds).toEqual([p1.releaseId])
      const again = pageTexts(rebuilt.outDir)
      expect([...again.keys()]).toEqual([...texts.p1.keys()])
      for (const [page, text] of texts.p1) expect(again.get(page), page).toBe(text)
      expect(texts.p1.size).toBeGreaterThan(5)

      // A locality release: province pages from the province snapshot, each locality from its own.
      if (ctx().kind === 'sqlite') {
        // (The rebuild reads the archive only, not the database: once is enough for the suite's time.)
        const local = await rebuildRelease(b.releaseId!, {
          outDir: path.join(out, b.releaseId!),
          expected: b.archivedSnapshots,
        })
        expect(local.builds).toEqual([p2.releaseId, published.townA.releaseId, b.releaseId])
        const localAgain = pageTexts(local.outDir)
        expect([...localAgain.keys()]).toEqual([...texts.communeB.keys()])
        for (const [page, text] of texts.communeB) expect(localAgain.get(page), page).toBe(text)
        expect(localAgain.get(`${townA}/thu-tuc/1-001193-dang-ky-khai-sinh/index.html`)).toContain(
          'Tiếp nhận cả sáng thứ Bảy',
        )
        expect(localAgain.get('thu-tuc/1-001193-dang-ky-khai-sinh/index.html')).not.toContain(
          'Tiếp nhận cả sáng thứ Bảy',
        )
        expect(localAgain.has(`${communeB}/index.html`)).toBe(true)
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true })
    }
  })

  it('detects a damaged archive file by its hash, in Vietnamese, and says to restore it from a backup', async () => {
    const { p1 } = published
    const sha = p1.contentHash!
    const file = path.join(archive, 'objects', sha.slice(0, 2), `${sha}.gz`)
    const original = fs.readFileSync(file)
    try {
      // Valid gzip, other bytes: only the hash can tell.
      const content = zlib
        .gunzipSync(original)
        .toString('utf8')
        .replace('Đăng ký khai sinh', 'Đăng ký khai tử')
      fs.writeFileSync(file, zlib.gzipSync(content))
      const out = path.join(os.tmpdir(), `ttkc-as-of-corrupt-${process.pid}`)
      const error = await rebuildRelease(p1.releaseId!, { outDir: out }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ArchiveIntegrityError)
      expect((error as Error).message).toContain(
        `Tệp lưu trữ ${file} bị hỏng: mã SHA-256 của nội dung là`,
      )
      expect((error as Error).message).toContain('khôi phục tệp này từ bản sao lưu')
      expect(fs.existsSync(out)).toBe(false)
      const verified = await verifyArchive()
      expect(verified.problems).toHaveLength(1)
      expect(verified.problems[0]).toContain(file)

      fs.writeFileSync(file, original.subarray(0, 20)) // truncated
      expect((await verifyArchive()).problems[0]).toContain('không giải nén được')
    } finally {
      fs.writeFileSync(file, original)
    }
    expect((await verifyArchive()).problems).toEqual([])
  })
})
