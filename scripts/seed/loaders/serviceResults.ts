import { demoServiceResults, DEMO_RESULTS_SOURCE } from '../data/service-results'
import type { Keys } from './keys'
import { upsert, type Loader } from './upsert'

/** The demo's monthly service results, published and marked as demo; found again by locality and period. */
export async function loadServiceResults(
  loader: Loader,
  keys: Keys,
  reports = demoServiceResults(),
): Promise<void> {
  for (const report of reports) {
    const locality = keys.need('locality', report.locality, 'địa phương')
    const period = `${report.year}-${String(report.month).padStart(2, '0')}`
    await upsert(
      loader,
      'service-results',
      { and: [{ locality: { equals: locality } }, { period: { equals: period } }] },
      {
        locality,
        periodKind: 'month',
        year: report.year,
        periodIndex: report.month,
        source: DEMO_RESULTS_SOURCE,
        demo: true,
        rows: report.rows.map(({ procedure, ...counts }) => ({
          procedure: keys.need('procedure', procedure, 'thủ tục'),
          ...counts,
        })),
        _status: 'published',
      },
    )
  }
}
