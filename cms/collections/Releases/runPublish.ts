import type { Payload } from 'payload'

import { publishLocalityRelease } from '../../publication/publishLocality'
import { publishRelease, type PublishOutcome } from '../../publication/publishRelease'
import { switchCurrent } from '../../publication/releaseStore'
import { recordSwitchInArchive } from './archiveSwitch'

/**
 * Clears the current flag of every other release record, so that the record then written with
 * `isCurrent: true` becomes the one current release (the filesystem's `current` is the truth).
 */
async function clearCurrentExcept(payload: Payload, id: string) {
  await payload.update({ collection: 'releases', where: { and: [{ isCurrent: { equals: true } }, { id: { not_equals: id } }] }, data: { isCurrent: false } })
}

/**
 * Runs a queued publish and records its outcome. Each record update is its own short write: the
 * build takes seconds and must not hold a database transaction (SQLite would block every editor).
 * A failure is recorded and shown in the admin; it is not retried, because the same content would
 * fail the same way.
 */
export async function runPublish(payload: Payload, releaseRecordID: string, { origin }: { origin?: string } = {}): Promise<void> {
  // Who asked, when no person did (the first publish at start-up): the log's first line says so.
  const withOrigin = (log: string) => (origin ? `${origin}\n${log}` : log)
  const started = Date.now()
  const record = await payload.update({ collection: 'releases', id: releaseRecordID, data: { state: 'building', startedAt: new Date(started).toISOString() }, depth: 0 })
  const localityID = record.scope === 'locality' && record.locality ? (typeof record.locality === 'object' ? record.locality.id : record.locality) : null
  try {
    const outcome: PublishOutcome & { baseReleaseId?: string } = localityID
      ? await publishLocalityRelease(payload, { localityId: localityID })
      : await publishRelease(payload)
    await clearCurrentExcept(payload, releaseRecordID)
    // One write: whoever sees the record live also sees it current.
    const live = await payload.update({
      collection: 'releases',
      id: releaseRecordID,
      data: {
        state: 'live',
        isCurrent: true,
        releaseId: outcome.releaseId,
        // The base actually built on (a rollback may have changed it since the request).
        ...(outcome.baseReleaseId ? { baseReleaseId: outcome.baseReleaseId } : {}),
        contentHash: outcome.contentHash,
        counts: outcome.counts,
        log: withOrigin(outcome.log),
        liveAt: outcome.liveAt,
        archivedSnapshots: outcome.archivedSnapshots,
        finishedAt: new Date().toISOString(),
        durationMs: Date.now() - started,
      },
      depth: 0,
    })
    await recordSwitchInArchive(payload, live)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    payload.logger.error({ msg: 'Xuất bản thất bại', err: error })
    await payload.update({
      collection: 'releases',
      id: releaseRecordID,
      data: { state: 'failed', error: message, log: withOrigin((error as { log?: string }).log ?? message), finishedAt: new Date().toISOString(), durationMs: Date.now() - started },
    })
  }
}

/** Points "current" back at an earlier release that is still on disk, and records it. */
export async function rollBack(payload: Payload, targetRecordID: string, userID: string) {
  const target = await payload.findByID({ collection: 'releases', id: targetRecordID })
  if (target.state !== 'live' || !target.releaseId) throw new Error('Chỉ có thể khôi phục một bản đã xuất bản thành công.')
  const started = Date.now()
  const liveAt = (await switchCurrent(target.releaseId)).toISOString()
  const record = await payload.create({
    collection: 'releases',
    data: {
      action: 'rollback',
      state: 'live',
      isCurrent: true,
      releaseId: target.releaseId,
      contentHash: target.contentHash,
      counts: target.counts,
      scope: target.scope,
      locality: target.locality && typeof target.locality === 'object' ? target.locality.id : target.locality,
      baseReleaseId: target.baseReleaseId,
      liveAt,
      archivedSnapshots: target.archivedSnapshots,
      requestedBy: userID,
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date().toISOString(),
      durationMs: Date.now() - started,
      log: `Khôi phục bản ${target.releaseId}`,
    },
  })
  await clearCurrentExcept(payload, record.id)
  await recordSwitchInArchive(payload, record)
  return record
}
