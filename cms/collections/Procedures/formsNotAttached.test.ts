import { describe, expect, it } from 'vitest'

import { formsNotAttached } from './formsNotAttached'

describe('components that name a form without one attached', () => {
  const component = (name: string, form: unknown = null, description: string | null = null) => ({
    name,
    description,
    form,
  })
  it('counts a component whose text names a form and has no file', () => {
    expect(
      formsNotAttached([
        {
          components: [
            component('Tờ khai đăng ký khai sinh (theo mẫu)'),
            component('Đơn đề nghị', null, 'Mẫu số 01/TP-HT ban hành kèm Thông tư 04/2020/TT-BTP'),
            component('TỜ KHAI CẤP BẢN SAO TRÍCH LỤC'),
          ],
        },
      ]),
    ).toBe(3)
  })
  it('does not count a component with its form attached, or one that names no form', () => {
    expect(
      formsNotAttached([
        { components: [component('Tờ khai (theo mẫu)', 'media-id')] },
        { components: [component('Giấy chứng sinh'), component('Bản sao giấy tờ tùy thân')] },
      ]),
    ).toBe(0)
  })
  it('does not read "mẫu" inside another word, or in "mẫu giáo"', () => {
    expect(
      formsNotAttached([{ components: [component('Giấy xác nhận của trường mẫu giáo')] }]),
    ).toBe(0)
    expect(formsNotAttached([{ components: [component('Bản khai mẫuthử')] }])).toBe(0)
  })
  it('counts nothing when the dossier is not stated', () => {
    expect(formsNotAttached(null)).toBe(0)
    expect(formsNotAttached([{ components: null }])).toBe(0)
  })
})
