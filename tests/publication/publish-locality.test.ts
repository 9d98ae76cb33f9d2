import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Release } from '../../cms/payload-types'
import { linkEachFile } from '../../release/localityRelease'
import { pruneReleases } from '../../release/releaseStore'
import type { ReleaseManifest } from '../../release/releaseManifest'
import { setEnv } from '../helpers/env'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter, type TestContext } from '../helpers/payload'
import { idOf } from '../../cms/lib/idOf'

/**
 * Publishing one locality, for real: "Xuất bản" with a locality through REST → Payload job →
 * export → Astro build of that locality only → a release directory with every other file carried
 * over from the live release as a hard link → atomic switch. Checked on the files themselves.
 */

async function waitForRelease(ctx: TestContext, id: string): Promise<Release> {
  for (let i = 0; i < 300; i++) {
    const record = await ctx.payload.findByID({ collection: 'releases', id, depth: 0 })
    if (record.state === 'live' || record.state === 'failed') return record
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('publish did not finish in 150 s')
}

/** Every file of a release directory: path → { inode, sha256 }. */
function files(dir: string): Map<string, { ino: number; sha: string }> {
  const out = new Map<string, { ino: number; sha: string }>()
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, rel)
    const stat = fs.statSync(file)
    if (stat.isFile())
      out.set(rel.split(path.sep).join('/'), {
        ino: stat.ino,
        sha: crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
      })
  }
  return out
}

describe('carrying a release over without cp -al (other systems)', () => {
  it('links every file but the excluded paths, keeping the nested folders', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-link-'))
    try {
      const source = path.join(root, 'base')
      for (const rel of [
        'index.html',
        'thu-tuc/a/index.html',
        'dia-phuong/x/index.html',
        'dia-phuong/y/thu-tuc/b/index.html',
        '.release/manifest.json',
      ]) {
        fs.mkdirSync(path.dirname(path.join(source, rel)), { recursive: true })
        fs.writeFileSync(path.join(source, rel), rel)
      }
      const target = path.join(root, 'new')
      expect(await linkEachFile(source, target, ['dia-phuong/x', '.release'])).toEqual({
        linked: 3,
        copied: 0,
      })
      expect(files(target)).toEqual(
        new Map(
          [...files(source)].filter(
            ([rel]) => !rel.startsWith('dia-phuong/x/') && !rel.startsWith('.release/'),
          ),
        ),
      )
    } finally {
      fs.rmSync(root, { recursive: true, force: true })
    }
  })
})

describeEachAdapter('publishing one locality on top of the live release', (ctx) => {
  let releasesDir: string
  let restoreEnv: () => void
  const current = () => fs.readlinkSync(path.join(releasesDir, 'current'))
  const read = (release: string, page: string) =>
    fs.readFileSync(path.join(releasesDir, release, page), 'utf8')
  const manifest = (release: string) =>
    JSON.parse(read(release, '.release/manifest.json')) as ReleaseManifest
  const publish = async (body: Record<string, unknown> = {}) => {
    const token = await ctx().rest.login('xuatban@test.vn', PASSWORD)
    return ctx().rest.request('POST', '/releases/publish', { token, body })
  }
  const publishAndWait = async (body: Record<string, unknown> = {}) => {
    const response = await publish(body)
    expect(response.status, await response.clone().text()).toBe(202)
    return waitForRelease(ctx(), (await response.json()).doc.id)
  }

  let base: Release
  let local: Release
  let birthSlug: string
  let townAMarriage: string
  const townA = 'dia-phuong/thi-tran-a'
  const communeB = 'dia-phuong/xa-b'

  beforeAll(async () => {
    // Each adapter starts with nothing published.
    releasesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-releases-locality-'))
    restoreEnv = setEnv({ RELEASES_DIR: releasesDir })
    const { payload, fixtures } = ctx()
    // A second locality with a published catalogue, whose pages must not move.
    await payload.create({
      collection: 'applied-procedures',
      data: {
        locality: fixtures.localities.communeB.id,
        procedure: fixtures.procedures.marriage.id,
        receivingAddress: 'Bộ phận một cửa xã B',
        _status: 'published',
      },
    })
    // Town A applies a second procedure, so that it can stop applying one and keep a catalogue.
    townAMarriage = (
      await payload.create({
        collection: 'applied-procedures',
        data: {
          locality: fixtures.localities.townA.id,
          procedure: fixtures.procedures.marriage.id,
          _status: 'published',
        },
      })
    ).id
  })
  afterAll(() => {
    restoreEnv()
    fs.rmSync(releasesDir, { recursive: true, force: true })
  })

  it('refuses a locality publish while no release is live, saying to publish the province first', async () => {
    const response = await publish({ locality: ctx().fixtures.localities.townA.id })
    expect(response.status).toBe(409)
    expect((await response.json()).errors[0].message).toContain('Hãy xuất bản toàn tỉnh trước')
    expect((await ctx().payload.count({ collection: 'releases' })).totalDocs).toBe(0)
  })

  it('refuses the province itself, or a locality that does not exist, as a locality', async () => {
    const province = await publish({ locality: ctx().fixtures.localities.province.id })
    expect(province.status).toBe(400)
    expect((await province.json()).errors[0].message).toContain('Toàn tỉnh')
    const unknown = await publish({ locality: 'khong-co-dia-phuong-nay' })
    expect(unknown.status).toBe(400)
    expect((await unknown.json()).errors[0].message).toContain('Không tìm thấy địa phương')
  })

  it('publishes the province as the base: a whole release with its own record of sources', async () => {
    base = await publishAndWait()
    expect(base.error ?? null).toBeNull()
    expect(base.state).toBe('live')
    expect(base.scope).toBe('province')
    expect(current()).toBe(base.releaseId)
    expect(manifest(base.releaseId!)).toMatchObject({
      scope: 'province',
      baseReleaseId: null,
      sources: { province: base.releaseId, localities: {} },
    })
    birthSlug = fs
      .readdirSync(path.join(releasesDir, base.releaseId!, townA, 'thu-tuc'))
      .find((slug) => slug.startsWith('1-001193-'))!
    expect(birthSlug).toBe('1-001193-dang-ky-khai-sinh')
  })

  it('rebuilds only that locality: its page changes, every other file is the base file itself', async () => {
    const { payload, fixtures, rest } = ctx()
    const note = 'Tiếp nhận hồ sơ cả sáng thứ Bảy'
    await payload.update({
      collection: 'applied-procedures',
      id: fixtures.applied.appliedA.id,
      data: { localNotes: note },
    })
    local = await publishAndWait({ locality: fixtures.localities.townA.id })
    expect(local.error ?? null).toBeNull()
    expect(local.state).toBe('live')
    expect(local.isCurrent).toBe(true)
    expect(local.scope).toBe('locality')
    expect(idOf(local.locality)).toBe(fixtures.localities.townA.id)
    expect(local.baseReleaseId).toBe(base.releaseId)
    expect(local.counts).toMatchObject({ procedures: 2, localities: 1, applications: 2 })
    expect(local.log).toContain('sẽ cập nhật ở lần xuất bản toàn tỉnh tiếp theo')
    expect(current()).toBe(local.releaseId)
    expect(local.releaseId).not.toBe(base.releaseId)

    // The citizen-facing change.
    const page = `${townA}/thu-tuc/${birthSlug}/index.html`
    expect(read(local.releaseId!, page)).toContain(note)
    expect(read(base.releaseId!, page)).not.toContain(note)

    // Everything outside the locality's subtree: the same inode, so the same bytes.
    const before = files(path.join(releasesDir, base.releaseId!))
    const after = files(path.join(releasesDir, local.releaseId!))
    const outside = [...before.keys()].filter(
      (f) => !f.startsWith(`${townA}/`) && !f.startsWith('.release/manifest'),
    )
    expect(outside.some((f) => f.startsWith(`${communeB}/thu-tuc/`))).toBe(true)
    expect(outside).toContain('index.html')
    expect(outside).toContain(`thu-tuc/${birthSlug}/index.html`)
    expect(outside).toContainEqual(expect.stringMatching(/^pagefind\/[0-9a-f]{16}\/pagefind\.js$/))
    for (const f of outside) expect(after.get(f)?.ino, f).toBe(before.get(f)!.ino)
    // The locality's own pages and index are new files; the base's are untouched.
    expect(after.get(page)!.ino).not.toBe(before.get(page)!.ino)
    expect(
      [...after.keys()].filter((f) => f.startsWith(`${townA}/pagefind/`)).length,
    ).toBeGreaterThan(3)
    expect(files(path.join(releasesDir, base.releaseId!))).toEqual(before)

    // The record of what citizens see: province pages from the base's snapshot, the locality's from its own.
    const record = manifest(local.releaseId!)
    expect(record).toMatchObject({
      scope: 'locality',
      baseReleaseId: base.releaseId,
      locality: { id: fixtures.localities.townA.id, slug: 'thi-tran-a' },
    })
    expect(record.sources.province).toBe(base.releaseId)
    expect(record.sources.localities['thi-tran-a'].releaseId).toBe(local.releaseId)
    expect(read(local.releaseId!, `.release/snapshots/${local.releaseId}.json`)).toContain(note)
    expect(read(local.releaseId!, `.release/snapshots/${base.releaseId}.json`)).not.toContain(note)
    // The open data stays the province's release, consistent with the province pages.
    expect(read(local.releaseId!, 'du-lieu-mo/danh-muc.json')).not.toContain(note)

    // The admin's notice: the province pages do not reflect this locality yet.
    const token = await rest.login('xuatban@test.vn', PASSWORD)
    const live = (await (await rest.request('GET', '/releases/live', { token })).json()).live
    expect(live).toMatchObject({
      releaseId: local.releaseId,
      scope: 'locality',
      provinceReleaseId: base.releaseId,
    })
    expect(live.localitiesAhead.map((l: { name: string }) => l.name)).toEqual(['Thị trấn A'])
  })

  it('rolls back and forward; pruning the base leaves the locality release whole', async () => {
    const { rest, fixtures } = ctx()
    const token = await rest.login('xuatban@test.vn', PASSWORD)
    const page = `${townA}/thu-tuc/${birthSlug}/index.html`
    expect((await rest.request('POST', `/releases/${base.id}/rollback`, { token })).status).toBe(
      200,
    )
    expect(current()).toBe(base.releaseId)
    expect(fs.readFileSync(path.join(releasesDir, 'current', page), 'utf8')).not.toContain(
      'sáng thứ Bảy',
    )
    const forward = await rest.request('POST', `/releases/${local.id}/rollback`, { token })
    expect(forward.status).toBe(200)
    expect((await forward.json()).doc).toMatchObject({
      scope: 'locality',
      baseReleaseId: base.releaseId,
    })
    expect(current()).toBe(local.releaseId)

    const before = files(path.join(releasesDir, local.releaseId!))
    expect(await pruneReleases(1)).toEqual([base.releaseId])
    expect(fs.existsSync(path.join(releasesDir, base.releaseId!))).toBe(false)
    const after = files(path.join(releasesDir, local.releaseId!))
    expect(after).toEqual(before) // same names, same inodes, same bytes
    expect(fs.readFileSync(path.join(releasesDir, 'current', page), 'utf8')).toContain(
      'sáng thứ Bảy',
    )

    // A second locality on top: the first locality's pages and the province's snapshot carry on.
    const second = await publishAndWait({ locality: fixtures.localities.communeB.id })
    expect(second.error ?? null).toBeNull()
    expect(second.baseReleaseId).toBe(local.releaseId)
    const record = manifest(second.releaseId!)
    expect(record.sources.province).toBe(base.releaseId)
    expect(Object.keys(record.sources.localities).sort()).toEqual(['thi-tran-a', 'xa-b'])
    for (const id of [base.releaseId, local.releaseId, second.releaseId]) {
      expect(
        fs.existsSync(
          path.join(releasesDir, second.releaseId!, '.release', 'snapshots', `${id}.json`),
        ),
        id!,
      ).toBe(true)
    }
    expect(fs.statSync(path.join(releasesDir, second.releaseId!, page)).ino).toBe(
      after.get(page)!.ino,
    )
  })

  it('keeps the live release exactly as it was when the locality build fails', async () => {
    const { fixtures } = ctx()
    const live = current()
    const listing = files(path.join(releasesDir, live))
    // A broken runtime for the build's process (a preload that does not exist) makes the real build fail.
    const restoreOptions = setEnv({
      NODE_OPTIONS: `--require=${path.join(releasesDir, 'khong-ton-tai.cjs')}`,
    })
    let record: Release
    try {
      record = await publishAndWait({ locality: fixtures.localities.townA.id })
    } finally {
      restoreOptions()
    }
    expect(record.state).toBe('failed')
    expect(record.error).toContain('Build trang công khai thất bại')
    expect(record.isCurrent).toBeFalsy()
    expect(current()).toBe(live)
    expect(files(path.join(releasesDir, live))).toEqual(listing)
    const staging = path.join(releasesDir, '.staging')
    expect(fs.existsSync(staging) ? fs.readdirSync(staging) : []).toEqual([])
  })

  it('refuses, with nothing changed, when the province pages would link to a page of the locality that is gone', async () => {
    const { payload, fixtures } = ctx()
    const live = current()
    const listing = files(path.join(releasesDir, live))
    // Town A stops applying marriage registration; the province page of it still lists town A.
    await payload.delete({ collection: 'applied-procedures', id: townAMarriage })
    const record = await publishAndWait({ locality: fixtures.localities.townA.id })
    expect(record.state).toBe('failed')
    expect(record.error).toContain(
      'Thị trấn A không còn 1 trang mà các trang cấp tỉnh đang liên kết tới',
    )
    expect(record.error).toContain(
      `/thu-tuc/1-000894-dang-ky-ket-hon/ → /${townA}/thu-tuc/1-000894-dang-ky-ket-hon/`,
    )
    expect(record.error).toContain('Hãy xuất bản toàn tỉnh')
    expect(current()).toBe(live)
    expect(files(path.join(releasesDir, live))).toEqual(listing)
  })

  it('refuses, with nothing changed, when the pages of the locality would link to a province page not yet published', async () => {
    const { payload, fixtures } = ctx()
    const live = current()
    const listing = files(path.join(releasesDir, live))
    // Renaming a procedure in the master list moves its pages: the province pages must be rebuilt.
    await payload.update({
      collection: 'procedures',
      id: fixtures.procedures.birth.id,
      data: { name: 'Đăng ký khai sinh cho trẻ em' },
    })
    const record = await publishAndWait({ locality: fixtures.localities.townA.id })
    expect(record.state).toBe('failed')
    expect(record.error).toContain('liên kết tới 1 trang chưa có trên trang công khai')
    expect(record.error).toContain('/thu-tuc/1-001193-dang-ky-khai-sinh-cho-tre-em/')
    expect(record.error).toContain('Hãy xuất bản toàn tỉnh')
    expect(current()).toBe(live)
    expect(files(path.join(releasesDir, live))).toEqual(listing)

    // The province publish brings everything together again.
    const province = await publishAndWait()
    expect(province.state).toBe('live')
    expect(manifest(province.releaseId!).sources.localities).toEqual({})
    const { rest } = ctx()
    const token = await rest.login('xuatban@test.vn', PASSWORD)
    expect(
      (await (await rest.request('GET', '/releases/live', { token })).json()).live.localitiesAhead,
    ).toEqual([])
  })
})
