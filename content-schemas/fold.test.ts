import { describe, expect, it } from 'vitest'

import { fold, foldVietnamese } from './fold'

describe('Vietnamese folding', () => {
  it('removes tone marks and folds đ', () => {
    expect(foldVietnamese('Đăng ký khai sinh')).toBe('Dang ky khai sinh')
    expect(foldVietnamese('chứng thực bản sao')).toBe('chung thuc ban sao')
    expect(foldVietnamese('Điện Biên Đông')).toBe('Dien Bien Dong')
  })

  it('keeps letters without marks, in composed form', () => {
    expect(foldVietnamese('Quyết định số 163/QĐ-BTP')).toBe('Quyet dinh so 163/QD-BTP')
    // Text typed with combining marks (decomposed) folds the same as composed text.
    expect(foldVietnamese('Đăng ký'.normalize('NFD'))).toBe('Dang ky')
  })

  it('folds for search: lower case, single spaces', () => {
    expect(fold('  ĐĂNG   KÝ\tkhai sinh ')).toBe('dang ky khai sinh')
    expect(fold('Thủ tục Đăng ký')).toBe('thu tuc dang ky')
  })
})
