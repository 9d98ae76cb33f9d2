import { describe, expect, it } from 'vitest'

import { parseExportArgs } from './exportArgs'

describe('parseExportArgs', () => {
  it('keeps the snapshot export as the default', () => {
    expect(parseExportArgs([])).toEqual({ kind: 'snapshot', out: undefined, province: undefined })
    expect(parseExportArgs(['--out', 'd', '--province', 'dien-bien'])).toEqual({
      kind: 'snapshot',
      out: 'd',
      province: 'dien-bien',
    })
  })

  it('reads a national format with its file, published unless --draft', () => {
    expect(parseExportArgs(['--format', 'portal-json', 'a.json'])).toEqual({
      kind: 'portal',
      format: 'portal-json',
      file: 'a.json',
      draft: false,
    })
    expect(parseExportArgs(['--format=xlsx', '--draft', 'b.xlsx'])).toEqual({
      kind: 'portal',
      format: 'xlsx',
      file: 'b.xlsx',
      draft: true,
    })
  })

  it.each([
    [['--format', 'csv', 'a.csv'], 'Định dạng "csv" không có: chọn portal-json hoặc xlsx.'],
    [['--format', 'xlsx'], 'Thiếu tên tệp cần ghi.'],
    [['--format', 'xlsx', 'a', 'b'], 'Chỉ ghi một tệp, nhận được 2: a b.'],
    [['--format', 'xlsx', 'a', '--out', 'd'], '--out và --province chỉ dùng cho bản chụp'],
    [['--draft'], '--draft chỉ dùng cùng --format.'],
    [['a.json'], 'Thừa tham số "a.json"'],
    [['--fromat', 'xlsx'], 'Tham số "--fromat" không có hoặc thiếu giá trị.'],
  ])('refuses %j with a Vietnamese reason', (argv, reason) => {
    const parsed = parseExportArgs(argv)
    expect(parsed.kind).toBe('usage')
    expect(parsed.kind === 'usage' && parsed.error).toContain(reason)
  })
})
