import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import { mediaBytes } from '../../cms/collections/Media/fileBytes'
import type { Media, Release } from '../../cms/payload-types'
import { isImmutable } from '../../release/cachePolicy'
import { dataDir } from '../../release/paths'
import {
  currentReleaseId,
  releaseDir,
  switchCurrent,
  uploadRelease,
} from '../../release/releaseStore'
import { serveReleases } from '../../release/serveReleases'
import { isPushed, readPointer } from '../../release/targets/bucketReleases'
import { ObjectStore, s3ClientConfig } from '../../release/targets/objectStore'
import { setEnv } from '../helpers/env'
import { MINIMAL_PDF as PDF } from '../helpers/files'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter, type TestContext } from '../helpers/payload'
import { startS3Server, type S3TestServer } from '../helpers/s3server'

/**
 * Files and releases in a real S3-compatible server (s3rver on loopback): an upload lands in the
 * bucket and is served through the CMS to those allowed only; a publish pushes its release and
 * writes `current.json` last; a push refused part-way, a rollback during an outage leave the live
 * release as it was; a locality publish on an instance without the base on its disk fetches it.
 */

// Two publishes (each an astro build) per database.
vi.setConfig({ testTimeout: 300_000 })

const MEDIA_BUCKET = 'media'
let s3: S3TestServer
let restoreEnv: () => void

beforeAll(async () => {
  s3 = await startS3Server([MEDIA_BUCKET, 'releases-sqlite', 'releases-postgres'])
  restoreEnv = setEnv({ ...s3.env, S3_BUCKET: MEDIA_BUCKET })
})
afterAll(async () => {
  restoreEnv()
  await s3.stop()
  fs.rmSync(s3.directory, { recursive: true, force: true })
})

async function waitForRelease(ctx: TestContext, id: string): Promise<Release> {
  for (let i = 0; i < 300; i++) {
    const record = await ctx.payload.findByID({ collection: 'releases', id, depth: 0 })
    if (record.state === 'live' || record.state === 'failed') return record
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('publish did not finish in 150 s')
}

const head = (bucket: string, key: string) =>
  new S3Client(s3ClientConfig()).send(new HeadObjectCommand({ Bucket: bucket, Key: key }))

/** Anonymous GET of the public server, as a citizen's browser. */
const visit = async (server: http.Server, pathname = '/', headers: Record<string, string> = {}) => {
  const { port } = server.address() as { port: number }
  return fetch(`http://127.0.0.1:${port}${pathname}`, { redirect: 'manual', headers })
}

describeEachAdapter('files and releases in S3-compatible storage', (ctx) => {
  let releasesBucket: string
  let store: ObjectStore
  let restore: () => void
  let site: http.Server
  const tmp: string[] = []
  const published: Record<'province' | 'locality', Release> = {} as never
  const mkTemp = (name: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ttkc-s3-${name}-`))
    tmp.push(dir)
    return dir
  }
  const token = (email: string) => ctx().rest.login(email, PASSWORD)
  const publish = async (body: Record<string, unknown> = {}) => {
    const response = await ctx().rest.request('POST', '/releases/publish', {
      token: await token('xuatban@test.vn'),
      body,
    })
    expect(response.status, await response.clone().text()).toBe(202)
    const record = await waitForRelease(ctx(), (await response.json()).doc.id)
    expect(record.error ?? null).toBeNull()
    expect(record.state).toBe('live')
    return record
  }

  beforeAll(() => {
    releasesBucket = `releases-${ctx().kind}`
    restore = setEnv({
      RELEASES_BUCKET: releasesBucket,
      RELEASES_DIR: mkTemp('releases'),
      // Must stay empty: with a bucket, the archive is in the bucket.
      ARCHIVE_DIR: mkTemp('archive'),
    })
    store = new ObjectStore(releasesBucket)
    site = serveReleases({ port: 0 })
  })
  afterAll(async () => {
    await new Promise((resolve) => site.close(resolve))
    restore()
    for (const dir of tmp) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('stores an upload in the bucket, serves it through the CMS to those allowed only, and publishes it from there', async () => {
    const { rest, payload, fixtures } = ctx()
    const legal = await token('phapche@test.vn')
    const name = `mau-don-${ctx().kind}.pdf`
    const form = new FormData()
    form.append('file', new File([new Uint8Array(PDF)], name, { type: 'application/pdf' }))
    form.append('_payload', JSON.stringify({ title: `Mẫu đơn S3 ${ctx().kind}` }))
    const created = await rest.request('POST', '/media', { token: legal, body: form })
    expect(created.status, await created.clone().text()).toBe(201)
    const doc = (await created.json()).doc as Media

    // In the bucket, not on the disk; the document names the CMS's URL, never the bucket's.
    const objects = await new ObjectStore(MEDIA_BUCKET).list('')
    const object = objects.find((o) => o.key.endsWith(`/${doc.filename}`) || o.key === doc.filename)
    expect(object?.size).toBe(PDF.length)
    expect(fs.existsSync(path.join(dataDir(), 'media', doc.filename!))).toBe(false)
    expect(doc.url).toBe(`/api/media/file/${encodeURIComponent(doc.filename!)}`)
    expect(doc.url).not.toContain(s3.endpoint)

    // A new file is its uploader's: served to them from the bucket, refused to the others.
    const own = await rest.request('GET', `/media/file/${doc.filename}`, { token: legal })
    expect(own.status).toBe(200)
    expect(Buffer.from(await own.arrayBuffer()).equals(PDF)).toBe(true)
    const anonymous = await rest.request('GET', `/media/file/${doc.filename}`)
    expect([403, 404]).toContain(anonymous.status)
    const otherLocality = await rest.request('GET', `/media/file/${doc.filename}`, {
      token: await token('canbo.b@test.vn'),
    })
    expect([403, 404]).toContain(otherLocality.status)

    // The publish reads it from the bucket (the one reader of a file's bytes).
    expect((await mediaBytes(payload, doc)).equals(PDF)).toBe(true)
    await payload.update({
      collection: 'procedures',
      id: fixtures.procedures.marriage.id,
      data: {
        dossierCases: [
          {
            name: 'Giấy tờ phải nộp',
            components: [
              { name: 'Tờ khai', originals: 1, copies: 0, required: true, form: doc.id },
            ],
          },
        ],
      },
    })
    published.province = await publish()
    const id = published.province.releaseId!
    const pushedForm = await store.get(`releases/${id}/files/${doc.id}/${doc.filename}`)
    expect(pushedForm?.equals(PDF)).toBe(true)
  })

  it('pushes the release with its cache headers and types, then points current.json at it; the archive is in the bucket', async () => {
    const id = published.province.releaseId!
    expect(await readPointer(store)).toBe(id)
    expect(await currentReleaseId()).toBe(id)
    expect(await isPushed(store, id)).toBe(true)

    const local = releaseDir(id)
    const files = (fs.readdirSync(local, { recursive: true }) as string[])
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => fs.statSync(path.join(local, f)).isFile())
    const keys = new Set((await store.list(`releases/${id}/`)).map((o) => o.key))
    for (const f of files) expect(keys.has(`releases/${id}/${f}`), f).toBe(true)

    const page = await head(releasesBucket, `releases/${id}/index.html`)
    expect(page.ContentType).toBe('text/html; charset=utf-8')
    expect(page.CacheControl).toBe('public, max-age=60')
    const hashed = files.find((f) => isImmutable(`/${f}`) && f.endsWith('.css'))!
    expect(hashed).toBeTruthy()
    const asset = await head(releasesBucket, `releases/${id}/${hashed}`)
    expect(asset.CacheControl).toBe('public, max-age=31536000, immutable')
    expect(asset.ContentType).toBe('text/css; charset=utf-8')
    // Pagefind's compressed files as they are, declared gzip for browsers to inflate natively
    // (release/contentEncoding.ts); pages are not.
    const chunk = files.find((f) => /\.pf_(fragment|index|meta)$/.test(f))!
    const chunkHead = await head(releasesBucket, `releases/${id}/${chunk}`)
    expect(chunkHead.ContentEncoding).toBe('gzip')
    expect(page.ContentEncoding).toBeUndefined()
    const chunkBytes = fs.readFileSync(path.join(local, chunk))
    expect((await store.get(`releases/${id}/${chunk}`))!.equals(chunkBytes)).toBe(true)

    // The archive and its timeline: in the bucket, nothing in ARCHIVE_DIR.
    expect(await store.exists(`archive/releases/${id}.json`)).toBe(true)
    expect((await store.list('archive/timeline/')).length).toBe(1)
    expect(fs.readdirSync(process.env.ARCHIVE_DIR!)).toEqual([])

    // The public server reads current.json: the page of that release, its 404, no dot files.
    const home = await visit(site)
    expect(home.status).toBe(200)
    expect(home.headers.get('x-release')).toBe(id)
    expect(await home.text()).toBe(fs.readFileSync(path.join(local, 'index.html'), 'utf8'))
    expect((await visit(site, '/khong-co-trang-nay/')).status).toBe(404)
    expect((await visit(site, '/.release/manifest.json')).status).toBe(404)
    // Pagefind's file: declared gzip to a client that takes it (fetch inflates it), as it is to
    // one that does not.
    const declared = await visit(site, `/${chunk}`, { 'accept-encoding': 'gzip' })
    expect(declared.headers.get('content-encoding')).toBe('gzip')
    expect(Buffer.from(await declared.arrayBuffer()).equals(zlib.gunzipSync(chunkBytes))).toBe(true)
    const plain = await visit(site, `/${chunk}`, { 'accept-encoding': 'identity' })
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(Buffer.from(await plain.arrayBuffer()).equals(chunkBytes)).toBe(true)
  })

  it('leaves the live release as it was when the bucket refuses an object part-way through a push', async () => {
    const live = published.province.releaseId!
    const broken = `${live}-x`
    fs.cpSync(releaseDir(live), releaseDir(broken), { recursive: true })
    // A real refusal by the server: its storage has a folder where this object's bytes would go.
    const blocked = s3.objectFile(releasesBucket, `releases/${broken}/index.html`)
    fs.mkdirSync(blocked, { recursive: true })
    try {
      await expect(uploadRelease(broken)).rejects.toThrow(
        new RegExp(`Không ghi được releases/${broken}/index.html trong kho s3://${releasesBucket}`),
      )
      await expect(switchCurrent(broken)).rejects.toThrow(/Không ghi được/)
    } finally {
      fs.rmSync(blocked, { recursive: true, force: true })
    }
    expect(await isPushed(store, broken)).toBe(false)
    expect(await readPointer(store)).toBe(live)
    expect((await visit(site)).headers.get('x-release')).toBe(live)
    fs.rmSync(releaseDir(broken), { recursive: true, force: true })
  })

  it('publishes a locality on an instance without the base on its disk: the base comes from the bucket', async () => {
    const base = published.province.releaseId!
    // Another instance: its own, empty releases folder.
    const elsewhere = mkTemp('instance-b')
    const back = setEnv({ RELEASES_DIR: elsewhere })
    try {
      const { payload, fixtures } = ctx()
      await payload.update({
        collection: 'applied-procedures',
        id: fixtures.applied.appliedA.id,
        data: { localNotes: 'Tiếp nhận cả sáng thứ Bảy' },
      })
      published.locality = await publish({ locality: fixtures.localities.townA.id })
      expect(published.locality.baseReleaseId).toBe(base)
      expect(fs.existsSync(path.join(elsewhere, base, 'index.html'))).toBe(true)
      expect(await readPointer(store)).toBe(published.locality.releaseId)
      expect((await visit(site)).headers.get('x-release')).toBe(published.locality.releaseId)
    } finally {
      back()
    }
  })

  it('rolls back by writing the pointer back; during an outage the rollback is refused in Vietnamese and nothing changes', async () => {
    const { rest } = ctx()
    const publisher = await token('xuatban@test.vn')
    const rolled = await rest.request('POST', `/releases/${published.province.id}/rollback`, {
      token: publisher,
    })
    expect(rolled.status, await rolled.clone().text()).toBe(200)
    expect(await readPointer(store)).toBe(published.province.releaseId)
    expect((await visit(site)).headers.get('x-release')).toBe(published.province.releaseId)

    await s3.stop()
    try {
      const refused = await rest.request('POST', `/releases/${published.locality.id}/rollback`, {
        token: publisher,
      })
      expect(refused.status).toBe(400)
      const message = (await refused.json()).errors[0].message as string
      expect(message).toMatch(new RegExp(`^Không .* trong kho s3://${releasesBucket}`))
      const down = await visit(site)
      expect(down.status).toBe(503)
      expect(await down.text()).toMatch(/^Trang tạm thời chưa đọc được từ kho lưu trữ/)
    } finally {
      await s3.start()
    }
    expect(await readPointer(store)).toBe(published.province.releaseId)
    const current = await ctx().payload.find({
      collection: 'releases',
      where: { isCurrent: { equals: true } },
      depth: 0,
    })
    expect(current.docs.map((r) => [r.action, r.releaseId])).toEqual([
      ['rollback', published.province.releaseId],
    ])
  })
})
