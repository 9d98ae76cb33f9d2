/**
 * npm run review:check
 * Marks the ISO documents due or overdue for review now, as the nightly job does; prints what it did.
 */
import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { markReviewsDue } from '../cms/collections/ReviewTasks/reviewTasks'
import { vietnamDay } from '../cms/lib/dates'
import { ensureNode24 } from './lib/ensureNode'

ensureNode24()
const payload = await getPayload({ config })
try {
  const today = vietnamDay(new Date())
  const { checked, created, overdue } = await markReviewsDue(payload, { today })
  console.log(
    `Ngày ${today}: đã kiểm tra ${checked} tài liệu đang hiệu lực; ${created} việc rà soát mới, ${overdue} việc chuyển sang quá hạn.`,
  )
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
