import {
  APIError,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

/**
 * Runs `work` in one database transaction on `req`: every Payload operation given this `req`
 * inside it commits with the others or not at all. Payload wraps each of its own operations in a
 * transaction but not custom endpoints, jobs or scripts that write several documents; they use this.
 *
 * Nested calls join the transaction already open on `req`. On MongoDB without a replica set the
 * adapter has no transactions, and `work` simply runs (README, "Databases").
 *
 * Inside `work`, a read that may fail must use `disableErrors: true` rather than catch the error:
 * a failing Payload operation rolls back the whole transaction of its `req`.
 */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const owner = await initTransaction(req)
  const id = req.transactionID
  opened.set(req, id)
  try {
    const result = await work()
    if (owner) {
      assertStillOpen(req)
      await commitTransaction(req)
    }
    return result
  } catch (error) {
    if (owner) await killTransaction(req)
    throw error
  } finally {
    if (owner) opened.delete(req)
  }
}

const opened = new WeakMap<PayloadRequest, unknown>()

/**
 * Throws if the transaction `inTransaction` opened on `req` has ended early: a nested operation
 * failed (Payload then rolls back the whole transaction of its `req`) and its error was caught, so
 * what came after it was written outside the transaction. Call it before a step that cannot be
 * undone (switching the live release); `inTransaction` calls it before committing.
 */
export function assertStillOpen(req: PayloadRequest): void {
  if (!opened.has(req)) return
  const id = opened.get(req)
  // No transaction at all (MongoDB without a replica set): nothing can have ended early.
  if (!id) return
  if (req.transactionID !== id || !openSession(req.payload, id)) {
    throw new APIError(
      'Thao tác bị hủy giữa chừng vì một bước bị lỗi; dữ liệu đã được khôi phục như trước. Hãy thử lại.',
      500,
    )
  }
}

const openSession = (payload: Payload, id: unknown): boolean =>
  typeof id !== 'string' && typeof id !== 'number'
    ? false
    : Boolean((payload.db as { sessions?: Record<string, unknown> }).sessions?.[id])

/**
 * The same for server code that has no request (jobs, scripts, the publish pipeline): a request of
 * its own, with no user, which `work` must pass to every operation.
 */
export async function inSystemTransaction<T>(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<T>,
  { context = {} }: { context?: Record<string, unknown> } = {},
): Promise<T> {
  const req = await createLocalReq({ context }, payload)
  return inTransaction(req, () => work(req))
}

/**
 * A request acting as the system (no user) that shares `req`'s open transaction, for a write that
 * must not be judged as the person's own edit yet must commit or roll back with it.
 */
export async function systemRequestIn(
  req: PayloadRequest,
  context: Record<string, unknown> = {},
): Promise<PayloadRequest> {
  const system = await createLocalReq({ context }, req.payload)
  system.transactionID = req.transactionID
  return system
}
