import type { Endpoint, PayloadRequest } from 'payload'

import { idOf } from '../../lib/idOf'
import { inTransaction } from '../../lib/transaction'
import { recordAudit } from '../AuditLog/recordAudit'

const error = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * POST /api/read-acknowledgements/:id/confirm — "Tôi đã đọc và hiểu": the task's addressee, and
 * no one else (not an administrator, not a colleague), confirms; who and when go on the task and
 * in the audit log, in one transaction.
 */
export const confirmEndpoint: Endpoint = {
  path: '/:id/confirm',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const user = req.user
    if (!user) return error(401, 'Hãy đăng nhập.')
    const id = String(req.routeParams?.id)
    return inTransaction(req, () => confirm(req, id))
  },
}

async function confirm(req: PayloadRequest, id: string): Promise<Response> {
  const user = req.user!
  const task = await req.payload.findByID({
    collection: 'read-acknowledgements',
    id,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  if (!task) return error(404, 'Không tìm thấy việc cần xác nhận, hoặc bạn không có quyền xem.')
  if (idOf(task.user) !== String(user.id))
    return error(403, 'Chỉ người được giao mới có thể xác nhận đã đọc và hiểu tài liệu này.')
  if (task.state === 'confirmed') return error(409, 'Bạn đã xác nhận tài liệu này trước đó.')
  if (task.state === 'superseded') {
    // Superseded by a new issue, or the document withdrawn from use: say which.
    const document = await req.payload.findByID({
      collection: 'quality-documents',
      id: String(idOf(task.document)),
      depth: 0,
      select: { documentStatus: true },
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    return error(
      409,
      document?.documentStatus === 'obsolete'
        ? 'Tài liệu đã bị thu hồi, hết hiệu lực: không cần xác nhận nữa.'
        : 'Tài liệu đã có lần ban hành mới: hãy xác nhận lần ban hành hiện hành.',
    )
  }
  const at = new Date().toISOString()
  await req.payload.update({
    collection: 'read-acknowledgements',
    id,
    data: { state: 'confirmed', confirmedAt: at },
    overrideAccess: true,
    req,
  })
  await recordAudit(req, {
    event: 'read-confirmed',
    summary: `Xác nhận đã đọc và hiểu "${task.title}"`,
    targetCollection: 'quality-documents',
    targetId: idOf(task.document)!,
    details: { acknowledgement: task.id, issue: idOf(task.issue) },
  })
  return Response.json({ message: `Đã xác nhận đã đọc và hiểu "${task.title}".` })
}
