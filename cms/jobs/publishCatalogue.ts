import type { TaskConfig } from 'payload'

import { runPublish } from '../collections/Releases/runPublish'

/** The publish pipeline as a Payload job, so it runs outside the request that asked for it. */
export const publishCatalogue: TaskConfig<'publishCatalogue'> = {
  slug: 'publishCatalogue',
  label: 'Xuất bản danh mục',
  retries: 0,
  inputSchema: [{ name: 'release', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    await runPublish(req.payload, input.release)
    return { output: {} }
  },
}
