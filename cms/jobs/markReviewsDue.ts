import type { PayloadRequest, TaskConfig } from 'payload'

import { dailyAtVietnamTime } from './vietnamCron'
import { runKey, runOnce } from './runOnce'

import { vietnamDay } from '../lib/dates'
import { markReviewsDue } from '../collections/ReviewTasks/reviewTasks'
import { recordComplianceReadings } from '../collections/QualityObjectives/readings'
import { nightlyReading } from '../collections/ReadAcknowledgements/acknowledgements'

/**
 * Nightly (01:00, Vietnam time) check of quality documents due or overdue for review, and the
 * night's reading of the compliance checks for the quality objectives on posting. `npm start`
 * runs the `nightly` queue on that schedule (jobs.autoRun); `payload jobs:run --queue nightly`
 * runs it by hand. Also starts the read-and-understood tasks of issues that come into force and
 * sends their reminders (cms/collections/ReadAcknowledgements). Once per night across instances
 * (cms/jobs/runOnce.ts).
 */
export const markReviewsDueTask: TaskConfig<'markReviewsDue'> = {
  slug: 'markReviewsDue',
  label: 'Đánh dấu tài liệu đến hạn rà soát',
  retries: 1,
  schedule: [{ cron: dailyAtVietnamTime(1), queue: 'nightly' }],
  outputSchema: [
    { name: 'checked', type: 'number' },
    { name: 'created', type: 'number' },
    { name: 'overdue', type: 'number' },
  ],
  handler: async ({ job, req }) => {
    const run = await runOnce(req.payload, { key: runKey(job), job: job.id }, () => nightly(req))
    return { output: run.ran ? run.value : {} }
  },
}

async function nightly(req: PayloadRequest) {
  const today = vietnamDay(new Date())
  const output = await markReviewsDue(req.payload, { today, req })
  // The month's standing of the compliance checks, for the quality objectives on posting.
  const readings = await recordComplianceReadings(req, today)
  req.payload.logger.info(
    `Số đo niêm yết: ${readings.recorded} địa phương; ${readings.opened} việc rà soát mục tiêu mới.`,
  )
  // Issues coming into force today start their read-and-understood tasks; reminders go out.
  const reading = await nightlyReading(req, today)
  req.payload.logger.info(
    `Đọc và xác nhận: ${reading.started} việc mới; ${reading.reminded} lời nhắc.`,
  )
  return output
}
