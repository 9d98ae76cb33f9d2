import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { idOf } from '../../lib/idOf'
import { refuse, type FieldRefusal } from '../../lib/refuse'
import { recordAudit } from '../AuditLog/recordAudit'
import { nextYearlyCode } from './yearlyCode'

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(idOf).filter((id): id is string => id !== null) : []

/**
 * The related records a nonconformity cites must be its locality's: the period's service-results
 * report, applied procedures, and quality documents (or the province's shared ones, which its
 * staff also work by). Returns one refusal per field at fault.
 */
export async function relatedRecordRefusals(
  req: PayloadRequest,
  localityID: string,
  data: Record<string, unknown>,
): Promise<FieldRefusal[]> {
  const refusals: FieldRefusal[] = []
  const outside = async (
    collection: 'service-results' | 'applied-procedures' | 'quality-documents',
    wanted: string[],
    allowProvince: boolean,
  ) => {
    if (wanted.length === 0) return 0
    const { totalDocs } = await req.payload.count({
      collection,
      where: {
        and: [
          { id: { in: wanted } },
          allowProvince
            ? { or: [{ locality: { equals: localityID } }, { locality: { exists: false } }] }
            : { locality: { equals: localityID } },
        ],
      },
      overrideAccess: true,
      req,
    })
    return wanted.length - totalDocs
  }
  const report = idOf(data.serviceResult)
  if (report && (await outside('service-results', [report], false)))
    refusals.push({
      path: 'serviceResult',
      message: 'Báo cáo kết quả giải quyết hồ sơ phải của cùng địa phương.',
    })
  if (await outside('quality-documents', ids(data.documents), true))
    refusals.push({
      path: 'documents',
      message: 'Chỉ chọn tài liệu ISO của địa phương này hoặc tài liệu chung của tỉnh.',
    })
  if (await outside('applied-procedures', ids(data.appliedProcedures), false))
    refusals.push({
      path: 'appliedProcedures',
      message: 'Chỉ chọn thủ tục áp dụng của địa phương này.',
    })
  return refusals
}

/**
 * Every save: the locality stays what it was created with (its code counts in it), the related
 * records are the locality's, a late dossier names its report. On create the system numbers it,
 * records who reported it and opens it.
 */
export const validateNonconformity: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
  const localityID = idOf(merged.locality)
  const refusals: FieldRefusal[] = []
  // A closed record is kept as it was closed; only the system (no user) writes it afterwards.
  if (req.user && originalDoc?.state === 'closed')
    refuse(req, 'nonconformities', [
      { path: 'description', message: `${String(originalDoc.code)} đã đóng: không sửa được nữa.` },
    ])
  if (operation === 'update' && idOf(originalDoc?.locality) !== localityID)
    refusals.push({
      path: 'locality',
      message:
        'Không thể chuyển sự không phù hợp sang địa phương khác: mã số được cấp theo địa phương.',
    })
  if (!localityID) refusals.push({ path: 'locality', message: 'Hãy chọn địa phương.' })
  // A person's save; the system's own (state, closing) leaves what people chose as it is.
  else if (req.user) refusals.push(...(await relatedRecordRefusals(req, localityID, merged)))
  if (req.user && merged.source === 'late-dossier' && !idOf(merged.serviceResult))
    refusals.push({
      path: 'serviceResult',
      message: 'Hồ sơ trễ hạn: hãy chọn báo cáo kết quả giải quyết hồ sơ của kỳ có hồ sơ trễ.',
    })
  if (refusals.length) refuse(req, 'nonconformities', refusals)

  if (operation === 'create') {
    Object.assign(data, await nextYearlyCode(req, 'nonconformities', 'KPH', localityID!))
    data.state = 'open'
    data.reportedBy = req.user?.id ?? null
  }
  return data
}

/** A new nonconformity is audited. */
export const auditNonconformityCreated: CollectionAfterChangeHook = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  await recordAudit(req, {
    event: 'nonconformity-created',
    summary: `Ghi nhận sự không phù hợp ${doc.code}: ${doc.description}`,
    targetCollection: 'nonconformities',
    targetId: doc.id,
    toState: 'open',
    details: { source: doc.source, sourceReference: doc.sourceReference ?? null },
  })
  return doc
}
