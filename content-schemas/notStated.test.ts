import { describe, expect, it } from 'vitest'
import { isNotStatedText } from './notStated'

describe('isNotStatedText', () => {
  it.each([
    'Không có thông tin',
    'không có  thông tin.',
    'Chưa có thông tin',
    'Đang cập nhật',
    'Đang cập nhật thông tin...',
    'CHƯA CẬP NHẬT',
    'Đang bổ sung',
    '-',
    '…',
    '...',
    'N/A',
    // decomposed tone marks, as some spreadsheets store them
    'Đang cập nhật'.normalize('NFD'),
  ])('"%s" says the part is not known', (text) => expect(isNotStatedText(text)).toBe(true))

  it.each([
    'Không',
    'Miễn phí',
    'Không quy định',
    'Theo quy định',
    '5 ngày làm việc',
    'Cập nhật hồ sơ',
    'Đang cập nhật hồ sơ đất đai',
    '',
  ])('"%s" says something', (text) => expect(isNotStatedText(text)).toBe(false))
})
