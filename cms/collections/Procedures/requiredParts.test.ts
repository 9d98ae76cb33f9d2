import { describe, expect, it } from 'vitest'

import {
  missingRequiredParts,
  partStatuses,
  partsIn,
  richTextHasText,
  unknownParts,
  withoutStaleGaps,
  type ProcedureParts,
} from './requiredParts'

const steps = { root: { children: [{ children: [{ text: 'Nộp hồ sơ tại bộ phận một cửa' }] }] } }

const complete: ProcedureParts = {
  name: 'Đăng ký khai sinh',
  steps,
  methods: [
    {
      channel: 'direct',
      processingTime: 1,
      processingTimeUnit: 'working-day',
      fees: [{ amount: 0, currency: 'VND', description: 'Miễn lệ phí' }],
    },
  ],
  dossierCases: [{ name: 'Giấy tờ phải nộp', components: [{ name: 'Tờ khai đăng ký khai sinh' }] }],
  subjects: ['citizen'],
  agencies: { implementing: ['a1'] },
  results: [{ name: 'Giấy khai sinh' }],
}

describe('required parts of a procedure (NĐ 63/2010 Art. 8)', () => {
  it('accepts a complete procedure', () => {
    expect(missingRequiredParts(complete)).toEqual([])
  })

  it('names every missing part in Vietnamese with its path', () => {
    const missing = missingRequiredParts({ name: ' ' })
    expect(missing.map((m) => m.part)).toEqual([
      'name',
      'steps',
      'methods',
      'dossier',
      'subjects',
      'implementingAgency',
      'results',
    ])
    expect(missing[0]).toEqual({ part: 'name', path: 'name', message: 'Thiếu "Tên thủ tục".' })
  })

  it('requires a processing time on every channel', () => {
    const missing = missingRequiredParts({
      ...complete,
      methods: [
        ...complete.methods!,
        {
          channel: 'online',
          processingTime: null,
          processingTimeUnit: 'working-day',
          feesGap: { kind: 'none' },
        },
      ],
    })
    expect(missing).toEqual([
      {
        part: 'processingTime',
        path: 'methods.1.processingTime',
        message: 'Thiếu "Thời hạn giải quyết": cách thức thứ 2 chưa có thời hạn.',
      },
    ])
  })

  it('treats empty rich text and empty dossier cases as missing', () => {
    expect(richTextHasText({ root: { children: [{ children: [{ text: '  ' }] }] } })).toBe(false)
    const missing = missingRequiredParts({
      ...complete,
      steps: { root: { children: [] } },
      dossierCases: [{ name: 'Giấy tờ phải nộp', components: [] }],
    })
    expect(missing.map((m) => m.part)).toEqual(['steps', 'dossier'])
  })

  it('accepts a part marked unknown with its source, and says which', () => {
    const source = 'CSDL quốc gia về TTHC, nhập ngày 01/12/2026'
    const parts: ProcedureParts = {
      ...complete,
      agencies: { implementing: [], implementingGap: { kind: 'unknown', source } },
      results: [],
      resultsGap: { kind: 'unknown', source },
    }
    expect(missingRequiredParts(parts)).toEqual([])
    expect(unknownParts(parts)).toEqual([
      { part: 'implementingAgency', path: 'agencies.implementing', state: 'unknown', source },
      { part: 'results', path: 'results', state: 'unknown', source },
    ])
    expect(partsIn(partStatuses(parts), 'unknown')).toEqual(['implementingAgency', 'results'])
  })

  it('refuses a part marked unknown without a source, naming the part', () => {
    const missing = missingRequiredParts({
      ...complete,
      subjects: [],
      subjectsGap: { kind: 'unknown', source: ' ' },
    })
    expect(missing).toEqual([
      {
        part: 'subjects',
        path: 'subjectsGap.source',
        message:
          'Thiếu "Đối tượng thực hiện": được đánh dấu chưa có thông tin nhưng chưa ghi nguồn.',
      },
    ])
  })

  it('reads a channel time limit as stated, in words, unknown or missing', () => {
    const method = complete.methods![0]
    const statuses = partStatuses({
      ...complete,
      methods: [
        method,
        {
          ...method,
          processingTime: null,
          processingTimeText: 'Theo quy định của pháp luật chuyên ngành',
        },
        {
          ...method,
          processingTime: null,
          processingTimeGap: { kind: 'unknown', source: 'Excel' },
        },
        { ...method, processingTime: null },
      ],
    }).filter((s) => s.part === 'processingTime')
    expect(statuses.map((s) => s.state)).toEqual(['stated', 'text', 'unknown', 'missing'])
  })

  it('tells a free channel from one whose fees are not stated, and refuses one that says neither', () => {
    const method = { channel: 'direct', processingTime: 1, processingTimeUnit: 'working-day' }
    const fees = (m: ProcedureParts['methods']) =>
      partStatuses({ ...complete, methods: m })
        .filter((s) => s.part === 'fees')
        .map((s) => s.state)
    expect(
      fees([
        { ...method, fees: [{ amount: 20000, currency: 'VND', description: null }] },
        {
          ...method,
          fees: [{ amount: null, currency: null, description: 'Theo Thông tư 85/2019/TT-BTC' }],
        },
        { ...method, feesGap: { kind: 'none' } },
        { ...method, feesGap: { kind: 'unknown', source: 'CSDL quốc gia' } },
        { ...method },
        { ...method, fees: [{ amount: null, currency: 'VND', description: ' ' }] },
      ]),
    ).toEqual(['stated', 'stated', 'none', 'unknown', 'missing', 'missing'])
    expect(missingRequiredParts({ ...complete, methods: [method] })[0]).toMatchObject({
      part: 'fees',
      path: 'methods.0.fees',
      message: expect.stringContaining('"Không thu phí, lệ phí" hoặc "Chưa có thông tin"'),
    })
  })

  it('makes time and fees unknown when no channel is known', () => {
    const source = 'Danh sách TTHC (Excel)'
    const parts = { ...complete, methods: [], methodsGap: { kind: 'unknown' as const, source } }
    expect(missingRequiredParts(parts)).toEqual([])
    expect(partsIn(partStatuses(parts), 'unknown')).toEqual(['methods', 'processingTime', 'fees'])
  })

  it('reads empty requirements as none unless marked unknown', () => {
    const state = (parts: ProcedureParts) =>
      partStatuses(parts).find((s) => s.part === 'requirements')?.state
    expect(state(complete)).toBe('none')
    expect(state({ ...complete, requirementsGap: { kind: 'unknown', source: 'CSDL' } })).toBe(
      'unknown',
    )
    expect(
      state({
        ...complete,
        requirements: steps,
        requirementsGap: { kind: 'unknown', source: 'CSDL' },
      }),
    ).toBe('stated')
  })

  it('clears the gaps of parts that have content, and only those', () => {
    const gap = { kind: 'unknown' as const, source: 'CSDL' }
    const data: ProcedureParts = {
      ...complete,
      stepsGap: gap,
      dossierCases: [],
      dossierGap: gap,
      agencies: { implementing: ['a1'], implementingGap: gap },
      methods: [{ ...complete.methods![0], processingTimeGap: gap, feesGap: { kind: 'none' } }],
    }
    const cleaned = withoutStaleGaps(data)
    expect(cleaned.stepsGap).toEqual({ kind: null, source: null })
    expect(cleaned.dossierGap).toBe(gap)
    expect(cleaned.agencies?.implementingGap).toEqual({ kind: null, source: null })
    expect(cleaned.methods![0].processingTimeGap).toEqual({ kind: null, source: null })
    expect(cleaned.methods![0].feesGap).toEqual({ kind: null, source: null })
    expect(data.stepsGap).toBe(gap)
  })
})
