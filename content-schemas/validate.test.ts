import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  contentHash,
  parseSnapshot,
  SCHEMA_VERSION,
  SnapshotValidationError,
  statedItems,
  type SnapshotContent,
} from '.'

const example = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'examples', name), 'utf8')) as Record<
    string,
    unknown
  >

/** A version-2 example written back as version 1 wrote it (bare lists, `[]` fees, null requirements). */
function asVersion1(snapshot: Record<string, unknown>) {
  const v1 = structuredClone(snapshot) as {
    metadata: { schemaVersion: number; contentHash: string }
    procedures: Record<string, unknown>[]
  }
  v1.metadata.schemaVersion = 1
  const items = (part: unknown) => (part as { items: unknown[] }).items
  const bare = ({ kind: _kind, ...rest }: Record<string, unknown>) => rest
  v1.procedures = v1.procedures.map((p) => ({
    ...p,
    subjects: items(p.subjects),
    agencies: {
      ...(p.agencies as object),
      implementing: items((p.agencies as { implementing: unknown }).implementing),
    },
    steps: bare(p.steps as Record<string, unknown>),
    methods: items(p.methods).map((m) => {
      const { processingTime, fees, ...rest } = m as Record<string, Record<string, unknown>>
      return {
        ...rest,
        processingTime: bare(processingTime),
        fees:
          fees.kind === 'none'
            ? []
            : (fees.items as Record<string, unknown>[]).map(({ currency: _c, ...f }) => f),
      }
    }),
    dossierCases: items(p.dossierCases),
    results: items(p.results),
    requirements:
      (p.requirements as { kind: string }).kind === 'none'
        ? null
        : bare(p.requirements as Record<string, unknown>),
  }))
  const { metadata: _metadata, ...content } = v1
  v1.metadata.contentHash = contentHash(content as unknown as SnapshotContent)
  return v1
}

describe('parseSnapshot: version 1', () => {
  it.each(['small-province.json', 'locality.json'])(
    '%s as version 1 reads as the version-2 example, with the hash of its upgraded content',
    (name) => {
      const v2 = example(name)
      const v1 = asVersion1(v2)
      expect(v1.metadata.contentHash).not.toBe((v2.metadata as { contentHash: string }).contentHash)
      expect(parseSnapshot(v1)).toEqual(v2)
    },
  )

  it('reads an empty fee list as none (what version 1 meant and showed) and fees in đồng', () => {
    const v1 = asVersion1(example('small-province.json'))
    const method = (v1.procedures[0].methods as Record<string, unknown>[])[0]
    method.fees = []
    const parsed = parseSnapshot(v1)
    expect(parsed.metadata.schemaVersion).toBe(SCHEMA_VERSION)
    expect(statedItems(parsed.procedures[0].methods)[0].fees).toEqual({ kind: 'none' })
    method.fees = [{ amount: 20000, description: null }]
    expect(statedItems(parseSnapshot(v1).procedures[0].methods)[0].fees).toEqual({
      kind: 'stated',
      items: [{ amount: 20000, currency: 'VND', description: null }],
    })
  })

  it('upgrades v1 procedures under the new version number too (a writer not yet switched)', () => {
    const v1 = asVersion1(example('small-province.json'))
    v1.metadata.schemaVersion = SCHEMA_VERSION
    expect(parseSnapshot(v1)).toEqual(example('small-province.json'))
  })

  it('still refuses what version 1 refused, and an empty update date', () => {
    const v1 = asVersion1(example('small-province.json'))
    v1.procedures[0].subjects = []
    v1.procedures[0].updatedAt = ''
    const error = (() => {
      try {
        parseSnapshot(v1)
      } catch (e) {
        return e as SnapshotValidationError
      }
    })()
    expect(error).toBeInstanceOf(SnapshotValidationError)
    expect(error!.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['procedures[0].subjects.items', 'procedures[0].updatedAt']),
    )
  })

  it('refuses a version-2 part that is empty and does not say why', () => {
    const v2 = example('edge-cases.json') as { procedures: Record<string, unknown>[] }
    v2.procedures[0].results = { kind: 'unknown', source: '' }
    v2.procedures[1].onlineServiceLevel = undefined
    expect(() => parseSnapshot(v2)).toThrow(SnapshotValidationError)
  })
})

describe('service results in the contract', () => {
  const withCounts = (counts: unknown) => {
    const snapshot = example('edge-cases.json') as {
      serviceResults: { rows: { counts: unknown }[] }[]
    }
    snapshot.serviceResults[0]!.rows[0]!.counts = counts
    return snapshot
  }

  it('takes ten whole counts or nulls per row, and refuses anything else naming the row', () => {
    const ok = example('edge-cases.json') as { serviceResults: { rows: { counts: unknown }[] }[] }
    expect(() => parseSnapshot(ok)).not.toThrow()
    for (const bad of [
      [1, 2, 3],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, -1],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, '0'],
      'mười',
      null,
    ]) {
      let error: unknown
      try {
        parseSnapshot(withCounts(bad))
      } catch (e) {
        error = e
      }
      expect(error, JSON.stringify(bad)).toBeInstanceOf(SnapshotValidationError)
      expect(String((error as Error).message)).toMatch(
        /serviceResults\.0\.rows\.0\.counts|serviceResults\[0\]/,
      )
    }
  })
})

describe('links in the contract', () => {
  it('takes web addresses and refuses a link that would run or embed something, naming where', () => {
    const snapshot = example('edge-cases.json') as {
      localities: { portalUrl: string | null }[]
      localCatalogues: { applications: { onlineServiceUrl: string | null }[] }[]
    }
    snapshot.localCatalogues[0]!.applications[0]!.onlineServiceUrl =
      'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc.html?ma=1.001193'
    expect(() => parseSnapshot(snapshot)).not.toThrow()
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'dichvucong.gov.vn']) {
      const broken = structuredClone(snapshot)
      broken.localities[0]!.portalUrl = bad
      broken.localCatalogues[0]!.applications[0]!.onlineServiceUrl = bad
      const issues = (() => {
        try {
          parseSnapshot(broken)
        } catch (e) {
          return (e as SnapshotValidationError).issues.map((i) => i.path)
        }
      })()
      expect(issues, bad).toEqual(
        expect.arrayContaining([
          'localities[0].portalUrl',
          'localCatalogues[0].applications[0].onlineServiceUrl',
        ]),
      )
    }
  })
})
