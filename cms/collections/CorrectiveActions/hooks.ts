import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeValidateHook,
} from 'payload'

import { formatDate } from '../../lib/dates'
import { idOf } from '../../lib/idOf'
import { refuse, type FieldRefusal } from '../../lib/refuse'
import { systemRequestIn } from '../../lib/transaction'
import { recordAudit } from '../AuditLog/recordAudit'
import { nextYearlyCode } from '../Nonconformities/yearlyCode'
import { openDocumentIssue } from './documentIssue'

/**
 * The locality follows the nonconformity (or, for an action a management review decided, the
 * review), before access judges the record: an action belongs where its origin does, whatever the
 * client sent. A closed nonconformity takes no more.
 */
export const followNonconformity: CollectionBeforeValidateHook = async ({
  data,
  originalDoc,
  req,
}) => {
  if (!data) return data
  const ncID = idOf(
    data.nonconformity !== undefined ? data.nonconformity : originalDoc?.nonconformity,
  )
  if (!ncID) {
    const reviewID = idOf(
      data.managementReview !== undefined ? data.managementReview : originalDoc?.managementReview,
    )
    if (!reviewID) return data
    const review = await req.payload.findByID({
      collection: 'management-reviews',
      id: reviewID,
      depth: 0,
      draft: true,
      select: { locality: true },
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!review)
      refuse(req, 'corrective-actions', [
        { path: 'managementReview', message: 'Không tìm thấy cuộc xem xét của lãnh đạo đã chọn.' },
      ])
    data.locality = idOf(review.locality)
    return data
  }
  const nc = await req.payload.findByID({
    collection: 'nonconformities',
    id: ncID,
    depth: 0,
    select: { locality: true, state: true, code: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!nc)
    refuse(req, 'corrective-actions', [
      { path: 'nonconformity', message: 'Không tìm thấy sự không phù hợp đã chọn.' },
    ])
  if (req.user && nc.state === 'closed' && idOf(originalDoc?.nonconformity) !== ncID)
    refuse(req, 'corrective-actions', [
      {
        path: 'nonconformity',
        message: `Sự không phù hợp ${nc.code} đã đóng: không thêm hành động khắc phục được nữa.`,
      },
    ])
  data.locality = idOf(nc.locality)
  return data
}

/**
 * Every save by a person: the locality stays, the owner is one of its people, the document is
 * its own, a verified action is kept as verified. On create the system numbers it and opens it;
 * when the document is set, its next issue is opened (./documentIssue.ts) and the outcome noted.
 */
export const validateCorrectiveAction: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
  const localityID = idOf(merged.locality)
  const refusals: FieldRefusal[] = []
  if (req.user) {
    if (originalDoc?.state === 'effective')
      refuse(req, 'corrective-actions', [
        {
          path: 'action',
          message: `${String(originalDoc.code)} đã được kiểm tra là có hiệu lực: không sửa được nữa.`,
        },
      ])
    if (operation === 'update' && idOf(originalDoc?.locality) !== localityID)
      refusals.push({
        path: 'locality',
        message: 'Không thể chuyển hành động khắc phục sang địa phương khác.',
      })
    if (!localityID)
      refusals.push({
        path: 'locality',
        message: 'Hãy chọn sự không phù hợp, hoặc địa phương của hành động.',
      })
    const ownerID = idOf(merged.owner)
    // Moving an action away would let its nonconformity close without it.
    const ncBefore = idOf(originalDoc?.nonconformity)
    if (operation === 'update' && ncBefore && ncBefore !== idOf(merged.nonconformity))
      refusals.push({
        path: 'nonconformity',
        message: 'Không chuyển được hành động khắc phục sang sự không phù hợp khác.',
      })
    // Once done, the owner is who did it: handing it to someone else would let them verify it.
    if (
      operation === 'update' &&
      originalDoc?.state !== 'open' &&
      ownerID !== idOf(originalDoc?.owner)
    )
      refusals.push({
        path: 'owner',
        message: 'Hành động đã thực hiện: không đổi người thực hiện được nữa.',
      })
    if (localityID && ownerID && ownerID !== idOf(originalDoc?.owner)) {
      const { totalDocs } = await req.payload.count({
        collection: 'users',
        where: { and: [{ id: { equals: ownerID } }, { localities: { in: [localityID] } }] },
        overrideAccess: true,
        req,
      })
      if (!totalDocs)
        refusals.push({
          path: 'owner',
          message: 'Người thực hiện phải là người của địa phương có hành động khắc phục.',
        })
    }
    const documentID = idOf(merged.document)
    if (localityID && documentID && documentID !== idOf(originalDoc?.document)) {
      const { totalDocs } = await req.payload.count({
        collection: 'quality-documents',
        where: { and: [{ id: { equals: documentID } }, { locality: { equals: localityID } }] },
        overrideAccess: true,
        req,
      })
      if (!totalDocs)
        refusals.push({
          path: 'document',
          message: 'Chỉ chọn tài liệu ISO của cùng địa phương với hành động khắc phục.',
        })
    }
    if (refusals.length) refuse(req, 'corrective-actions', refusals)
  }
  const ownerID = idOf(merged.owner)
  if (ownerID && (operation === 'create' || ownerID !== idOf(originalDoc?.owner))) {
    const owner = await req.payload.findByID({
      collection: 'users',
      id: ownerID,
      depth: 0,
      select: { name: true, email: true },
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    // Kept as text: the list shows it to officers, who may not read other accounts.
    data.ownerName = owner ? owner.name || owner.email : null
  }
  if (operation === 'create') {
    if (!localityID)
      refuse(req, 'corrective-actions', [
        { path: 'locality', message: 'Hãy chọn sự không phù hợp, hoặc địa phương của hành động.' },
      ])
    Object.assign(data, await nextYearlyCode(req, 'corrective-actions', 'HĐKP', localityID))
    data.state = 'open'
  }
  const documentID = idOf(merged.document)
  if (documentID && documentID !== idOf(originalDoc?.document)) {
    data.documentNote = await openDocumentIssue(req, {
      code: String(data.code ?? originalDoc?.code),
      action: String(merged.action ?? ''),
      documentID,
      localityID: localityID!,
    })
    // A new document to change: the issue that answers it is still to come.
    data.documentIssue = null
  } else if (!documentID) {
    data.documentNote = null
  }
  return data
}

/**
 * A new action is audited and its nonconformity now has actions planned; its owner (on create,
 * and whenever it changes) is told in the bell. In the save's transaction.
 */
export const afterCorrectiveActionChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const ownerID = idOf(doc.owner)
  if (ownerID && (operation === 'create' || ownerID !== idOf(previousDoc?.owner)))
    await req.payload.create({
      collection: 'notifications',
      data: {
        title: `Hành động khắc phục ${doc.code} giao cho bạn`,
        message: `${doc.action} — hạn hoàn thành ${formatDate(doc.dueDate)}. Khi làm xong, hãy ghi kết quả và bấm "Đã thực hiện".`,
        link: `${req.payload.config.routes.admin}/collections/corrective-actions/${doc.id}`,
        recipient: ownerID,
        read: false,
      },
      overrideAccess: true,
      req,
    })
  if (operation !== 'create') return doc
  await recordAudit(req, {
    event: 'corrective-action-created',
    summary: `Tạo hành động khắc phục ${doc.code}: ${doc.action}`,
    targetCollection: 'corrective-actions',
    targetId: doc.id,
    toState: 'open',
    details: { nonconformity: idOf(doc.nonconformity), owner: ownerID },
  })
  const ncID = idOf(doc.nonconformity)
  if (ncID) {
    const nc = await req.payload.findByID({
      collection: 'nonconformities',
      id: ncID,
      depth: 0,
      select: { state: true },
      overrideAccess: true,
      req,
    })
    if (nc.state === 'open')
      await req.payload.update({
        collection: 'nonconformities',
        id: ncID,
        data: { state: 'actions-planned' },
        overrideAccess: true,
        req: await systemRequestIn(req),
      })
  }
  return doc
}
