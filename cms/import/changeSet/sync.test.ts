import { describe, expect, it } from 'vitest'

import { NO_GAP, unknownGap } from '../records'
import { diffProcedure, formatChange } from './diff'
import { procedure } from './procedureFixture'
import { keepUnstated, NEW_SOURCE_SILENT } from './sync'

const direct = procedure().methods[0]!
const silentFees = procedure({
  methods: [{ ...direct, processingTime: 3, fees: [], feesGap: unknownGap('tệp mới.json') }],
})

describe('keepUnstated (a sync: a part the new record does not state)', () => {
  it('keeps the known fee and says the new source does not state it', () => {
    const { record, kept } = keepUnstated(procedure(), silentFees)
    expect(record.methods[0]!.fees).toEqual([{ amount: 20000, currency: 'VND', description: null }])
    expect(record.methods[0]!.feesGap).toEqual(NO_GAP)
    // The part the new record does state still changes.
    expect(record.methods[0]!.processingTime).toBe(3)
    expect(kept.map(formatChange)).toEqual([
      `Phí, lệ phí (Trực tiếp): 20.000 đồng → ${NEW_SOURCE_SILENT}`,
    ])
    expect(diffProcedure(procedure(), record).map(formatChange)).toEqual([
      'Thời hạn (Trực tiếp): 5 ngày làm việc → 3 ngày làm việc',
    ])
  })

  it('takes the silence when the officer chooses, for the procedure or for one part', () => {
    for (const choice of ['1.001193', '1.001193:methods.direct.fees']) {
      const { record, kept } = keepUnstated(procedure(), silentFees, new Set([choice]))
      expect(kept).toEqual([])
      expect(record.methods[0]!.feesGap.kind).toBe('unknown')
    }
    // Another part's choice leaves this one kept.
    const { kept } = keepUnstated(procedure(), silentFees, new Set(['1.001193:results']))
    expect(kept).toHaveLength(1)
  })

  it('keeps the dossier, results, subjects, legal basis and a time limit the record leaves out', () => {
    const silent = procedure({
      dossierCases: [],
      dossierGap: unknownGap('x'),
      results: [],
      resultsGap: unknownGap('x'),
      subjects: [],
      subjectsGap: unknownGap('x'),
      legalBasis: [],
      methods: [
        {
          ...direct,
          processingTime: null,
          processingTimeUnit: null,
          processingTimeGap: unknownGap('x'),
        },
      ],
    })
    const { record, kept } = keepUnstated(procedure(), silent)
    expect(diffProcedure(procedure(), record)).toEqual([])
    expect(kept.map((k) => k.label).sort()).toEqual(
      [
        'Căn cứ pháp lý',
        'Kết quả thực hiện',
        'Thành phần hồ sơ',
        'Thời hạn (Trực tiếp)',
        'Đối tượng thực hiện',
      ].sort(),
    )
    expect(kept.every((k) => k.kept && k.after === NEW_SOURCE_SILENT)).toBe(true)
  })

  it('does not keep what the catalogue did not know either, nor an explicit none', () => {
    const unknownBefore = procedure({ results: [], resultsGap: unknownGap('cũ') })
    const unknownAfter = procedure({ results: [], resultsGap: unknownGap('mới') })
    expect(keepUnstated(unknownBefore, unknownAfter).kept).toEqual([])
    // "Free" is a statement, not silence: it replaces the fee.
    const free = procedure({
      methods: [{ ...direct, fees: [], feesGap: { kind: 'none', source: null } }],
    })
    const { record, kept } = keepUnstated(procedure(), free)
    expect(kept).toEqual([])
    expect(diffProcedure(procedure(), record).map(formatChange)).toEqual([
      'Phí, lệ phí (Trực tiếp): 20.000 đồng → Không thu phí, lệ phí',
    ])
  })

  it('keeps a whole channel list the record leaves out, and matches channels by channel', () => {
    const none = procedure({ methods: [], methodsGap: unknownGap('x') })
    expect(keepUnstated(procedure(), none).record.methods).toEqual(procedure().methods)
    const online = { ...direct, channel: 'online' as const, fees: [], feesGap: unknownGap('x') }
    const before = procedure({
      methods: [direct, { ...online, fees: direct.fees, feesGap: NO_GAP }],
    })
    // The new record lists online first: its silent fee is the old online fee, not the direct one.
    const after = procedure({
      methods: [online, { ...direct, fees: [], feesGap: { kind: 'none', source: null } }],
    })
    const { record, kept } = keepUnstated(before, after)
    expect(kept.map((k) => k.path)).toEqual(['methods.online.fees'])
    expect(record.methods[0]!.fees).toEqual(direct.fees)
    expect(record.methods[1]!.feesGap.kind).toBe('none')
  })
})
