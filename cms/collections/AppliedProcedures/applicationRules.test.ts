import { describe, expect, it } from 'vitest'

import { applicationErrors, committedTimeErrors, type ApplicationInput } from './applicationRules'

const base: ApplicationInput = {
  procedure: {
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    validity: 'in-force',
    levels: ['commune'],
    methods: [
      { channel: 'direct', processingTime: 3, processingTimeUnit: 'working-day' },
      { channel: 'online', processingTime: 5, processingTimeUnit: 'working-day' },
    ],
  },
  locality: { name: 'Thị trấn Điện Biên Đông', unitType: 'township' },
  appliedFrom: '2024-01-01',
}

describe('applying a master procedure to a locality', () => {
  it('accepts an in-force procedure of the locality level with a shorter commitment', () => {
    expect(
      applicationErrors({ ...base, committedTime: { value: 1, unit: 'working-day' } }),
    ).toEqual([])
  })

  it('refuses an abolished procedure', () => {
    const errors = applicationErrors({
      ...base,
      procedure: { ...base.procedure, validity: 'abolished' },
    })
    expect(errors).toEqual([
      {
        path: 'procedure',
        message: 'Không thể áp dụng thủ tục 1.001193 "Đăng ký khai sinh" vì thủ tục đã bị bãi bỏ.',
      },
    ])
  })

  it('refuses a procedure of a level the locality does not have', () => {
    const errors = applicationErrors({
      ...base,
      procedure: { ...base.procedure, levels: ['district', 'province'] },
    })
    expect(errors[0].message).toContain('không thực hiện ở cấp xã')
  })

  it('refuses a committed time longer than the legal time of any channel, naming both figures', () => {
    const errors = applicationErrors({ ...base, committedTime: { value: 4, unit: 'working-day' } })
    expect(errors).toEqual([
      {
        path: 'committedTime.value',
        message:
          'Thời hạn cam kết 4 ngày làm việc dài hơn thời hạn theo quy định của kênh Trực tiếp: 3 ngày làm việc. Hãy cam kết không quá 3 ngày làm việc.',
      },
    ])
  })

  it('compares the commitment only with channels whose legal time is a number and unit', () => {
    // A time in words or not stated by the source has nothing to compare with.
    const errors = applicationErrors({
      ...base,
      procedure: {
        ...base.procedure,
        methods: [
          { channel: 'direct', processingTime: null, processingTimeUnit: null },
          { channel: 'online', processingTime: 5, processingTimeUnit: 'working-day' },
        ],
      },
      committedTime: { value: 4, unit: 'working-day' },
    })
    expect(errors).toEqual([])
  })

  it('refuses applying in a unit that no longer exists', () => {
    const errors = applicationErrors({
      ...base,
      locality: { ...base.locality, dissolvedOn: '2025-07-01' },
      appliedFrom: '2025-08-01',
    })
    expect(errors.map((e) => e.path)).toEqual(['appliedFrom'])
  })
})

describe('a committed time against the master’s channels (the import’s change set calls it alone)', () => {
  const methods = base.procedure.methods

  it('is the same rule the save applies', () => {
    const committedTime = { value: 4, unit: 'working-day' } as const
    expect(committedTimeErrors(committedTime, methods)).toEqual(
      applicationErrors({ ...base, committedTime }),
    )
    expect(committedTimeErrors(committedTime, methods)).toHaveLength(1)
  })

  it('compares across units by their bounds, needs a unit, and passes when nothing is committed', () => {
    // 2 calendar days may be 2 working days: within 3 working days.
    expect(committedTimeErrors({ value: 2, unit: 'day' }, methods)).toEqual([])
    // 1 month is at least 20 working days: longer than both channels.
    expect(committedTimeErrors({ value: 1, unit: 'month' }, methods).map((e) => e.message)).toEqual(
      [
        'Thời hạn cam kết 1 tháng dài hơn thời hạn theo quy định của kênh Trực tiếp: 3 ngày làm việc; của kênh Trực tuyến: 5 ngày làm việc. Hãy cam kết không quá 3 ngày làm việc.',
      ],
    )
    expect(committedTimeErrors({ value: 2, unit: null }, methods)).toEqual([
      { path: 'committedTime.unit', message: 'Hãy chọn đơn vị của thời hạn cam kết.' },
    ])
    expect(committedTimeErrors(null, methods)).toEqual([])
  })
})
