import { describe, expect, it } from 'vitest'

import { WriteQueue } from './sqliteWriter'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('WriteQueue: one SQLite writer at a time within the process', () => {
  it('gives the turn in the order asked, one holder at a time', async () => {
    const queue = new WriteQueue(1_000)
    const order: string[] = []
    const first = await queue.acquire()
    const second = queue.acquire().then((release) => {
      order.push('second')
      return release
    })
    const third = queue.acquire().then((release) => {
      order.push('third')
      release()
    })
    await tick()
    expect(order).toEqual([])
    first()
    ;(await second)()
    await third
    expect(order).toEqual(['second', 'third'])
  })

  it('fails a waiter that waited too long with a message a person can act on, and lets the next ones through', async () => {
    const queue = new WriteQueue(30)
    const held = await queue.acquire()
    await expect(queue.acquire()).rejects.toThrow('Cơ sở dữ liệu đang bận ghi')
    const later = queue.acquire()
    held()
    const release = await later
    release()
    // Releasing twice is harmless.
    release()
    ;(await queue.acquire())()
  })
})
