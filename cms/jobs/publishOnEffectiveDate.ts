import type { TaskConfig } from 'payload'

import { dailyAtVietnamTime } from './vietnamCron'
import { runKey, runOnce } from './runOnce'

import { publishDecisionsTakingEffect } from '../collections/Releases/publishOnEffectiveDate'

/**
 * At 00:00 in Vietnam, the decisions whose effective date has come go online through
 * the normal release path. `npm start` runs the `midnight` queue on that schedule (jobs.autoRun);
 * `payload jobs:run --queue midnight` runs it by hand. `at` (an ISO instant) stands for the clock,
 * for a test or to catch up a night the server was down.
 */
export const publishOnEffectiveDateTask: TaskConfig<'publishOnEffectiveDate'> = {
  slug: 'publishOnEffectiveDate',
  label: 'Xuất bản các quyết định đến ngày có hiệu lực',
  retries: 0,
  schedule: [{ cron: dailyAtVietnamTime(0), queue: 'midnight' }],
  inputSchema: [{ name: 'at', type: 'text' }],
  outputSchema: [
    { name: 'state', type: 'text' },
    { name: 'decisions', type: 'text' },
    { name: 'releaseRecordId', type: 'text' },
  ],
  handler: async ({ input, job, req }) => {
    const now = input?.at ? new Date(input.at) : new Date()
    if (Number.isNaN(now.getTime())) throw new Error(`"at" không phải là thời điểm: ${input.at}`)
    // Once per midnight across instances (cms/jobs/runOnce.ts).
    const run = await runOnce(req.payload, { key: runKey(job), job: job.id }, () =>
      publishDecisionsTakingEffect(req.payload, { now }),
    )
    if (!run.ran) return { output: { state: 'skipped' } }
    const result = run.value
    return {
      output: {
        state: result.state,
        decisions: 'decisions' in result ? result.decisions.join(', ') : '',
        releaseRecordId: 'releaseRecordId' in result ? result.releaseRecordId : '',
      },
    }
  },
}
