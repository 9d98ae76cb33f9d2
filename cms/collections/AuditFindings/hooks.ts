import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
} from 'payload'

import { idOf } from '../../lib/idOf'
import { refuse, type FieldRefusal } from '../../lib/refuse'
import type { InternalAudit } from '../../payload-types'
import { recordAudit } from '../AuditLog/recordAudit'
import { auditStateLabels, findingTypeLabels, validClause } from '../InternalAudits/rules'
import { mayRecordFinding } from './rules'

const forbidden = (message: string) => new APIError(message, 403, null, true)

const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : []).map(idOf).filter((id): id is string => id !== null)

const auditOf = (req: PayloadRequest, id: string | null) =>
  id
    ? req.payload.findByID({
        collection: 'internal-audits',
        id,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })
    : Promise.resolve(null)

/**
 * Whether the person may write findings of `audit` now; throws the reason if not. A closed audit's
 * findings are a record: no one changes them, an administrator neither (as other records here).
 */
function guard(req: PayloadRequest, audit: InternalAudit) {
  const decision = mayRecordFinding({
    userID: String(req.user!.id),
    state: audit.state,
    leadAuditorID: idOf(audit.leadAuditor),
    auditorIDs: ids(audit.auditors),
  })
  if (!decision.ok) {
    throw forbidden(
      decision.reason === 'closed'
        ? `Cuộc đánh giá "${audit.code}" ${auditStateLabels[audit.state].vi.toLowerCase()}: các phát hiện là hồ sơ, không thể thêm, sửa hoặc xóa.`
        : decision.reason === 'not-started'
          ? `Cuộc đánh giá "${audit.code}" chưa bắt đầu: chỉ ghi nhận phát hiện khi đang đánh giá.`
          : `Chỉ chuyên gia trong đoàn đánh giá "${audit.code}" mới được ghi nhận hoặc sửa phát hiện.`,
    )
  }
}

/**
 * Every save of a finding: by one of the audit's auditors while it is in progress; its clause
 * reads like one; the documents and procedures it concerns are in the audit's scope or its
 * locality. Who recorded it and the locality are set here, never by the client.
 */
export const validateFinding: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const merged = { ...originalDoc, ...data } as Record<string, unknown>
  const audit = await auditOf(req, idOf(merged.audit))
  if (!audit)
    refuse(req, 'audit-findings', [
      { path: 'audit', message: 'Không tìm thấy cuộc đánh giá đã chọn.' },
    ])
  if (req.user) {
    guard(req, audit)
    // Moved from another audit: that one's rules count too.
    const before = idOf(originalDoc?.audit)
    if (before && before !== String(audit.id)) {
      const previous = await auditOf(req, before)
      if (previous) guard(req, previous)
    }
  }
  const refusals: FieldRefusal[] = []
  const clause = String(merged.clause ?? '')
  if (!validClause(clause))
    refusals.push({
      path: 'clause',
      message: `Điều khoản "${clause}" không đúng dạng điều khoản của TCVN ISO 9001:2015 (ví dụ 7.5.3, 9.2).`,
    })
  const localityID = idOf(audit.locality)
  const inScopeDocs = new Set(ids(audit.scopeDocuments))
  const documentIDs = ids(merged.documents).filter((id) => !inScopeDocs.has(id))
  if (documentIDs.length) {
    const { docs } = await req.payload.find({
      collection: 'quality-documents',
      where: { id: { in: documentIDs } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const outside = docs.filter((d) => idOf(d.locality) !== localityID).map((d) => d.code)
    if (outside.length)
      refusals.push({
        path: 'documents',
        message: `Tài liệu ngoài phạm vi và ngoài địa phương được đánh giá: ${outside.join(', ')}.`,
      })
  }
  const inScopeProcedures = new Set(ids(audit.scopeProcedures))
  const procedureIDs = ids(merged.procedures).filter((id) => !inScopeProcedures.has(id))
  if (procedureIDs.length) {
    const { docs } = await req.payload.find({
      collection: 'applied-procedures',
      where: { id: { in: procedureIDs } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const outside = docs
      .filter((p) => idOf(p.locality) !== localityID)
      .map((p) => p.title ?? String(p.id))
    if (outside.length)
      refusals.push({
        path: 'procedures',
        message: `Thủ tục ngoài phạm vi và ngoài địa phương được đánh giá: ${outside.join('; ')}.`,
      })
  }
  if (refusals.length) refuse(req, 'audit-findings', refusals)

  data.locality = localityID
  // How the finding is named where it is pointed at (a nonconformity's "Phát hiện đánh giá").
  data.title = `${audit.code} – ${findingTypeLabels[merged.type as keyof typeof findingTypeLabels]?.vi ?? ''} (điều khoản ${clause})`
  if (operation === 'create') {
    data.recordedBy = req.user ? req.user.id : (data.recordedBy ?? null)
    data.recordedByName = req.user
      ? ((req.user as { name?: string }).name ?? req.user.email)
      : (data.recordedByName ?? null)
  } else {
    // Who recorded a finding never changes.
    delete data.recordedBy
    delete data.recordedByName
  }
  return data
}

export const guardFindingDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user) return
  const finding = await req.payload.findByID({
    collection: 'audit-findings',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const audit = await auditOf(req, idOf(finding?.audit))
  if (audit) guard(req, audit)
}

const describe = (doc: { type: keyof typeof findingTypeLabels; clause: string }) =>
  `${findingTypeLabels[doc.type].vi} (điều khoản ${doc.clause})`

/** Each finding recorded, changed or deleted leaves an entry in the audit log, in the same transaction. */
export const auditFindingChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  await recordAudit(req, {
    event: operation === 'create' ? 'audit-finding-recorded' : 'audit-finding-changed',
    summary: `${operation === 'create' ? 'Ghi nhận' : 'Sửa'} phát hiện đánh giá: ${describe(doc)}`,
    targetCollection: 'audit-findings',
    targetId: doc.id,
    details: { audit: idOf(doc.audit) },
  })
  return doc
}

export const auditFindingDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recordAudit(req, {
    event: 'audit-finding-changed',
    summary: `Xóa phát hiện đánh giá: ${describe(doc)}`,
    targetCollection: 'audit-findings',
    targetId: doc.id,
    details: { audit: idOf(doc.audit), deleted: true },
  })
}
