import type { Payload } from 'payload'

import { currentReleaseId } from '../../../release/releaseStore'
import { isSecondPublish, PUBLISH_RUNNING_MESSAGE } from './publishSlot'
import { runPublish } from './runPublish'

/**
 * The first publish at start-up: on a fresh installation the database is seeded but nothing is
 * live, so the public site would answer 503 until someone logs in and presses "Xuất bản". Start-up
 * runs the same publish as the admin's button, as trusted server code, recorded like any other
 * release: no requester (the system), with this line first in its log.
 */
export const FIRST_PUBLISH_ORIGIN =
  'Hệ thống tự xuất bản khi khởi động (npm start): chưa có bản phát hành nào đang hiển thị.'

/** The environment variable that asks for it in production, or turns it off elsewhere ("0"). */
export const PUBLISH_ON_START_VARIABLE = 'PUBLISH_ON_START'

/**
 * Why start-up must not publish, or null when it should: only when nothing is live and the
 * database holds published procedures; in production only when asked.
 */
export async function firstPublishSkipped(
  payload: Payload,
  {
    production,
    env = process.env,
  }: { production: boolean; env?: Record<string, string | undefined> },
): Promise<string | null> {
  const asked = env[PUBLISH_ON_START_VARIABLE]
  if (asked === '0') return `${PUBLISH_ON_START_VARIABLE}=0`
  if (production && asked !== '1')
    return `môi trường production (đặt ${PUBLISH_ON_START_VARIABLE}=1 để tự xuất bản lần đầu)`
  const live = await currentReleaseId()
  if (live) return `đã có bản đang hiển thị (${live})`
  const published = await payload.count({
    collection: 'procedures',
    where: { _status: { equals: 'published' } },
  })
  if (published.totalDocs === 0) return 'cơ sở dữ liệu chưa có thủ tục nào đã công bố'
  return null
}

export type FirstPublishResult =
  { state: 'live'; releaseId: string; durationMs: number } | { state: 'failed'; error: string }

/** Records a province publish requested by no one, runs it, and says how it ended. */
export async function publishFirstRelease(payload: Payload): Promise<FirstPublishResult> {
  // Another instance starting on the same database may be making the first publish already.
  const record = await payload
    .create({
      collection: 'releases',
      data: { action: 'publish', state: 'queued', scope: 'province' },
    })
    .catch((error: unknown) => {
      if (isSecondPublish(error)) return null
      throw error
    })
  if (!record) return { state: 'failed', error: PUBLISH_RUNNING_MESSAGE }
  await runPublish(payload, record.id, { origin: FIRST_PUBLISH_ORIGIN })
  const done = await payload.findByID({ collection: 'releases', id: record.id, depth: 0 })
  return done.state === 'live' && done.releaseId
    ? { state: 'live', releaseId: done.releaseId, durationMs: done.durationMs ?? 0 }
    : { state: 'failed', error: done.error ?? 'không rõ lỗi' }
}
