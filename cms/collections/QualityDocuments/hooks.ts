import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
} from 'payload'

import { formatDate, vietnamDay } from '../../lib/dates'
import type { User } from '../../payload-types'
import { isDissolved } from '../Localities/active'
import { ownerLocalitiesWhere } from './choices'
import {
  TRANSITION_CONTEXT_KEY,
  type TransitionContext,
} from '../../workflow/utilities/transitionContext'
import { documentCodeError, normalizeDocumentCode } from './documentCode'
import { formatIssueNumber } from './docx/format'
import { MARKING_OBSOLETE } from './obsoleteEndpoint'
import { internalProcessError } from './internalProcess'
import { isOverTimeLimit, processTimeLimit } from './overTimeLimit'
import { nextReviewDate, statusOfWorkflowState } from './types'
import { idOf } from '../../lib/idOf'
import { refuse } from '../../lib/refuse'

/**
 * Every save: the code, the internal process's time, and the document status that
 * follows from the workflow. On the publish transition the new issue is numbered and dated.
 */
export const validateQualityDocument: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  // Who may own the document is judged before this hook (judgeFinalDocument, see reviewWorkflowPlugin).
  const localityID = idOf(data.locality !== undefined ? data.locality : originalDoc?.locality)

  const errors: { path: string; message: string }[] = []
  // A person picking an owner: only the choices the picker offers (a draft skips Payload's check).
  if (req.user && localityID && localityID !== idOf(originalDoc?.locality)) {
    const refusal = await ownerLocalityRefusal(req, localityID)
    if (refusal) errors.push({ path: 'locality', message: refusal })
  }
  const codeError = documentCodeError(data.code ?? originalDoc?.code)
  if (codeError) errors.push({ path: 'code', message: codeError })
  else data.code = normalizeDocumentCode(data.code ?? originalDoc?.code)

  const appliedID = idOf(
    data.appliedProcedure !== undefined ? data.appliedProcedure : originalDoc?.appliedProcedure,
  )
  const steps = (data.steps ?? originalDoc?.steps ?? []) as {
    timeValue?: number
    timeUnit?: 'hour' | 'working-day'
  }[]
  if (appliedID) {
    const edited = await processTimeLimit(req, appliedID, { draft: true })
    if (!edited || edited.locality !== localityID) {
      errors.push({
        path: 'appliedProcedure',
        message: 'Thủ tục áp dụng phải thuộc cùng địa phương với tài liệu.',
      })
    } else if (!req.context[MARKING_OBSOLETE]) {
      // Withdrawing a process that a shorter new time has overtaken must stay possible.
      const message = internalProcessError(steps, edited.limit)
      if (message) errors.push({ path: 'steps', message })
    }
  }
  data.overTimeLimit = await isOverTimeLimit(req, steps, appliedID)
  if (errors.length) refuse(req, 'quality-documents', errors)

  const transition = req.context[TRANSITION_CONTEXT_KEY] as TransitionContext | undefined
  const workflowState = (data.workflow as { state?: string } | undefined)?.state
  if (transition?.action === 'publish') {
    const { docs } = await req.payload.find({
      collection: 'quality-document-issues',
      where: { document: { equals: originalDoc?.id } },
      sort: '-issueNumber',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const issueDate = vietnamDay(transition.at)
    const requested = data.effectiveDate ?? originalDoc?.effectiveDate
    // An effective date before the approval cannot be honoured: a document is not in force before it is issued.
    const effective =
      requested && vietnamDay(requested) > issueDate ? vietnamDay(requested) : issueDate
    data.issueNumber = (docs[0]?.issueNumber ?? 0) + 1
    data.issueDate = issueDate
    data.effectiveDate = effective
    data.nextReviewDate = nextReviewDate(
      effective,
      Number(data.reviewIntervalMonths ?? originalDoc?.reviewIntervalMonths ?? 12),
    )
    data.documentStatus = 'effective'
  } else if (req.context[MARKING_OBSOLETE]) {
    data.documentStatus = 'obsolete'
  } else if (originalDoc?.documentStatus === 'obsolete' && !req.user) {
    // System saves (seed, import) keep a withdrawn document withdrawn.
    data.documentStatus = 'obsolete'
  } else {
    data.documentStatus = statusOfWorkflowState(workflowState ?? originalDoc?.workflow?.state)
  }
  return data
}

/** Why this user may not make `localityID` a document's owner, or null. */
async function ownerLocalityRefusal(
  req: PayloadRequest,
  localityID: string,
): Promise<string | null> {
  const allowed = await req.payload.count({
    collection: 'localities',
    where: { and: [{ id: { equals: localityID } }, ownerLocalitiesWhere(req.user as User)] },
    overrideAccess: true,
    req,
  })
  if (allowed.totalDocs > 0) return null
  const locality = await req.payload
    .findByID({ collection: 'localities', id: localityID, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (!locality) return 'Không tìm thấy địa phương đã chọn.'
  if (locality.tier === 'province')
    return `${locality.name} là cấp tỉnh: để trống “Địa phương sở hữu” cho tài liệu chung của tỉnh.`
  if (isDissolved(locality))
    return `${locality.name} đã chấm dứt hoạt động từ ngày ${formatDate(locality.dissolvedOn)}: hãy chọn đơn vị hành chính hiện hành.`
  return `${locality.name} không phải địa phương của bạn: chỉ chọn được địa phương bạn phụ trách.`
}

/** After an issue is published: record it in the register and supersede the one before. */
export const recordIssue: CollectionAfterChangeHook = async ({ doc, req }) => {
  const transition = req.context[TRANSITION_CONTEXT_KEY] as TransitionContext | undefined
  if (transition?.action !== 'publish') return doc
  const previous = await req.payload.find({
    collection: 'quality-document-issues',
    where: { and: [{ document: { equals: doc.id } }, { issueStatus: { equals: 'effective' } }] },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const issue of previous.docs) {
    await req.payload.update({
      collection: 'quality-document-issues',
      id: issue.id,
      data: { issueStatus: 'superseded', supersededAt: transition.at },
      overrideAccess: true,
      req,
    })
  }
  const workflow = doc.workflow ?? {}
  await req.payload.create({
    collection: 'quality-document-issues',
    data: {
      document: doc.id,
      label: `${doc.code} – lần ban hành ${formatIssueNumber(doc.issueNumber)}`,
      code: doc.code,
      issueNumber: doc.issueNumber,
      issueDate: doc.issueDate,
      effectiveDate: doc.effectiveDate,
      issueStatus: 'effective',
      change: workflow.changeSummary ?? (doc.issueNumber === 1 ? 'Ban hành lần đầu' : null),
      reason: workflow.changeReason ?? null,
      preparedBy: (workflow.authors ?? []).map(idOf).filter(Boolean),
      reviewedBy: idOf(workflow.reviewedBy),
      approvedBy: idOf(workflow.approvedBy),
    },
    overrideAccess: true,
    req,
  })
  return doc
}

/**
 * A document once issued stays: its issue register is the record ISO 9001 (clause 7.5.3) requires
 * to be kept, and it names the document. Deleting the document would orphan or destroy that record,
 * so even an administrator is refused, and told to withdraw it (Hủy hiệu lực) instead. Drafts never
 * issued have no register entry and may still be deleted.
 */
export const keepIssuedDocuments: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const issues = await req.payload.count({
    collection: 'quality-document-issues',
    where: { document: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (!issues.totalDocs) return
  const doc = await req.payload.findByID({
    collection: 'quality-documents',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  throw new APIError(
    `Không thể xóa tài liệu "${doc?.code ?? id}": tài liệu đã ban hành ${issues.totalDocs} lần và sổ đăng ký ban hành là hồ sơ phải lưu giữ (ISO 9001, mục 7.5.3). Nếu tài liệu không còn dùng, hãy hủy hiệu lực thay vì xóa.`,
    409,
    null,
    true,
  )
}
