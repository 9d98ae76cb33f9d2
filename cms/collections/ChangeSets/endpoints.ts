/**
 * The REST API of an import, for the admin's "Nhập dữ liệu" screen and any client:
 *
 *   POST /api/change-sets/plan          multipart: one or more `file` parts, and `_payload` JSON
 *                                       { format?, locality? (Localities.code), changeReason?,
 *                                       takeUnstated? (a sync: "code" or "code:path" whose silence
 *                                       in the new record is taken rather than the old value kept) }
 *                                       → 201 { doc, counts }: a set in the "planned" state
 *   POST /api/change-sets/:id/write     writes the planned set as drafts (one transaction)
 *   GET  /api/change-sets/:id/progress  { done, total, percent, secondsLeft } of a running write
 *   POST /api/change-sets/:id/workflow  { action, comment?, changeReason? }: the set's review
 *
 * Who may do what is checked here against the set's scope (./access.ts) and by the workflow rules.
 */
import { addDataAndFileToRequest, APIError, type Endpoint, type PayloadRequest } from 'payload'

import { createPlannedSet, writeChangeSet } from '../../import/changeSet/changeSet'
import { pace, progressOf } from '../../import/changeSet/progress'
import type { ImportInput } from '../../import/changeSet/readInputs'
import type { ChangeSet } from '../../payload-types'
import { WORKFLOW_ACTIONS, type WorkflowAction } from '../../workflow/rules'
import { mayImportInto } from './access'
import { transitionChangeSet } from './transition'

const error = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/** An APIError's own status and Vietnamese message; anything else is logged and answered 500. */
async function answer(req: PayloadRequest, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work()
  } catch (err) {
    if (err instanceof APIError) return error(err.status, err.message)
    req.payload.logger.error({ msg: 'Lô nhập dữ liệu: lỗi không lường trước', err })
    return error(500, 'Có lỗi khi xử lý lô nhập; không có gì được ghi. Hãy thử lại.')
  }
}

export const planEndpoint: Endpoint = {
  path: '/plan',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      if (!req.user) return error(401, 'Hãy đăng nhập.')
      await addDataAndFileToRequest(req)
      const options = (req.data ?? {}) as {
        format?: string
        locality?: string | null
        changeReason?: string
        takeUnstated?: unknown
      }
      const locality = options.locality?.trim() || null
      const takeUnstated = Array.isArray(options.takeUnstated)
        ? options.takeUnstated.filter((t): t is string => typeof t === 'string')
        : []
      const files = Object.values(req.files ?? {}).flat() as {
        name: string
        data: Buffer
      }[]
      if (files.length === 0) return error(400, 'Hãy chọn ít nhất một tệp để nhập.')
      let localityID: string | null = null
      if (locality) {
        const { docs } = await req.payload.find({
          collection: 'localities',
          where: { code: { equals: locality } },
          limit: 1,
          depth: 0,
          overrideAccess: true,
          req,
        })
        if (!docs[0]) return error(400, `Không có địa phương nào mang mã "${locality}".`)
        localityID = String(docs[0].id)
      }
      if (!mayImportInto(req.user, localityID))
        return error(
          403,
          localityID
            ? 'Chỉ cán bộ của địa phương này mới được nhập thủ tục áp dụng tại địa phương.'
            : 'Chỉ cán bộ pháp chế tỉnh mới được nhập danh mục thủ tục của tỉnh.',
        )
      const inputs: ImportInput[] = files.map((f) => ({
        name: f.name,
        bytes: new Uint8Array(f.data),
      }))
      const { doc } = await createPlannedSet(req, {
        inputs,
        format: options.format,
        locality,
        changeReason: options.changeReason,
        takeUnstated,
      })
      return Response.json({ doc: withoutSource(doc), counts: doc.counts }, { status: 201 })
    }),
}

const withoutSource = (doc: ChangeSet) => ({ ...doc, source: undefined })

async function readableSet(req: PayloadRequest): Promise<ChangeSet | null> {
  return (await req.payload.findByID({
    collection: 'change-sets',
    id: String(req.routeParams?.id),
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    req,
  })) as ChangeSet | null
}

export const writeEndpoint: Endpoint = {
  path: '/:id/write',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      if (!req.user) return error(401, 'Hãy đăng nhập.')
      const set = await readableSet(req)
      if (!set) return error(404, 'Không tìm thấy lô nhập, hoặc bạn không có quyền xem.')
      if (String(set.author) !== String(req.user.id))
        return error(403, 'Chỉ người đã nhập lô mới được ghi lô thành bản nháp.')
      const { doc } = await writeChangeSet(req, set.id)
      return Response.json({
        doc: withoutSource(doc),
        message: `Đã ghi ${doc.counts?.new ?? 0} mục mới và ${doc.counts?.changed ?? 0} mục thay đổi thành bản nháp. Hãy gửi xem xét cả lô.`,
      })
    }),
}

export const progressEndpoint: Endpoint = {
  path: '/:id/progress',
  method: 'get',
  handler: (req) =>
    answer(req, async () => {
      if (!req.user) return error(401, 'Hãy đăng nhập.')
      const set = await readableSet(req)
      if (!set) return error(404, 'Không tìm thấy lô nhập, hoặc bạn không có quyền xem.')
      const running = progressOf(set.id)
      if (running) return Response.json({ running: true, ...running, ...pace(running) })
      const done = set.progress?.done ?? 0
      const total = set.progress?.total ?? 0
      return Response.json({
        running: false,
        done,
        total,
        startedAt: set.progress?.startedAt ?? null,
        finishedAt: set.progress?.finishedAt ?? null,
        percent: set.state === 'planned' ? 0 : 100,
        secondsLeft: 0,
      })
    }),
}

export const transitionEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      if (!req.user) return error(401, 'Hãy đăng nhập.')
      const body = ((await req.json?.().catch(() => ({}))) ?? {}) as {
        action?: string
        comment?: string
        changeReason?: string
      }
      const action = body.action as WorkflowAction
      if (!WORKFLOW_ACTIONS.includes(action))
        return error(400, `Thao tác không hợp lệ: "${body.action ?? ''}".`)
      const { doc, message, afterCommit } = await transitionChangeSet(
        req,
        String(req.routeParams?.id),
        { action, comment: body.comment, changeReason: body.changeReason },
      )
      afterCommit()
      return Response.json({ doc: withoutSource(doc), message })
    }),
}
