import { describe, expect, it } from 'vitest'

import { Procedures } from '../../collections/Procedures'
import { paragraphsToLexical } from '../../lib/lexical'
import { diffRows } from './diffRows'

const fields = Procedures.fields

const published = {
  id: 1,
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  levels: ['commune'],
  sector: { id: 3, name: 'Hộ tịch' },
  steps: paragraphsToLexical(['Nộp hồ sơ.']),
  methods: [
    {
      id: 'm1',
      channel: 'direct',
      processingTime: 1,
      processingTimeUnit: 'working-day',
      fees: [{ id: 'f1', amount: 20000, currency: 'VND', description: 'Lệ phí' }],
    },
    { id: 'm2', channel: 'online', processingTime: 1, processingTimeUnit: 'working-day' },
  ],
  feesGap: null,
  workflow: { state: 'published', changeReason: 'Lần đầu' },
  updatedAt: '2026-01-01T00:00:00.000Z',
}

describe('diffRows', () => {
  it('names the field by its labels, the method by its channel, and formats the values', () => {
    const amended = structuredClone(published) as typeof published & Record<string, unknown>
    amended.methods[0]!.fees![0]!.amount = 25000
    amended.methods[1]!.processingTime = 3
    amended.workflow = { state: 'in-review', changeReason: 'Nghị định mới' }
    amended.updatedAt = '2026-02-01T00:00:00.000Z'
    expect(diffRows(published, amended, fields)).toEqual([
      {
        path: 'methods.0.fees.0.amount',
        label: 'Cách thức thực hiện > Trực tiếp > Phí, lệ phí > dòng 1 > Mức thu',
        before: '20.000 đồng',
        after: '25.000 đồng',
      },
      {
        path: 'methods.1.processingTime',
        label: 'Cách thức thực hiện > Trực tuyến > Thời hạn giải quyết',
        before: '1 ngày làm việc',
        after: '3 ngày làm việc',
      },
    ])
  })

  it('shows selects, relations, rich text and lists in words; equal documents have no rows', () => {
    expect(diffRows(published, structuredClone(published), fields)).toEqual([])
    const amended = {
      ...structuredClone(published),
      levels: ['commune', 'district'],
      sector: { id: 4, name: 'Chứng thực' },
      steps: paragraphsToLexical(['Nộp hồ sơ.', 'Nhận kết quả.']),
    }
    const rows = diffRows(published, amended, fields)
    expect(rows.map((r) => [r.label, r.before, r.after])).toEqual([
      ['Cấp thực hiện', 'Cấp xã', 'Cấp xã, Cấp huyện'],
      ['Lĩnh vực', 'Hộ tịch', 'Chứng thực'],
      ['Trình tự thực hiện', 'Nộp hồ sơ.', 'Nộp hồ sơ.\nNhận kết quả.'],
    ])
  })

  it('a method added or removed shows each of its values against nothing', () => {
    const amended = structuredClone(published)
    amended.methods = [
      amended.methods[0]!,
      { id: 'm3', channel: 'postal', processingTime: 2, processingTimeUnit: 'working-day' },
    ] as typeof published.methods
    const rows = diffRows(published, amended, fields).map((r) => [r.label, r.before, r.after])
    expect(rows).toContainEqual([
      'Cách thức thực hiện > Dịch vụ bưu chính > Hình thức nộp',
      '',
      'Dịch vụ bưu chính',
    ])
    expect(rows).toContainEqual([
      'Cách thức thực hiện > Trực tuyến > Hình thức nộp',
      'Trực tuyến',
      '',
    ])
    expect(rows).toContainEqual([
      'Cách thức thực hiện > Dịch vụ bưu chính > Thời hạn giải quyết',
      '',
      '2 ngày làm việc',
    ])
    // The unit is said with its number, not on a row of its own.
    expect(rows.filter((r) => r[0].endsWith('> Đơn vị'))).toEqual([])
  })

  it('"none" and "not stated" are different values, and both differ from empty', () => {
    const none = {
      ...structuredClone(published),
      methods: [{ id: 'm1', channel: 'direct', feesGap: { kind: 'none' } }],
    }
    const unknown = {
      ...structuredClone(published),
      methods: [{ id: 'm1', channel: 'direct', feesGap: { kind: 'unknown' } }],
    }
    const rows = diffRows(none, unknown, fields)
    expect(rows.map((r) => [r.label, r.before, r.after])).toEqual([
      [
        'Cách thức thực hiện > Trực tiếp > Phí, lệ phí: lý do để trống > Lý do để trống',
        'Không thu phí, lệ phí',
        'Chưa có thông tin (nguồn không ghi)',
      ],
    ])
  })

  it('against nothing (never issued), every stated value is new', () => {
    const rows = diffRows(null, published, fields)
    expect(rows.find((r) => r.path === 'name')).toEqual({
      path: 'name',
      label: 'Tên thủ tục',
      before: '',
      after: 'Đăng ký khai sinh',
    })
    expect(rows.some((r) => r.path.startsWith('workflow'))).toBe(false)
  })
})

describe('diffRows on a quality document', () => {
  it('names steps by position and says a time with its unit', async () => {
    const { QualityDocuments } = await import('../../collections/QualityDocuments')
    const step = (timeValue: number, timeUnit = 'hour') => ({
      id: `s${timeValue}`,
      task: 'Ký Giấy khai sinh',
      responsible: 'Chủ tịch UBND',
      timeValue,
      timeUnit,
    })
    const before = { steps: [step(1), { ...step(2), id: 'sig' }] }
    const after = { steps: [step(1), { ...step(1, 'working-day'), id: 'sig' }] }
    expect(diffRows(before, after, QualityDocuments.fields)).toEqual([
      {
        path: 'steps.1.timeValue',
        label: 'Bảng các bước > dòng 2 > Thời gian',
        before: '2 giờ làm việc',
        after: '1 ngày làm việc',
      },
    ])
  })
})
