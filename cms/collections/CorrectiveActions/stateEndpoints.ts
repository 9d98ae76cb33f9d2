import type { Endpoint, PayloadRequest } from 'payload'

import { vietnamDay } from '../../lib/dates'
import { idOf } from '../../lib/idOf'
import { inTransaction, systemRequestIn } from '../../lib/transaction'
import type { CorrectiveAction, User } from '../../payload-types'
import { recordAudit } from '../AuditLog/recordAudit'
import { mayJudge } from '../Nonconformities/access'
import { doneRefusal, verifyRefusal, type ActionFacts, type ActionState } from './rules'

const error = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

type Body = { note?: unknown; result?: unknown; dueDate?: unknown }

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** The action as the user may read it (a 404 otherwise), and the facts the rules need. */
async function readable(req: PayloadRequest, id: string) {
  const action = (await req.payload.findByID({
    collection: 'corrective-actions',
    id,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    req,
  })) as CorrectiveAction | null
  if (!action) return null
  const facts: ActionFacts = {
    code: action.code ?? id,
    state: action.state as ActionState,
    ownerID: idOf(action.owner),
    doneByID: idOf(action.doneBy),
  }
  return { action, facts }
}

const historyOf = (action: CorrectiveAction) =>
  (action.history ?? []).map(({ id: _id, ...row }) => row)

/** A state change as its own small endpoint, in one transaction with its audit entry. */
const stateEndpoint = (
  path: string,
  run: (req: PayloadRequest, id: string, body: Body) => Promise<Response>,
): Endpoint => ({
  path: `/:id/${path}`,
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return error(401, 'Hãy đăng nhập.')
    const id = String(req.routeParams?.id)
    const body = ((await req.json?.().catch(() => ({}))) ?? {}) as Body
    return inTransaction(req, () => run(req, id, body))
  },
})

/**
 * POST /api/corrective-actions/:id/done  { note } — "Đã thực hiện": its owner, and no one else,
 * says what was done. An action that changes a document is done by that document's new issue.
 */
export const doneEndpoint = stateEndpoint('done', async (req, id, body) => {
  const found = await readable(req, id)
  if (!found) return error(404, 'Không tìm thấy hành động khắc phục, hoặc bạn không có quyền xem.')
  const { action, facts } = found
  const note = text(body.note)
  const refusal = doneRefusal(facts, String(req.user!.id), note)
  if (refusal) {
    const mine = facts.ownerID === String(req.user!.id)
    return error(!mine ? 403 : facts.state !== 'open' ? 409 : 400, refusal)
  }
  if (idOf(action.document) && !idOf(action.documentIssue))
    return error(
      409,
      `Hành động ${facts.code} sửa đổi tài liệu: hành động tự chuyển sang "đã thực hiện" khi lần ban hành mới của tài liệu được phê duyệt và ban hành.`,
    )
  const at = new Date().toISOString()
  await req.payload.update({
    collection: 'corrective-actions',
    id,
    data: {
      state: 'done',
      doneAt: at,
      doneBy: req.user!.id,
      doneNote: note,
      history: [...historyOf(action), { event: 'done', at, by: req.user!.id, note }],
    },
    overrideAccess: true,
    req: await systemRequestIn(req),
  })
  await recordAudit(req, {
    event: 'corrective-action-done',
    summary: `Hành động khắc phục ${facts.code} đã thực hiện`,
    targetCollection: 'corrective-actions',
    targetId: id,
    fromState: 'open',
    toState: 'done',
    comment: note,
  })
  return Response.json({
    message: `Đã ghi nhận hành động ${facts.code} đã thực hiện; người khác sẽ kiểm tra hiệu lực.`,
  })
})

/**
 * POST /api/corrective-actions/:id/verify  { result: 'effective' | 'not-effective', note, dueDate? }
 * — Kiểm tra hiệu lực: someone of the locality (or the province's reviewers and approvers) other
 * than the owner. Not effective reopens the action with a new due date.
 */
export const verifyEndpoint = stateEndpoint('verify', async (req, id, body) => {
  const found = await readable(req, id)
  if (!found) return error(404, 'Không tìm thấy hành động khắc phục, hoặc bạn không có quyền xem.')
  const { action, facts } = found
  const user = req.user as User
  if (!mayJudge(user, idOf(action.locality)))
    return error(
      403,
      `Bạn không có quyền kiểm tra hiệu lực ${facts.code}: cần là cán bộ, người xem xét hoặc người phê duyệt của địa phương.`,
    )
  const result = text(body.result)
  const note = text(body.note)
  const dueDate = text(body.dueDate)
  const newDueDay = dueDate && !Number.isNaN(Date.parse(dueDate)) ? vietnamDay(dueDate) : null
  const today = vietnamDay(new Date())
  const refusal = verifyRefusal(facts, String(user.id), { result, note, newDueDay }, today)
  if (refusal) {
    const mine = facts.ownerID === String(user.id) || facts.doneByID === String(user.id)
    return error(mine ? 403 : facts.state !== 'done' ? 409 : 400, refusal)
  }
  const at = new Date().toISOString()
  const effective = result === 'effective'
  await req.payload.update({
    collection: 'corrective-actions',
    id,
    data: {
      state: effective ? 'effective' : 'open',
      verifiedAt: at,
      verifiedBy: user.id,
      verificationNote: note,
      ...(effective ? {} : { dueDate: new Date(`${newDueDay}T00:00:00+07:00`).toISOString() }),
      history: [
        ...historyOf(action),
        {
          event: effective ? 'effective' : 'not-effective',
          at,
          by: user.id,
          note,
          ...(effective ? {} : { dueDate: `${newDueDay}T00:00:00+07:00` }),
        },
      ],
    },
    overrideAccess: true,
    req: await systemRequestIn(req),
  })
  await recordAudit(req, {
    event: 'corrective-action-verified',
    summary: effective
      ? `Kiểm tra hiệu lực hành động khắc phục ${facts.code}: có hiệu lực`
      : `Kiểm tra hiệu lực hành động khắc phục ${facts.code}: không có hiệu lực, mở lại`,
    targetCollection: 'corrective-actions',
    targetId: id,
    fromState: 'done',
    toState: effective ? 'effective' : 'open',
    comment: note,
    details: effective ? undefined : { newDueDate: newDueDay },
  })
  return Response.json({
    message: effective
      ? `Đã ghi nhận hành động ${facts.code} có hiệu lực.`
      : `Hành động ${facts.code} không có hiệu lực: đã mở lại với hạn mới.`,
  })
})
