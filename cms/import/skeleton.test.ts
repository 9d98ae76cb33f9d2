import { describe, expect, it } from 'vitest'

import { readProcedureCode, skeletonProcedure, splitAgencies } from './skeleton'

describe('readProcedureCode', () => {
  it('reads national codes and keeps a provincial suffix as the local code', () => {
    expect(readProcedureCode('1.001193')).toEqual({ code: '1.001193', localCode: null })
    expect(readProcedureCode(' 2.000986 ')).toEqual({ code: '2.000986', localCode: null })
    expect(readProcedureCode('1.000894.000.00.00.H56')).toEqual({
      code: '1.000894',
      localCode: '1.000894.000.00.00.H56',
    })
  })

  it('gives the Vietnamese message for anything else', () => {
    expect(readProcedureCode('')).toEqual({ error: 'Mã thủ tục là bắt buộc.' })
    for (const bad of ['1.00119', '1,001193', 'BTP-285', '1.001193.h56', '12.001193'])
      expect(readProcedureCode(bad)).toEqual({
        error: expect.stringMatching(/không đúng định dạng d\.dddddd/),
      })
  })
})

describe('skeletonProcedure', () => {
  it('states what the source gives and marks every other part unknown with the source', () => {
    const source = 'Phụ lục Quyết định 123/QĐ-UBND, tệp qd.docx, bảng 2, dòng 4'
    const unknown = { kind: 'unknown', source }
    const stated = skeletonProcedure(
      {
        code: '1.001193',
        localCode: null,
        name: 'Đăng ký khai sinh',
        sector: 'Hộ tịch',
        levels: ['commune'],
        implementing: ['UBND cấp xã'],
      },
      source,
    )
    expect(stated).toMatchObject({
      levels: ['commune'],
      formalityType: null,
      onlineServiceLevel: null,
      agencies: { implementing: ['UBND cấp xã'], implementingGap: { kind: null, source: null } },
      subjectsGap: unknown,
      stepsGap: unknown,
      methodsGap: unknown,
      dossierGap: unknown,
      resultsGap: unknown,
      requirementsGap: unknown,
    })
    // Never undefined: Payload would fill a default where the source says nothing.
    expect(Object.values(stated).some((v) => v === undefined)).toBe(false)
    const noAgency = skeletonProcedure({ ...stated, implementing: [] }, source)
    expect(noAgency.agencies.implementingGap).toEqual(unknown)
  })

  it('splits agencies on semicolons and line breaks, each once', () => {
    expect(splitAgencies('Sở Tư pháp;\nUBND  cấp xã; Sở Tư pháp;')).toEqual([
      'Sở Tư pháp',
      'UBND cấp xã',
    ])
    expect(splitAgencies('')).toEqual([])
  })
})
