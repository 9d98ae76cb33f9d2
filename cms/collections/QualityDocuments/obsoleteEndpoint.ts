import type { Endpoint, PayloadRequest } from 'payload'

import { checkRole } from '../../access'
import { idOf } from '../../lib/idOf'
import { inTransaction, systemRequestIn } from '../../lib/transaction'
import { isInScope } from '../../workflow/rules'
import { collectionLabelOf, workflowDocumentOf } from '../../workflow/utilities/documentOf'
import { emitTransition } from '../../workflow/utilities/emitTransition'

const error = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })
const fail = (status: number, message: string) => ({ response: error(status, message) })

export const MARKING_OBSOLETE = 'markingObsolete'

/**
 * POST /api/quality-documents/:id/obsolete { comment } — withdraws an effective document (its
 * procedure abolished, its unit merged): the document and its current issue become "Hết hiệu
 * lực", and its exports say so. An approver of the owning locality decides, with a reason.
 */
export const obsoleteEndpoint: Endpoint = {
  path: '/:id/obsolete',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const user = req.user
    if (!user) return error(401, 'Hãy đăng nhập.')
    const id = String(req.routeParams?.id)
    const body = (await req.json?.().catch(() => ({}))) as { comment?: string }
    const comment = body.comment?.trim()
    // The document, its issues and whatever the transition's subscribers write (review tasks, the
    // audit entry) change together or not at all.
    const { response, afterCommit } = await inTransaction(req, () => markObsolete(req, id, comment))
    afterCommit?.()
    return response
  },
}

async function markObsolete(
  req: PayloadRequest,
  id: string,
  comment: string | undefined,
): Promise<{ response: Response; afterCommit?: () => void }> {
  const user = req.user!
  // disableErrors rather than catch: a read that threw would end the transaction.
  const [published, latest] = await Promise.all([
    req.payload.findByID({
      collection: 'quality-documents',
      id,
      depth: 0,
      overrideAccess: false,
      disableErrors: true,
      req,
    }),
    req.payload.findByID({
      collection: 'quality-documents',
      id,
      depth: 0,
      draft: true,
      overrideAccess: false,
      disableErrors: true,
      req,
    }),
  ])
  if (!published || !latest)
    return fail(404, 'Không tìm thấy tài liệu, hoặc bạn không có quyền xem.')
  const locality = idOf(published.locality)
  if (!checkRole(['approver'], user) || !isInScope(user, locality)) {
    return fail(
      403,
      `Chỉ người phê duyệt của đơn vị sở hữu mới được hủy hiệu lực tài liệu "${published.code}".`,
    )
  }
  if (published.documentStatus !== 'effective')
    return fail(400, `Tài liệu "${published.code}" không ở trạng thái đang hiệu lực.`)
  if (latest.workflow?.state !== 'published') {
    return fail(
      409,
      `Tài liệu "${published.code}" đang có bản nháp cho lần ban hành mới; hãy xử lý bản nháp trước khi hủy hiệu lực.`,
    )
  }
  if (!comment) return fail(400, 'Hãy ghi lý do hủy hiệu lực, ví dụ thủ tục đã bị bãi bỏ.')

  const at = new Date().toISOString()
  // Saved as the system (no draft is pending, and this is not a content edit), in the same transaction.
  const systemReq = await systemRequestIn(req, { [MARKING_OBSOLETE]: true })
  await req.payload.update({
    collection: 'quality-documents',
    id,
    data: { documentStatus: 'obsolete' },
    overrideAccess: true,
    req: systemReq,
  })
  const current = await req.payload.find({
    collection: 'quality-document-issues',
    where: { and: [{ document: { equals: id } }, { issueStatus: { equals: 'effective' } }] },
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const issue of current.docs) {
    await req.payload.update({
      collection: 'quality-document-issues',
      id: issue.id,
      data: { issueStatus: 'obsolete', supersededAt: at },
      overrideAccess: true,
      req,
    })
  }
  // A transition of the document's status rather than its workflow state, told to the same subscribers.
  const collection = req.payload.collections['quality-documents'].config
  const { messages, afterCommit } = await emitTransition(req, {
    collection,
    collectionLabel: collectionLabelOf(collection),
    id,
    action: 'obsolete',
    from: 'effective',
    to: 'obsolete',
    doc: workflowDocumentOf(collection, latest as unknown as Record<string, unknown>),
    comment,
    at,
    summary: `Hủy hiệu lực tài liệu ISO "${published.code}"`,
  })
  return {
    response: Response.json({
      message: [`Đã hủy hiệu lực tài liệu ${published.code}.`, ...messages].join(' '),
    }),
    afterCommit,
  }
}
