import { createLocalReq, type Payload } from 'payload'
import { expect, it, vi } from 'vitest'

import { publishItemsInBulk, writeDraftsInBulk } from '../../cms/import/write/bulk'
import { inTransaction } from '../../cms/lib/transaction'
import type { Fixtures } from '../helpers/fixtures'
import { describeEachAdapter } from '../helpers/payload'

/**
 * Publishing in bulk at province scale: the relationship checks asked once per batch, refusals
 * worded as the Local API words them and nothing half-published, and the event loop let turn
 * between batches (libSQL frees its statements only then).
 */

/** What a failed call threw, as one text: the messages of a ValidationError, or the error's own. */
async function refusal(work: () => Promise<unknown>): Promise<string> {
  const error = await work().then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error, 'the call should have been refused').toBeDefined()
  const data = (error as { data?: { errors?: { path?: string; message: string }[] } }).data
  return data?.errors?.map((e) => `${e.path}: ${e.message}`).join(' | ') ?? (error as Error).message
}

const req = (payload: Payload) => createLocalReq({}, payload)

/** Each document's published state (main row) and number of versions, to see that nothing moved. */
async function snapshot(payload: Payload, items: { collection: string; id: string }[]) {
  return Promise.all(
    items.map(async ({ collection, id }) => {
      const slug = collection as 'procedures'
      const doc = await payload.findByID({ collection: slug, id, depth: 0 })
      const versions = await payload.countVersions({
        collection: slug,
        where: { parent: { equals: id } },
      })
      return { id, status: doc._status, updatedAt: doc.updatedAt, versions: versions.totalDocs }
    }),
  )
}

async function decision(payload: Payload, f: Fixtures, number: string, kind: string) {
  return payload.create({
    collection: 'decisions',
    data: {
      number,
      kind,
      title: `Quyết định ${number}`,
      issuer: 'Chủ tịch UBND tỉnh',
      locality: f.localities.province.id,
      signedDate: '2026-01-05T00:00:00.000Z',
      effectiveDate: '2026-01-05T00:00:00.000Z',
      _status: 'published',
    } as never,
  })
}

describeEachAdapter('bulk publish', (ctx) => {
  it('refuses an application whose applying decision fails the field filter, with the Local API message, publishing nothing', async () => {
    const { payload, fixtures: f } = ctx()
    const announcement = await decision(payload, f, '11/QĐ-UBND', 'announcement')
    const application = await decision(payload, f, '12/QĐ-UBND', 'application')
    // Drafts are not validated: the wrong decision is written, and refused only at publish.
    const ids = await writeDraftsInBulk(payload, await req(payload), [
      {
        collection: 'applied-procedures',
        id: null,
        data: {
          locality: f.localities.communeB.id,
          procedure: f.procedures.marriage.id,
          applyingDecision: application.id,
        },
      },
      {
        collection: 'applied-procedures',
        id: null,
        data: {
          locality: f.localities.townA.id,
          procedure: f.procedures.marriage.id,
          applyingDecision: announcement.id,
        },
      },
    ])
    const items = ids.map((id) => ({ collection: 'applied-procedures', id }))
    const before = await snapshot(payload, items)

    const viaLocalApi = await refusal(() =>
      payload.update({
        collection: 'applied-procedures',
        id: ids[1]!,
        data: { _status: 'published' },
        overrideAccess: true,
      }),
    )
    expect(viaLocalApi).toContain('applyingDecision')
    const find = vi.spyOn(payload, 'find')
    try {
      const inBulk = await refusal(async () =>
        publishItemsInBulk(payload, await req(payload), items),
      )
      expect(inBulk).toBe(viaLocalApi)
      // Each filtered relationship asked once for the batch, not once per document.
      const decisionQueries = find.mock.calls.filter(([args]) => args.collection === 'decisions')
      expect(decisionQueries).toHaveLength(1)
    } finally {
      find.mockRestore()
    }
    expect(await snapshot(payload, items)).toEqual(before)

    // With the right decision the same set publishes.
    await writeDraftsInBulk(payload, await req(payload), [
      { collection: 'applied-procedures', id: ids[1]!, data: { applyingDecision: application.id } },
    ])
    await publishItemsInBulk(payload, await req(payload), items)
    for (const { status } of await snapshot(payload, items)) expect(status).toBe('published')
  })

  it('refuses a set that abolishes a master and publishes an application of it, as the Local API does, and publishes nothing', async () => {
    const { payload, fixtures: f } = ctx()
    const master = await payload.create({
      collection: 'procedures',
      data: f.complete('1.000950', 'Thủ tục sẽ bị bãi bỏ') as never,
    })
    const other = await payload.create({
      collection: 'procedures',
      data: f.complete('1.000951', 'Thủ tục vẫn thực hiện') as never,
    })
    const [keptApp, abolishedApp] = await writeDraftsInBulk(payload, await req(payload), [
      {
        collection: 'applied-procedures',
        id: null,
        data: { locality: f.localities.communeB.id, procedure: other.id },
      },
      {
        collection: 'applied-procedures',
        id: null,
        data: { locality: f.localities.communeB.id, procedure: master.id },
      },
    ])
    // The set: the master's new draft abolishes it, and its application is published with it.
    await writeDraftsInBulk(payload, await req(payload), [
      { collection: 'procedures', id: master.id, data: { validity: 'abolished' } },
    ])
    const items = [
      { collection: 'procedures', id: master.id },
      { collection: 'applied-procedures', id: keptApp! },
      { collection: 'applied-procedures', id: abolishedApp! },
    ]
    const before = await snapshot(payload, items)

    // The Local API, one document after the other in one transaction (rolled back on refusal).
    const viaLocalApi = await refusal(async () => {
      const r = await req(payload)
      await inTransaction(r, async () => {
        for (const { collection, id } of items)
          await payload.update({
            collection: collection as 'procedures',
            id,
            data: { _status: 'published' },
            overrideAccess: true,
            req: r,
          })
      })
    })
    expect(viaLocalApi).toContain('đã bị bãi bỏ')
    expect(await snapshot(payload, items)).toEqual(before)

    const inBulk = await refusal(async () => publishItemsInBulk(payload, await req(payload), items))
    expect(inBulk).toBe(viaLocalApi)
    expect(await snapshot(payload, items)).toEqual(before)
    const published = await payload.findByID({ collection: 'procedures', id: master.id, depth: 0 })
    expect(published.validity).toBe('in-force')
  })

  it('lets the event loop turn between batches, so that the SQL driver can free what each batch used', async () => {
    const { payload } = ctx()
    let turns = 0
    let ticking = true
    const tick = () => {
      turns++
      if (ticking) setImmediate(tick)
    }
    setImmediate(tick)
    const sync = turns
    // 1,001 documents: three batches, two turns between them at least.
    const ids = await writeDraftsInBulk(
      payload,
      await req(payload),
      Array.from({ length: 1001 }, (_, i) => ({
        collection: 'legal-documents',
        id: null,
        data: { number: `${i + 1}/2026/TT-BT`, kind: 'circular', status: 'in-force' },
      })),
    )
    const during = turns - sync
    ticking = false
    expect(ids).toHaveLength(1001)
    expect(during).toBeGreaterThanOrEqual(2)
  })
})
