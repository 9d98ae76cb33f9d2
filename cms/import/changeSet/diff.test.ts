import { describe, expect, it } from 'vitest'

import { unknownGap, type ImportedProcedure } from '../records'
import { diffProcedure, formatChange, SKELETON_PATHS } from './diff'
import { procedure } from './procedureFixture'

const withMethod = (patch: Partial<ImportedProcedure['methods'][number]>) =>
  procedure({ methods: [{ ...procedure().methods[0]!, ...patch }] })

describe('diffProcedure', () => {
  it('finds nothing between a procedure and itself', () => {
    expect(diffProcedure(procedure(), procedure())).toEqual([])
  })

  it("reads a channel's time limit as words, old → new", () => {
    const changes = diffProcedure(procedure(), withMethod({ processingTime: 3 }))
    expect(changes.map(formatChange)).toEqual([
      'Thời hạn (Trực tiếp): 5 ngày làm việc → 3 ngày làm việc',
    ])
    expect(changes[0]!.path).toBe('methods.direct.processingTime')
  })

  it('tells a time that became unknown from one that was stated', () => {
    const changes = diffProcedure(
      procedure(),
      withMethod({
        processingTime: null,
        processingTimeUnit: null,
        processingTimeGap: unknownGap('tệp a.json, bản ghi 1'),
      }),
    )
    expect(changes.map(formatChange)).toEqual([
      'Thời hạn (Trực tiếp): 5 ngày làm việc → Chưa có thông tin',
    ])
  })

  it('keeps unknown and none apart for fees', () => {
    const none = withMethod({ fees: [], feesGap: { kind: 'none', source: null } })
    const unknown = withMethod({ fees: [], feesGap: unknownGap('tệp a.json') })
    expect(diffProcedure(none, unknown).map(formatChange)).toEqual([
      'Phí, lệ phí (Trực tiếp): Không thu phí, lệ phí → Chưa có thông tin',
    ])
    expect(diffProcedure(procedure(), none).map(formatChange)).toEqual([
      'Phí, lệ phí (Trực tiếp): 20.000 đồng → Không thu phí, lệ phí',
    ])
  })

  it("does not count a gap's source alone as a change", () => {
    const a = procedure({ subjects: [], subjectsGap: unknownGap('tệp a.json, bản ghi 1') })
    const b = procedure({ subjects: [], subjectsGap: unknownGap('tệp b.json, bản ghi 7') })
    expect(diffProcedure(a, b)).toEqual([])
  })

  it('matches channels by channel, not by position', () => {
    const online = { ...procedure().methods[0]!, channel: 'online' as const, processingTime: 1 }
    const a = procedure({ methods: [procedure().methods[0]!, online] })
    const b = procedure({ methods: [online, procedure().methods[0]!] })
    expect(diffProcedure(a, b)).toEqual([])
    const onlyDirect = procedure()
    expect(diffProcedure(onlyDirect, a).map(formatChange)).toContain(
      'Thời hạn (Trực tuyến): (không có) → 1 ngày làm việc',
    )
  })

  it('ignores the order of agencies and legal texts but not their content', () => {
    const two = (names: string[]) =>
      procedure({ agencies: { ...procedure().agencies, implementing: names } })
    expect(diffProcedure(two(['A', 'B']), two(['B', 'A']))).toEqual([])
    expect(diffProcedure(two(['A']), two(['B'])).map(formatChange)).toEqual([
      'Cơ quan thực hiện: A → B',
    ])
  })

  it('compares only what a list states for a skeleton', () => {
    const skeleton = procedure({
      name: 'Đăng ký khai sinh (sửa đổi)',
      methods: [],
      methodsGap: unknownGap('danh sách'),
      steps: null,
      stepsGap: unknownGap('danh sách'),
    })
    const changes = diffProcedure(procedure(), skeleton, { only: SKELETON_PATHS })
    expect(changes.map(formatChange)).toEqual([
      'Tên thủ tục: Đăng ký khai sinh → Đăng ký khai sinh (sửa đổi)',
    ])
  })

  it('shortens long values', () => {
    const long = 'x'.repeat(1000)
    const [change] = diffProcedure(procedure(), procedure({ description: long }))
    expect(change!.after.length).toBeLessThanOrEqual(240)
    expect(change!.after.endsWith('…')).toBe(true)
  })
})

describe('steps', () => {
  it('reads a "Bước n:" heading typed at the start of a step as the numbering it repeats', async () => {
    const { orderedListToLexical } = await import('../../lib/lexical')
    const typed = procedure({
      steps: orderedListToLexical([
        'Bước 1: Nộp hồ sơ.',
        'BƯỚC 2. Nhận kết quả.',
      ]) as ImportedProcedure['steps'],
    })
    expect(diffProcedure(typed, procedure())).toEqual([])
    // A step that speaks of another step ("bước 2") in its sentence is text, not a heading.
    const reference = procedure({
      steps: orderedListToLexical([
        'Nộp hồ sơ.',
        'Nhận kết quả sau bước 1.',
      ]) as ImportedProcedure['steps'],
    })
    expect(diffProcedure(reference, procedure()).map((c) => c.label)).toEqual([
      'Trình tự thực hiện',
    ])
  })
})
