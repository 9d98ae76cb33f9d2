import type { Payload } from 'payload'

import type { Release } from '../../payload-types'
import { formatVietnamTime, liveAtInstant } from '../../../release/asOf'
import { readArchivedRelease } from '../../../release/releaseArchive'
import { liveAtOf } from './archiveSwitch'

export interface AsOfAnswer {
  at: string
  atText: string
  /** the record (a publish or a rollback) that made the release live; null before the first publish */
  record: Release | null
  releaseId: string | null
  liveAt: string | null
  /** when the next switch replaced it; null when it is still live */
  until: string | null
  /** the archive holds its record, so it can be rebuilt */
  archived: boolean
  /** the command that rebuilds it */
  command: string
  message: string
}

/**
 * Which release was live at `at`, from the release records: every publish and rollback that
 * went live is a switch of the public site; the last one at or before `at` wins.
 */
export async function releaseAsOf(payload: Payload, at: Date): Promise<AsOfAnswer> {
  const { docs } = await payload.find({
    collection: 'releases',
    where: { state: { equals: 'live' } },
    sort: 'createdAt',
    pagination: false,
    limit: 0,
    depth: 1,
  })
  const events = docs
    .filter((r) => r.releaseId)
    .map((record) => ({ record, releaseId: record.releaseId!, liveAt: liveAtOf(record) }))
  const found = liveAtInstant(events, at)
  const command = `npm run release:as-of -- ${at.toISOString()}`
  const atText = formatVietnamTime(at)
  if (!found) {
    const first = events.map((e) => e.liveAt).sort()[0]
    return {
      at: at.toISOString(),
      atText,
      record: null,
      releaseId: null,
      liveAt: null,
      until: first ?? null,
      archived: false,
      command,
      message: `Lúc ${atText} trang công khai chưa có bản phát hành nào${first ? `; lần xuất bản đầu tiên lúc ${formatVietnamTime(first)}` : ''}.`,
    }
  }
  const until =
    events
      .map((e) => e.liveAt)
      .filter((t) => Date.parse(t) > Date.parse(found.liveAt))
      .sort()[0] ?? null
  const archived = Boolean(await readArchivedRelease(found.releaseId).catch(() => null))
  const how = found.record.action === 'rollback' ? 'được khôi phục' : 'được xuất bản'
  return {
    at: at.toISOString(),
    atText,
    record: found.record,
    releaseId: found.releaseId,
    liveAt: found.liveAt,
    until,
    archived,
    command,
    message:
      `Lúc ${atText} công dân xem bản ${found.releaseId}, ${how} lúc ${formatVietnamTime(found.liveAt)}` +
      (until ? ` và hiển thị đến ${formatVietnamTime(until)}.` : ', vẫn đang hiển thị.') +
      (archived
        ? ''
        : ' Kho lưu trữ chưa có bản này: chạy “npm run release:archive” nếu thư mục của nó còn trên đĩa.'),
  }
}
