import type { Endpoint, PayloadRequest } from 'payload'

import { vietnamDay } from '../../lib/dates'
import { idOf } from '../../lib/idOf'
import { inTransaction } from '../../lib/transaction'
import type { AuditEvent } from '../AuditLog'
import { recordAudit } from '../AuditLog/recordAudit'
import { AUDIT_TRANSITION_KEY } from './hooks'
import {
  AUDIT_ACTIONS,
  auditActionLabels,
  auditStateLabels,
  decideAuditAction,
  type AuditAction,
  type AuditState,
} from './rules'

const error = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const EVENTS: Record<AuditAction, AuditEvent> = {
  start: 'internal-audit-started',
  complete: 'internal-audit-completed',
  report: 'internal-audit-reported',
}

const DATE_FIELD: Record<AuditAction, 'startedAt' | 'completedAt' | 'reportIssuedAt'> = {
  start: 'startedAt',
  complete: 'completedAt',
  report: 'reportIssuedAt',
}

/**
 * POST /api/internal-audits/:id/start | complete | report — the lead auditor moves the audit one
 * state on (./rules.ts decides); the state, its date and the audit-log entry are written in one
 * transaction. The save still passes every rule of the collection (independence, scope).
 */
export const auditTransitionEndpoints: Endpoint[] = AUDIT_ACTIONS.map((action) => ({
  path: `/:id/${action}`,
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return error(401, 'Hãy đăng nhập.')
    const id = String(req.routeParams?.id)
    return inTransaction(req, () => transition(req, id, action))
  },
}))

async function transition(req: PayloadRequest, id: string, action: AuditAction) {
  const user = req.user!
  const audit = await req.payload.findByID({
    collection: 'internal-audits',
    id,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  if (!audit) return error(404, 'Không tìm thấy cuộc đánh giá, hoặc bạn không có quyền xem.')
  const findings = await req.payload.count({
    collection: 'audit-findings',
    where: { audit: { equals: id } },
    overrideAccess: true,
    req,
  })
  const decision = decideAuditAction({
    action,
    state: audit.state as AuditState,
    code: audit.code,
    userID: String(user.id),
    leadAuditorID: idOf(audit.leadAuditor),
    findingCount: findings.totalDocs,
  })
  if (!decision.ok) return error(decision.status, decision.message)
  const at = new Date().toISOString()
  await req.payload.update({
    collection: 'internal-audits',
    id,
    data: {
      state: decision.to,
      [DATE_FIELD[action]]: at,
      // The day the audit took place, unless the team recorded another.
      ...(action === 'start' && !audit.actualDate ? { actualDate: vietnamDay(at) } : {}),
    },
    depth: 0,
    overrideAccess: true,
    req,
    context: { [AUDIT_TRANSITION_KEY]: action },
  })
  await recordAudit(req, {
    event: EVENTS[action],
    summary: `${auditActionLabels[action].vi}: cuộc đánh giá nội bộ "${audit.code}"`,
    targetCollection: 'internal-audits',
    targetId: id,
    fromState: audit.state,
    toState: decision.to,
    details: action === 'complete' ? { findings: findings.totalDocs } : undefined,
  })
  return Response.json({
    message: `Đã ${auditActionLabels[action].vi.toLowerCase()} "${audit.code}". Trạng thái: ${auditStateLabels[decision.to].vi}.`,
  })
}
