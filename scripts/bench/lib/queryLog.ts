import type { Payload } from 'payload'

interface DrizzleLogger {
  logQuery: (query: string, params: unknown[]) => void
}
interface DrizzleSession {
  logger?: DrizzleLogger
  options?: { logger?: DrizzleLogger | boolean }
}

/**
 * Counts the SQL statements Payload sends, by installing a logger on the adapter's Drizzle
 * session (and its options, which transactions copy). Nothing is changed in the project's
 * config: the adapter is built with `logger: false`, and this only swaps the no-op logger.
 */
export class QueryLog {
  private recording = false
  count = 0
  statements: string[] = []

  constructor(payload: Payload) {
    const drizzle = (
      payload.db as unknown as {
        drizzle: { session?: DrizzleSession; _?: { session?: DrizzleSession } }
      }
    ).drizzle
    const session = drizzle.session ?? drizzle._?.session
    if (!session) return
    const logger: DrizzleLogger = {
      logQuery: (query) => {
        if (!this.recording) return
        this.count++
        if (this.statements.length < 200) this.statements.push(query)
      },
    }
    session.logger = logger
    if (session.options) session.options.logger = logger
  }

  /** Runs `body`, returning its result and the number of statements it sent. */
  async record<T>(
    body: () => Promise<T>,
  ): Promise<{ result: T; queries: number; statements: string[] }> {
    this.count = 0
    this.statements = []
    this.recording = true
    try {
      const result = await body()
      return { result, queries: this.count, statements: [...this.statements] }
    } finally {
      this.recording = false
    }
  }
}
