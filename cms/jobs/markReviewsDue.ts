import type { TaskConfig } from 'payload'

import { vietnamDay } from '../lib/dates'
import { markReviewsDue } from '../collections/ReviewTasks/reviewTasks'

/**
 * Nightly (01:00, Vietnam time) check of quality documents due or overdue for review. `npm start`
 * runs the `nightly` queue on that schedule (jobs.autoRun); `payload jobs:run --queue nightly`
 * runs it by hand.
 */
export const markReviewsDueTask: TaskConfig<'markReviewsDue'> = {
  slug: 'markReviewsDue',
  label: 'Đánh dấu tài liệu đến hạn rà soát',
  retries: 1,
  schedule: [{ cron: '0 18 * * *', queue: 'nightly' }],
  outputSchema: [
    { name: 'checked', type: 'number' },
    { name: 'created', type: 'number' },
    { name: 'overdue', type: 'number' },
  ],
  handler: async ({ req }) => {
    const output = await markReviewsDue(req.payload, { today: vietnamDay(new Date()), req })
    return { output }
  },
}
