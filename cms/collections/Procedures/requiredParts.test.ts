import { describe, expect, it } from 'vitest'

import { missingRequiredParts, richTextHasText, type ProcedureParts } from './requiredParts'

const steps = { root: { children: [{ children: [{ text: 'Nộp hồ sơ tại bộ phận một cửa' }] }] } }

const complete: ProcedureParts = {
  name: 'Đăng ký khai sinh',
  steps,
  methods: [{ channel: 'direct', processingTime: 1, processingTimeUnit: 'working-day' }],
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
        { channel: 'online', processingTime: null, processingTimeUnit: 'working-day' },
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
})
