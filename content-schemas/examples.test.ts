import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { contentHash, parseSnapshot, SnapshotValidationError, statedItems, type Snapshot } from '.'

/**
 * The contract's examples (content-schemas/examples): each is a release the exporter could write
 * and the site must read, so each must pass the contract exactly as written, hash included.
 */
const dir = path.join(import.meta.dirname, 'examples')
const examples = fs.readdirSync(dir).filter((f) => f.endsWith('.json'))
const load = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Snapshot

describe('contract examples', () => {
  it('has the small province, the locality and the edge cases', () => {
    expect(examples).toEqual(
      expect.arrayContaining(['small-province.json', 'locality.json', 'edge-cases.json']),
    )
  })

  it.each(examples)('%s passes the contract unchanged, with its content hash', (name) => {
    const example = load(name)
    // toEqual after parsing: a key the contract does not know would be dropped silently.
    expect(parseSnapshot(example)).toEqual(example)
    const { metadata, ...content } = example
    expect(metadata.contentHash).toBe(contentHash(content))
  })

  it('keeps unknown apart from none (free, no condition) and from a zero fee', () => {
    const edge = load('edge-cases.json')
    const procedure = (code: string) => edge.procedures.find((p) => p.code === code)!
    const split = procedure('1.010038')
    expect(split.formalityType).toBeNull()
    expect(edge.agencies.find((a) => a.id === 'co-quan-cong-an-xa')!.level).toBeNull()
    expect(statedItems(split.methods).map((m) => [m.channel, m.fees])).toEqual([
      [
        'direct',
        {
          kind: 'stated',
          items: [
            { amount: 10000, currency: 'VND', description: 'Lệ phí theo nghị quyết của HĐND tỉnh' },
          ],
        },
      ],
      [
        'online',
        {
          kind: 'stated',
          items: [{ amount: 0, currency: 'VND', description: 'Miễn lệ phí khi nộp trực tuyến' }],
        },
      ],
      ['postal', { kind: 'none' }],
    ])
    expect(statedItems(split.dossierCases)).toHaveLength(2)
    expect(split.agencies.authorised).toEqual([])

    // The parts a real national record can lack, each said to be not stated, with its source.
    const national = procedure('2.000595')
    expect(national.levels).toEqual(['ministry', 'other-agency'])
    expect(national.agencies.implementing.kind).toBe('unknown')
    expect(national.results.kind).toBe('unknown')
    expect(national.onlineServiceLevel).toBeNull()
    expect(statedItems(national.methods).map((m) => [m.processingTime, m.fees])).toEqual([
      [
        { kind: 'stated', value: 1, unit: 'working-day' },
        {
          kind: 'stated',
          items: [{ amount: 10, currency: 'USD', description: 'Phí hợp pháp hóa lãnh sự' }],
        },
      ],
      [
        { kind: 'text', text: 'Theo quy định của pháp luật chuyên ngành' },
        {
          kind: 'stated',
          items: [{ amount: null, currency: null, description: 'Theo Thông tư 264/2016/TT-BTC' }],
        },
      ],
    ])
    const death = procedure('1.000656')
    expect(
      statedItems(death.methods).map((m) => [m.channel, m.processingTime.kind, m.fees.kind]),
    ).toEqual([
      ['direct', 'text', 'none'],
      ['direct', 'unknown', 'unknown'],
      ['online', 'stated', 'stated'],
    ])
    expect(procedure('1.000894').methods.kind).toBe('unknown')
    const byNumber = edge.legalDocuments.find((d) => d.number === '264/2016/TT-BTC')!
    expect([byNumber.kind, byNumber.issuer, byNumber.issueDate, byNumber.status]).toEqual([
      null,
      null,
      null,
      'unknown',
    ])
  })

  it('refuses a broken example and says where', () => {
    const broken = load('edge-cases.json')
    statedItems(broken.procedures[1].dossierCases)[0].components[0].formFileId = 'tep-khong-co'
    broken.localCatalogues[0].applications[1].procedureCode = '9.999999'
    const error = (() => {
      try {
        parseSnapshot(broken)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(SnapshotValidationError)
    expect((error as SnapshotValidationError).issues).toEqual(
      expect.arrayContaining([
        {
          path: 'procedures[1].dossierCases.items[0].components[0].formFileId',
          message: expect.stringContaining('tep-khong-co'),
        },
        {
          path: 'localCatalogues[0].applications[1].procedureCode',
          message: expect.stringContaining('9.999999'),
        },
      ]),
    )
  })
})
