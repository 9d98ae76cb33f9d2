import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
} from 'payload'

import { idOf } from '../../lib/idOf'
import { refuse, type FieldRefusal } from '../../lib/refuse'
import {
  auditStateLabels,
  independenceRefusals,
  isClosed,
  outsideLocality,
  type AuditorFacts,
  type AuditState,
} from './rules'

/** Set on the save an audit transition makes (./transitionEndpoint.ts): it alone moves the state. */
export const AUDIT_TRANSITION_KEY = 'internalAuditTransition'

export const isAuditTransition = (req: PayloadRequest): boolean =>
  Boolean(req.context?.[AUDIT_TRANSITION_KEY])

/** Fields only the transitions write. */
const SYSTEM_FIELDS = ['state', 'startedAt', 'completedAt', 'reportIssuedAt'] as const

const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : []).map(idOf).filter((id): id is string => id !== null)

async function findByIDs<T>(
  req: PayloadRequest,
  collection: 'quality-documents' | 'applied-procedures' | 'units' | 'users',
  list: string[],
): Promise<T[]> {
  if (list.length === 0) return []
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: list } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as T[]
}

/** The auditors as the independence rule reads them: name and unit, from the accounts. */
export async function auditorFacts(
  req: PayloadRequest,
  userIDs: string[],
): Promise<AuditorFacts[]> {
  const users = await findByIDs<{ id: string; name: string; email: string; unit?: unknown }>(
    req,
    'users',
    userIDs,
  )
  const units = await findByIDs<{ id: string; name: string }>(
    req,
    'units',
    users.map((u) => idOf(u.unit)).filter((id): id is string => id !== null),
  )
  return userIDs.flatMap((id) => {
    const user = users.find((u) => String(u.id) === id)
    if (!user) return []
    const unit = units.find((u) => String(u.id) === idOf(user.unit))
    return [
      {
        id,
        name: user.name || user.email,
        unitID: unit ? String(unit.id) : null,
        unitName: unit?.name ?? null,
      },
    ]
  })
}

/**
 * Every save of an audit, whoever makes it: the programme is approved and gives the locality;
 * the scope lies in that locality (province documents too); no auditor audits their own unit or
 * lacks one; the state and its dates move only by a transition; a completed audit is a record.
 */
export const validateAudit: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const transition = isAuditTransition(req)
  if (!transition) {
    if (req.user && isClosed(originalDoc?.state as AuditState))
      throw new APIError(
        `Cuộc đánh giá "${originalDoc?.code}" ${auditStateLabels[originalDoc?.state as AuditState].vi.toLowerCase()}: hồ sơ đánh giá không thể sửa.`,
        403,
        null,
        true,
      )
    // Kept as stored, whatever the client sent (a required field cannot simply be dropped).
    for (const field of SYSTEM_FIELDS)
      data[field] = operation === 'create' ? null : (originalDoc?.[field] ?? null)
    if (operation === 'create') data.state = 'planned'
  }
  const merged = { ...originalDoc, ...data } as Record<string, unknown>
  const refusals: FieldRefusal[] = []

  const programme = await req.payload.findByID({
    collection: 'audit-programmes',
    id: idOf(merged.programme) ?? '',
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!programme || programme._status !== 'published') {
    refusals.push({
      path: 'programme',
      message: programme
        ? `"${programme.title}" chưa được phê duyệt và ban hành: chỉ tổ chức đánh giá theo chương trình đã phê duyệt.`
        : 'Không tìm thấy chương trình đánh giá đã chọn.',
    })
    refuse(req, 'internal-audits', refusals)
  }
  const localityID = idOf(programme.locality)!
  data.locality = localityID
  // The code names the audit in its report and findings: one audit per code in a locality.
  const code = String(merged.code ?? '').trim()
  const { totalDocs: sameCode } = await req.payload.count({
    collection: 'internal-audits',
    where: {
      and: [
        { code: { equals: code } },
        { locality: { equals: localityID } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    overrideAccess: true,
    req,
  })
  if (sameCode > 0)
    refusals.push({
      path: 'code',
      message: `Mã "${code}" đã được dùng cho một cuộc đánh giá khác.`,
    })

  const documents = await findByIDs<{ id: string; code: string; locality?: unknown }>(
    req,
    'quality-documents',
    ids(merged.scopeDocuments),
  )
  const badDocuments = outsideLocality(
    documents.map((d) => ({ label: d.code, localityID: idOf(d.locality) })),
    localityID,
    { provinceAllowed: true },
  )
  if (badDocuments.length)
    refusals.push({
      path: 'scopeDocuments',
      message: `Tài liệu không thuộc địa phương được đánh giá (hay của tỉnh): ${badDocuments.join(', ')}.`,
    })
  const procedures = await findByIDs<{ id: string; title?: string | null; locality?: unknown }>(
    req,
    'applied-procedures',
    ids(merged.scopeProcedures),
  )
  const badProcedures = outsideLocality(
    procedures.map((p) => ({ label: p.title ?? String(p.id), localityID: idOf(p.locality) })),
    localityID,
    { provinceAllowed: false },
  )
  if (badProcedures.length)
    refusals.push({
      path: 'scopeProcedures',
      message: `Thủ tục áp dụng của địa phương khác: ${badProcedures.join('; ')}.`,
    })
  const units = await findByIDs<{ id: string; name: string; locality?: unknown }>(
    req,
    'units',
    ids(merged.scopeUnits),
  )
  const badUnits = outsideLocality(
    units.map((u) => ({ label: u.name, localityID: idOf(u.locality) })),
    localityID,
    { provinceAllowed: false },
  )
  if (badUnits.length)
    refusals.push({
      path: 'scopeUnits',
      message: `Bộ phận không thuộc địa phương được đánh giá: ${badUnits.join(', ')}.`,
    })

  const leadID = idOf(merged.leadAuditor)
  const memberIDs = ids(merged.auditors)
  const team = await auditorFacts(req, [...new Set([...(leadID ? [leadID] : []), ...memberIDs])])
  const scopeUnits = units.map((u) => ({ id: String(u.id), name: u.name }))
  const lead = team.filter((a) => a.id === leadID)
  const members = team.filter((a) => a.id !== leadID)
  const leadRefusals = independenceRefusals(lead, scopeUnits)
  if (leadRefusals.length) refusals.push({ path: 'leadAuditor', message: leadRefusals.join(' ') })
  const memberRefusals = independenceRefusals(members, scopeUnits)
  if (memberRefusals.length) refusals.push({ path: 'auditors', message: memberRefusals.join(' ') })

  if (refusals.length) refuse(req, 'internal-audits', refusals)
  // Names as they were when the team was set: an account may be deleted, the record stays.
  data.teamNames = [
    lead[0] && `Trưởng đoàn: ${lead[0].name}`,
    members.length > 0 && `Thành viên: ${members.map((m) => m.name).join(', ')}`,
  ]
    .filter(Boolean)
    .join('; ')
  return data
}

/** Only a planned audit is deleted: once started, it and its findings are evidence. */
export const keepStartedAudits: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user) return
  const audit = await req.payload.findByID({
    collection: 'internal-audits',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (audit && audit.state !== 'planned')
    throw new APIError(
      `Không thể xóa cuộc đánh giá "${audit.code}": cuộc đánh giá đã bắt đầu, hồ sơ phải được lưu giữ.`,
      403,
      null,
      true,
    )
}
