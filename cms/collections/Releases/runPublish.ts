import type { Payload, PayloadRequest } from 'payload'

import { assertStillOpen, inSystemTransaction } from '../../lib/transaction'
import {
  publishLocalityRelease,
  type LocalityPublishOutcome,
} from '../../publication/publishLocality'
import { publishRelease, type PublishOutcome } from '../../publication/publishRelease'
import { clearCurrent, currentReleaseId, switchCurrent } from '../../../release/releaseStore'
import { recordSwitchInArchive } from './archiveSwitch'
import { startHeartbeat } from './interruptedPublishes'

/**
 * Clears the current flag of every other release record, so that the record then written with
 * `isCurrent: true` becomes the one current release (the filesystem's `current` is the truth).
 */
async function clearCurrentExcept(req: PayloadRequest, id: string) {
  await req.payload.update({
    collection: 'releases',
    where: { and: [{ isCurrent: { equals: true } }, { id: { not_equals: id } }] },
    data: { isCurrent: false },
    overrideAccess: true,
    req,
  })
}

/**
 * Runs a queued publish and records its outcome. The build takes seconds to minutes and holds no
 * database transaction (SQLite would make every editor wait). Going live is one transaction: the
 * record becomes live and current, the others stop being current, the audit entry is written, and
 * only then, last before the commit, `current` is switched on disk. A failure before the switch
 * rolls the records back and leaves the link alone; a failed switch rolls the records back too
 * (`recordAndSwitch`; docs/deploy.md). A failure is recorded and shown in the admin; it is not
 * retried, because the same content would fail the same way.
 */
export async function runPublish(
  payload: Payload,
  releaseRecordID: string,
  {
    origin,
    now,
  }: {
    origin?: string
    /** the instant the release stands for (decisions in force on its day); default: now */
    now?: Date
  } = {},
): Promise<void> {
  // Who asked, when no person did (the first publish at start-up): the log's first line says so.
  const withOrigin = (log: string) => (origin ? `${origin}\n${log}` : log)
  const started = Date.now()
  const record = await payload.update({
    collection: 'releases',
    id: releaseRecordID,
    data: { state: 'building', startedAt: new Date(started).toISOString() },
    depth: 0,
  })
  // Tells the other instances this publish is alive (interruptedPublishes.ts).
  const stopHeartbeat = startHeartbeat(payload, releaseRecordID)
  const localityID =
    record.scope === 'locality' && record.locality
      ? typeof record.locality === 'object'
        ? record.locality.id
        : record.locality
      : null
  const goLive = async (outcome: PublishOutcome & { baseReleaseId?: string }) => {
    const live = await recordAndSwitch(payload, outcome.releaseId, async (req) => {
      await assertStillBuilding(req, releaseRecordID)
      await clearCurrentExcept(req, releaseRecordID)
      // One write: whoever sees the record live also sees it current.
      return payload.update({
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
          // Set in the write that goes live, whose last step is the switch of `current`.
          liveAt: new Date().toISOString(),
          archivedSnapshots: outcome.archivedSnapshots,
          finishedAt: new Date().toISOString(),
          durationMs: Date.now() - started,
        },
        req,
      })
    })
    await recordSwitchInArchive(payload, live)
  }
  try {
    const outcome = localityID
      ? await publishLocalityRelease(payload, {
          localityId: localityID,
          now,
          goLive: (o: LocalityPublishOutcome) => goLive(o),
        })
      : await publishRelease(payload, { goLive, now })
    await stopHeartbeat()
    // The lines written after going live (old releases pruned); the release is live whether or not this is saved.
    await payload
      .update({
        collection: 'releases',
        id: releaseRecordID,
        data: { log: withOrigin(outcome.log) },
      })
      .catch((err: unknown) =>
        payload.logger.warn({ err, msg: 'Không lưu được phần cuối nhật ký xuất bản' }),
      )
  } catch (error) {
    await stopHeartbeat()
    const message = error instanceof Error ? error.message : String(error)
    payload.logger.error({ msg: 'Xuất bản thất bại', err: error })
    await payload.update({
      collection: 'releases',
      id: releaseRecordID,
      data: {
        state: 'failed',
        error: message,
        log: withOrigin((error as { log?: string }).log ?? message),
        finishedAt: new Date().toISOString(),
        durationMs: Date.now() - started,
      },
    })
  }
}

/**
 * A publish that another instance declared interrupted (its heartbeat was late) must not go live
 * over it: the publisher was told it failed and may have started another.
 */
async function assertStillBuilding(req: PayloadRequest, id: string) {
  const record = await req.payload.findByID({
    collection: 'releases',
    id,
    depth: 0,
    disableErrors: true,
    req,
  })
  if (record?.state !== 'building')
    throw new Error(
      'Lần xuất bản này đã bị đánh dấu gián đoạn trong lúc dựng trang; trang công khai vẫn là bản trước. Hãy xuất bản lại.',
    )
}

/**
 * Points "current" back at an earlier release that is still on disk, and records it: the new
 * record, the current flags and the audit entry in one transaction, the link switched last in it.
 */
export async function rollBack(payload: Payload, targetRecordID: string, userID: string) {
  const target = await payload.findByID({
    collection: 'releases',
    id: targetRecordID,
    depth: 0,
    disableErrors: true,
  })
  if (!target) throw new Error('Không tìm thấy bản phát hành cần khôi phục.')
  if (target.state !== 'live' || !target.releaseId)
    throw new Error('Chỉ có thể khôi phục một bản đã xuất bản thành công.')
  const started = Date.now()
  const record = await recordAndSwitch(payload, target.releaseId, async (req) => {
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
        locality:
          target.locality && typeof target.locality === 'object'
            ? target.locality.id
            : target.locality,
        baseReleaseId: target.baseReleaseId,
        liveAt: new Date().toISOString(),
        archivedSnapshots: target.archivedSnapshots,
        requestedBy: userID,
        startedAt: new Date(started).toISOString(),
        finishedAt: new Date().toISOString(),
        durationMs: Date.now() - started,
        log: `Khôi phục bản ${target.releaseId}`,
      },
      req,
    })
    await clearCurrentExcept(req, record.id)
    return record
  })
  await recordSwitchInArchive(payload, record)
  return record
}

/**
 * Writes the release records in one transaction and switches `current` to `releaseId` as its last
 * step, so a failed write leaves the link alone and a failed switch rolls the records back.
 * Payload's SQL adapters do not report a failed commit, so the record is read back afterwards: if
 * it is not live, the link goes back to where it was.
 */
async function recordAndSwitch<T extends { id: string }>(
  payload: Payload,
  releaseId: string,
  write: (req: PayloadRequest) => Promise<T>,
): Promise<T> {
  const previous = await currentReleaseId()
  const record = await inSystemTransaction(payload, async (req) => {
    const written = await write(req)
    assertStillOpen(req)
    await switchCurrent(releaseId)
    return written
  })
  const saved = await payload.findByID({
    collection: 'releases',
    id: record.id,
    depth: 0,
    disableErrors: true,
  })
  if (saved?.state !== 'live') {
    if (previous) await switchCurrent(previous)
    else await clearCurrent()
    throw new Error(
      'Không ghi được bản ghi phát hành vào cơ sở dữ liệu; trang công khai vẫn hiển thị bản trước.',
    )
  }
  return record
}
