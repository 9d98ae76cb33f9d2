import {
  APIError,
  type Access,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
} from 'payload'

import { isAdmin } from '../../access'
import { idOf } from '../../lib/idOf'

const ownOnly: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  return { recipient: { equals: user.id } }
}

/** A field's value as compared: a relationship by its ID, populated or not; any other value as text. */
const comparable = (value: unknown): string =>
  value && typeof value === 'object' && 'id' in value ? (idOf(value) ?? '') : String(value ?? '')

/**
 * What was sent is a record: its recipient only marks it read, and nobody edits the rest through
 * the API. Field access alone would drop such a change silently and answer 200, so a caller could
 * believe it had edited the notification; any field but `read` that would change is refused with
 * 403 instead. A form that sends the other fields back unchanged still only marks it read.
 */
const onlyMarkRead: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  // The server marks notifications obsolete for the system (overrideAccess); people only mark them read.
  if (operation !== 'update' || !req.user || (args as { overrideAccess?: boolean }).overrideAccess)
    return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const fields = collection.flattenedFields.filter(
    (f) => f.name !== 'read' && f.name !== 'id' && f.name in data,
  )
  if (fields.length === 0) return args
  const id = (args as { id?: number | string }).id
  // A bulk update has no single stored document to compare with: only `read` may be sent.
  const stored = id
    ? ((await req.payload.findByID({
        collection: 'notifications',
        id,
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
      })) as Record<string, unknown> | null)
    : null
  const changed = fields.filter(
    (f) => !stored || comparable(data[f.name]) !== comparable(stored[f.name]),
  )
  if (changed.length > 0) {
    const names = changed.map((f) => {
      const label = 'label' in f ? f.label : undefined
      return `"${label && typeof label === 'object' && 'vi' in label ? String(label.vi) : f.name}"`
    })
    throw new APIError(
      `Thông báo chỉ được đánh dấu đã đọc; không được sửa ${names.join(', ')}.`,
      403,
      null,
      true,
    )
  }
  return args
}

/**
 * A user's notifications are deleted with the account, in the same transaction: they are addressed
 * to that person only, and the database refuses a notification without a recipient.
 */
export const deleteNotificationsOfUser: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'notifications',
    where: { recipient: { equals: id } },
    overrideAccess: true,
    req,
  })
}

/**
 * Thông báo: what the workflow asks of someone (a document to review, changes requested, an
 * approval). Shown in the admin to its recipient, who can only mark it read (not delete it: it
 * records what the workflow asked of whom); administrators may delete. Also sent by email when an
 * email adapter is configured (`notify`).
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: {
    singular: { vi: 'Thông báo', en: 'Notification' },
    plural: { vi: 'Thông báo', en: 'Notifications' },
  },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['createdAt', 'title', 'read', 'obsolete'],
    group: { vi: 'Hệ thống', en: 'System' },
    baseFilter: ({ req: { user } }) => (user ? { recipient: { equals: user.id } } : null),
    components: {
      edit: {
        beforeDocumentControls: [
          '/collections/Notifications/components/OpenNotification#OpenNotificationButton',
        ],
      },
    },
  },
  access: {
    read: ownOnly,
    create: () => false,
    update: ownOnly,
    delete: ({ req: { user } }) => isAdmin(user),
  },
  hooks: { beforeOperation: [onlyMarkRead] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { vi: 'Tiêu đề', en: 'Title' },
      access: { update: () => false },
    },
    {
      name: 'message',
      type: 'textarea',
      label: { vi: 'Nội dung', en: 'Message' },
      access: { update: () => false },
    },
    {
      name: 'link',
      type: 'text',
      label: { vi: 'Đường dẫn', en: 'Link' },
      access: { update: () => false },
    },
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: { vi: 'Người nhận', en: 'Recipient' },
      access: { update: () => false },
    },
    {
      name: 'read',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Đã đọc', en: 'Read' },
    },
    {
      // Set when the document moved on (notifyTransition): what it asked is no longer to be done.
      name: 'obsolete',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Không còn cần xử lý', en: 'No longer to act on' },
      access: { update: () => false },
      admin: {
        readOnly: true,
        description: {
          vi: 'Tài liệu đã chuyển sang bước khác sau thông báo này.',
          en: 'The document moved on since this notification.',
        },
      },
    },
  ],
}
