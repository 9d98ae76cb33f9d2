import type { JobsConfig } from 'payload'

import { dailyAtVietnamTime } from './vietnamCron'

/**
 * Which jobs this process runs, from two environment variables (docs/deploy.md, "Nhiều máy chủ"):
 * - PAYLOAD_JOBS_AUTORUN=true (npm start's default, and npm run worker): the nightly and midnight
 *   schedules run here. Every instance may run them: a run happens once (cms/jobs/runOnce.ts).
 * - PAYLOAD_JOBS_AUTORUN=false: nothing runs here, not even a publish asked here: the publish
 *   endpoint only queues it, and a worker runs it. Unset (tests, scripts): a publish runs where it
 *   was asked, as on a single server.
 * - PAYLOAD_JOBS_WORKER=true (set by npm run worker): the publish queue is also polled, every
 *   few seconds, so publishes queued by the admin instances run here.
 */
export const runsSchedules = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env.PAYLOAD_JOBS_AUTORUN === 'true'

export const runsPublishesWhereAsked = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env.PAYLOAD_JOBS_AUTORUN !== 'false'

export const isJobsWorker = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env.PAYLOAD_JOBS_WORKER === 'true'

/** How often the worker looks for queued publishes: a publisher is watching. */
export const WORKER_POLL_CRON = '*/3 * * * * *'

/** Payload's jobs.autoRun for this process. */
export function autoRunCrons(env: NodeJS.ProcessEnv = process.env): JobsConfig['autoRun'] {
  return [
    // 01:00 in Vietnam for the nightly checks; midnight for decisions taking effect.
    ...(runsSchedules(env)
      ? [
          { cron: dailyAtVietnamTime(1), queue: 'nightly', limit: 10 },
          { cron: dailyAtVietnamTime(0), queue: 'midnight', limit: 1 },
        ]
      : []),
    // One publish at a time: the release records allow no more (Releases/publishSlot.ts).
    ...(isJobsWorker(env)
      ? [{ cron: WORKER_POLL_CRON, queue: 'default', limit: 1, disableScheduling: true }]
      : []),
  ]
}
