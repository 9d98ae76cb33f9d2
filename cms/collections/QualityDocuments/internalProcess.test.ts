import { describe, expect, it } from 'vitest'

import {
  formatWorkingHours,
  internalProcessError,
  internalProcessLimit,
  totalWorkingHours,
} from './internalProcess'

const channelLabel = (c: string) => ({ direct: 'Nộp trực tiếp', online: 'Nộp trực tuyến' })[c] ?? c

describe('internal process time', () => {
  it('adds working hours and working days (8 hours each)', () => {
    expect(
      totalWorkingHours([
        { timeValue: 4, timeUnit: 'hour' },
        { timeValue: 1.5, timeUnit: 'working-day' },
      ]),
    ).toBe(16)
    expect(formatWorkingHours(16)).toBe('2 ngày làm việc')
    expect(formatWorkingHours(12)).toBe('1,5 ngày làm việc')
    expect(formatWorkingHours(3)).toBe('3 giờ làm việc')
  })

  it('uses the committed time when the locality has one', () => {
    const limit = internalProcessLimit({
      committedTime: { value: 1, unit: 'working-day' },
      localityName: 'Thị trấn A',
      methods: [{ channel: 'direct', processingTime: 3, processingTimeUnit: 'working-day' }],
      channelLabel,
    })
    expect(limit).toEqual({
      time: { value: 1, unit: 'working-day' },
      source: 'thời hạn cam kết của Thị trấn A',
    })
    expect(internalProcessError([{ timeValue: 8, timeUnit: 'hour' }], limit)).toBeNull()
    expect(
      internalProcessError(
        [
          { timeValue: 6, timeUnit: 'hour' },
          { timeValue: 4, timeUnit: 'hour' },
        ],
        limit,
      ),
    ).toBe(
      'Tổng thời gian các bước là 10 giờ làm việc, vượt thời hạn cam kết của Thị trấn A là 1 ngày làm việc. Hãy rút ngắn thời gian của các bước.',
    )
  })

  it('uses the new legal time when an amended master made it shorter than the commitment', () => {
    const limit = internalProcessLimit({
      committedTime: { value: 1, unit: 'working-day' },
      localityName: 'Thị trấn A',
      methods: [
        { channel: 'direct', processingTime: 4, processingTimeUnit: 'hour' },
        { channel: 'online', processingTime: 1, processingTimeUnit: 'working-day' },
      ],
      channelLabel,
    })
    expect(limit).toEqual({
      time: { value: 4, unit: 'hour' },
      source: 'thời hạn giải quyết theo quy định (nộp trực tiếp)',
    })
    expect(internalProcessError([{ timeValue: 6, timeUnit: 'hour' }], limit)).toBe(
      'Tổng thời gian các bước là 6 giờ làm việc, vượt thời hạn giải quyết theo quy định (nộp trực tiếp) là 4 giờ làm việc. Hãy rút ngắn thời gian của các bước.',
    )
    // A legal time that may be longer than the commitment (2 days hold 1 or 2 working days) leaves it.
    expect(
      internalProcessLimit({
        committedTime: { value: 1, unit: 'working-day' },
        localityName: 'Thị trấn A',
        methods: [{ channel: 'direct', processingTime: 2, processingTimeUnit: 'day' }],
        channelLabel,
      })?.source,
    ).toBe('thời hạn cam kết của Thị trấn A')
  })

  it('otherwise uses the shortest legal time of the channels, and names it', () => {
    const limit = internalProcessLimit({
      committedTime: null,
      localityName: 'Xã B',
      methods: [
        { channel: 'online', processingTime: 5, processingTimeUnit: 'working-day' },
        { channel: 'direct', processingTime: 3, processingTimeUnit: 'working-day' },
      ],
      channelLabel,
    })
    expect(limit?.time).toEqual({ value: 3, unit: 'working-day' })
    expect(internalProcessError([{ timeValue: 3.5, timeUnit: 'working-day' }], limit)).toContain(
      'vượt thời hạn giải quyết theo quy định (nộp trực tiếp) là 3 ngày làm việc',
    )
  })

  it('skips channels whose legal time is in words or not stated by the source', () => {
    const limit = internalProcessLimit({
      committedTime: null,
      localityName: 'Xã B',
      methods: [
        { channel: 'direct', processingTime: null, processingTimeUnit: null },
        { channel: 'online', processingTime: 5, processingTimeUnit: 'working-day' },
      ],
      channelLabel,
    })
    expect(limit?.time).toEqual({ value: 5, unit: 'working-day' })
    expect(
      internalProcessLimit({
        committedTime: null,
        localityName: 'Xã B',
        methods: [{ channel: 'direct', processingTime: null, processingTimeUnit: null }],
        channelLabel,
      }),
    ).toBeNull()
  })

  it('reads calendar days strictly: 3 days may hold only 2 working days', () => {
    const limit = { time: { value: 3, unit: 'day' as const }, source: 'thời hạn theo quy định' }
    expect(internalProcessError([{ timeValue: 2, timeUnit: 'working-day' }], limit)).toBeNull()
    expect(internalProcessError([{ timeValue: 3, timeUnit: 'working-day' }], limit)).not.toBeNull()
  })

  it('has nothing to check without steps or a limit', () => {
    expect(internalProcessError([], { time: { value: 1, unit: 'hour' }, source: 'x' })).toBeNull()
    expect(internalProcessError([{ timeValue: 100, timeUnit: 'hour' }], null)).toBeNull()
  })
})
