import type { Payload } from 'payload'

import type { Release } from '../../payload-types'
import {
  archiveRelease,
  archiveSwitch,
  readArchivedRelease,
  type PublicationInfo,
} from '../../../release/releaseArchive'
import { listReleaseIds, releaseDir } from '../../../release/releaseStore'
import { idOf } from '../../lib/idOf'

/** When a record's release went live: `liveAt`, or for records written before it existed, when it finished. */
export const liveAtOf = (record: Pick<Release, 'liveAt' | 'finishedAt' | 'createdAt'>): string =>
  record.liveAt ?? record.finishedAt ?? record.createdAt

/**
 * Writes a live release record into the archive's timeline (and, for a publish, who and when
 * into the release's archived record). The snapshots are archived before the switch already; a
 * failure here is logged, not raised: `npm run release:archive` writes what is missing from the
 * database's records.
 */
export async function recordSwitchInArchive(payload: Payload, record: Release): Promise<void> {
  if (record.state !== 'live' || !record.releaseId) return
  try {
    const userId = idOf(record.requestedBy)
    const user = userId
      ? await payload
          .findByID({ collection: 'users', id: userId, depth: 0, disableErrors: true })
          .catch(() => null)
      : null
    const localityId = idOf(record.locality)
    const locality = localityId
      ? await payload
          .findByID({ collection: 'localities', id: localityId, depth: 0, disableErrors: true })
          .catch(() => null)
      : null
    const info: PublicationInfo = {
      recordId: record.id,
      action: record.action,
      liveAt: liveAtOf(record),
      requestedBy: userId
        ? { id: userId, email: user?.email ?? null, name: user?.name ?? null }
        : null,
      scope: record.scope ?? null,
      locality: localityId ? { id: localityId, name: locality?.name ?? null } : null,
      baseReleaseId: record.baseReleaseId ?? null,
      contentHash: record.contentHash ?? null,
      counts: record.counts ? { ...record.counts } : null,
    }
    await archiveSwitch(record.releaseId, info)
  } catch (error) {
    payload.logger.error({
      err: error,
      msg: `Chưa ghi được lần chuyển sang ${record.releaseId} vào kho lưu trữ; chạy npm run release:archive`,
    })
  }
}

/**
 * Brings the archive up to date with what is on disk and in the database: every release directory
 * still on disk (releases published before the archive existed), every switch the records know of,
 * and the records' `archivedSnapshots` where the archive holds their release. Safe to repeat.
 */
export async function archiveExisting(
  payload: Payload,
  note: (line: string) => void = () => {},
): Promise<{ releases: number; stored: number; problems: string[] }> {
  const problems: string[] = []
  let stored = 0
  const ids = await listReleaseIds()
  for (const id of ids) {
    try {
      stored += (await archiveRelease(releaseDir(id))).stored
    } catch (error) {
      problems.push(`${id}: ${(error as Error).message}`)
    }
  }
  note(
    `Đã lưu trữ ${ids.length - problems.length}/${ids.length} thư mục phát hành còn trên đĩa (${stored} tệp mới).`,
  )
  const { docs } = await payload.find({
    collection: 'releases',
    where: { state: { equals: 'live' } },
    sort: 'createdAt',
    pagination: false,
    limit: 0,
    depth: 0,
  })
  for (const record of docs) {
    if (!record.releaseId) continue
    const archived = await readArchivedRelease(record.releaseId).catch(() => null)
    let current = record
    if (
      archived &&
      (!record.archivedSnapshots || Object.keys(record.archivedSnapshots).length === 0)
    ) {
      current = await payload.update({
        collection: 'releases',
        id: record.id,
        data: { archivedSnapshots: archived.snapshots },
        depth: 0,
      })
    }
    if (!archived)
      problems.push(
        `${record.releaseId}: thư mục đã bị xóa trước khi có kho lưu trữ; không còn nội dung để lưu.`,
      )
    await recordSwitchInArchive(payload, current)
  }
  return { releases: ids.length, stored, problems }
}
