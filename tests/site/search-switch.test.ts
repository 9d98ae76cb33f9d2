/**
 * Search across release switches, in Chromium, against the release store as `npm start` serves
 * it (release/serveReleases.ts follows `current` on every request): a search page left
 * open keeps searching after a province publish and after a locality publish, without a single
 * failed request; a page loaded after the switch searches the new content, even through a cache
 * that still holds the previous release's Pagefind entry files under their URLs; and a page left
 * open across more publishes than the releases carry over recovers by itself.
 */
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type http from 'node:http'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { canonicalJSON, contentHash, type Snapshot } from '../../content-schemas'
import { stageLocalityRelease } from '../../release/localityRelease'
import { stageProvinceRelease } from '../../cms/publication/publishRelease'
import { releaseDir, switchCurrent } from '../../release/releaseStore'
import { servedBundles } from '../../release/searchBundles'
import { serveReleases } from '../../release/serveReleases'
import { launchChromium } from '../tooling/chromium'
import { search } from '../tooling/measureSearch'
import { syntheticSnapshot } from '../tooling/syntheticSnapshot'
import { tempDir } from './helpers/site'

const BASE = '/thu-tuc-hanh-chinh/'
const SIZE = { localities: 3, proceduresPerLocality: 25, procedures: 40, seed: 3 }
/** Words only the later releases hold: searching them tells which index answered. */
const PROVINCE_WORD = 'chuyendoiso'
const LOCAL_WORD = 'motcuaso'

const saved = {
  RELEASES_DIR: process.env.RELEASES_DIR,
  SITE_BASE: process.env.SITE_BASE,
  SITE_URL: process.env.SITE_URL,
}
let work: string
let browser: Browser
let server: http.Server
let origin: string
let slug: string
const releases: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' }

/** A small synthetic release, changed by `change`, written as the publish step writes it. */
function writeSnapshot(
  name: string,
  generatedAt: string,
  change: (s: Snapshot) => void = () => {},
): { dir: string; snapshot: Snapshot } {
  const { snapshot, files } = syntheticSnapshot({ ...SIZE, generatedAt })
  change(snapshot)
  const { metadata, ...content } = snapshot
  metadata.contentHash = contentHash(content)
  metadata.releaseId = `${generatedAt.replace(/[:.]/g, '-')}-${metadata.contentHash.slice(0, 8)}`
  const dir = path.join(work, name)
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true })
    fs.writeFileSync(path.join(dir, file.path), file.bytes)
  }
  fs.writeFileSync(path.join(dir, 'snapshot.json'), canonicalJSON(snapshot))
  return { dir, snapshot }
}

async function publishProvince(
  name: string,
  generatedAt: string,
  change?: (s: Snapshot) => void,
): Promise<string> {
  const { dir, snapshot } = writeSnapshot(name, generatedAt, change)
  const { releaseId, contentHash: hash } = snapshot.metadata
  await stageProvinceRelease({
    snapshotDir: dir,
    releaseId,
    contentHash: hash,
    createdAt: generatedAt,
  })
  await switchCurrent(releaseId)
  return releaseId
}

/** Every keyword list of the master list gains `word`: every record, so every chunk and fragment, changes. */
const addKeyword = (word: string) => (s: Snapshot) => {
  for (const p of s.procedures) p.keywords = [...p.keywords, word]
}

/** Failed requests (HTTP ≥ 400 or no answer) a page made, as "status path". */
function watch(page: Page): string[] {
  const failures: string[] = []
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${new URL(r.url()).pathname}`)
  })
  page.on('requestfailed', (r) => failures.push(`failed ${new URL(r.url()).pathname}`))
  return failures
}

const openPage = async (pathInSite: string): Promise<Page> => {
  const page = await (await browser.newContext({ locale: 'vi-VN' })).newPage()
  await page.goto(`${origin}${BASE}${pathInSite}`)
  return page
}

beforeAll(async () => {
  browser = await launchChromium()
  work = tempDir('ttkc-switch-')
  process.env.RELEASES_DIR = path.join(work, 'releases')
  process.env.SITE_BASE = BASE
  process.env.SITE_URL = 'https://thutuc.example.gov.vn'
  releases.a = await publishProvince('a', '2026-03-01T08:00:00.000Z')
  server = await new Promise<http.Server>((resolve) => {
    const s = serveReleases({ port: 0, base: BASE })
    s.once('listening', () => resolve(s))
  })
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  slug = syntheticSnapshot(SIZE).snapshot.localities.find((l) => l.tier !== 'province')!.slug
}, 600_000)

afterAll(async () => {
  await browser?.close()
  server?.closeAllConnections()
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  Object.assign(process.env, saved)
  for (const [key, value] of Object.entries(saved)) if (value === undefined) delete process.env[key]
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

describe('search across release switches', () => {
  let openedOnA: Page
  let openedOnAFailures: string[]
  let idleOnA: Page
  let idleOnAFailures: string[]
  let localOnB: Page
  let localOnBFailures: string[]

  it('a search page open at a province publish keeps finding results, with no failed request', async () => {
    openedOnA = await openPage('tim-kiem/')
    openedOnAFailures = watch(openedOnA)
    expect((await search(openedOnA, { query: 'khai sinh' })).results.length).toBeGreaterThan(0)
    // Another page, searched once, then left open until the last test.
    idleOnA = await openPage('tim-kiem/')
    idleOnAFailures = watch(idleOnA)
    expect((await search(idleOnA, { query: 'khai sinh' })).results.length).toBeGreaterThan(0)

    releases.b = await publishProvince('b', '2026-03-02T08:00:00.000Z', addKeyword(PROVINCE_WORD))
    // The new release serves its own bundle and carries the one the open page loaded.
    const [bundleA] = await servedBundles(releaseDir(releases.a), BASE, 'tim-kiem')
    const [bundleB] = await servedBundles(releaseDir(releases.b), BASE, 'tim-kiem')
    expect(bundleA).toMatch(/^pagefind\/[0-9a-f]{16}\/$/)
    expect(bundleB).not.toBe(bundleA)
    expect(fs.existsSync(path.join(releaseDir(releases.b), bundleA, 'pagefind-entry.json'))).toBe(
      true,
    )

    // Other words, other results: chunks and fragments the page had not fetched before the switch.
    const after = await search(openedOnA, { query: 'ket hon' })
    expect(after.results.length).toBeGreaterThan(0)
    expect(after.requests.some((r) => r.startsWith(`${BASE}${bundleA}fragment/`))).toBe(true)
    const counts = await search(openedOnA, {
      filter: { param: 'linh-vuc', value: await firstOption(openedOnA, 'linh-vuc') },
    })
    expect(counts.results.length).toBeGreaterThan(0)
    expect(openedOnAFailures).toEqual([])
  })

  it('a page loaded after the switch searches the new release, even with the old entry files cached', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' })
    // A proxy or browser cache that kept the previous release's bytes under each URL it served.
    let stale = 0
    await context.route(
      /(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|\.pagefind)(\?.*)?$/,
      async (route) => {
        const rel = decodeURIComponent(new URL(route.request().url()).pathname.slice(BASE.length))
        const old = path.join(releaseDir(releases.a), rel)
        if (!fs.existsSync(old)) return route.continue()
        stale++
        await route.fulfill({
          status: 200,
          body: fs.readFileSync(old),
          contentType: rel.endsWith('.js')
            ? 'text/javascript'
            : rel.endsWith('.json')
              ? 'application/json'
              : 'application/wasm',
        })
      },
    )
    const page = await context.newPage()
    const failures = watch(page)
    await page.goto(`${origin}${BASE}tim-kiem/`)
    const found = await search(page, { query: PROVINCE_WORD })
    expect(found.results.length).toBeGreaterThan(5)
    // The page names a bundle the cache never saw: nothing stale could be served to it.
    expect(stale).toBe(0)
    expect(failures).toEqual([])
    // The bundle's files are cached for good, the pages revalidated.
    const entry = found.requests.find((r) => r.endsWith('pagefind.js'))!
    expect((await fetch(`${origin}${entry}`)).headers.get('cache-control')).toContain('immutable')
    expect((await fetch(`${origin}${BASE}tim-kiem/`)).headers.get('cache-control')).toBe('no-cache')
    // Pagefind's gzip files are declared as such to a browser (release/contentEncoding.ts): it
    // inflated them, and the search above found results; a client that takes no gzip gets them
    // as stored.
    const wasm = found.requests.find((r) => r.endsWith('.pagefind'))!
    const declared = await fetch(`${origin}${wasm}`, { headers: { 'accept-encoding': 'gzip' } })
    expect(declared.headers.get('content-encoding')).toBe('gzip')
    expect(declared.headers.get('vary')).toBe('Accept-Encoding')
    const plain = await fetch(`${origin}${wasm}`, { headers: { 'accept-encoding': 'identity' } })
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect([...new Uint8Array(await plain.arrayBuffer()).subarray(0, 2)]).toEqual([0x1f, 0x8b])
    await context.close()
  })

  it('a locality search page open at a locality publish keeps its index; a new load finds the new content', async () => {
    localOnB = await openPage(`dia-phuong/${slug}/tim-kiem/`)
    localOnBFailures = watch(localOnB)
    expect((await search(localOnB, { query: 'khai sinh' })).results.length).toBeGreaterThan(0)

    // The master list gains a word; only this locality's pages and index are rebuilt with it.
    const { dir, snapshot } = writeSnapshot('c', '2026-03-03T08:00:00.000Z', (s) => {
      addKeyword(PROVINCE_WORD)(s)
      addKeyword(LOCAL_WORD)(s)
    })
    const locality = snapshot.localities.find((l) => l.slug === slug)!
    releases.c = snapshot.metadata.releaseId
    await stageLocalityRelease({
      snapshotDir: dir,
      releaseId: releases.c,
      contentHash: snapshot.metadata.contentHash,
      createdAt: snapshot.metadata.generatedAt,
      locality: { id: locality.id, slug, name: locality.name },
      baseReleaseId: releases.b,
    })
    await switchCurrent(releases.c)

    const after = await search(localOnB, { query: 'ket hon' })
    expect(after.results.length).toBeGreaterThan(0)
    expect(localOnBFailures).toEqual([])
    // The province page opened two releases ago still searches: a locality release keeps the
    // province's bundles as they were.
    expect((await search(openedOnA, { query: 'ho tich' })).results.length).toBeGreaterThan(0)
    expect(openedOnAFailures).toEqual([])

    const fresh = await openPage(`dia-phuong/${slug}/tim-kiem/`)
    const freshFailures = watch(fresh)
    expect((await search(fresh, { query: LOCAL_WORD })).results.length).toBeGreaterThan(0)
    expect(freshFailures).toEqual([])
  })

  it('a page open across more publishes than are carried over switches to the live index by itself', async () => {
    releases.d = await publishProvince('d', '2026-03-04T08:00:00.000Z', addKeyword('thuhai'))
    // Release d carries what c served, not a's bundle any more.
    const [bundleA] = await servedBundles(releaseDir(releases.a), BASE, 'tim-kiem')
    expect(fs.existsSync(path.join(releaseDir(releases.d), bundleA))).toBe(false)
    // Results it has not fetched yet: their fragments are gone with a's bundle; the script reads
    // the bundle the page names now and searches again.
    const outcome = await search(idleOnA, { query: 'ket hon' })
    expect(outcome.results.length).toBeGreaterThan(0)
    expect(idleOnAFailures.length).toBeGreaterThan(0)
    expect(idleOnAFailures.every((f) => f.startsWith(`404 ${BASE}${bundleA}`))).toBe(true)
    // From now on the page searches the live release: its new word, no further failure.
    const failed = idleOnAFailures.length
    expect((await search(idleOnA, { query: 'thuhai' })).results.length).toBeGreaterThan(0)
    expect(idleOnAFailures.length).toBe(failed)
  })
})

async function firstOption(page: Page, name: string): Promise<string> {
  return page.$eval(
    `select[name="${name}"] option:not([value=""])`,
    (o) => (o as HTMLOptionElement).value,
  )
}
