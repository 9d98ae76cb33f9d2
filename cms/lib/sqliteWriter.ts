import { APIError, type BaseDatabaseAdapter, type DatabaseAdapterObj } from 'payload'

/**
 * SQLite allows one writer at a time, and the libSQL client runs each statement synchronously: a
 * second request's write that waited on the file lock would block the event loop, so the first
 * request could never finish and release it. With transactions on, each one also takes the client's
 * connection for itself and the client opens a fresh one without the `busy_timeout` pragma.
 *
 * So, within one process, writes queue here instead: a transaction holds the turn from begin to
 * commit or rollback, and a write outside any transaction holds it for that one statement. Reads
 * never wait (WAL lets them read the last committed state). Between processes (the admin server,
 * `npm run seed`, `npm run review:check`) SQLite's busy timeout still applies.
 */

/** How long a write waits for its turn before it fails with a clear message. */
export const WRITE_TURN_TIMEOUT_MS = Number(process.env.SQLITE_WRITE_WAIT_MS) || 30_000

export class WriteQueue {
  private tail: Promise<void> = Promise.resolve()

  constructor(private readonly timeoutMs: number) {}

  /** Waits for the turn; resolves with the function that gives it up (idempotent). */
  async acquire(): Promise<() => void> {
    let release!: () => void
    const released = new Promise<void>((resolve) => (release = resolve))
    const previous = this.tail
    this.tail = previous.then(() => released)
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.timeoutMs)
    })
    const outcome = await Promise.race([previous.then(() => 'turn' as const), timedOut])
    clearTimeout(timer)
    if (outcome === 'timeout') {
      // Give the slot up at once, so those queued behind are not held up by a waiter that left.
      release()
      throw new APIError(
        `Cơ sở dữ liệu đang bận ghi quá ${Math.round(this.timeoutMs / 1000)} giây; thao tác chưa được thực hiện, hãy thử lại.`,
        503,
        null,
        true,
      )
    }
    return release
  }
}

/** The adapter methods that write outside a transaction when given no `req.transactionID`. */
const WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  // Not `upsert`: it writes through `updateOne`, which waits for the turn itself.
] as const

type Adapter = BaseDatabaseAdapter & {
  sessions: Record<string, unknown>
  client?: { execute: (sql: string) => Promise<unknown> }
  busyTimeout?: number
}
type AnyFn = (...args: unknown[]) => Promise<unknown>

/** Wraps the SQLite adapter so that its writes take turns (see above). */
export function serializeSqliteWrites(
  adapterObj: DatabaseAdapterObj,
  timeoutMs = WRITE_TURN_TIMEOUT_MS,
): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as Adapter
      const queue = new WriteQueue(timeoutMs)
      const turns = new Map<string, () => void>()

      const begin = adapter.beginTransaction.bind(adapter) as AnyFn
      adapter.beginTransaction = (async (options?: unknown) => {
        const release = await queue.acquire()
        try {
          const id = (await begin(options)) as string | null
          if (!id) {
            release()
            return id
          }
          turns.set(String(id), release)
          // The transaction took the client's connection; give the one it opens next the same wait.
          if (adapter.busyTimeout)
            await adapter.client?.execute(`PRAGMA busy_timeout = ${adapter.busyTimeout};`)
          return id
        } catch (error) {
          release()
          throw error
        }
      }) as Adapter['beginTransaction']

      for (const name of ['commitTransaction', 'rollbackTransaction'] as const) {
        const end = adapter[name].bind(adapter) as AnyFn
        adapter[name] = (async (incoming: unknown) => {
          const id = String(incoming instanceof Promise ? await incoming : incoming)
          try {
            return await end(id)
          } finally {
            turns.get(id)?.()
            turns.delete(id)
          }
        }) as never
      }

      for (const name of WRITES) {
        const write = (adapter as unknown as Record<string, AnyFn>)[name]?.bind(adapter)
        if (!write) continue
        ;(adapter as unknown as Record<string, AnyFn>)[name] = async (...callArgs: unknown[]) => {
          const req = (callArgs[0] as { req?: { transactionID?: unknown } } | undefined)?.req
          const transactionID =
            req?.transactionID instanceof Promise ? await req.transactionID : req?.transactionID
          // Inside an open transaction: that transaction already holds the turn.
          if (transactionID && adapter.sessions[String(transactionID)]) return write(...callArgs)
          const release = await queue.acquire()
          try {
            return await write(...callArgs)
          } finally {
            release()
          }
        }
      }
      return adapter
    },
  }
}
