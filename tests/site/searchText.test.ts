/**
 * The text rules search depends on, shared by the index builder and the browser script: folding
 * (đ included), code variants, query normalisation and the re-ranking tiers.
 */
import { describe, expect, it } from 'vitest'

import { fold } from '../../content-schemas/fold'
import { codeVariants, normalizeQuery, queryAsCode } from '../../site/lib/searchText'
import { matchTier, rerank } from '../../site/lib/rank'

describe('folding', () => {
  it('drops tone and vowel marks and turns đ/Đ into d', () => {
    expect(fold('Đăng ký Khai sinh')).toBe('dang ky khai sinh')
    expect(fold('ĐẤT ĐAI')).toBe('dat dai')
    expect(fold('Hộ tịch  ')).toBe('ho tich')
    expect(fold('Ủy ban nhân dân')).toBe('uy ban nhan dan')
  })

  it('normalises what citizens type, whatever the case, marks or punctuation', () => {
    for (const q of [
      'DANG KY KET HON',
      'đăng ký kết hôn',
      'Đăng ký kết hôn!',
      '  dang  ky, ket hon ',
    ])
      expect(normalizeQuery(q)).toBe('dang ky ket hon')
    expect(normalizeQuery('1.001193')).toBe('1001193')
  })

  it('indexes codes in the forms a query can reach', () => {
    expect(codeVariants('1.001193', '1.001193.000.00.00.H18')).toEqual([
      '1001193',
      '001193',
      '10011930000000h18',
    ])
    expect(queryAsCode('1.001193')).toBe('1.001193')
    expect(queryAsCode('1001193')).toBe('1.001193')
    expect(normalizeQuery('1.001193.000.00.00.H18')).toBe('10011930000000h18')
    expect(queryAsCode('1.001193.000.00.00.H18')).toBe('1.001193')
    expect(queryAsCode('khai sinh')).toBeNull()
  })
})

describe('re-ranking', () => {
  const birth = {
    title: 'thu tuc dang ky khai sinh',
    code: '1.001193',
    keys: 'dang ky khai sinh | khai sinh | ho tich',
    field: 'Hộ tịch',
  }
  const mobile = {
    title: 'thu tuc dang ky khai sinh luu dong',
    code: '1.003583',
    keys: 'khai sinh luu dong',
    field: 'Hộ tịch',
  }
  const foreign = {
    title: 'thu tuc dang ky khai sinh co yeu to nuoc ngoai',
    code: '2.000528',
    keys: 'khai sinh',
    field: 'Hộ tịch',
  }

  it('ranks code, name, keyword, prefix and field matches in that order', () => {
    expect(matchTier('1.001193', birth)).toBe(5)
    expect(matchTier('001193', birth)).toBe(5)
    expect(matchTier('Đăng ký khai sinh', birth)).toBe(4)
    expect(matchTier('khai sinh', birth)).toBe(3)
    expect(matchTier('dang ky khai sinh', mobile)).toBe(2)
    expect(matchTier('Hộ tịch', mobile)).toBe(1)
    expect(matchTier('ket hon', mobile)).toBe(0)
  })

  it('puts the exact name first, then the general case before special ones', () => {
    const items = [mobile, foreign, birth].map((meta) => ({ meta }))
    expect(rerank('dang ky khai sinh', items).map((i) => i.meta.code)).toEqual([
      '1.001193',
      '1.003583',
      '2.000528',
    ])
    expect(
      rerank(
        'khai sinh',
        [foreign, birth].map((meta) => ({ meta })),
      ).map((i) => i.meta.code),
    ).toEqual(['1.001193', '2.000528'])
  })
})
