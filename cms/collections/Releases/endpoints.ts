import type { Endpoint, PayloadRequest } from 'payload'

import { checkRole } from '../../access'
import { rollBack } from './runPublish'

const forbidden = () => Response.json({ errors: [{ message: 'Chỉ người xuất bản mới được thực hiện thao tác này.' }] }, { status: 403 })

/**
 * POST /api/releases/publish — queues the publish job and starts it at once (a publisher is
 * watching); answers 202 with the release record, whose state the admin then follows.
 */
export const publishEndpoint: Endpoint = {
  path: '/publish',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!checkRole(['publisher'], req.user)) return forbidden()
    const running = await req.payload.count({ collection: 'releases', where: { state: { in: ['queued', 'building'] } } })
    if (running.totalDocs > 0) {
      return Response.json({ errors: [{ message: 'Đang có một lần xuất bản chạy; hãy đợi nó xong.' }] }, { status: 409 })
    }
    const record = await req.payload.create({
      collection: 'releases',
      data: { action: 'publish', state: 'queued', requestedBy: req.user!.id },
    })
    const job = await req.payload.jobs.queue({ task: 'publishCatalogue', input: { release: record.id } })
    void req.payload.jobs.runByID({ id: job.id }).catch((err: unknown) => req.payload.logger.error({ err, msg: 'publish job' }))
    return Response.json({ doc: record, message: 'Đã bắt đầu xuất bản.' }, { status: 202 })
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
      return Response.json({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }, { status: 400 })
    }
  },
}
