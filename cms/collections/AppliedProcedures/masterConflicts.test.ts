import { describe, expect, it } from 'vitest'

import { procedure } from '../../import/changeSet/procedureFixture'
import { NO_GAP, unknownGap, type ImportedMethod } from '../../import/records'
import { masterConflicts } from './masterConflicts'

const direct = procedure().methods[0]! // 5 ngày làm việc
const online: ImportedMethod = { ...direct, channel: 'online' }
const withTimes = (...methods: ImportedMethod[]) => procedure({ methods })
const days = (value: number) => ({ value, unit: 'working-day' as const })

describe('masterConflicts', () => {
  describe('committed time', () => {
    it('conflicts when the new legal time is shorter than the commitment', () => {
      const conflicts = masterConflicts(
        withTimes(direct),
        withTimes({ ...direct, processingTime: 3 }),
        { committedTime: days(4) },
      )
      expect(conflicts).toEqual([
        {
          field: 'committedTime',
          label: 'Thời hạn địa phương cam kết',
          reason:
            'Thời hạn cam kết 4 ngày làm việc không còn ngắn hơn thời hạn theo quy định mới (Trực tiếp: 3 ngày làm việc). Thời hạn cam kết tạm không hiển thị cho đến khi địa phương rà soát.',
        },
      ])
    })

    it('conflicts when the new legal time equals the commitment (no longer shorter)', () => {
      const conflicts = masterConflicts(
        withTimes(direct),
        withTimes({ ...direct, processingTime: 4 }),
        {
          committedTime: days(4),
        },
      )
      expect(conflicts.map((c) => c.field)).toEqual(['committedTime'])
    })

    it('compares units (a legal time in hours against a commitment in days)', () => {
      const hours = { ...direct, processingTime: 16, processingTimeUnit: 'hour' as const }
      expect(
        masterConflicts(withTimes(direct), withTimes(hours), { committedTime: days(3) }).map(
          (c) => c.field,
        ),
      ).toEqual(['committedTime'])
      expect(
        masterConflicts(withTimes(direct), withTimes(hours), { committedTime: days(1) }),
      ).toEqual([])
    })

    it('does not conflict when the commitment is still shorter, or the channel did not change', () => {
      expect(
        masterConflicts(withTimes(direct), withTimes({ ...direct, processingTime: 4 }), {
          committedTime: days(3),
        }),
      ).toEqual([])
      // Only the online channel's time changed; the commitment is shorter there.
      expect(
        masterConflicts(
          withTimes(direct, online),
          withTimes(direct, { ...online, processingTime: 4 }),
          {
            committedTime: days(3),
          },
        ),
      ).toEqual([])
    })

    it('does not conflict without a commitment, or when the new time is not a value', () => {
      const words = {
        ...direct,
        processingTime: null,
        processingTimeUnit: null,
        processingTimeText: 'Theo quy định của pháp luật chuyên ngành',
      }
      expect(
        masterConflicts(withTimes(direct), withTimes({ ...direct, processingTime: 1 }), {}),
      ).toEqual([])
      expect(
        masterConflicts(withTimes(direct), withTimes(words), { committedTime: days(4) }),
      ).toEqual([])
    })
  })

  describe('receiving address and online link', () => {
    it('conflicts with an address when the master no longer has a channel to hand a dossier in', () => {
      const conflicts = masterConflicts(withTimes(direct, online), withTimes(online), {
        receivingAddress: 'Bộ phận một cửa, Thị trấn Điện Biên Đông',
      })
      expect(conflicts.map((c) => [c.field, c.reason])).toEqual([
        [
          'receivingAddress',
          'Thủ tục gốc không còn cách thức nộp trực tiếp hay qua dịch vụ bưu chính; địa chỉ tiếp nhận hồ sơ của địa phương có thể không còn dùng.',
        ],
      ])
      // A postal channel still takes dossiers at the address.
      const postal = { ...direct, channel: 'postal' as const }
      expect(
        masterConflicts(withTimes(direct, online), withTimes(postal, online), {
          receivingAddress: 'Bộ phận một cửa',
        }).map((c) => c.field),
      ).toEqual([])
    })

    it('conflicts with an online link when the master no longer has the online channel', () => {
      const conflicts = masterConflicts(withTimes(direct, online), withTimes(direct), {
        onlineServiceUrl: 'https://dichvucong.dienbien.gov.vn/tthc/1',
      })
      expect(conflicts.map((c) => c.field)).toEqual(['onlineServiceUrl'])
      expect(masterConflicts(withTimes(direct, online), withTimes(direct), {})).toEqual([])
    })

    it('removes no channel when the new master does not state its channels at all', () => {
      const unstated = procedure({ methods: [], methodsGap: unknownGap('x') })
      expect(
        masterConflicts(withTimes(direct, online), unstated, {
          receivingAddress: 'Bộ phận một cửa',
          onlineServiceUrl: 'https://dichvucong.dienbien.gov.vn/tthc/1',
        }).map((c) => c.field),
      ).toEqual([])
    })
  })

  describe('local notes', () => {
    it('conflicts when any part of the master changed, naming the parts', () => {
      const conflicts = masterConflicts(
        procedure(),
        procedure({ methods: [{ ...direct, fees: [], feesGap: { kind: 'none', source: null } }] }),
        { localNotes: 'Lệ phí nộp tại quầy số 2.' },
      )
      expect(conflicts.map((c) => [c.field, c.reason])).toEqual([
        [
          'localNotes',
          'Thủ tục gốc đã thay đổi (Phí, lệ phí (Trực tiếp)); ghi chú của địa phương có thể nói về phần đã thay đổi.',
        ],
      ])
    })

    it('does not conflict when nothing changed, or there are no notes', () => {
      expect(masterConflicts(procedure(), procedure(), { localNotes: 'Ghi chú' })).toEqual([])
      expect(
        masterConflicts(procedure(), procedure({ name: 'Đăng ký khai sinh (mới)' }), {
          localNotes: '  ',
        }),
      ).toEqual([])
    })
  })

  it('gives every conflict of one change together', () => {
    const conflicts = masterConflicts(
      withTimes(direct, online),
      withTimes({ ...online, processingTime: 2, feesGap: NO_GAP }),
      {
        committedTime: days(3),
        receivingAddress: 'Bộ phận một cửa',
        onlineServiceUrl: 'https://dichvucong.dienbien.gov.vn/tthc/1',
        localNotes: 'Ghi chú',
      },
    )
    expect(conflicts.map((c) => c.field)).toEqual([
      'committedTime',
      'receivingAddress',
      'localNotes',
    ])
  })
})
