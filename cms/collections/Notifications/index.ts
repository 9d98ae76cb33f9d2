import type { Access, CollectionBeforeDeleteHook, CollectionConfig } from 'payload'

import { isAdmin } from '../../access'

const ownOnly: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  return { recipient: { equals: user.id } }
}

/**
 * A user's notifications are deleted with the account, in the same transaction: they are addressed
 * to that person only, and the database refuses a notification without a recipient.
 */
export const deleteNotificationsOfUser: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'notifications', where: { recipient: { equals: id } }, overrideAccess: true, req })
}

/**
 * Thông báo: what the workflow asks of someone (a document to review, changes requested, an
 * approval). Shown in the admin to its recipient, who can only mark it read; also sent by email
 * when an email adapter is configured (`notify`).
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
    delete: ownOnly,
  },
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
