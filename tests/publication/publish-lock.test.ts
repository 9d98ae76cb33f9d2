import { describe, expect, it } from 'vitest'

import { withPublishLock } from '../../release/releaseStore'

/**
 * One publish at a time within a process. A publish's record says "live" before it has pruned old
 * releases: the next publish of the same server waits for it instead of being refused (which
 * failed a publisher's second click, and tests under load). Across processes the database keeps
 * publishes apart (tests/instances/instances.test.ts).
 */
describe('the publish lock', () => {
  it('runs this process’s publishes one after another, none refused', async () => {
    const events: string[] = []
    const publish = (name: string, ms: number) =>
      withPublishLock(async () => {
        events.push(`${name} starts`)
        await new Promise((resolve) => setTimeout(resolve, ms))
        events.push(`${name} ends`)
        return name
      })
    // The second is asked for while the first still holds the lock (pruning, after "live").
    const results = await Promise.all([publish('first', 200), publish('second', 10)])
    expect(results).toEqual(['first', 'second'])
    expect(events).toEqual(['first starts', 'first ends', 'second starts', 'second ends'])
  })

  it('goes on after a publish that failed', async () => {
    await expect(
      withPublishLock(async () => {
        throw new Error('build hỏng')
      }),
    ).rejects.toThrow('build hỏng')
    expect(await withPublishLock(async () => 'sau lỗi')).toBe('sau lỗi')
  })
})
