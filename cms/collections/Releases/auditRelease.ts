import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '../AuditLog/recordAudit'
import { idOf } from '../../lib/idOf'

/** Each publish or rollback that finished (live or failed) goes into the audit log, by whom it was asked. */
export const auditRelease: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const finished =
    (doc.state === 'live' || doc.state === 'failed') && previousDoc?.state !== doc.state
  if (!finished) return doc
  const requester = idOf(doc.requestedBy)
  // disableErrors, not catch: a failed read would roll back the transaction this entry belongs to.
  const actor = requester
    ? await req.payload.findByID({
        collection: 'users',
        id: requester,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })
    : null
  const what = doc.action === 'rollback' ? 'Khôi phục bản phát hành' : 'Xuất bản'
  await recordAudit(req, {
    event: doc.action === 'rollback' ? 'rollback' : 'publish',
    summary:
      `${what} ${doc.releaseId ?? ''}: ${doc.state === 'live' ? 'thành công' : 'thất bại'}`.replace(
        /\s+:/,
        ':',
      ),
    actor,
    targetCollection: 'releases',
    targetId: doc.id,
    toState: doc.state,
    comment: doc.state === 'failed' ? doc.error : null,
    details: {
      releaseId: doc.releaseId,
      contentHash: doc.contentHash,
      scope: doc.scope,
      counts: doc.counts,
    },
  })
  return doc
}
