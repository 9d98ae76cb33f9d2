import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { checkRole } from '../../access'
import { runsPublishesWhereAsked } from '../../jobs/jobsMode'
import type { Release } from '../../payload-types'
import { formatDate } from '../../lib/dates'
import { isDissolved } from '../Localities/active'
import { AsOfInputError, parseInstant } from '../../../release/asOf'
import { inTransaction } from '../../lib/transaction'
import { NO_BASE_RELEASE } from '../../publication/publishLocality'
import { currentReleaseId, releaseAvailable, releaseManifest } from '../../../release/releaseStore'
import { releaseAsOf } from './asOf'
import { failInterruptedPublishes } from './interruptedPublishes'
import { ACTIVE_STATES, isSecondPublish, PUBLISH_RUNNING_MESSAGE } from './publishSlot'
import { rollBack } from './runPublish'

const forbidden = () =>
  Response.json(
    { errors: [{ message: 'Chỉ người xuất bản mới được thực hiện thao tác này.' }] },
    { status: 403 },
  )
const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/** The live release, if it is really there to build on (on disk, or complete in the bucket). */
async function liveRelease(): Promise<string | null> {
  const id = await currentReleaseId()
  if (!id) return null
  return (await releaseAvailable(id)) ? id : null
}

/**
 * POST /api/releases/publish — queues the publish job and starts it at once (a publisher is
 * watching), here or in the worker; answers 202 with the release record, whose state the admin then follows.
 * Body (JSON, optional): `{ "locality": "<locality id>" }` publishes that locality only, on top of
 * the live release; without it the whole province is published.
 */
export const publishEndpoint: Endpoint = {
  path: '/publish',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!checkRole(['publisher'], req.user)) return forbidden()
    await addDataAndFileToRequest(req)
    const requested = (req.data as { locality?: unknown } | undefined)?.locality
    let locality: { id: string; name: string } | null = null
    let baseReleaseId: string | null = null
    if (requested !== undefined && requested !== null && requested !== '') {
      if (typeof requested !== 'string')
        return refuse(400, 'Trường "locality" phải là mã (ID) của một địa phương.')
      const found = await req.payload
        .findByID({ collection: 'localities', id: requested, depth: 0, disableErrors: true })
        .catch(() => null)
      if (!found) return refuse(400, `Không tìm thấy địa phương có mã ${requested}.`)
      if (found.tier === 'province')
        return refuse(400, `${found.name} là cấp tỉnh: hãy chọn “Toàn tỉnh” để xuất bản.`)
      if (isDissolved(found))
        return refuse(
          400,
          `${found.name} đã chấm dứt hoạt động từ ngày ${formatDate(found.dissolvedOn)}: trang của đơn vị này không xuất bản riêng nữa; hãy chọn “Toàn tỉnh” hoặc đơn vị hiện hành.`,
        )
      baseReleaseId = await liveRelease()
      if (!baseReleaseId) return refuse(409, NO_BASE_RELEASE)
      locality = { id: found.id, name: found.name }
    }
    // A publish whose runner died (an instance killed mid-publish) would refuse this one for ever.
    await failInterruptedPublishes(req.payload)
    // The check, the record and its job in one transaction: a record without its job would stay
    // "queued" for ever and refuse every later publish. The check answers quickly; the record's
    // unique slot (publishSlot.ts) is what stops a second instance whose check passed at once.
    let queued: { record: Release; job: { id: string | number } } | null
    try {
      queued = await inTransaction(req, async () => {
        const running = await req.payload.count({
          collection: 'releases',
          where: { state: { in: [...ACTIVE_STATES] } },
          req,
        })
        if (running.totalDocs > 0) return null
        const record = await req.payload.create({
          collection: 'releases',
          data: {
            action: 'publish',
            state: 'queued',
            requestedBy: req.user!.id,
            scope: locality ? 'locality' : 'province',
            ...(locality ? { locality: locality.id, baseReleaseId } : {}),
          },
          // The answer carries ids: populated, it gave the publisher's own user record back,
          // sessions included.
          depth: 0,
          overrideAccess: true,
          req,
        })
        const job = await req.payload.jobs.queue({
          task: 'publishCatalogue',
          input: { release: record.id },
          req,
        })
        return { record, job }
      })
    } catch (error) {
      if (!isSecondPublish(error)) throw error
      queued = null
    }
    if (!queued) return refuse(409, PUBLISH_RUNNING_MESSAGE)
    const { record, job } = queued
    // Started after the commit, so the job finds its record; beside a worker, the worker runs it
    // (cms/jobs/jobsMode.ts).
    if (runsPublishesWhereAsked())
      void req.payload.jobs
        .runByID({ id: job.id })
        .catch((err: unknown) => req.payload.logger.error({ err, msg: 'publish job' }))
    const message = locality
      ? `Đã bắt đầu xuất bản riêng ${locality.name}.`
      : 'Đã bắt đầu xuất bản toàn tỉnh.'
    return Response.json({ doc: record, message }, { status: 202 })
  },
}

/**
 * GET /api/releases/live — what the public site shows now, for staff: the live release, and the
 * localities whose pages were published after the province pages (which do not reflect them yet).
 */
export const liveEndpoint: Endpoint = {
  path: '/live',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return refuse(403, 'Cần đăng nhập.')
    const id = await liveRelease()
    if (!id) return Response.json({ live: null })
    const manifest = await releaseManifest(id)
    const ahead = Object.entries(manifest.sources.localities)
      .map(([slug, source]) => ({ slug, ...source }))
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    return Response.json({
      live: {
        releaseId: id,
        scope: manifest.scope,
        createdAt: manifest.createdAt,
        provinceReleaseId: manifest.sources.province,
        localitiesAhead: ahead,
      },
    })
  },
}

/**
 * GET /api/releases/as-of?at=2026-11-23T10:00 — for staff: which release citizens saw at that
 * instant (a time without an offset is Vietnam time; dd/mm/yyyy HH:mm is read too), and the
 * command that rebuilds it from the archive. The rebuild is a full site build (a minute at
 * province scale, more for a locality release): a job for the server's shell, not a web request.
 */
export const asOfEndpoint: Endpoint = {
  path: '/as-of',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return refuse(403, 'Cần đăng nhập.')
    const raw = req.searchParams.get('at')
    let at: Date
    try {
      at = parseInstant(raw ?? '')
    } catch (error) {
      if (error instanceof AsOfInputError) return refuse(400, `Tham số "at": ${error.message}`)
      throw error
    }
    const answer = await releaseAsOf(req.payload, at)
    const record = answer.record
    return Response.json({
      ...answer,
      record: record && {
        id: record.id,
        action: record.action,
        scope: record.scope,
        locality:
          record.locality && typeof record.locality === 'object'
            ? { id: record.locality.id, name: record.locality.name }
            : (record.locality ?? null),
        baseReleaseId: record.baseReleaseId ?? null,
        contentHash: record.contentHash ?? null,
        archivedSnapshots: record.archivedSnapshots ?? null,
        requestedBy:
          record.requestedBy && typeof record.requestedBy === 'object'
            ? { name: record.requestedBy.name, email: record.requestedBy.email }
            : null,
      },
    })
  },
}

/** POST /api/releases/:id/rollback — makes an earlier release current again. */
export const rollbackEndpoint: Endpoint = {
  path: '/:id/rollback',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!checkRole(['publisher'], req.user)) return forbidden()
    try {
      const record = await rollBack(req.payload, String(req.routeParams?.id), req.user!.id)
      return Response.json({ doc: record, message: 'Đã khôi phục bản phát hành.' })
    } catch (error) {
      return Response.json(
        { errors: [{ message: error instanceof Error ? error.message : String(error) }] },
        { status: 400 },
      )
    }
  },
}
