import type { PayloadRequest, SanitizedConfig } from 'payload'

import { idOf } from '../../lib/idOf'

const CHANGE_SETS_KEY = 'reviewWorkflowChangeSets'

export const changeSetsCustom = (slug: string | undefined): Record<string, unknown> =>
  slug ? { [CHANGE_SETS_KEY]: slug } : {}

const changeSetsOf = (config: SanitizedConfig): string | undefined =>
  (config.custom as Record<string, unknown> | undefined)?.[CHANGE_SETS_KEY] as string | undefined

/**
 * Why a document may not move on its own: its latest version was written by a change set that is
 * still under review (any state but published). The set is reviewed, approved and published as one
 * unit, so nobody approves its items one by one. Null when the document is free.
 */
export async function openChangeSetOf(
  req: PayloadRequest,
  latest: Record<string, unknown>,
): Promise<string | null> {
  const slug = changeSetsOf(req.payload.config)
  const id = idOf((latest.workflow as { changeSet?: unknown } | undefined)?.changeSet)
  if (!slug || !id) return null
  const set = (await req.payload.findByID({
    collection: slug as never,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as { title?: string; state?: string } | null
  if (!set || set.state === 'published') return null
  return `Mục này thuộc lô nhập dữ liệu "${set.title ?? id}", đang được xem xét như một thể thống nhất: hãy gửi, xem xét, phê duyệt hoặc ban hành cả lô (Lô nhập dữ liệu → ${set.title ?? id}), không thực hiện riêng từng mục.`
}
