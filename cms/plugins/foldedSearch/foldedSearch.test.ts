import { describe, expect, it } from 'vitest'

import { foldSearchText, foldWhere, SEARCH_FIELD } from '.'
import { isPureHook } from '../../lib/bulkHooks'

describe('the folded search field', () => {
  const hook = foldSearchText(['code', 'name'])
  const run = (data: Record<string, unknown>, originalDoc?: Record<string, unknown>) =>
    hook({ data, originalDoc, operation: originalDoc ? 'update' : 'create' } as never) as Record<
      string,
      unknown
    >

  it('folds the source fields with the contract’s folding (đ included), lower case', () => {
    expect(run({ code: '1.000894', name: 'Đăng ký  Kết hôn' })[SEARCH_FIELD]).toBe(
      '1.000894 dang ky ket hon',
    )
  })

  it('reads a field the update does not carry from the stored document', () => {
    expect(run({ code: '1.000894' }, { name: 'Chứng thực bản sao' })[SEARCH_FIELD]).toBe(
      '1.000894 chung thuc ban sao',
    )
  })

  it('is pure, so the bulk write path runs it instead of leaving the collection to the Local API', () => {
    expect(isPureHook(hook)).toBe(true)
  })

  it('folds searches on the field and widens the title’s, leaving other conditions alone', () => {
    expect(foldWhere({ searchText: { like: 'Hộ Tịch' } }, 'name')).toEqual({
      searchText: { like: 'ho tich' },
    })
    expect(
      foldWhere({ and: [{ name: { like: 'hộ tịch' } }, { code: { equals: 'HT' } }] }, 'name'),
    ).toEqual({
      and: [
        { or: [{ name: { like: 'hộ tịch' } }, { searchText: { like: 'ho tich' } }] },
        { code: { equals: 'HT' } },
      ],
    })
    expect(foldWhere({ code: { like: 'Hộ' }, name: { equals: 'x' } }, 'name')).toEqual({
      and: [{ code: { like: 'Hộ' } }, { name: { equals: 'x' } }],
    })
  })
})
