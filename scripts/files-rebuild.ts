/**
 * npm run files:rebuild
 * Recomputes who may read each attached file from the documents that use them. The SQL migration
 * that introduced the bookkeeping does it once; run this after upgrading a MongoDB database (which
 * has no migrations) or to repair the bookkeeping after writes made outside Payload.
 */
import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { rebuildFileVisibility } from '../cms/collections/Media/withFileVisibility'
import { runMigrations } from '../cms/db'
import { ensureNode24 } from './lib/ensureNode'

ensureNode24()
const payload = await getPayload({ config })
try {
  await runMigrations(payload)
  await rebuildFileVisibility(payload)
  const count = async (visibility: string) =>
    (await payload.count({ collection: 'media', where: { visibility: { equals: visibility } } }))
      .totalDocs
  console.log(
    `Đã tính lại phạm vi xem của tệp đính kèm: ${await count('public')} công khai, ${await count('staff')} cán bộ, ` +
      `${await count('locality')} theo địa phương, ${await count('private')} chỉ người tải lên.`,
  )
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
