import { describe, expect, it } from 'vitest'

import { decodeUtf8, firstInvalidUtf8, utf16Encoding } from './utf8'

const utf8 = (text: string) => new TextEncoder().encode(text)
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff))
const utf16le = (text: string, bom: boolean) => {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2)
  if (bom) bytes.set([0xff, 0xfe])
  for (let i = 0; i < text.length; i++) {
    bytes[(bom ? 2 : 0) + 2 * i] = text.charCodeAt(i) & 0xff
    bytes[(bom ? 2 : 0) + 2 * i + 1] = text.charCodeAt(i) >> 8
  }
  return bytes
}

describe('decodeUtf8', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeUtf8(utf8('[{"name": "Đăng ký khai sinh"}]'))).toEqual({
      text: '[{"name": "Đăng ký khai sinh"}]',
    })
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('[]')]))).toEqual({ text: '[]' })
  })

  it('locates the first byte of a Latin-1 or Windows-1258 text by line and column', () => {
    const bytes = latin1('[\n  {"name": "Ðang ký"}]')
    const read = decodeUtf8(bytes)
    expect(read).toMatchObject({ line: 2, value: '0xD0' })
    expect('message' in read && read.message).toMatch(
      /byte 0xD0 ở dòng 2, cột 13 không thuộc mã UTF-8.*Windows-1258, TCVN3 hay Latin-1/,
    )
  })

  it('counts columns in characters after valid Vietnamese letters', () => {
    const bytes = Uint8Array.from([...utf8('"Đăng ký '), 0xa9, ...utf8('"')])
    expect(decodeUtf8(bytes)).toMatchObject({ line: 1, value: '0xA9' })
    expect((decodeUtf8(bytes) as { message: string }).message).toMatch(/dòng 1, cột 10/)
  })

  it('says a file cut in the middle of a letter may be truncated', () => {
    const bytes = utf8('["Đăng ký"]').subarray(0, 5)
    expect((decodeUtf8(bytes) as { message: string }).message).toMatch(/bị cắt cụt/)
  })

  it('recognises UTF-16 with and without a byte-order mark', () => {
    expect(utf16Encoding(utf16le('[{"code": "1.001193"}]', true))).toBe('UTF-16 LE')
    expect(utf16Encoding(utf16le('[{"code": "1.001193"}]', false))).toBe('UTF-16 LE')
    expect(utf16Encoding(utf16le('[{"code": "1.001193"}]', false).subarray(1))).toBe('UTF-16 BE')
    expect(utf16Encoding(utf8('[{"code": "1.001193"}]'))).toBeNull()
    expect((decodeUtf8(utf16le('[]', true)) as { message: string }).message).toMatch(
      /mã UTF-16 LE, không phải UTF-8/,
    )
  })

  it('refuses overlong forms and surrogates as the platform decoder does', () => {
    for (const bad of [
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xff],
    ]) {
      const bytes = Uint8Array.from([0x41, ...bad])
      expect(firstInvalidUtf8(bytes)).toEqual({ offset: 1, truncated: false })
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    }
    expect(firstInvalidUtf8(utf8('Đăng ký khai sinh 😀'))).toBeNull()
  })
})
