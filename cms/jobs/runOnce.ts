import { ValidationError, type Payload } from 'payload'

interface QueuedJob {
  id: string | number
  taskSlug?: string | null
  waitUntil?: string | null
  meta?: unknown
}

/**
 * What counts as one run of `job`. A scheduled job stands for its slot (task and instant): every
 * instance's scheduler may queue the same night's job, and only one of them may run. Any other
 * job stands for itself, which a second runner of the same job must not run again.
 */
export function runKey(job: QueuedJob): string {
  const scheduled = (job.meta as { scheduled?: unknown } | null | undefined)?.scheduled === true
  if (scheduled && job.waitUntil) return `${job.taskSlug}@${new Date(job.waitUntil).toISOString()}`
  return `${job.taskSlug}#${job.id}`
}

export type RunOnceResult<T> = { ran: true; value: T } | { ran: false; key: string }

/**
 * Runs `work` only if no instance has claimed `key` before (cms/collections/JobClaims): the claim
 * is an insert under a unique index, which the database lets exactly one instance make. When
 * `work` fails the claim is given back, so Payload's retry of the same job can run it.
 */
export async function runOnce<T>(
  payload: Payload,
  { key, job }: { key: string; job: string | number },
  work: () => Promise<T>,
): Promise<RunOnceResult<T>> {
  try {
    await payload.create({
      collection: 'job-claims',
      data: { key, job: String(job), claimedAt: new Date().toISOString() },
      depth: 0,
    })
  } catch (error) {
    if (!isTaken(error)) throw error
    payload.logger.info({ msg: `Bỏ qua: một tiến trình khác đã nhận chạy ${key}.`, job })
    return { ran: false, key }
  }
  try {
    return { ran: true, value: await work() }
  } catch (error) {
    await payload
      .delete({ collection: 'job-claims', where: { key: { equals: key } }, depth: 0 })
      .catch((err: unknown) => payload.logger.warn({ err, msg: `Không trả lại được ${key}` }))
    throw error
  }
}

const isTaken = (error: unknown) =>
  error instanceof ValidationError && error.data.errors.some((e) => e.path === 'key')
