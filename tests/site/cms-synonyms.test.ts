/**
 * From the CMS to a citizen's search, for real: a legal officer adds a synonym, another person
 * approves and publishes it, the exporter writes the release, `astro build` builds it, and in
 * Chromium the new everyday words find the procedure. The same small site is built with
 * SITE_SEARCH_MISS_URL, so a search that finds nothing is reported to the CMS's real endpoint and
 * counted there (the demo site, built without it, carries no such address: build.test.ts).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportSnapshot } from '../../cms/publication/exportSnapshot'
import { writeSnapshot } from '../../release/writeSnapshot'
import type { TestDatabase } from '../helpers/databases'
import { createFixtures, PASSWORD } from '../helpers/fixtures'
import { startPayload, stopPayload } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'
import { buildSite } from '../tooling/build'
import { launchChromium } from '../tooling/chromium'
import { search } from '../tooling/measureSearch'
import { serveStatic, type StaticServer } from '../tooling/staticServer'
import { tempDir } from './helpers/site'

let payload: Payload
let database: TestDatabase
let cms: http.Server
let site: StaticServer
let browser: Browser
let page: Page
/** What reached the CMS's report endpoint from the browser: its headers. */
const reports: http.IncomingHttpHeaders[] = []

/** The CMS's real REST handler for POST, on a port of its own, as the site's page would call it. */
function serveCms(rest: ReturnType<typeof REST_POST>): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', async () => {
      reports.push(request.headers)
      const url = new URL(request.url!, 'http://127.0.0.1')
      const answer = await rest(
        new Request(url, {
          method: 'POST',
          headers: { 'Content-Type': String(request.headers['content-type'] ?? '') },
          body: Buffer.concat(chunks),
        }),
        { params: Promise.resolve({ slug: url.pathname.split('/').filter(Boolean).slice(1) }) },
      )
      response.writeHead(answer.status).end(await answer.text())
    })
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/** A synonym entry written by the legal officer and published through review by others. */
async function publishSynonym(rest: RestClient, body: Record<string, unknown>): Promise<void> {
  const token = (email: string) => rest.login(email, PASSWORD)
  const legal = await token('phapche@test.vn')
  const created = await rest.request('POST', '/search-synonyms', {
    token: legal,
    body: { ...body, workflow: { changeReason: 'Người dân gọi như vậy' } },
  })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: string } }
  for (const [email, action] of [
    ['phapche@test.vn', 'submit'],
    ['pheduyet@test.vn', 'approve'],
    ['xuatban@test.vn', 'publish'],
  ]) {
    const moved = await rest.request('POST', `/search-synonyms/${doc.id}/workflow`, {
      token: await token(email),
      body: { action },
    })
    expect(moved.status).toBe(200)
  }
}

beforeAll(async () => {
  browser = await launchChromium()
  const started = await startPayload('sqlite', { searchMissReports: true })
  payload = started.payload
  database = started.database
  const fixtures = await createFixtures(payload)
  const rest = restClient(started.config)
  // Words no procedure holds: only the synonym can lead to the marriage registration.
  await publishSynonym(rest, {
    terms: ['về chung một nhà'],
    procedures: [fixtures.procedures.marriage.id],
  })
  cms = await serveCms(REST_POST(started.config))
  const snapshotDir = tempDir('ttkc-cms-synonyms-')
  await writeSnapshot(await exportSnapshot(payload), snapshotDir)
  const { port } = cms.address() as AddressInfo
  const built = await buildSite({
    snapshotDir,
    outDir: tempDir('ttkc-cms-synonyms-site-'),
    env: { SITE_SEARCH_MISS_URL: `http://127.0.0.1:${port}/api/search-misses/report` },
  })
  site = await serveStatic(built.outDir, '/')
  page = await (await browser.newContext({ locale: 'vi-VN' })).newPage()
  await page.goto(`${site.url}tim-kiem/`)
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await site?.close()
  await new Promise((resolve) => cms?.close(resolve))
  await stopPayload(payload, database)
})

describe('a synonym published in the CMS, on the built site', () => {
  it('finds its procedure by the new words, typed without tone marks', async () => {
    const outcome = await search(page, { query: 've chung mot nha' })
    expect(outcome.results[0]?.code).toBe('1.000894')
    expect(reports).toHaveLength(0)
  })

  it('reports a search that finds nothing to the CMS, without cookies, and the CMS counts it', async () => {
    await page.context().addCookies([{ name: 'phien', value: 'bimat', url: reportsOrigin() }])
    const outcome = await search(page, { query: 'Qwxzv Pjkq' })
    expect(outcome.results).toHaveLength(0)
    await expect.poll(() => reports.length).toBe(1)
    expect(reports[0].cookie).toBeUndefined()
    expect(reports[0].referer).toBeUndefined()
    await expect
      .poll(async () =>
        (await payload.find({ collection: 'search-misses' })).docs.map((d) => [d.query, d.count]),
      )
      .toEqual([['qwxzv pjkq', 1]])
  })
})

const reportsOrigin = () => `http://127.0.0.1:${(cms.address() as AddressInfo).port}`
