/**
 * Pure rule of audit findings: who records or changes one, and when.
 */
import { isClosed, type AuditState } from '../InternalAudits/rules'

export type FindingDecision =
  { ok: true } | { ok: false; reason: 'closed' | 'not-started' | 'not-auditor' }

/**
 * Only the audit's auditors (its lead included) write findings, and only while it is in
 * progress; once completed its findings are a record. A closed audit is said first: it binds
 * everyone, an auditor too.
 */
export function mayRecordFinding(args: {
  userID: string
  state: AuditState
  leadAuditorID: string | null
  auditorIDs: readonly string[]
}): FindingDecision {
  if (isClosed(args.state)) return { ok: false, reason: 'closed' }
  if (args.userID !== args.leadAuditorID && !args.auditorIDs.includes(args.userID))
    return { ok: false, reason: 'not-auditor' }
  if (args.state !== 'in-progress') return { ok: false, reason: 'not-started' }
  return { ok: true }
}
