import type { Payload } from 'payload'

export const INTERRUPTED_MESSAGE =
  'Bị gián đoạn: máy chủ đã dừng khi lần xuất bản này đang chạy; trang công khai vẫn là bản trước. Hãy xuất bản lại.'

/**
 * A publish runs in the server's process; if the server stops while one is queued or building,
 * its record would stay so for ever and the admin would refuse every later publish ("đang có một
 * lần xuất bản chạy"). At start-up no publish of this server can be running, so such records are
 * closed as failed. The live release is untouched: it switches only at the very end of a publish.
 * (One server per database; several instances sharing one database need the jobs queue's own
 * locking instead.)
 */
export async function failInterruptedPublishes(payload: Payload): Promise<number> {
  const { docs } = await payload.update({
    collection: 'releases',
    where: { state: { in: ['queued', 'building'] } },
    data: { state: 'failed', error: INTERRUPTED_MESSAGE, finishedAt: new Date().toISOString() },
    depth: 0,
    overrideAccess: true,
  })
  return docs.length
}
