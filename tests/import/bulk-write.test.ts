import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { expect, it } from 'vitest'

import { appliedTitle } from '../../cms/collections/AppliedProcedures/applicationRules'
import { fold } from '../../content-schemas/fold'
import { bulkWritable, publishItemsInBulk, writeDraftsInBulk } from '../../cms/import/write/bulk'
import { orderedListToLexical } from '../../cms/lib/lexical'
import { describeEachAdapter } from '../helpers/payload'
import type { Fixtures } from '../helpers/fixtures'

/**
 * The bulk write path against Payload's own operations: the same documents written both ways read
 * back the same (ids and timestamps aside) through the Local API, drafts, versions and publish.
 */

type Doc = Record<string, unknown>
const VOLATILE = new Set(['id', 'createdAt', 'updatedAt', 'parent'])

/** A document without what differs by construction: ids (its own, array rows'), timestamps, and the given keys. */
function comparable(value: unknown, drop: string[] = []): unknown {
  if (Array.isArray(value)) return value.map((v) => comparable(v, drop))
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value as Doc)
      .filter(([key]) => !VOLATILE.has(key) && !drop.includes(key))
      .map(([key, v]) => [key, comparable(v, drop)]),
  )
}

/** A procedure with every kind of part: nested arrays, hasMany relations and selects, gaps, nulls. */
function richProcedure(f: Fixtures, code: string): Doc {
  return {
    code,
    name: 'Đăng ký lại khai sinh',
    levels: ['commune', 'province'],
    sector: f.sector.id,
    subjects: ['citizen', 'foreigner'],
    subjectsGap: { kind: null, source: null },
    formalityType: null,
    description: null,
    keywords: ['khai sinh', 'đăng ký lại'],
    agencies: { implementing: [f.agency.id], competent: [f.agency.id], coordinating: [] },
    steps: orderedListToLexical(['Nộp hồ sơ.', 'Nhận kết quả.']),
    methods: [
      {
        channel: 'direct',
        processingTime: 5,
        processingTimeUnit: 'working-day',
        fees: [
          { amount: 8000, currency: 'VND', description: 'Lệ phí' },
          { amount: 5, currency: 'USD', description: 'Người nước ngoài' },
        ],
      },
      {
        channel: 'online',
        processingTime: null,
        processingTimeUnit: null,
        processingTimeGap: { kind: 'unknown', source: 'CSDL quốc gia, tệp a.json, bản ghi 1' },
        fees: [],
        feesGap: { kind: 'unknown', source: 'CSDL quốc gia, tệp a.json, bản ghi 1' },
      },
      {
        channel: 'postal',
        processingTimeText: 'Theo quy định',
        fees: [],
        feesGap: { kind: 'none' },
      },
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          { name: 'Tờ khai', originals: 1, copies: 0, required: true },
          { name: 'Bản sao giấy tờ tùy thân', originals: 0, copies: 1, required: false },
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [{ name: 'Hộ chiếu' }] },
    ],
    results: [],
    resultsGap: { kind: 'unknown', source: 'CSDL quốc gia, tệp a.json, bản ghi 1' },
    legalBasis: [f.law.id],
    requirements: null,
    requirementsGap: { kind: 'unknown', source: 'CSDL quốc gia, tệp a.json, bản ghi 1' },
  }
}

async function systemReq(payload: Payload): Promise<PayloadRequest> {
  return createLocalReq({}, payload)
}

const versionsOf = async (
  payload: Payload,
  collection: 'procedures' | 'applied-procedures',
  id: string,
) =>
  (
    await payload.findVersions({
      collection,
      where: { parent: { equals: id } },
      sort: 'createdAt',
      depth: 0,
      limit: 0,
      pagination: false,
    })
  ).docs

describeEachAdapter('bulk write path', (ctx) => {
  it('is the path the SQL adapters take for the catalogue collections', () => {
    const { payload } = ctx()
    for (const slug of [
      'procedures',
      'applied-procedures',
      'decisions',
      'sectors',
      'agencies',
      'legal-documents',
    ] as const)
      expect(bulkWritable(payload, payload.collections[slug].config), slug).toBe(true)
  })

  it('goes through the Local API for a collection with a hook it does not know, which still runs', async () => {
    const { payload, fixtures: f } = ctx()
    // Localities validate their code against their parent with a query: no batched twin, so no bulk.
    expect(bulkWritable(payload, payload.collections.localities.config)).toBe(false)
    const bad = await writeDraftsInBulk(payload, await systemReq(payload), [
      {
        collection: 'localities',
        id: null,
        data: {
          name: 'Xã Sai Mã',
          unitType: 'commune',
          code: '12',
          parent: f.localities.province.id,
        },
      },
    ]).catch((e: unknown) => e)
    expect(bad).toMatchObject({ name: 'ValidationError' })
    const [id] = await writeDraftsInBulk(payload, await systemReq(payload), [
      {
        collection: 'localities',
        id: null,
        data: {
          name: 'Xã Đúng Mã',
          unitType: 'commune',
          code: '91003',
          parent: f.localities.province.id,
        },
      },
    ])
    expect((await payload.findByID({ collection: 'localities', id: id!, depth: 0 })).name).toBe(
      'Xã Đúng Mã',
    )
  })

  it('writes procedures and applications as the Local API does, drafts and versions included', async () => {
    const { payload, fixtures: f } = ctx()
    const viaApi = await payload.create({
      collection: 'procedures',
      data: richProcedure(f, '2.000101') as never,
      draft: true,
      overrideAccess: true,
    })
    const req = await systemReq(payload)
    const progress: number[] = []
    const [bulkID] = await writeDraftsInBulk(
      payload,
      req,
      [{ collection: 'procedures', id: null, data: richProcedure(f, '2.000102') }],
      (done) => progress.push(done),
    )
    expect(progress).toEqual([1])
    const read = (id: string, draft: boolean) =>
      payload.findByID({ collection: 'procedures', id, draft, depth: 0 })
    const [apiDraft, bulkDraft] = [await read(viaApi.id, true), await read(bulkID!, true)]
    expect(comparable(bulkDraft, ['code', 'searchText'])).toEqual(
      comparable(apiDraft, ['code', 'searchText']),
    )
    // The hooks' computed values are there: part lists, the workflow state, the draft status.
    expect(bulkDraft.unknownParts).toEqual(
      ['methods', 'processingTime', 'results', 'fees', 'requirements'].filter((p) =>
        apiDraft.unknownParts!.includes(p as never),
      ),
    )
    expect(bulkDraft.unknownParts).toEqual(apiDraft.unknownParts)
    expect(bulkDraft._status).toBe('draft')
    expect(bulkDraft.searchText).toBe('2.000102 dang ky lai khai sinh')
    expect(bulkDraft.methods?.[0]?.fees).toHaveLength(2)
    expect(bulkDraft.dossierCases?.[0]?.components).toHaveLength(2)
    // The main row a new draft creates, read without draft, and through find.
    expect(comparable(await read(bulkID!, false), ['code', 'searchText'])).toEqual(
      comparable(await read(viaApi.id, false), ['code', 'searchText']),
    )
    const found = await payload.find({
      collection: 'procedures',
      where: { code: { in: ['2.000101', '2.000102'] } },
      sort: 'code',
      depth: 0,
    })
    expect(found.docs.map((d) => d.id)).toEqual([viaApi.id, bulkID])
    expect(comparable(found.docs[1], ['code', 'searchText'])).toEqual(
      comparable(found.docs[0], ['code', 'searchText']),
    )
    const [apiVersions, bulkVersions] = [
      await versionsOf(payload, 'procedures', viaApi.id),
      await versionsOf(payload, 'procedures', bulkID!),
    ]
    expect(bulkVersions).toHaveLength(1)
    expect(comparable(bulkVersions, ['code', 'searchText'])).toEqual(
      comparable(apiVersions, ['code', 'searchText']),
    )

    // Applications, with the title the hook computes.
    const application = (procedure: string) => ({
      locality: f.localities.townA.id,
      procedure,
      committedTime: { value: 2, unit: 'working-day' },
      receivingAddress: 'Bộ phận một cửa',
      onlineServiceUrl: null,
    })
    const appliedApi = await payload.create({
      collection: 'applied-procedures',
      data: application(viaApi.id) as never,
      draft: true,
    })
    const [appliedBulk] = await writeDraftsInBulk(payload, await systemReq(payload), [
      { collection: 'applied-procedures', id: null, data: application(bulkID!) },
    ])
    const appliedRead = await payload.findByID({
      collection: 'applied-procedures',
      id: appliedBulk!,
      draft: true,
      depth: 0,
    })
    expect(appliedRead.title).toBe(
      appliedTitle({ code: '2.000102', name: 'Đăng ký lại khai sinh' }, f.localities.townA),
    )
    // The folded search field follows the title the bulk path computed (cms/plugins/foldedSearch).
    expect(appliedRead.searchText).toBe(fold(appliedRead.title!))
    expect(comparable(appliedRead, ['title', 'procedure', 'searchText'])).toEqual(
      comparable(
        await payload.findByID({
          collection: 'applied-procedures',
          id: appliedApi.id,
          draft: true,
          depth: 0,
        }),
        ['title', 'procedure', 'searchText'],
      ),
    )
    expect(
      comparable(await versionsOf(payload, 'applied-procedures', appliedBulk!), [
        'title',
        'procedure',
        'searchText',
      ]),
    ).toEqual(
      comparable(await versionsOf(payload, 'applied-procedures', appliedApi.id), [
        'title',
        'procedure',
        'searchText',
      ]),
    )
  })

  it('puts a draft over a published document without touching what is published, and publishes as the Local API does', async () => {
    const { payload, fixtures: f } = ctx()
    // Two published procedures alike but for code and name.
    const make = (code: string) =>
      payload.create({
        collection: 'procedures',
        data: {
          ...richProcedure(f, code),
          results: [{ name: 'Giấy khai sinh' }],
          requirementsGap: { kind: 'none' },
          _status: 'published',
        } as never,
      })
    const [a, b] = [await make('2.000201'), await make('2.000202')]
    const before = await payload.findByID({ collection: 'procedures', id: b.id, depth: 0 })
    const patch = { description: 'Mô tả mới', keywords: ['mới'], subjects: ['enterprise'] }
    await payload.update({
      collection: 'procedures',
      id: a.id,
      data: patch as never,
      draft: true,
      overrideAccess: true,
    })
    await writeDraftsInBulk(payload, await systemReq(payload), [
      { collection: 'procedures', id: b.id, data: patch },
    ])

    const published = await payload.findByID({ collection: 'procedures', id: b.id, depth: 0 })
    expect(comparable(published)).toEqual(comparable(before))
    expect(published.description).toBeNull()
    const draftB = await payload.findByID({
      collection: 'procedures',
      id: b.id,
      draft: true,
      depth: 0,
    })
    expect(draftB.description).toBe('Mô tả mới')
    expect(comparable(draftB, ['code', 'searchText'])).toEqual(
      comparable(
        await payload.findByID({ collection: 'procedures', id: a.id, draft: true, depth: 0 }),
        ['code', 'searchText'],
      ),
    )
    const [va, vb] = [
      await versionsOf(payload, 'procedures', a.id),
      await versionsOf(payload, 'procedures', b.id),
    ]
    expect(vb.map((v) => v.latest)).toEqual([false, true])
    expect(comparable(vb, ['code', 'searchText'])).toEqual(comparable(va, ['code', 'searchText']))

    await payload.update({
      collection: 'procedures',
      id: a.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    await publishItemsInBulk(payload, await systemReq(payload), [
      { collection: 'procedures', id: b.id },
    ])
    const [pa, pb] = await Promise.all(
      [a.id, b.id].map((id) => payload.findByID({ collection: 'procedures', id, depth: 0 })),
    )
    expect(pb!.description).toBe('Mô tả mới')
    expect(pb!._status).toBe('published')
    expect(comparable(pb, ['code', 'searchText'])).toEqual(comparable(pa, ['code', 'searchText']))
    const [pva, pvb] = [
      await versionsOf(payload, 'procedures', a.id),
      await versionsOf(payload, 'procedures', b.id),
    ]
    expect(pvb.map((v) => v.latest)).toEqual([false, false, true])
    expect(comparable(pvb, ['code', 'searchText'])).toEqual(comparable(pva, ['code', 'searchText']))
  })

  it('writes nothing when a write fails midway, in a later batch', async () => {
    const { payload, fixtures: f } = ctx()
    const count = async () => ({
      procedures: (await payload.count({ collection: 'procedures' })).totalDocs,
      versions: (await payload.countVersions({ collection: 'procedures' })).totalDocs,
    })
    const before = await count()
    const writes = Array.from({ length: 700 }, (_, i) => ({
      collection: 'procedures',
      id: null,
      data: { ...richProcedure(f, `3.${String(i).padStart(6, '0')}`) },
    }))
    // The 651st has a malformed code: validateProcedure refuses it, as it refuses any save.
    writes[650]!.data.code = '3.12'
    const error = await writeDraftsInBulk(payload, await systemReq(payload), writes).catch(
      (e: unknown) => e,
    )
    expect(error).toMatchObject({ name: 'ValidationError' })
    expect(await count()).toEqual(before)
  })

  it('refuses what the application hook refuses, with its messages, and writes nothing', async () => {
    const { payload, fixtures: f } = ctx()
    const count = async () => (await payload.count({ collection: 'applied-procedures' })).totalDocs
    const before = await count()
    const pair = { locality: f.localities.communeB.id, procedure: f.procedures.marriage.id }
    // The same pair twice in one batch: the second is a duplicate, as it would be saved one by one.
    const twice = await writeDraftsInBulk(payload, await systemReq(payload), [
      { collection: 'applied-procedures', id: null, data: pair },
      { collection: 'applied-procedures', id: null, data: pair },
    ]).catch((e: unknown) => e)
    expect(twice).toMatchObject({ name: 'ValidationError' })
    expect(JSON.stringify((twice as { data?: unknown }).data)).toContain(
      'đã áp dụng thủ tục 1.000894',
    )
    // An abolished master cannot be applied.
    const abolished = await writeDraftsInBulk(payload, await systemReq(payload), [
      {
        collection: 'applied-procedures',
        id: null,
        data: { ...pair, procedure: f.procedures.abolished.id },
      },
    ]).catch((e: unknown) => e)
    expect(JSON.stringify((abolished as { data?: unknown }).data)).toContain('đã bị bãi bỏ')
    expect(await count()).toBe(before)
  })

  it('leaves documents the admin edits and saves through the Local API with its hooks', async () => {
    const { payload, fixtures: f } = ctx()
    const [id] = await writeDraftsInBulk(payload, await systemReq(payload), [
      { collection: 'procedures', id: null, data: richProcedure(f, '2.000301') },
    ])
    const edited = await payload.update({
      collection: 'procedures',
      id: id!,
      data: { description: 'Sửa sau khi nhập', results: [{ name: 'Giấy khai sinh' }] },
      draft: true,
      user: f.users.legal,
      overrideAccess: false,
      depth: 0,
    })
    expect(edited.description).toBe('Sửa sau khi nhập')
    expect(edited.workflow?.state).toBe('draft')
    expect(edited.workflow?.authors).toEqual([f.users.legal.id])
    // Content wins over the gap it replaces; the part lists follow.
    expect(edited.resultsGap).toEqual({ kind: null, source: null })
    expect(edited.unknownParts).not.toContain('results')
    expect(edited.methods?.[0]?.fees?.map((fee) => fee.amount)).toEqual([8000, 5])
  })
})
