import { describe, expect, it } from 'vitest'

import { rateLimiter } from './rateLimit'

describe('rateLimiter', () => {
  it('lets each key through up to its limit per window, then again in the next window', () => {
    const limiter = rateLimiter({ perKey: 2, total: 100, windowMs: 1000 })
    expect([0, 1, 2].map((t) => limiter.take('a', t))).toEqual([true, true, false])
    expect(limiter.take('b', 3)).toBe(true)
    expect(limiter.take('a', 1000)).toBe(true)
  })

  it('stops everyone once the total is reached', () => {
    const limiter = rateLimiter({ perKey: 5, total: 3, windowMs: 1000 })
    expect(['a', 'b', 'c', 'd'].map((k) => limiter.take(k, 0))).toEqual([true, true, true, false])
  })
})
