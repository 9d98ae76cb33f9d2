import type { Payload, Where } from 'payload'

import { ACTIVE_STATES } from './publishSlot'

export const INTERRUPTED_MESSAGE =
  'Bị gián đoạn: máy chủ đã dừng khi lần xuất bản này đang chạy; trang công khai vẫn là bản trước. Hãy xuất bản lại.'

/**
 * How long a building publish may go without a heartbeat before it counts as dead (its runner
 * was killed or lost the database), and how long a queued one may wait for a runner.
 * PUBLISH_STALE_AFTER_MS shortens both for tests; a live runner writes a heartbeat six times
 * within the bound.
 */
export function publishBounds(env: NodeJS.ProcessEnv = process.env) {
  const staleAfterMs = Number(env.PUBLISH_STALE_AFTER_MS) || 120_000
  return {
    staleAfterMs,
    heartbeatMs: Math.max(250, Math.floor(staleAfterMs / 6)),
    queuedStaleAfterMs: staleAfterMs * 10,
  }
}

/**
 * Closes as failed the publishes whose runner is gone, so that the admin does not refuse every
 * later publish ("đang có một lần xuất bản chạy"): a building record with no heartbeat within the
 * bound, a queued record no runner took within ten times the bound. With `all`, every unfinished
 * record: at the start of the only server of an SQLite database nothing of it can be running.
 * A publish of another live instance keeps writing its heartbeat and is left alone. The live
 * release is untouched: it switches only at the very end of a publish.
 */
export async function failInterruptedPublishes(
  payload: Payload,
  { all = false, now = new Date() }: { all?: boolean; now?: Date } = {},
): Promise<number> {
  const { staleAfterMs, queuedStaleAfterMs } = publishBounds()
  const before = (ms: number) => new Date(now.getTime() - ms).toISOString()
  const stale: Where = all
    ? { state: { in: [...ACTIVE_STATES] } }
    : {
        or: [
          {
            and: [
              { state: { equals: 'building' } },
              { heartbeatAt: { less_than: before(staleAfterMs) } },
            ],
          },
          {
            and: [
              { state: { equals: 'building' } },
              { heartbeatAt: { exists: false } },
              { updatedAt: { less_than: before(staleAfterMs) } },
            ],
          },
          {
            and: [
              { state: { equals: 'queued' } },
              { createdAt: { less_than: before(queuedStaleAfterMs) } },
            ],
          },
        ],
      }
  const { docs } = await payload.update({
    collection: 'releases',
    where: stale,
    data: { state: 'failed', error: INTERRUPTED_MESSAGE, finishedAt: now.toISOString() },
    depth: 0,
    overrideAccess: true,
  })
  if (docs.length) await cancelPublishJobs(payload, new Set(docs.map((doc) => String(doc.id))))
  return docs.length
}

/**
 * The Payload jobs of closed publishes, cancelled: a runner killed mid-job leaves its job
 * "processing" for ever, and a queued one could still be picked up later by a worker. Unfinished
 * publish jobs are a handful at most, so their input is matched here rather than in the query
 * (`input` is a JSON column).
 */
async function cancelPublishJobs(payload: Payload, releases: Set<string>): Promise<void> {
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'publishCatalogue' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const job of jobs) {
    const input = job.input as { release?: unknown } | null | undefined
    if (releases.has(String(input?.release))) await payload.jobs.cancelByID({ id: job.id })
  }
}

/**
 * Writes the heartbeat of a running publish every `heartbeatMs` until stopped. A direct column
 * write (no hooks, no read-modify-write of the whole record), so it never overwrites the state
 * the publish itself writes meanwhile.
 */
export function startHeartbeat(payload: Payload, id: string): () => Promise<void> {
  const { heartbeatMs } = publishBounds()
  let last: Promise<unknown> = Promise.resolve()
  const beat = () => {
    last = payload.db
      .updateOne({
        collection: 'releases',
        id,
        data: { heartbeatAt: new Date().toISOString() },
        returning: false,
      })
      .catch((err: unknown) => payload.logger.warn({ err, msg: 'Không ghi được nhịp xuất bản' }))
  }
  beat()
  const timer = setInterval(beat, heartbeatMs)
  return async () => {
    clearInterval(timer)
    await last
  }
}
