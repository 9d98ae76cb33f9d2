import type { TransitionSubscriber } from '../../workflow/types'
import { recordAudit } from './recordAudit'

/** Every transition leaves an audit entry, written in the transition's transaction. */
export const auditTransition: TransitionSubscriber = async ({
  req,
  collection,
  id,
  from,
  to,
  comment,
  summary,
}) => {
  await recordAudit(req, {
    event: 'workflow',
    summary,
    targetCollection: collection.slug,
    targetId: id,
    fromState: from,
    toState: to,
    comment,
  })
}
