import { describe, expect, it } from 'vitest'

import { loadAverages, waitForIdle } from './machine'

describe('waitForIdle', () => {
  it('returns at once when the machine is below the load asked for', async () => {
    let busy = 0
    const wait = await waitForIdle({ maxLoad: Infinity, maxWaitMs: 60_000, onBusy: () => busy++ })
    expect(wait.idle).toBe(true)
    expect(wait.waitedMs).toBeLessThan(1000)
    expect(busy).toBe(0)
    expect(wait.load).toEqual(expect.arrayContaining([expect.any(Number)]))
  })

  it('gives up after the longest wait, telling each busy poll', async () => {
    const polls: number[] = []
    const wait = await waitForIdle({
      maxLoad: -1, // never idle
      maxWaitMs: 60,
      pollMs: 10,
      onBusy: (_, waited) => polls.push(waited),
    })
    expect(wait.idle).toBe(false)
    expect(wait.waitedMs).toBeGreaterThanOrEqual(60)
    expect(polls.length).toBeGreaterThan(0)
  })
})

it('reads the three load averages', () => {
  const load = loadAverages()
  expect(load).toHaveLength(3)
  expect(load.every((x) => x >= 0)).toBe(true)
})
