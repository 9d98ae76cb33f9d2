import { describe, expect, it } from 'vitest'

import { foldVietnamese } from './foldVietnamese'
import { slugify } from './slugify'

describe('Vietnamese folding', () => {
  it('removes tone marks and folds đ', () => {
    expect(foldVietnamese('Đăng ký khai sinh')).toBe('Dang ky khai sinh')
    expect(foldVietnamese('chứng thực bản sao')).toBe('chung thuc ban sao')
    expect(foldVietnamese('Điện Biên Đông')).toBe('Dien Bien Dong')
  })

  it('makes URL slugs', () => {
    expect(slugify('Thị trấn Điện Biên Đông')).toBe('thi-tran-dien-bien-dong')
    expect(slugify('  Lao động – Thương binh và Xã hội ')).toBe('lao-dong-thuong-binh-va-xa-hoi')
  })
})
