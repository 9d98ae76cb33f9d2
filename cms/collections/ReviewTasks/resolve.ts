import { APIError, type Access, type CollectionBeforeOperationHook } from 'payload'

import { checkRole, isAdmin, localityIDs } from '../../access'

/**
 * Who resolves a master-change or missed-objective task: the officers of the task's locality (and
 * administrators), never anyone for another kind of task, which the system closes by itself.
 */
export const resolveByLocalityOfficers: Access = ({ req: { user } }) => {
  if (!user) return false
  const own = { reason: { in: ['master-change', 'objective-missed'] } }
  if (isAdmin(user)) return own
  if (!checkRole(['locality-officer'], user) || localityIDs(user).length === 0) return false
  return { and: [own, { locality: { in: localityIDs(user) } }] }
}

/**
 * A person only resolves a task: marks it done ("Đã rà soát"), with a note. The system's writes
 * (overrideAccess) are not limited. Anything else sent is refused with 403, not dropped silently;
 * the time and the person are recorded.
 */
export const resolveOnly: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' || (args as { overrideAccess?: boolean }).overrideAccess) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const other = Object.keys(data).filter(
    (key) => !['state', 'note', 'id', 'updatedAt', 'createdAt'].includes(key),
  )
  // By ID, or a bulk update (the access rule limits which tasks it reaches).
  const id = (args as { id?: string | number }).id
  const stored =
    id !== undefined && other.length
      ? ((await req.payload.findByID({
          collection: 'review-tasks',
          id,
          depth: 0,
          overrideAccess: true,
          req,
          disableErrors: true,
        })) as Record<string, unknown> | null)
      : null
  const value = (v: unknown) =>
    v && typeof v === 'object' && 'value' in (v as object)
      ? String((v as { value: unknown }).value)
      : v && typeof v === 'object' && 'id' in (v as object)
        ? String((v as { id: unknown }).id)
        : JSON.stringify(v ?? null)
  // A form that sends the other fields back unchanged still only resolves the task.
  const changed = other.filter((key) => !stored || value(data[key]) !== value(stored[key]))
  if (changed.length)
    throw new APIError(
      `Việc rà soát chỉ được đánh dấu đã rà soát kèm ghi chú; không được sửa ${changed.join(', ')}.`,
      403,
      null,
      true,
    )
  if (data.state !== undefined && data.state !== 'done')
    throw new APIError('Việc rà soát chỉ có thể được đánh dấu "Đã rà soát".', 400, null, true)
  return {
    ...args,
    data: {
      ...data,
      state: 'done',
      resolvedAt: new Date().toISOString(),
      resolvedBy: req.user ? req.user.id : null,
    },
  }
}
