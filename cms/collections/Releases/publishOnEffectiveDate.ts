import type { Payload } from 'payload'

import { readManifest } from '../../../release/releaseManifest'
import { releaseDir } from '../../../release/releaseStore'
import { formatDate, vietnamDay } from '../../lib/dates'
import type { Release } from '../../payload-types'
import { ACTIVE_STATES, isSecondPublish } from './publishSlot'
import { runPublish } from './runPublish'

export type ScheduledPublishResult =
  | { state: 'nothing-due'; reason: string }
  | { state: 'live' | 'failed'; releaseRecordId: string; decisions: string[]; error?: string }

/**
 * Decisions take effect by themselves. The exporter holds a published decision back until its
 * effective date (cms/publication/mappers/abolished.ts); at 00:00 in Vietnam, this publishes the
 * province when a decision's date has come since the last province release went live, so that
 * the catalogue changes on the day the law does, not when someone next presses "Xuất bản". A
 * failed publish is retried the next night (the decision is still due) and the publishers are told.
 */
/**
 * The day (yyyy-mm-dd, Vietnam) the live province content stands for: the exporter's clock of the
 * last province *publish* kept in its manifest, else when it went live; null before the first.
 * A rollback does not count: a publisher who rolled back chose what citizens see, and decisions
 * that content had already taken into force are not due again.
 */
export async function liveContentDay(payload: Payload): Promise<string | null> {
  const [last] = (
    await payload.find({
      collection: 'releases',
      where: {
        and: [
          { action: { equals: 'publish' } },
          { state: { equals: 'live' } },
          { scope: { equals: 'province' } },
        ],
      },
      sort: '-liveAt',
      limit: 1,
      depth: 0,
    })
  ).docs
  if (!last?.liveAt || !last.releaseId) return null
  const madeAt = await readManifest(releaseDir(last.releaseId)).then(
    (m) => m.createdAt,
    () => last.liveAt!,
  )
  return vietnamDay(madeAt)
}

export async function publishDecisionsTakingEffect(
  payload: Payload,
  {
    now = new Date(),
    waitForRunningMs = 30 * 60_000,
  }: { now?: Date; waitForRunningMs?: number } = {},
): Promise<ScheduledPublishResult> {
  const today = vietnamDay(now)
  const since = await liveContentDay(payload)
  // Before the first publish there is nothing to bring up to date: the first publish does it.
  if (!since) return { state: 'nothing-due', reason: 'Chưa có bản phát hành toàn tỉnh.' }
  const decisions = (
    await payload.find({
      collection: 'decisions',
      where: { _status: { equals: 'published' } },
      select: { number: true, effectiveDate: true },
      pagination: false,
      limit: 0,
      depth: 0,
    })
  ).docs
  const due = decisions
    .filter((d) => {
      const effective = vietnamDay(d.effectiveDate)
      return effective > since && effective <= today
    })
    .map((d) => d.number)
    .sort((a, b) => a.localeCompare(b, 'vi'))
  if (due.length === 0)
    return { state: 'nothing-due', reason: `Không có quyết định nào có hiệu lực từ ${since}.` }

  // A publish someone started just before midnight exported the day before: wait for it.
  const deadline = now.getTime() + waitForRunningMs
  while (await publishRunning(payload)) {
    if (Date.now() > deadline) break
    await new Promise((resolve) => setTimeout(resolve, 5_000))
  }
  // The record's unique slot (publishSlot.ts) refuses it if a publish started meanwhile, on this
  // instance or another: then a failed record says so, and the next night tries again.
  const record = await payload
    .create({
      collection: 'releases',
      data: { action: 'publish', state: 'queued', scope: 'province' },
      depth: 0,
    })
    .catch((error: unknown) => {
      if (isSecondPublish(error)) return null
      throw error
    })
  if (!record) {
    const error = 'Một lần xuất bản khác vẫn đang chạy sau 30 phút chờ.'
    const failed = await payload.create({
      collection: 'releases',
      data: {
        action: 'publish',
        state: 'failed',
        scope: 'province',
        error,
        finishedAt: new Date().toISOString(),
        durationMs: 0,
      },
      depth: 0,
    })
    await tellPublishers(payload, failed.id, due, error)
    return { state: 'failed', releaseRecordId: failed.id, decisions: due, error }
  }
  await runPublish(payload, record.id, {
    now,
    origin: `Xuất bản tự động lúc 00:00 ngày ${formatDate(now)}: ${decisionList(due)} có hiệu lực.`,
  })
  const done = await payload.findByID({ collection: 'releases', id: record.id, depth: 0 })
  if (done.state !== 'live') await tellPublishers(payload, record.id, due, done.error ?? '')
  return {
    state: done.state === 'live' ? 'live' : 'failed',
    releaseRecordId: record.id,
    decisions: due,
    ...(done.error ? { error: done.error } : {}),
  }
}

const decisionList = (numbers: string[]) =>
  `${numbers.length > 1 ? 'các quyết định số' : 'quyết định số'} ${numbers.join(', ')}`

async function publishRunning(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'releases',
    where: { state: { in: [...ACTIVE_STATES] } },
  })
  return totalDocs > 0
}

/** The publishers (and administrators) learn in the admin that the decisions did not go online. */
async function tellPublishers(
  payload: Payload,
  releaseRecordId: Release['id'],
  decisions: string[],
  error: string,
) {
  const { docs: users } = await payload.find({
    collection: 'users',
    where: { roles: { in: ['publisher', 'admin'] } },
    pagination: false,
    limit: 0,
    depth: 0,
  })
  for (const user of users)
    await payload.create({
      collection: 'notifications',
      data: {
        recipient: user.id,
        title: 'Xuất bản tự động thất bại',
        message:
          `${decisionList(decisions)} có hiệu lực nhưng chưa lên trang công khai. ` +
          `Lỗi: ${error || 'không rõ'}. Hãy xem nhật ký rồi xuất bản lại.`,
        link: `/admin/collections/releases/${releaseRecordId}`,
      },
      depth: 0,
    })
}
