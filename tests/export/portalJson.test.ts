import { readFileSync } from 'node:fs'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  arbitraryCatalogue,
  arbitraryProcedure,
  withSourcesNormalised,
} from '../tooling/arbitraryProcedure'
import { readPortalJson } from '../../cms/import/formats/portalJson'
import { formatIssue } from '../../cms/import/report'
import type { ImportedProcedure } from '../../cms/import/records'
import { formatAmount, toPortalRecord, writePortalJson } from '../../cms/export/portalJson'

const FILE = 'xuat.json'

/** Written, then read back by the importer's own reader. */
function roundTrip(procedures: ImportedProcedure[]) {
  const { procedures: read, issues } = readPortalJson(writePortalJson(procedures), FILE)
  return { read: read.map(withSourcesNormalised), issues: issues.map(formatIssue) }
}

describe('writePortalJson: the reader reads back what it wrote', () => {
  it('gives back every generated procedure, unknown and none parts included, with no issue', () => {
    fc.assert(
      fc.property(arbitraryProcedure, (p) => {
        const { read, issues } = roundTrip([p])
        expect(issues).toEqual([])
        expect(read).toEqual([withSourcesNormalised(p)])
      }),
      { numRuns: 400 },
    )
  })

  it('gives back a whole file of procedures in order', () => {
    fc.assert(
      fc.property(arbitraryCatalogue(), (procedures) => {
        const { read, issues } = roundTrip(procedures)
        expect(issues).toEqual([])
        expect(read).toEqual(procedures.map(withSourcesNormalised))
      }),
      { numRuns: 60 },
    )
  })

  it('writes the project example back so that it reads the same', () => {
    const text = readFileSync(
      new URL('../../docs/examples/national-records.json', import.meta.url),
      'utf8',
    )
    const first = readPortalJson(text, 'national-records.json')
    expect(first.procedures).toHaveLength(3)
    const { read, issues } = roundTrip(first.procedures)
    expect(issues).toEqual([])
    expect(read).toEqual(first.procedures.map(withSourcesNormalised))
  })
})

describe('toPortalRecord: what the portal shape says', () => {
  const [example] = readPortalJson(
    readFileSync(new URL('../../docs/examples/national-records.json', import.meta.url), 'utf8'),
    'national-records.json',
  ).procedures
  const method = example.methods[0]

  it('writes an unknown fee as "Không có thông tin", never as free, and none as "Miễn phí"', () => {
    const unknownFee = toPortalRecord({
      ...example,
      methods: [{ ...method, fees: [], feesGap: { kind: 'unknown', source: 'x' } }],
    }).executionMethods[0].fees
    expect(unknownFee).toEqual([{ value: 'Không có thông tin', currencyName: '', description: '' }])
    const free = toPortalRecord({
      ...example,
      methods: [{ ...method, fees: [], feesGap: { kind: 'none', source: null } }],
    }).executionMethods[0].fees
    expect(free).toEqual([{ value: 'Miễn phí', currencyName: '', description: '' }])
  })

  it('writes amounts with their currency, and a time limit stated in words as written', () => {
    const record = toPortalRecord({
      ...example,
      methods: [
        {
          ...method,
          processingTime: null,
          processingTimeUnit: null,
          processingTimeText: 'Theo quy định của pháp luật chuyên ngành',
          processingTimeGap: { kind: null, source: null },
          fees: [
            { amount: 20000, currency: 'VND', description: 'Lệ phí' },
            { amount: 25, currency: 'USD', description: null },
          ],
          feesGap: { kind: null, source: null },
        },
        {
          ...method,
          processingTime: null,
          processingTimeUnit: null,
          processingTimeText: null,
          processingTimeGap: { kind: 'unknown', source: 'x' },
        },
      ],
    })
    expect(record.executionMethods[0]).toMatchObject({
      processingTime: 'Theo quy định của pháp luật chuyên ngành',
      processingTimeUnit: null,
      fees: [
        { value: '20.000 đồng', currencyName: 'VNĐ', description: 'Lệ phí' },
        { value: '25 USD', currencyName: 'USD', description: '' },
      ],
    })
    expect(record.executionMethods[1]).toMatchObject({
      processingTime: 'Không có thông tin',
      processingTimeUnit: null,
    })
  })

  it('names a legal text known by number alone with an empty name', () => {
    expect(toPortalRecord(example).legalBasisesDetails).toEqual([
      { code: '60/2014/QH13', name: 'Luật Hộ tịch' },
      { code: '123/2015/NĐ-CP', name: '' },
    ])
  })

  it('writes the local code when there is one', () => {
    expect(toPortalRecord({ ...example, localCode: '1.001193.000.00.00.H29' }).code).toBe(
      '1.001193.000.00.00.H29',
    )
  })
})

describe('formatAmount', () => {
  it('groups thousands with "." and writes decimals after ","', () => {
    expect(formatAmount(0)).toBe('0')
    expect(formatAmount(20000)).toBe('20.000')
    expect(formatAmount(1500000)).toBe('1.500.000')
    expect(formatAmount(12345.67)).toBe('12.345,67')
    expect(formatAmount(25.5)).toBe('25,5')
  })

  it('keeps three decimals under a thousand from reading as thousands', () => {
    expect(formatAmount(1.125)).toBe('1,1250')
    expect(formatAmount(1234.125)).toBe('1.234,125')
  })
})
