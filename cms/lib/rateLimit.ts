/**
 * A fixed-window counter per key, in memory: enough to keep one client (and all clients together)
 * from flooding an anonymous endpoint of one server process. The keys live only here, for at most
 * one window, and are never stored or logged.
 */
export interface RateLimiter {
  /** Counts one request for `key`; false when the key, or everyone, is over the limit. */
  take: (key: string, now?: number) => boolean
}

export function rateLimiter({
  perKey,
  total,
  windowMs,
}: {
  perKey: number
  total: number
  windowMs: number
}): RateLimiter {
  let windowStart = 0
  let all = 0
  let counts = new Map<string, number>()
  return {
    take(key, now = Date.now()) {
      if (now - windowStart >= windowMs) {
        windowStart = now
        all = 0
        counts = new Map()
      }
      const mine = counts.get(key) ?? 0
      if (mine >= perKey || all >= total) return false
      counts.set(key, mine + 1)
      all++
      return true
    },
  }
}
