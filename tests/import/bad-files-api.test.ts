/**
 * The server's half of the bad-file battery (issue 10, item 6): malformed files uploaded through
 * REST as an officer would, from every generator of the battery. Each gets a set that cannot be
 * written (or a refusal), the catalogue is untouched, and the server keeps answering.
 * tests/import/bad-files.test.ts checks every input of the battery at the reading layer.
 */
import type { CollectionSlug, Payload } from 'payload'
import { expect, it } from 'vitest'

import type { ChangeSet } from '../../cms/payload-types'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter, type TestContext } from '../helpers/payload'
import { badFiles, type BadFile } from './badFiles'

const SEED = 20_261_201
/** Cases per generator sent through the server: the whole battery runs at the reading layer. */
const PER_GENERATOR = 8

const battery = await badFiles(SEED)
/** Spread over each generator's list, so truncations, encodings, columns and bombs all come. */
const sample: BadFile[] = battery.flatMap(({ cases }) => {
  const errors = cases.filter((c) => (c.expect ?? 'error') === 'error')
  const step = Math.max(1, Math.floor(errors.length / PER_GENERATOR))
  return errors.filter((_, i) => i % step === 0).slice(0, PER_GENERATOR)
})

async function catalogueCounts(payload: Payload) {
  const collections: CollectionSlug[] = [
    'procedures',
    'applied-procedures',
    'sectors',
    'agencies',
    'legal-documents',
    'decisions',
  ]
  const counts: Record<string, number> = {}
  for (const collection of collections)
    counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  counts.versions = (
    await payload.countVersions({ collection: 'procedures', overrideAccess: true })
  ).totalDocs
  return counts
}

async function login(ctx: TestContext): Promise<string> {
  const response = await ctx.rest.request('POST', '/users/login', {
    body: { email: 'phapche@test.vn', password: PASSWORD },
  })
  return ((await response.json()) as { token: string }).token
}

describeEachAdapter('bad files through the server', (ctx) => {
  it('plans none of them into anything that can be written, writes nothing, and keeps serving', async () => {
    expect(sample.length).toBeGreaterThanOrEqual(16)
    const token = await login(ctx())
    const before = await catalogueCounts(ctx().payload)
    for (const input of sample) {
      const files = await input.build()
      const form = new FormData()
      for (const file of files) form.append('file', new Blob([file.bytes as never]), file.file)
      form.append('_payload', JSON.stringify(input.format ? { format: input.format } : {}))
      const response = await ctx().rest.request('POST', '/change-sets/plan', {
        token,
        body: form,
      })
      const body = (await response.json()) as { doc?: ChangeSet; errors?: { message: string }[] }
      if (response.status >= 400) {
        // Refused before a set exists: the message is Vietnamese and names no stack.
        expect(response.status, input.label).toBeLessThan(500)
        expect(body.errors?.[0]?.message, input.label).toMatch(/[ăâđêôơư]/iu)
        continue
      }
      const set = body.doc!
      const issues = set.issues as unknown as { file: string; severity: string; message: string }[]
      expect(
        issues.some((i) => i.severity === 'error' && i.file === input.file),
        `${input.label}: an error names ${input.file}`,
      ).toBe(true)
      const write = await ctx().rest.request('POST', `/change-sets/${set.id}/write`, { token })
      expect(
        write.status,
        `${input.label}: a set with errors is not written`,
      ).toBeGreaterThanOrEqual(400)
      expect(write.status, input.label).toBeLessThan(500)
    }
    expect(await catalogueCounts(ctx().payload)).toEqual(before)
    // Still serving, to anyone.
    const list = await ctx().rest.request('GET', '/procedures?limit=1')
    expect(list.status).toBe(200)
  })
})
