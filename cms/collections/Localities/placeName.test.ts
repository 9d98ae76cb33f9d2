import { expect, it } from 'vitest'

import { placeName } from './placeName'

it('dates papers from the place, without its unit type', () => {
  expect(placeName('Thị trấn Điện Biên Đông', 'township')).toBe('Điện Biên Đông')
  expect(placeName('Xã Mường Luân', 'commune')).toBe('Mường Luân')
  expect(placeName('xã Mường Luân', 'commune')).toBe('Mường Luân')
  expect(placeName('Thành phố thuộc tỉnh Điện Biên Phủ', 'provincial-city')).toBe('Điện Biên Phủ')
  // A name that does not carry its type, or an unknown type, is kept whole.
  expect(placeName('Điện Biên Đông', 'township')).toBe('Điện Biên Đông')
  expect(placeName('Xã Mường Luân', null)).toBe('Xã Mường Luân')
  // Phường Xã Đàn is a ward named "Xã Đàn": only the ward's own type is removed.
  expect(placeName('Phường Xã Đàn', 'ward')).toBe('Xã Đàn')
})
