import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { pureHook } from '../../lib/bulkHooks'
import { TRANSITION_CONTEXT_KEY } from '../utilities/transitionContext'

/** Why a person's save cannot publish; the same words on every path (REST, GraphQL, Local API). */
export const PUBLISH_REFUSED =
  'Chỉ nội dung đã được phê duyệt mới được ban hành. Hãy lưu bản nháp (bỏ "_status" hoặc để "draft"), gửi xem xét và chờ người khác phê duyệt.'

/**
 * A person's create or update is always saved as a draft: what citizens see changes only through
 * the publish transition. (Without this, a PATCH without ?draft=true would rewrite the published
 * document in place.) Asking for `_status: published` is refused with 403, not quietly turned into
 * a draft, whatever `?draft=` says: the caller must not believe it published. A person may restore
 * an earlier version only as a new draft; Payload reads that flag before this hook runs, so a
 * restore that would publish is refused rather than changed. Transitions and trusted server code
 * (no user) are left alone.
 */
export const saveAsDraftForPeople: CollectionBeforeOperationHook = pureHook(
  ({ args, operation }) => {
    if (!args.req?.user || args.req.context?.[TRANSITION_CONTEXT_KEY]) return args
    if (operation === 'create' || operation === 'update') {
      if ((args.data as { _status?: unknown } | undefined)?._status === 'published')
        throw new APIError(PUBLISH_REFUSED, 403, null, true)
      args.draft = true
    }
    if (operation === 'restoreVersion' && !args.draft) {
      throw new APIError(
        'Chỉ được khôi phục phiên bản cũ thành bản nháp ("Khôi phục thành bản nháp"), để được xem xét và phê duyệt lại.',
        403,
        null,
        true,
      )
    }
    return args
  },
)
