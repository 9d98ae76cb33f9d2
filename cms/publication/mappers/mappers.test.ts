import { describe, expect, it } from 'vitest'

import type { Decision, Locality } from '../../payload-types'
import { provinceUnits, toChangeLog, toLocality } from '.'

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
})
