import { strToU8, zipSync, type Zippable } from 'fflate'
import { describe, expect, it } from 'vitest'

import { formatIssue } from './report'
import { checkZip, ZIP_LIMITS, zipEntryNames } from './zipGuard'

const FILE = 'danhsach.xlsx'
const small = () =>
  zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8('<workbook/>'),
  })

/** The archive with every entry's declared uncompressed size replaced, in both headers: a liar. */
function forgeSizes(bytes: Uint8Array, declared: number): Uint8Array {
  const copy = bytes.slice()
  const view = new DataView(copy.buffer)
  for (let at = 0; at + 4 <= copy.length; at++) {
    const signature = view.getUint32(at, true)
    if (signature === 0x02014b50) view.setUint32(at + 24, declared, true)
    if (signature === 0x04034b50) view.setUint32(at + 22, declared, true)
  }
  return copy
}

const messages = (bytes: Uint8Array, kind?: 'xlsx' | 'docx') =>
  checkZip(bytes, FILE, kind).map((i) => i.message)

describe('checkZip', () => {
  it('accepts a small ordinary container', () => {
    expect(checkZip(small(), FILE)).toEqual([])
  })

  it('refuses a file that is not a ZIP, naming the file and the expected kind', () => {
    const issues = checkZip(strToU8('Mã số,Tên\n1.001193,Đăng ký khai sinh\n'), FILE)
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ file: FILE, field: 'tệp', severity: 'error', row: null })
    expect(issues[0].message).toMatch(/^Tệp danhsach\.xlsx không phải tệp Excel \(\.xlsx\)/)
    expect(formatIssue(issues[0])).toMatch(/^Lỗi: tệp danhsach\.xlsx, trường tệp — /)
    expect(messages(new Uint8Array(0), 'docx')[0]).toMatch(/không phải tệp Word \(\.docx\)/)
  })

  it('refuses a truncated file', () => {
    const bytes = small()
    expect(messages(bytes.subarray(0, bytes.length - 10))[0]).toMatch(/bị cắt cụt hoặc hỏng/)
    expect(messages(bytes.subarray(0, 30))[0]).toMatch(/bị cắt cụt hoặc hỏng/)
  })

  it('refuses a zip bomb: a highly compressible large entry, without inflating it', () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(20 * 1024 * 1024) })
    expect(bomb.length).toBeLessThan(100_000)
    const [issue, ...rest] = checkZip(bomb, FILE)
    expect(rest).toEqual([])
    expect(issue.message).toMatch(/"xl\/worksheets\/sheet1\.xml" nén với tỷ lệ \d+:1.*zip bomb/)
    expect(issue.value).toBe('xl/worksheets/sheet1.xml')
  })

  it('refuses a container whose declared content is over 200 MB', () => {
    // Three entries each declaring 70 MB (patched in the central directory, never inflated).
    const bytes = zipSync({ 'a.xml': strToU8('a'), 'b.xml': strToU8('b'), 'c.xml': strToU8('c') })
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    for (let at = 0; at + 4 <= bytes.length; at++)
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 70 * 1024 * 1024, true)
    expect(messages(bytes)).toEqual([
      expect.stringMatching(/khi giải nén chiếm 210,0 MB; giới hạn 200,0 MB/),
      expect.stringMatching(/"a\.xml" nén với tỷ lệ/),
    ])
  })

  it('refuses a container with more than 2,000 entries', () => {
    const files: Zippable = {}
    for (let i = 0; i <= ZIP_LIMITS.entries; i++) files[`f${i}.xml`] = strToU8('<x/>')
    expect(messages(zipSync(files))).toEqual([
      expect.stringMatching(/chứa 2001 thành phần; giới hạn 2000/),
    ])
  })

  it('refuses a file over 50 MB before reading it', () => {
    const issues = checkZip(new Uint8Array(ZIP_LIMITS.fileBytes + 1), FILE)
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^Tệp danhsach\.xlsx quá lớn \(50,0 MB\); giới hạn 50,0 MB\./),
    ])
  })

  it('refuses a zip bomb that declares small sizes, stopping the inflation early', () => {
    // 48 MB of zeros declared as 1,000 bytes: the central directory alone looks harmless.
    const size = 48 * 1024 * 1024
    const bomb = forgeSizes(
      zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(size) }, { level: 1 }),
      1_000,
    )
    const issues = checkZip(bomb, FILE)
    expect(issues).toEqual([
      expect.objectContaining({ file: FILE, field: 'tệp', value: 'xl/worksheets/sheet1.xml' }),
    ])
    const stopped =
      /khai báo 1000 byte khi giải nén nhưng thực tế nhiều hơn \(đã dừng giải nén ở (\d+),(\d) MB\).*khai man/.exec(
        issues[0].message,
      )
    expect(stopped, issues[0].message).not.toBeNull()
    // Stopped after the first steps, not after the whole entry.
    expect(Number(`${stopped![1]}.${stopped![2]}`)).toBeLessThan(16)
  })

  it('refuses a zip bomb that declares a size below the ratio threshold but inflates beyond it', () => {
    // Each entry honest about nothing: declared 900 kB, real 20 MB of one repeated byte.
    const bomb = forgeSizes(
      zipSync({ 'word/document.xml': new Uint8Array(20 * 1024 * 1024) }),
      900_000,
    )
    expect(messages(bomb, 'docx')).toEqual([
      expect.stringMatching(/"word\/document\.xml".*khai man/),
    ])
  })

  it('refuses an entry whose compressed data is corrupt, naming it', () => {
    const bytes = zipSync({ 'xl/sharedStrings.xml': strToU8('<sst>'.repeat(2000)) })
    const names = strToU8('xl/sharedStrings.xml')
    let data = bytes.indexOf(names[names.length - 1], 30) + 1
    while (bytes[data - names.length] !== names[0])
      data = bytes.indexOf(names[names.length - 1], data) + 1
    const broken = bytes.slice()
    broken.fill(0xff, data, data + 16)
    expect(messages(broken)).toEqual([
      expect.stringMatching(/thành phần "xl\/sharedStrings\.xml" bị hỏng, không giải nén được/),
    ])
  })

  it('lists the names of a ZIP without inflating, and none for other bytes', () => {
    expect(zipEntryNames(small())).toEqual(['[Content_Types].xml', 'xl/workbook.xml'])
    expect(zipEntryNames(strToU8('{"code": "1.001193"}'))).toBeNull()
    expect(zipEntryNames(small().subarray(0, 40))).toBeNull()
  })
})
