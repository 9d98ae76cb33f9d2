import { describe, expect, it } from 'vitest'

import type { Media, Procedure } from '../payload-types'
import { NO_GAP } from './records'
import { importedFromStored, type NaturalKeys } from './stored'

const keys: NaturalKeys = {
  sectors: new Map([['s-hotich', 'Hộ tịch']]),
  agencies: new Map([
    ['a-ubnd', 'Ủy ban nhân dân cấp xã'],
    ['a-ca', 'Công an cấp xã'],
  ]),
  legalDocuments: new Map([
    ['l-luat', { number: '60/2014/QH13', title: 'Luật Hộ tịch' }],
    ['l-nd', { number: '123/2015/NĐ-CP', title: null }],
  ]),
  media: new Map([['m-tokhai', 'to-khai-dang-ky-khai-sinh.docx']]),
  procedures: new Map([['p-kethon', '1.000656']]),
}

/** A stored procedure as Payload returns it at depth 0; each case overrides what it tests. */
const stored = (over: Partial<Procedure> = {}): Procedure => ({
  id: 'p-khaisinh',
  code: '1.001193',
  localCode: null,
  name: 'Đăng ký khai sinh',
  validity: 'in-force',
  levels: ['commune'],
  sector: 's-hotich',
  formalityType: 'detailed',
  onlineServiceLevel: 'full',
  subjects: ['citizen'],
  subjectsGap: { kind: null, source: null },
  description: null,
  agencies: {
    implementing: ['a-ubnd'],
    competent: [],
    coordinating: [],
    authorised: [],
    implementingGap: { kind: null, source: null },
  },
  steps: null,
  stepsGap: { kind: 'unknown', source: 'CSDL quốc gia về TTHC, tệp a.json, bản ghi 1 (1.001193)' },
  methods: [
    {
      id: 'm1',
      channel: 'direct',
      processingTime: 1,
      processingTimeUnit: 'working-day',
      description: null,
      processingTimeText: null,
      processingTimeGap: { kind: null, source: null },
      fees: [{ id: 'f1', amount: 25, currency: 'USD', description: 'Thị thực' }],
      feesGap: { kind: null, source: null },
    },
  ],
  methodsGap: { kind: null, source: null },
  dossierCases: [
    {
      id: 'c1',
      name: 'Giấy tờ phải nộp',
      components: [
        {
          id: 'k1',
          name: 'Tờ khai',
          description: null,
          originals: 1,
          copies: 0,
          required: true,
          form: 'm-tokhai',
        },
      ],
    },
  ],
  dossierGap: { kind: null, source: null },
  results: [{ id: 'r1', name: 'Giấy khai sinh', code: 'KQ.G15.000031', template: null }],
  resultsGap: { kind: null, source: null },
  requirements: null,
  requirementsGap: { kind: 'none', source: null },
  legalBasis: ['l-luat', 'l-nd'],
  keywords: [],
  synonyms: ['làm giấy khai sinh'],
  relatedProcedures: ['p-kethon'],
  updatedAt: '2026-11-30T00:00:00.000Z',
  createdAt: '2026-11-30T00:00:00.000Z',
  _status: 'published',
  ...over,
})

/** No `undefined` anywhere: the change set and the writer take every field as stated. */
const undefinedAt = (value: unknown, path = ''): string[] =>
  value === undefined
    ? [path]
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => undefinedAt(v, `${path}.${k}`))
      : []

describe('importedFromStored', () => {
  it('reads references stored as IDs by their natural keys', () => {
    const p = importedFromStored(stored(), keys)
    expect(p.sector).toBe('Hộ tịch')
    expect(p.agencies.implementing).toEqual(['Ủy ban nhân dân cấp xã'])
    expect(p.legalBasis).toEqual([
      { number: '60/2014/QH13', title: 'Luật Hộ tịch' },
      { number: '123/2015/NĐ-CP', title: null },
    ])
    expect(p.dossierCases[0].components[0].form).toBe('to-khai-dang-ky-khai-sinh.docx')
    expect(p.relatedProcedures).toEqual(['1.000656'])
    expect(p.methods[0].fees).toEqual([{ amount: 25, currency: 'USD', description: 'Thị thực' }])
    // The row IDs Payload adds are not part of the record.
    expect(p.methods[0]).not.toHaveProperty('id')
    expect(p.results).toEqual([{ name: 'Giấy khai sinh', code: 'KQ.G15.000031' }])
  })

  it('reads populated references the same as IDs', () => {
    const doc = stored()
    const populated = stored({
      sector: { id: 's-hotich', name: 'tên khác, không dùng' } as never,
      agencies: {
        ...doc.agencies,
        implementing: [{ id: 'a-ubnd', name: 'x' } as never],
        competent: [{ id: 'a-ca' } as never],
      },
      legalBasis: [{ id: 'l-luat' } as never, 'l-nd'],
      dossierCases: [
        {
          ...doc.dossierCases![0],
          components: [
            { ...doc.dossierCases![0].components![0], form: { id: 'm-tokhai' } as Media },
          ],
        },
      ],
      relatedProcedures: [{ id: 'p-kethon' } as never],
    })
    const fromIds = importedFromStored(doc, keys)
    expect(importedFromStored(populated, keys)).toEqual({
      ...fromIds,
      agencies: { ...fromIds.agencies, competent: ['Công an cấp xã'] },
    })
  })

  it('leaves out references to documents that no longer exist, never inventing a key', () => {
    const p = importedFromStored(
      stored({
        sector: 's-deleted',
        agencies: { implementing: ['a-deleted', 'a-ubnd'], competent: ['a-deleted'] },
        legalBasis: ['l-deleted', 'l-nd'],
        dossierCases: [
          {
            name: 'Giấy tờ phải nộp',
            components: [{ name: 'Tờ khai', form: 'm-deleted' }],
          },
        ],
        relatedProcedures: ['p-deleted'],
      }),
      keys,
    )
    // An empty sector name: the reader of the exported record refuses it, naming the record.
    expect(p.sector).toBe('')
    expect(p.agencies.implementing).toEqual(['Ủy ban nhân dân cấp xã'])
    expect(p.agencies.competent).toEqual([])
    expect(p.legalBasis).toEqual([{ number: '123/2015/NĐ-CP', title: null }])
    expect(p.dossierCases[0].components[0].form).toBeNull()
    expect(p.relatedProcedures).toEqual([])
  })

  it('keeps unknown apart from none, and reads a gap without a kind as no gap', () => {
    const p = importedFromStored(
      stored({
        methods: [
          {
            channel: 'postal',
            processingTimeGap: { kind: 'unknown', source: 'Danh sách, dòng 7' },
            fees: [],
            feesGap: { kind: 'unknown', source: 'Danh sách, dòng 7' },
          },
          {
            channel: 'online',
            processingTimeText: 'Không quy định',
            fees: [],
            feesGap: { kind: 'none', source: null },
          },
        ],
        // A source left behind once the part was filled in says nothing.
        resultsGap: { kind: null, source: 'cũ' },
        requirementsGap: { kind: 'unknown', source: 'CSDL quốc gia' },
      }),
      keys,
    )
    expect(p.stepsGap).toEqual({
      kind: 'unknown',
      source: 'CSDL quốc gia về TTHC, tệp a.json, bản ghi 1 (1.001193)',
    })
    expect(p.methods[0]).toMatchObject({
      processingTime: null,
      processingTimeText: null,
      processingTimeGap: { kind: 'unknown', source: 'Danh sách, dòng 7' },
      feesGap: { kind: 'unknown', source: 'Danh sách, dòng 7' },
    })
    expect(p.methods[1]).toMatchObject({
      processingTimeText: 'Không quy định',
      processingTimeGap: NO_GAP,
      feesGap: { kind: 'none', source: null },
    })
    expect(p.resultsGap).toEqual(NO_GAP)
    expect(p.requirementsGap).toEqual({ kind: 'unknown', source: 'CSDL quốc gia' })
    expect(importedFromStored(stored(), keys).requirementsGap).toEqual({
      kind: 'none',
      source: null,
    })
  })

  it('gives null and [] where the stored document leaves fields out, never undefined', () => {
    const bare = {
      id: 'p-bare',
      code: '1.000001',
      name: 'Thủ tục tối giản',
      validity: 'in-force',
      levels: ['province'],
      sector: 's-hotich',
      updatedAt: '2026-11-30T00:00:00.000Z',
      createdAt: '2026-11-30T00:00:00.000Z',
    } as Procedure
    const p = importedFromStored(bare, keys)
    expect(undefinedAt(p)).toEqual([])
    expect(p).toMatchObject({
      localCode: null,
      formalityType: null,
      onlineServiceLevel: null,
      subjects: [],
      subjectsGap: NO_GAP,
      description: null,
      agencies: { implementing: [], competent: [], coordinating: [], authorised: [] },
      steps: null,
      methods: [],
      dossierCases: [],
      results: [],
      requirements: null,
      requirementsGap: NO_GAP,
      legalBasis: [],
      keywords: [],
      synonyms: [],
      relatedProcedures: [],
    })
    // Within rows too: a stored null stays null, and quantities Payload never set read as 0.
    const rows = importedFromStored(
      stored({
        methods: [{ channel: 'direct', processingTime: null, fees: [{ amount: null }] }],
        dossierCases: [{ name: 'Giấy tờ', components: [{ name: 'Ghi chú', originals: null }] }],
        results: [{ name: 'Giấy khai sinh' }],
      }),
      keys,
    )
    expect(undefinedAt(rows)).toEqual([])
    expect(rows.methods[0].fees).toEqual([{ amount: null, currency: null, description: null }])
    expect(rows.dossierCases[0].components[0]).toEqual({
      name: 'Ghi chú',
      description: null,
      originals: 0,
      copies: 0,
      required: false,
      form: null,
    })
    expect(rows.results).toEqual([{ name: 'Giấy khai sinh', code: null }])
  })

  it('keeps an empty list apart from a list with content', () => {
    const empty = importedFromStored(stored({ keywords: [], subjects: [] }), keys)
    const listed = importedFromStored(stored({ keywords: ['khai sinh'] }), keys)
    expect(empty.keywords).toEqual([])
    expect(empty.subjects).toEqual([])
    expect(listed.keywords).toEqual(['khai sinh'])
    expect(listed.subjects).toEqual(['citizen'])
  })
})
