import { APIError, type Access, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

import { isAdmin } from '../../access'

const ownOnly: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  return { recipient: { equals: user.id } }
}

/** What was sent is a record: nobody edits it through the API, its recipient only marks it read. */
const SENT_FIELDS = ['title', 'message', 'link', 'recipient'] as const

const idOf = (value: unknown): unknown => (value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : value)

/**
 * Field access alone would drop such a change silently and answer 200, so a caller could believe
 * it edited a notification; a change to what was sent is refused with 403 instead. A form that
 * sends the fields back unchanged (the admin's edit view does) still only marks the read flag.
 */
const onlyMarkRead: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' || !req.user) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const sent = SENT_FIELDS.filter((field) => field in data)
  if (sent.length === 0) return args
  const id = (args as { id?: number | string }).id
  const stored = id
    ? ((await req.payload.findByID({ collection: 'notifications', id, depth: 0, overrideAccess: true, req, disableErrors: true })) as Record<string, unknown> | null)
    : null
  const changed = sent.filter((field) => !stored || String(idOf(data[field]) ?? '') !== String(idOf(stored[field]) ?? ''))
  if (changed.length > 0) {
    throw new APIError(`Thông báo chỉ được đánh dấu đã đọc; không được sửa ${changed.map((f) => `"${f}"`).join(', ')}.`, 403, null, true)
  }
  return args
}

/**
 * Thông báo: what the workflow asks of someone (a document to review, changes requested, an
 * approval). Shown in the admin to its recipient, who can only mark it read (not delete it: it
 * records what the workflow asked of whom); administrators may delete. Also sent by email when an
 * email adapter is configured (`notify`).
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: { vi: 'Thông báo', en: 'Notification' }, plural: { vi: 'Thông báo', en: 'Notifications' } },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['createdAt', 'title', 'read'],
    group: { vi: 'Hệ thống', en: 'System' },
    baseFilter: ({ req: { user } }) => (user ? { recipient: { equals: user.id } } : null),
    components: { edit: { beforeDocumentControls: ['/components/OpenNotification#OpenNotificationButton'] } },
  },
  access: {
    read: ownOnly,
    create: () => false,
    update: ownOnly,
    delete: ({ req: { user } }) => isAdmin(user),
  },
  hooks: { beforeOperation: [onlyMarkRead] },
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tiêu đề', en: 'Title' }, access: { update: () => false } },
    { name: 'message', type: 'textarea', label: { vi: 'Nội dung', en: 'Message' }, access: { update: () => false } },
    { name: 'link', type: 'text', label: { vi: 'Đường dẫn', en: 'Link' }, access: { update: () => false } },
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: { vi: 'Người nhận', en: 'Recipient' },
      access: { update: () => false },
    },
    { name: 'read', type: 'checkbox', defaultValue: false, index: true, label: { vi: 'Đã đọc', en: 'Read' } },
  ],
}
