/** Typos: one letter wrong, missing, extra or swapped in a word of five letters or more. */
import { describe, expect, it } from 'vitest'

import {
  correctWords,
  heldBy,
  neighboursSwapped,
  oneEditApart,
  soundAlike,
  spellingsAlike,
  vocabulary,
} from '../../site/lib/typos'
import type { SearchRecord } from '../../site/lib/searchRecords'

const record = (title: string, content = ''): SearchRecord => ({
  url: '/',
  language: 'vi',
  content,
  meta: { title, keys: '' },
  filters: {},
})

describe('typos', () => {
  it('finds words one edit apart', () => {
    expect(oneEditApart('nghep', 'ngheo')).toBe(true) // wrong
    expect(oneEditApart('thung', 'thuong')).toBe(true) // missing
    expect(oneEditApart('chapp', 'chap')).toBe(true) // extra
    expect(oneEditApart('thuogn', 'thuong')).toBe(true) // swapped
    expect(oneEditApart('trnag', 'trang')).toBe(true)
    expect(oneEditApart('ngheo', 'ngheo')).toBe(false)
    expect(oneEditApart('nghiep', 'ngheo')).toBe(false)
    expect(oneEditApart('thuong', 'truong')).toBe(true)
  })

  it('lists the index’s words, short ones too, most frequent first', () => {
    const words = vocabulary([
      record('cong nhan ho ngheo', 'ho ngheo . ho can ngheo'),
      record('dang ki thuong tru', 'thuong tru . 2016'),
      record('dang ki tam tru', 'tam tru'),
    ])
    expect(words.slice(0, 3)).toEqual(['dang', 'ki', 'tru'])
    expect(words).toEqual(expect.arrayContaining(['ngheo', 'thuong', 'nhan', 'ho', 'tam', 'can']))
    expect(words).not.toContain('2016')
    expect(words).not.toContain('.')
  })

  it('lists whole words only, never the letters inside a word with digits', () => {
    // "ql1a" is one word of the index: "ql" or "a" alone would not be found as its start
    const words = vocabulary([record('duong ql1a', 'khu 2phong . tuyen hanh')])
    expect(words.sort()).toEqual(['duong', 'hanh', 'khu', 'tuyen'])
  })

  it('corrects long unknown words to the most frequent neighbour, and leaves the rest alone', () => {
    const words = ['thuong', 'truong', 'ngheo', 'khuyet', 'doanh', 'trang', 'chap', 'vang']
    expect(correctWords('cong nhan ho nghep'.split(' '), words)).toEqual([
      'cong',
      'nhan',
      'ho',
      'ngheo',
    ])
    // a word of the same length before a more frequent shorter one: "nghèo", not "nghề"
    expect(correctWords(['nghep'], ['nghe', 'ngheo'])).toEqual(['ngheo'])
    // "thuong" is listed before "truong": more frequent wins
    expect(correctWords(['thuogn', 'thung'], words)).toEqual(['thuong', 'thuong'])
    expect(correctWords(['khuyec', 'doang', 'trnag', 'chapp', 'vangg'], words)).toEqual([
      'khuyet',
      'doanh',
      'trang',
      'chap',
      'vang',
    ])
    // short words, known words, numbers and words far from any are kept
    expect(correctWords(['tam', 'truong', '20166', 'qwxzv'], words)).toEqual([
      'tam',
      'truong',
      '20166',
      'qwxzv',
    ])
    // the short words listed for heldBy are no candidates: "tahc" is "tach", not "tac"
    expect(correctWords(['tahc'], ['tac', 'tach', 'ho'], 4)).toEqual(['tach'])
  })

  it('reads two neighbouring letters swapped in a word of four letters', () => {
    expect(neighboursSwapped('khia')).toEqual(['hkia', 'kiha', 'khai'])
    expect(neighboursSwapped('tahi')).toContain('thai')
    expect(neighboursSwapped('xoo')).toEqual([]) // three letters: too many syllables are a swap apart
    expect(neighboursSwapped('chau')).toEqual([]) // names a person (PEOPLE_WORDS)
    const words = ['khai', 'sinh', 'thai', 'san', 'nha', 'tach']
    expect(correctWords(['khia', 'sinh'], words)).toEqual(['khai', 'sinh'])
    expect(correctWords(['tahi', 'san'], words)).toEqual(['thai', 'san'])
    // the regional spelling comes first, and a word no swap reaches is kept
    expect(correctWords(['xinh', 'nhab'], words)).toEqual(['sinh', 'nhab'])
  })

  it('spells a word as another region says it, a person’s word only where its neighbour decides', () => {
    expect(soundAlike('chan')).toEqual([['tran'], ['chang'], ['trang']])
    // "chú" (uncle) is never corrected on its own ("cho chu": for an uncle)…
    expect(soundAlike('chu')).toEqual([[], [], []])
    // …but the re-ranking may read it as "trú" beside "thường" (rank.ts)
    expect(spellingsAlike('chu')[0]).toEqual(['tru'])
    expect(spellingsAlike('xa')).toEqual([[], [], []]) // two letters: too many syllables
  })
})

describe('words the index holds (heldBy)', () => {
  const held = heldBy(['thuong', 'truong', 'ngheo', 'khuyet', 'hoan', 'sinh'])

  it('holds a word that begins a vocabulary word, as Pagefind matches it', () => {
    expect(held('ngheo')).toBe(true)
    expect(held('thuong')).toBe(true)
    expect(held('ho')).toBe(true) // "hoan"
    expect(held('khu')).toBe(true) // "khuyet"
    expect(held('s')).toBe(true)
  })

  it('does not claim a word it cannot vouch for', () => {
    expect(held('nghep')).toBe(false) // a typo
    expect(held('thuongg')).toBe(false) // longer than any vocabulary word
    expect(held('uong')).toBe(false) // inside a word, not its start
    expect(held('2016')).toBe(false) // numbers are not listed
    expect(held('')).toBe(false)
    expect(heldBy([])('ho')).toBe(false)
  })
})
