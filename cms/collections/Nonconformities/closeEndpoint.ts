import type { Endpoint, PayloadRequest } from 'payload'

import { idOf } from '../../lib/idOf'
import { inTransaction, systemRequestIn } from '../../lib/transaction'
import type { User } from '../../payload-types'
import { recordAudit } from '../AuditLog/recordAudit'
import type { ActionState } from '../CorrectiveActions/rules'
import { mayJudge } from './access'
import { closeRefusal, type NonconformityState } from './rules'

const error = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * POST /api/nonconformities/:id/close  { note? } — Đóng sự không phù hợp: every corrective action
 * verified effective, closed by one of the locality's officers, reviewers or approvers (or the
 * province's) who owns none of the actions. Audited, in one transaction.
 */
export const closeEndpoint: Endpoint = {
  path: '/:id/close',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return error(401, 'Hãy đăng nhập.')
    const id = String(req.routeParams?.id)
    const body = ((await req.json?.().catch(() => ({}))) ?? {}) as { note?: unknown }
    const note = typeof body.note === 'string' ? body.note.trim() : ''
    return inTransaction(req, () => close(req, id, note))
  },
}

async function close(req: PayloadRequest, id: string, note: string): Promise<Response> {
  const user = req.user as User
  const nc = await req.payload.findByID({
    collection: 'nonconformities',
    id,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  if (!nc) return error(404, 'Không tìm thấy sự không phù hợp, hoặc bạn không có quyền xem.')
  if (!mayJudge(user, idOf(nc.locality)))
    return error(
      403,
      `Bạn không có quyền đóng ${nc.code}: cần là cán bộ, người xem xét hoặc người phê duyệt của địa phương.`,
    )
  const { docs: actions } = await req.payload.find({
    collection: 'corrective-actions',
    where: { nonconformity: { equals: id } },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { code: true, state: true, owner: true, doneBy: true },
    overrideAccess: true,
    req,
  })
  const refusal = closeRefusal(
    { code: nc.code ?? id, state: nc.state as NonconformityState },
    actions.map((a) => ({
      code: a.code ?? String(a.id),
      state: a.state as ActionState,
      ownerID: idOf(a.owner),
      doneByID: idOf(a.doneBy),
    })),
    String(user.id),
  )
  if (refusal) return error(refusal.status, refusal.message)
  const at = new Date().toISOString()
  await req.payload.update({
    collection: 'nonconformities',
    id,
    data: { state: 'closed', closedBy: user.id, closedAt: at, closingNote: note || null },
    overrideAccess: true,
    req: await systemRequestIn(req),
  })
  await recordAudit(req, {
    event: 'nonconformity-closed',
    summary: `Đóng sự không phù hợp ${nc.code}`,
    targetCollection: 'nonconformities',
    targetId: id,
    fromState: nc.state,
    toState: 'closed',
    comment: note || null,
  })
  return Response.json({ message: `Đã đóng sự không phù hợp ${nc.code}.` })
}
