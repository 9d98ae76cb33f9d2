import type { Access, CollectionConfig, Where } from 'payload'

import { isAdmin } from '../../access'
import { readQualityDocuments } from '../QualityDocuments/access'
import { confirmEndpoint } from './confirmEndpoint'

export const READ_STATES = ['open', 'confirmed', 'superseded'] as const

/**
 * The addressee reads their own tasks; whoever may read the document reads its register (a
 * locality's people their locality's, province staff all).
 */
const readOwnOrRegister: Access = (args): boolean | Where => {
  const { user } = args.req
  if (!user) return false
  if (isAdmin(user)) return true
  // Synchronous: a Where from the user's localities.
  const register = readQualityDocuments(args) as boolean | Where
  if (register === true) return true
  if (register === false) return { user: { equals: user.id } }
  return { or: [{ user: { equals: user.id } }, register] }
}

/**
 * Đọc và hiểu (ISO 9001 clauses 7.2–7.3, 7.5): one task per person who must read an issue of a
 * quality document, opened when the issue becomes effective and closed by that person only
 * ("Tôi đã đọc và hiểu", `POST /api/read-acknowledgements/:id/confirm`), or as superseded when a
 * new issue (or the document's withdrawal) makes it moot. Written by the system only: a
 * confirmation is a record of who read what, when.
 *
 * Not a review task: a review task is about a document and is resolved by any officer of its
 * locality with a note; this is addressed to one person, read by them, and ends three ways.
 */
export const ReadAcknowledgements: CollectionConfig = {
  slug: 'read-acknowledgements',
  labels: {
    singular: { vi: 'Xác nhận đã đọc', en: 'Read acknowledgement' },
    plural: { vi: 'Xác nhận đã đọc', en: 'Read acknowledgements' },
  },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'user', 'state', 'confirmedAt'],
    group: { vi: 'Tài liệu ISO', en: 'ISO documents' },
    components: {
      edit: {
        beforeDocumentControls: [
          '/collections/ReadAcknowledgements/components/ConfirmRead#ConfirmReadButton',
        ],
      },
    },
  },
  access: {
    read: readOwnOrRegister,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  endpoints: [confirmEndpoint],
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { vi: 'Tài liệu, lần ban hành', en: 'Document issue' },
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'document',
          type: 'relationship',
          relationTo: 'quality-documents',
          required: true,
          index: true,
          label: { vi: 'Tài liệu', en: 'Document' },
          admin: { readOnly: true },
        },
        {
          name: 'issue',
          type: 'relationship',
          relationTo: 'quality-document-issues',
          required: true,
          index: true,
          label: { vi: 'Lần ban hành', en: 'Issue' },
          admin: { readOnly: true },
        },
        {
          name: 'locality',
          type: 'relationship',
          relationTo: 'localities',
          index: true,
          label: { vi: 'Địa phương', en: 'Locality' },
          admin: { readOnly: true },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          // Not required: the record outlives the account (the name stays in `userName`).
          name: 'user',
          type: 'relationship',
          relationTo: 'users',
          index: true,
          label: { vi: 'Người cần đọc', en: 'Reader' },
          admin: { readOnly: true },
        },
        {
          name: 'userName',
          type: 'text',
          label: { vi: 'Họ tên', en: 'Name' },
          admin: { readOnly: true },
        },
        {
          name: 'state',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'open',
          label: { vi: 'Tình trạng', en: 'State' },
          admin: { readOnly: true },
          options: [
            { value: 'open', label: { vi: 'Chưa xác nhận', en: 'Not confirmed' } },
            { value: 'confirmed', label: { vi: 'Đã đọc và hiểu', en: 'Confirmed' } },
            {
              value: 'superseded',
              // A new issue, or the document withdrawn: true of both.
              label: { vi: 'Không cần xác nhận nữa', en: 'No longer needed' },
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          // Vietnam calendar day the task was opened ("yyyy-mm-dd"): reminders count from it.
          name: 'openedOn',
          type: 'text',
          required: true,
          label: { vi: 'Ngày giao', en: 'Opened on' },
          admin: { hidden: true },
        },
        {
          name: 'lastRemindedOn',
          type: 'text',
          label: { vi: 'Nhắc lần cuối', en: 'Last reminded on' },
          admin: { hidden: true },
        },
        {
          name: 'confirmedAt',
          type: 'date',
          label: { vi: 'Ngày xác nhận', en: 'Confirmed at' },
          admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
        {
          name: 'closedAt',
          type: 'date',
          label: { vi: 'Ngày đóng', en: 'Closed at' },
          admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy' } },
        },
      ],
    },
  ],
}
