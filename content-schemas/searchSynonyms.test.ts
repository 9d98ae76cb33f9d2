import { describe, expect, it } from 'vitest'

import { formatPath } from './validate'
import { SearchSynonyms } from './searchSynonyms'
import { DEFAULT_SEARCH_SYNONYMS } from './searchSynonyms.default'
import { fold } from './fold'

const issues = (value: unknown) =>
  SearchSynonyms.safeParse(value).error?.issues.map((i) => `${formatPath(i.path)}: ${i.message}`)

describe('search synonyms', () => {
  it('ships a default list of at least 200 everyday terms, each once, each meaning something', () => {
    expect(SearchSynonyms.parse(DEFAULT_SEARCH_SYNONYMS)).toEqual(DEFAULT_SEARCH_SYNONYMS)
    expect(DEFAULT_SEARCH_SYNONYMS.length).toBeGreaterThanOrEqual(200)
    const terms = DEFAULT_SEARCH_SYNONYMS.map((s) => fold(s.term))
    for (const term of [
      'so do',
      'so hong',
      'giay doc than',
      'tach khau',
      'lam giay khai sinh',
      'ho ngheo',
      'luong huu',
      'bao hiem that nghiep',
    ])
      expect(terms).toContain(term)
  })

  it('refuses an empty term, a term meaning nothing, a bad code and a term given twice, saying where', () => {
    expect(
      issues([
        { term: ' ', means: ['tách hộ'], codes: [] },
        { term: 'sổ đỏ', means: [], codes: [] },
        { term: 'giấy độc thân', means: [], codes: ['1.4873'] },
        { term: 'tách khẩu', means: ['tách hộ'], codes: [] },
        { term: 'Tách Khẩu', means: ['tách hộ'], codes: [] },
      ]),
    ).toEqual([
      '[0].term: từ người dân gõ không được để trống',
      '[1].means: phải chỉ tới ít nhất một cụm từ hoặc một mã thủ tục',
      '[2].codes[0]: mã thủ tục phải có dạng d.dddddd',
      '[4].term: "Tách Khẩu" đã có ở mục 4',
    ])
  })
})
