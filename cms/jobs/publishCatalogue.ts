import type { TaskConfig } from 'payload'

import { runPublish } from '../collections/Releases/runPublish'
import { runOnce } from './runOnce'

/**
 * The publish pipeline as a Payload job, so it runs outside the request that asked for it: in the
 * instance that was asked, or in the worker (cms/jobs/jobsMode.ts). Once per release record, even
 * if two runners pick up its job (cms/jobs/runOnce.ts).
 */
export const publishCatalogue: TaskConfig<'publishCatalogue'> = {
  slug: 'publishCatalogue',
  label: 'Xuất bản danh mục',
  retries: 0,
  inputSchema: [{ name: 'release', type: 'text', required: true }],
  handler: async ({ input, job, req }) => {
    await runOnce(req.payload, { key: `publishCatalogue:${input.release}`, job: job.id }, () =>
      runPublish(req.payload, input.release),
    )
    return { output: {} }
  },
}
