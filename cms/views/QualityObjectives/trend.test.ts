import { describe, expect, it } from 'vitest'

import type { ObjectiveTerms } from '../../collections/QualityObjectives/objectives'
import { trendBars, trendSummary } from './trend'

const terms: ObjectiveTerms = {
  measure: 'on-time-rate',
  comparator: 'at-least',
  target: 98,
  periodKind: 'month',
}
const rate = (numerator: number, denominator: number) =>
  ({ kind: 'rate', percent: (numerator / denominator) * 100, numerator, denominator }) as const

describe('trendBars', () => {
  it('writes each value, unknown and nothing to measure apart, and says it all in words', () => {
    const bars = trendBars(terms, [
      { period: '2026-09', outcome: { kind: 'met', rate: rate(992, 1000) } },
      { period: '2026-10', outcome: { kind: 'missed', rate: rate(97, 100) } },
      { period: '2026-11', outcome: { kind: 'empty' } },
      { period: '2026-12', outcome: { kind: 'unknown' } },
    ])
    expect(bars.map((b) => [b.short, b.value, b.kind])).toEqual([
      ['09/26', '99,2', 'met'],
      ['10/26', '97', 'missed'],
      ['11/26', '–', 'empty'],
      ['12/26', '?', 'unknown'],
    ])
    expect(bars[0]!.height).toBeCloseTo(99.2)
    expect(bars[3]!.height).toBe(0)
    expect(trendSummary(terms, bars)).toBe(
      'Chỉ tiêu ≥ 98 %. Tháng 09/2026: Đạt (99,2 %); Tháng 10/2026: Không đạt (97 %); ' +
        'Tháng 11/2026: Không có hồ sơ; Tháng 12/2026: Chưa có số liệu.',
    )
  })

  it('labels quarters and years short, and an empty trend in words', () => {
    const quarterly = { ...terms, periodKind: 'quarter' as const }
    const [bar] = trendBars(quarterly, [{ period: '2026-Q3', outcome: { kind: 'unknown' } }])
    expect(bar!.short).toBe('QIII/26')
    expect(bar!.text).toBe('Quý III/2026: Chưa có số liệu')
    expect(trendSummary(terms, [])).toBe('Chỉ tiêu ≥ 98 %; chưa có kỳ nào được đánh giá.')
  })
})
