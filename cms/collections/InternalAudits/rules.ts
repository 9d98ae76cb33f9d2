/**
 * Pure rules of internal audits (TCVN ISO 9001:2015, 9.2): the states an audit goes through and
 * who moves it, the independence of its auditors, and what its scope may hold. The hooks and
 * endpoints beside this file read the database and call these; nothing else decides.
 */

export const AUDIT_STATES = ['planned', 'in-progress', 'completed', 'reported'] as const
export type AuditState = (typeof AUDIT_STATES)[number]

export const auditStateLabels: Record<AuditState, { vi: string; en: string }> = {
  planned: { vi: 'Đã lập kế hoạch', en: 'Planned' },
  'in-progress': { vi: 'Đang đánh giá', en: 'In progress' },
  completed: { vi: 'Đã kết thúc đánh giá', en: 'Completed' },
  reported: { vi: 'Đã ban hành báo cáo', en: 'Report issued' },
}

export const AUDIT_ACTIONS = ['start', 'complete', 'report'] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const auditActionLabels: Record<AuditAction, { vi: string; en: string }> = {
  start: { vi: 'Bắt đầu đánh giá', en: 'Start the audit' },
  complete: { vi: 'Kết thúc đánh giá', en: 'Complete the audit' },
  report: { vi: 'Ban hành báo cáo', en: 'Issue the report' },
}

const TRANSITIONS: Record<AuditAction, { from: AuditState; to: AuditState }> = {
  start: { from: 'planned', to: 'in-progress' },
  complete: { from: 'in-progress', to: 'completed' },
  report: { from: 'completed', to: 'reported' },
}

/** A completed audit and its findings are a record: nothing of them changes any more. */
export const isClosed = (state: AuditState | null | undefined): boolean =>
  state === 'completed' || state === 'reported'

export type AuditDecision =
  { ok: true; to: AuditState } | { ok: false; status: 400 | 403; message: string }

/**
 * Whether `userID` may take `action` on an audit: only its lead auditor moves it (an
 * administrator is no auditor), one state at a time, and an audit is completed only once something
 * was recorded, a conformity at least.
 */
export function decideAuditAction(args: {
  action: AuditAction
  state: AuditState
  code: string
  userID: string
  leadAuditorID: string | null
  findingCount: number
}): AuditDecision {
  const { action, state, code, userID, leadAuditorID, findingCount } = args
  const rule = TRANSITIONS[action]
  const label = auditActionLabels[action].vi.toLowerCase()
  if (leadAuditorID !== userID)
    return {
      ok: false,
      status: 403,
      message: `Chỉ trưởng đoàn đánh giá của cuộc đánh giá "${code}" mới được ${label}.`,
    }
  if (state !== rule.from)
    return {
      ok: false,
      status: 400,
      message: `Không thể ${label} "${code}": cuộc đánh giá đang ở trạng thái "${auditStateLabels[state].vi}", chỉ khi "${auditStateLabels[rule.from].vi}" mới ${label} được.`,
    }
  if (action === 'complete' && findingCount === 0)
    return {
      ok: false,
      status: 400,
      message: `Chưa thể kết thúc "${code}": chưa ghi nhận phát hiện nào (kể cả điểm phù hợp).`,
    }
  return { ok: true, to: rule.to }
}

export interface AuditorFacts {
  id: string
  name: string
  unitID: string | null
  unitName: string | null
}

/**
 * Independence (9.2.2 c): no auditor audits their own unit. One message per auditor at fault,
 * naming the person and the unit; an auditor with no unit is refused too, since their
 * independence cannot be shown.
 */
export function independenceRefusals(
  auditors: readonly AuditorFacts[],
  scopeUnits: readonly { id: string; name: string }[],
): string[] {
  const messages: string[] = []
  const seen = new Set<string>()
  for (const auditor of auditors) {
    if (seen.has(auditor.id)) continue
    seen.add(auditor.id)
    if (!auditor.unitID) {
      messages.push(
        `${auditor.name} chưa được gán bộ phận công tác nên không chứng minh được tính độc lập; hãy gán bộ phận cho người này trước.`,
      )
      continue
    }
    const own = scopeUnits.find((u) => u.id === auditor.unitID)
    if (own)
      messages.push(
        `${auditor.name} thuộc bộ phận "${own.name}", nằm trong phạm vi đánh giá: chuyên gia không được đánh giá bộ phận của chính mình.`,
      )
  }
  return messages
}

export interface ScopeItem {
  label: string
  localityID: string | null
}

/**
 * Items of a scope that lie outside the audit's locality, as labels. `provinceAllowed`: a
 * province-wide item (no locality) counts as inside, as for the province's shared quality
 * documents.
 */
export function outsideLocality(
  items: readonly ScopeItem[],
  localityID: string,
  { provinceAllowed }: { provinceAllowed: boolean },
): string[] {
  return items
    .filter((item) =>
      item.localityID === null ? !provinceAllowed : item.localityID !== localityID,
    )
    .map((item) => item.label)
}

export const FINDING_TYPES = ['nonconformity', 'observation', 'conformity'] as const
export type FindingType = (typeof FINDING_TYPES)[number]

export const findingTypeLabels: Record<FindingType, { vi: string; en: string }> = {
  conformity: { vi: 'Phù hợp', en: 'Conformity' },
  observation: { vi: 'Điểm cần cải tiến/khuyến nghị', en: 'Observation' },
  nonconformity: { vi: 'Điểm không phù hợp', en: 'Nonconformity' },
}

/** Counts per type, in the report's order (nonconformities first), with the total. */
export function findingCounts(findings: readonly { type: FindingType }[]) {
  const counts = Object.fromEntries(FINDING_TYPES.map((t) => [t, 0])) as Record<FindingType, number>
  for (const f of findings) counts[f.type]++
  return { ...counts, total: findings.length }
}

/** An ISO clause as auditors write it: "7.5.3", "9.2", "10.2.1" (clauses 4 to 10). */
export const validClause = (clause: string): boolean =>
  /^(4|5|6|7|8|9|10)(\.\d{1,2}){0,3}$/.test(clause.trim())
