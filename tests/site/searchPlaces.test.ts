/** A locality named in the query narrows the search to it. */
import { describe, expect, it } from 'vitest'

import { closingTagStart, placeInQuery, placeOfSearch } from '../../site/lib/places'

const places = [
  { value: '03121', name: 'Thị trấn Điện Biên Đông' },
  { value: '03100', name: 'Huyện Điện Biên Đông' },
  { value: '03128', name: 'Xã Na Son' },
  { value: '03130', name: 'Phường Mường Thanh' },
]

describe('a place in the query', () => {
  it('is found by its whole name or without its kind of unit, and taken out of the query', () => {
    expect(placeInQuery('khai sinh dien bien dong', places)).toMatchObject({ rest: 'khai sinh' })
    expect(placeInQuery('Khai tử Na Son', places)).toEqual({ place: places[2], rest: 'khai tu' })
    expect(placeInQuery('dang ky ket hon xa na son', places)).toEqual({
      place: places[2],
      rest: 'dang ki ket hon',
    })
    expect(placeInQuery('tam tru phuong muong thanh', places)?.place).toBe(places[3])
    // the unit abbreviated, as in chat: "tt" thị trấn, "tp" thành phố
    expect(placeInQuery('khai sinh tt dien bien dong', places)).toEqual({
      place: places[0],
      rest: 'khai sinh',
    })
  })

  it('prefers the whole name when two places share the bare one', () => {
    expect(placeInQuery('tach ho thi tran dien bien dong', places)).toEqual({
      place: places[0],
      rest: 'tach ho',
    })
    expect(placeInQuery('tach ho huyen dien bien dong', places)?.place).toBe(places[1])
  })

  it('needs the whole name as words: no place in "sơn" or "đoàn thanh niên"', () => {
    expect(placeInQuery('son nha', places)).toBeNull()
    expect(placeInQuery('doan thanh nien', places)).toBeNull()
    expect(placeInQuery('dang ky khai sinh', places)).toBeNull()
  })

  it('is not the "đúng" of a closing "đúng không" by its bare name', () => {
    const xaDung = { value: '03140', name: 'Xã Xa Dung' }
    const province = [...places, xaDung]
    // "… ở xã, đúng không?": no commune named, whatever spelling of "không"
    expect(placeInQuery('toi can giay xac nhan thi xin o xa dung khong', province)).toBeNull()
    expect(placeInQuery('xin o xa dung ko a', province)).toBeNull()
    expect(closingTagStart(['xin', 'o', 'xa', 'dung', 'khong'])).toBe(3)
    expect(closingTagStart(['xay', 'dung', 'nha', 'o'])).toBe(4)
    // the commune by its whole name, or its bare name anywhere else
    expect(placeInQuery('lam khai sinh o xa xa dung khong', province)?.place).toBe(xaDung)
    expect(placeInQuery('khai sinh xa dung', province)?.place).toBe(xaDung)
    expect(placeInQuery('xa dung co lam khai sinh khong', province)?.place).toBe(xaDung)
  })

  it('is read the same by Enter and by the search prepared before it (placeOfSearch)', () => {
    // no locality chosen: the named one, and the query without its name
    expect(placeOfSearch('dang ky ket hon xa na son', '', null, places)).toEqual({
      locality: '03128',
      auto: '03128',
      query: 'dang ki ket hon',
    })
    // none named: the query as typed
    expect(placeOfSearch('dang ky ket hon', '', null, places)).toEqual({
      locality: '',
      auto: null,
      query: 'dang ky ket hon',
    })
    // the citizen's own choice stands, and the name stays in the query
    expect(placeOfSearch('khai tu na son', '03130', null, places)).toEqual({
      locality: '03130',
      auto: null,
      query: 'khai tu na son',
    })
    // the previous query's place does not stick; another one named replaces it
    expect(placeOfSearch('dang ky ket hon', '03128', '03128', places)).toEqual({
      locality: '',
      auto: null,
      query: 'dang ky ket hon',
    })
    expect(placeOfSearch('tam tru phuong muong thanh', '03128', '03128', places)).toMatchObject({
      locality: '03130',
      auto: '03130',
    })
    // the citizen chose another locality since: theirs stands
    expect(placeOfSearch('tam tru', '03130', '03128', places).locality).toBe('03130')
  })
})
