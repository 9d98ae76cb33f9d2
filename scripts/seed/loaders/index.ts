import type { Payload, PayloadRequest } from 'payload'

import { markReviewsDue } from '../../../cms/collections/ReviewTasks/reviewTasks'
import { vietnamDay } from '../../../cms/lib/dates'
import { loadAppliedProcedures, loadDecisions, loadProcedures } from './catalogue'
import { loadInternalAudits } from './internalAudits'
import { Keys } from './keys'
import { loadQualityDocuments, loadUnits, loadUsers } from './people'
import {
  loadAgencies,
  loadForms,
  loadLegalDocuments,
  loadLocalities,
  loadSectors,
} from './reference'
import { loadQualityObjectives } from './qualityObjectives'
import { loadSearchSynonyms } from './searchSynonyms'
import { loadServiceResults } from './serviceResults'
import { reportOf, type LoadReport, type Loader } from './upsert'

export type { LoadReport, Outcome } from './upsert'
export { holds } from './upsert'

/** The loaders in dependency order: each resolves references to documents the earlier ones loaded. */
const STEPS: [label: string, load: (loader: Loader, keys: Keys) => Promise<void>][] = [
  ['địa phương', loadLocalities],
  ['lĩnh vực', loadSectors],
  ['cơ quan', loadAgencies],
  ['văn bản pháp luật', loadLegalDocuments],
  ['mẫu đơn, tờ khai', loadForms],
  ['thủ tục hành chính', loadProcedures],
  ['quyết định', loadDecisions],
  ['thủ tục áp dụng tại địa phương', loadAppliedProcedures],
  ['từ đồng nghĩa tìm kiếm', loadSearchSynonyms],
  ['bộ phận', loadUnits],
  ['tài khoản mẫu', loadUsers],
  ['tài liệu ISO', loadQualityDocuments],
  ['kết quả giải quyết hồ sơ (minh họa)', loadServiceResults],
  ['mục tiêu chất lượng (minh họa)', loadQualityObjectives],
  ['đánh giá nội bộ', loadInternalAudits],
]

/** Runs every loader on `req` (the caller owns the transaction) and says what each changed. */
export async function runLoaders(
  payload: Payload,
  req: PayloadRequest,
  log: (message: string) => void = () => {},
): Promise<LoadReport> {
  const loader: Loader = { payload, req, outcomes: new Map() }
  const keys = new Keys()
  for (const [label, load] of STEPS) {
    const before = reportOf(loader)
    await load(loader, keys)
    log(`${label}: ${describe(reportOf(loader), before)}`)
  }
  const review = await markReviewsDue(payload, { today: vietnamDay(new Date()), req })
  log(`rà soát tài liệu ISO: ${review.created} việc rà soát mới`)
  return reportOf(loader)
}

/** "12 mới, 1 cập nhật, 3 không đổi" for what a step added to the report. */
function describe(report: LoadReport, previous: LoadReport): string {
  const sum = (r: LoadReport, outcome: 'created' | 'updated' | 'unchanged') =>
    Object.values(r).reduce((n, c) => n + c[outcome], 0)
  const delta = (outcome: 'created' | 'updated' | 'unchanged') =>
    sum(report, outcome) - sum(previous, outcome)
  return `${delta('created')} mới, ${delta('updated')} cập nhật, ${delta('unchanged')} không đổi`
}
