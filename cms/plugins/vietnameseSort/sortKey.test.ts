import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { vietnameseSortKey } from './sortKey'

const collator = new Intl.Collator('vi')
const byKey = (a: string, b: string) => {
  const ka = vietnameseSortKey(a)
  const kb = vietnameseSortKey(b)
  return ka < kb ? -1 : ka > kb ? 1 : 0
}

describe('vietnameseSortKey', () => {
  it('orders letters, tone marks and case as Vietnamese does', () => {
    const words = ['Y tế', 'Đất đai', 'Dân tộc', 'dat dai', 'Đăng ký', 'đất đai', 'an', 'ăn', 'ân']
    expect([...words].sort(byKey)).toEqual([
      'an',
      'ăn',
      'ân',
      'dat dai',
      'Dân tộc',
      'Đăng ký',
      'đất đai',
      'Đất đai',
      'Y tế',
    ])
    expect(['ạ', 'á', 'ã', 'ả', 'à', 'a'].sort(byKey)).toEqual(['a', 'à', 'ả', 'ã', 'á', 'ạ'])
    expect(['Hộ tịch', 'Hộ', 'Hộ, tịch', 'Hộ-tịch'].sort(byKey)).toEqual(
      ['Hộ', 'Hộ, tịch', 'Hộ tịch', 'Hộ-tịch'].sort(collator.compare),
    )
  })

  it('gives the order of Intl.Collator("vi") on real names and on what officers type', () => {
    const names = [
      // the demo's sectors
      'Hộ tịch',
      'Chứng thực',
      'Nuôi con nuôi',
      'Hòa giải ở cơ sở',
      'Cư trú',
      'Đất đai',
      'Xây dựng',
      'Bảo trợ xã hội',
      'Người có công',
      'Giảm nghèo',
      'Việc làm',
      'Trẻ em',
      'Văn hóa',
      'Thư viện',
      'Thể dục, thể thao',
      'Thi đua – khen thưởng',
      'Tín ngưỡng, tôn giáo',
      'Thành lập và hoạt động của hộ kinh doanh',
      'Nghĩa vụ quân sự',
      'Thủ tục đăng ký khai sinh',
      'Thủ tục đăng ký kết hôn',
      'Đăng ký thường trú',
      'Xóa đăng ký thường trú',
      'Chứng thực bản sao từ bản chính',
      'Cấp Giấy xác nhận tình trạng hôn nhân',
      'Công nhận hộ nghèo, hộ cận nghèo',
      'Ủy ban nhân dân xã Mường Phăng',
      'Uỷ ban nhân dân thị trấn Điện Biên Đông',
      'Phường Mường Thanh',
      'Xã Nà Son',
      'Quyết định 1234/QĐ-UBND (sửa đổi)',
      'QĐ 12/2025',
      '"Gia đình văn hóa"',
      'sổ đỏ',
      'sổ hồng',
      'SỔ ĐỎ',
      'so do',
      '10 ngày',
      '9 ngày',
      'Ơn',
      'Ông',
      'Ưu đãi',
      'Ứng dụng',
      'café',
      'Zalo',
      'wifi',
    ]
    expect([...names].sort(byKey)).toEqual([...names].sort(collator.compare))
  })

  it('agrees with Intl.Collator("vi") on any two texts of Vietnamese letters, marks and signs', () => {
    const letters = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ0123456789 ,.-()/']
    const tones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']
    const char = fc
      .tuple(fc.constantFrom(...letters), fc.constantFrom(...tones))
      .map(([letter, tone]) => `${letter}${/\p{L}/u.test(letter) ? tone : ''}`.normalize('NFC'))
    const text = fc.array(char, { maxLength: 12 }).map((chars) => chars.join(''))
    fc.assert(
      fc.property(text, text, (a, b) => {
        // Texts that differ only in spaces at the ends or runs of spaces are the same key.
        const [x, y] = [a, b].map((t) => t.replace(/\s+/g, ' ').trim())
        expect(Math.sign(byKey(x!, y!))).toBe(Math.sign(collator.compare(x!, y!)))
      }),
      { numRuns: 5000 },
    )
  })

  it('is made of digits and lower-case letters only, and is empty-safe', () => {
    expect(vietnameseSortKey('Đất đai – Ω €')).toMatch(/^[0-9a-z]+$/)
    expect(vietnameseSortKey(null)).toBe('00')
    expect(vietnameseSortKey('  Hộ   tịch ')).toBe(vietnameseSortKey('Hộ tịch'))
  })
})
