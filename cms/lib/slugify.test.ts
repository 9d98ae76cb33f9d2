import { describe, expect, it } from 'vitest'

import { slugify } from './slugify'

describe('slugify', () => {
  it('makes URL slugs from Vietnamese names', () => {
    expect(slugify('Thị trấn Điện Biên Đông')).toBe('thi-tran-dien-bien-dong')
    expect(slugify('  Lao động – Thương binh và Xã hội ')).toBe('lao-dong-thuong-binh-va-xa-hoi')
  })
})
