import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { contentHash, parseSnapshot, SnapshotValidationError, type Snapshot } from '.'

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

  it('keeps unknown (null) apart from none (an empty list, a zero fee)', () => {
    const edge = load('edge-cases.json')
    const split = edge.procedures.find((p) => p.code === '1.010038')!
    expect(split.formalityType).toBeNull()
    expect(edge.agencies.find((a) => a.id === 'co-quan-cong-an-xa')!.level).toBeNull()
    expect(split.methods.map((m) => [m.channel, m.fees.map((f) => f.amount)])).toEqual([
      ['direct', [10000]],
      ['online', [0]],
      ['postal', []],
    ])
    expect(split.dossierCases).toHaveLength(2)
    expect(split.agencies.authorised).toEqual([])
  })

  it('refuses a broken example and says where', () => {
    const broken = load('edge-cases.json')
    broken.procedures[1].dossierCases[0].components[0].formFileId = 'tep-khong-co'
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
          path: 'procedures[1].dossierCases[0].components[0].formFileId',
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
