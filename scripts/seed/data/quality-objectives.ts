/**
 * Demo quality objectives (mục tiêu chất lượng, ISO 9001 6.2) of the localities that report
 * results: the common one on dossiers resolved on time, one on online dossiers, one on posting
 * procedures as required. Made up and marked as demo. Against the demo's results
 * (./service-results.ts) they show each outcome on the dashboard: on time is met every month; the
 * town's online share missed its quarterly target until it crossed 50 %; Mường Thanh's monthly
 * online target was missed the last two months reported, which opens a review task.
 */
import type { ObjectiveMeasure } from '../../../cms/collections/QualityObjectives/objectives'

export interface SeedQualityObjective {
  locality: string // SeedLocality.slug
  title: string
  measure: ObjectiveMeasure
  comparator: 'at-least' | 'at-most'
  target: number
  periodKind: 'month' | 'quarter' | 'year'
  effectiveFrom: string // yyyy-mm-dd
  effectiveTo?: string
  note?: string
}

const RESULT_LOCALITIES = [
  'thi-tran-dien-bien-dong',
  'phuong-muong-thanh',
  'xa-na-son',
  'xa-muong-phang',
]

export const qualityObjectives: SeedQualityObjective[] = [
  ...RESULT_LOCALITIES.map((locality): SeedQualityObjective => ({
    locality,
    title: '≥ 98 % hồ sơ giải quyết đúng hạn',
    measure: 'on-time-rate',
    comparator: 'at-least',
    target: 98,
    periodKind: 'month',
    effectiveFrom: '2025-01-01',
    note: 'Mục tiêu chất lượng năm 2025–2026, theo Quyết định ban hành mục tiêu chất lượng của UBND.',
  })),
  {
    locality: 'thi-tran-dien-bien-dong',
    title: '≥ 50 % hồ sơ tiếp nhận trực tuyến',
    measure: 'online-share',
    comparator: 'at-least',
    target: 50,
    periodKind: 'quarter',
    effectiveFrom: '2025-01-01',
  },
  {
    locality: 'thi-tran-dien-bien-dong',
    title: '100 % thủ tục niêm yết đúng quy định',
    measure: 'compliant-share',
    comparator: 'at-least',
    target: 100,
    periodKind: 'month',
    effectiveFrom: '2026-01-01',
    note: 'Thủ tục gốc còn hiệu lực và không chờ rà soát sau khi thủ tục gốc thay đổi.',
  },
  {
    locality: 'phuong-muong-thanh',
    title: '≥ 54 % hồ sơ tiếp nhận trực tuyến',
    measure: 'online-share',
    comparator: 'at-least',
    target: 54,
    periodKind: 'month',
    effectiveFrom: '2026-01-01',
  },
]
