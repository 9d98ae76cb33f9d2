import { describe, expect, it } from 'vitest'

import type { Decision, LegalDocument, Locality, Procedure } from '../../payload-types'
import {
  gapOf,
  knownList,
  proceduresWithGaps,
  provinceUnits,
  refIn,
  toChangeLog,
  toLegalDocument,
  toLocality,
  toProcedure,
} from '.'

const unit = (
  id: string,
  unitType: Locality['unitType'],
  tier: Locality['tier'],
  parent: string | null,
  slug = id,
) =>
  ({
    id,
    name: id,
    unitType,
    tier,
    code: String(id.length),
    parent,
    slug,
    updatedAt: '',
    createdAt: '',
  }) as Locality

describe('exporter mappers', () => {
  it('takes the province and everything below it, whatever order the rows come in', () => {
    const all = [
      unit('commune-a', 'commune', 'commune', 'district-a'),
      unit('other-province', 'province', 'province', null),
      unit('district-a', 'district', 'district', 'province-a'),
      unit('province-a', 'province', 'province', null),
      unit('other-commune', 'commune', 'commune', 'other-province'),
    ]
    const { province, localities } = provinceUnits(all, 'province-a')
    expect(province.id).toBe('province-a')
    expect(localities.map((l) => l.id).sort()).toEqual(['commune-a', 'district-a', 'province-a'])
    expect(() => provinceUnits(all)).toThrow('Cần chỉ rõ tỉnh')
    expect(() => provinceUnits(all, 'khong-co')).toThrow('Không tìm thấy tỉnh "khong-co".')
  })

  it('writes blank text as null and labels the unit type in Vietnamese', () => {
    const l = {
      ...unit('xa-a', 'township', 'commune', 'huyen-a'),
      phone: '  ',
      dissolvedOn: '2025-07-01T00:00:00.000Z',
    }
    expect(toLocality(l)).toMatchObject({
      parentId: 'huyen-a',
      phone: null,
      unitTypeLabel: 'Thị trấn',
      dissolvedOn: '2025-07-01',
    })
  })

  it('lists the change log newest first, then by code, leaving out unpublished procedures', () => {
    const decision = (
      id: string,
      kind: Decision['kind'],
      effectiveDate: string,
      procedures: string[],
    ) =>
      ({
        id,
        number: id,
        kind,
        effectiveDate,
        entries: procedures.map((procedure) => ({ procedure, change: 'new' })),
      }) as unknown as Decision
    const codeOf = new Map([
      ['p1', '1.000001'],
      ['p2', '1.000002'],
    ])
    const names = new Map([
      ['1.000001', 'Một'],
      ['1.000002', 'Hai'],
    ])
    const log = toChangeLog(
      [
        decision('old', 'announcement', '2024-01-01T00:00:00.000Z', ['p1']),
        decision('new', 'announcement', '2025-01-01T00:00:00.000Z', ['p2', 'draft', 'p1']),
        decision('applied', 'application', '2026-01-01T00:00:00.000Z', ['p1']),
      ],
      codeOf,
      names,
    )
    expect(log.map((e) => [e.date, e.procedureCode, e.procedureName])).toEqual([
      ['2025-01-01', '1.000001', 'Một'],
      ['2025-01-01', '1.000002', 'Hai'],
      ['2024-01-01', '1.000001', 'Một'],
    ])
  })

  it('reads a gap as the contract says it: none, or unknown only with a source', () => {
    expect(gapOf({ kind: 'none' })).toEqual({ kind: 'none' })
    expect(gapOf({ kind: 'unknown', source: 'CSDL' })).toEqual({ kind: 'unknown', source: 'CSDL' })
    expect(gapOf({ kind: 'unknown', source: ' ' })).toBeNull()
    expect(gapOf(null)).toBeNull()
    expect(knownList(['a'], { kind: 'unknown', source: 'CSDL' }, 'x')).toEqual({
      kind: 'stated',
      items: ['a'],
    })
    expect(knownList([], { kind: 'unknown', source: 'CSDL' }, 'x')).toEqual({
      kind: 'unknown',
      source: 'CSDL',
    })
    expect(() => knownList([], null, 'Thủ tục 1.000001')).toThrow('Thủ tục 1.000001')
  })

  it('maps each part from its content or its gap, fees with their currency', () => {
    const source = 'CSDL quốc gia về TTHC'
    const unknown = { kind: 'unknown' as const, source }
    const p = {
      id: 'p1',
      code: '1.000001',
      name: 'Thủ tục',
      validity: 'in-force',
      levels: ['ministry'],
      sector: 's1',
      subjects: [],
      subjectsGap: unknown,
      agencies: { implementing: ['a1'] },
      steps: null,
      stepsGap: unknown,
      methods: [
        {
          channel: 'direct',
          processingTime: 5,
          processingTimeUnit: 'working-day',
          fees: [
            { amount: 20000, currency: null, description: null },
            { amount: null, currency: 'VND', description: 'Theo Thông tư 85/2019/TT-BTC' },
          ],
        },
        { channel: 'online', processingTimeText: '5', feesGap: { kind: 'none' } },
      ],
      dossierCases: [],
      dossierGap: unknown,
      results: [{ name: 'Giấy phép' }],
      requirements: null,
      onlineServiceLevel: null,
      updatedAt: '2026-12-01T00:00:00.000Z',
    } as unknown as Procedure
    const refs = { codeOf: new Map(), inForceCodes: new Set<string>(), fileRef: refIn([]) }
    expect(toProcedure(p, refs)).toMatchObject({
      levels: ['ministry'],
      subjects: unknown,
      agencies: { implementing: { kind: 'stated', items: ['a1'] } },
      steps: unknown,
      methods: {
        kind: 'stated',
        items: [
          {
            processingTime: { kind: 'stated', value: 5, unit: 'working-day' },
            fees: {
              kind: 'stated',
              items: [
                { amount: 20000, currency: 'VND', description: null },
                { amount: null, currency: null, description: 'Theo Thông tư 85/2019/TT-BTC' },
              ],
            },
          },
          { processingTime: { kind: 'text', text: '5' }, fees: { kind: 'none' } },
        ],
      },
      dossierCases: unknown,
      results: { kind: 'stated' },
      requirements: { kind: 'none' },
      onlineServiceLevel: null,
    })
    expect(proceduresWithGaps([p])).toEqual([
      {
        code: '1.000001',
        name: 'Thủ tục',
        parts: [
          { part: 'Trình tự thực hiện', source },
          { part: 'Thành phần, số lượng hồ sơ', source },
          { part: 'Đối tượng thực hiện', source },
        ],
      },
    ])
  })

  it('keeps a legal document known by number and title without inventing the rest', () => {
    const d = {
      id: 'l1',
      number: '85/2019/TT-BTC',
      title: 'Hướng dẫn về phí và lệ phí',
      status: 'unknown',
    } as LegalDocument
    expect(toLegalDocument(d, refIn([]))).toEqual({
      id: 'l1',
      number: '85/2019/TT-BTC',
      kind: null,
      kindLabel: null,
      title: 'Hướng dẫn về phí và lệ phí',
      issuer: null,
      issueDate: null,
      effectiveDate: null,
      status: 'unknown',
      replacedById: null,
    })
  })
})
