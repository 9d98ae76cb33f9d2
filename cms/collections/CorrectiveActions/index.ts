import type { CollectionConfig, FieldAccess } from 'payload'

import { judgeFinalDocument } from '../../access/finalDocument'
import { ownerLocalityOptions } from '../QualityDocuments/choices'
import { ownLocality, readLocalityRecords, writeLocalityRecords } from '../Nonconformities/access'
import { afterCorrectiveActionChange, followNonconformity, validateCorrectiveAction } from './hooks'
import { ownerChoicesEndpoint } from './ownerChoices'
import { ACTION_STATES, actionStateLabels } from './rules'
import { doneEndpoint, verifyEndpoint } from './stateEndpoints'

/** Set by the system only: a value sent through the API is dropped. */
const systemManaged: { create: FieldAccess; update: FieldAccess } = {
  create: () => false,
  update: () => false,
}

const day = { date: { displayFormat: 'dd/MM/yyyy' } } as const
const shownOnce = (field: string) => (data: Record<string, unknown>) => Boolean(data?.[field])
/** Kept as list columns and filters; the form shows them by name (./components/RecordPeople.tsx). */
const byName = () => false

/**
 * Hành động khắc phục (TCVN ISO 9001:2015, 10.2): what is to be done about a nonconformity's cause,
 * by whom and by when. Its owner marks it done (`POST …/:id/done`), someone else verifies whether
 * it worked (`POST …/:id/verify`): not effective reopens it with a new due date. An action that
 * changes a quality document opens the document's next issue (./documentIssue.ts) and is done when
 * that issue is published.
 */
export const CorrectiveActions: CollectionConfig = {
  slug: 'corrective-actions',
  labels: {
    singular: { vi: 'Hành động khắc phục', en: 'Corrective action' },
    plural: { vi: 'Hành động khắc phục', en: 'Corrective actions' },
  },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'action', 'state', 'ownerName', 'dueDate', 'nonconformity'],
    listSearchableFields: ['code', 'action'],
    group: { vi: 'Hệ thống quản lý chất lượng', en: 'Quality management' },
  },
  access: {
    read: readLocalityRecords,
    create: writeLocalityRecords,
    update: writeLocalityRecords,
    // A record ISO 9001 requires to be kept (7.5.3): never deleted through the API.
    delete: () => false,
  },
  endpoints: [doneEndpoint, verifyEndpoint, ownerChoicesEndpoint],
  hooks: {
    beforeValidate: [followNonconformity],
    beforeChange: [judgeFinalDocument(), validateCorrectiveAction],
    afterChange: [afterCorrectiveActionChange],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          type: 'text',
          index: true,
          access: systemManaged,
          label: { vi: 'Mã số', en: 'Code' },
          admin: {
            readOnly: true,
            description: { vi: 'Hệ thống cấp, ví dụ HĐKP-2026-01.', en: 'E.g. HĐKP-2026-01.' },
          },
        },
        {
          name: 'state',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'open',
          access: systemManaged,
          label: { vi: 'Tình trạng', en: 'State' },
          options: ACTION_STATES.map((value) => ({ value, label: actionStateLabels[value] })),
          admin: { readOnly: true },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'nonconformity',
          type: 'relationship',
          relationTo: 'nonconformities',
          index: true,
          label: { vi: 'Sự không phù hợp', en: 'Nonconformity' },
          filterOptions: { state: { not_equals: 'closed' } },
        },
        {
          // An action decided by a management review (9.3.3), tracked as corrective actions are.
          name: 'managementReview',
          type: 'relationship',
          relationTo: 'management-reviews',
          index: true,
          label: { vi: 'Xem xét của lãnh đạo', en: 'Management review' },
          admin: { condition: (data) => !data?.nonconformity },
        },
        {
          // Follows the nonconformity or the management review when there is one (./hooks.ts).
          name: 'locality',
          type: 'relationship',
          relationTo: 'localities',
          index: true,
          label: { vi: 'Địa phương', en: 'Locality' },
          filterOptions: ownerLocalityOptions,
          defaultValue: ownLocality,
          admin: {
            description: {
              vi: 'Theo sự không phù hợp hoặc cuộc xem xét của lãnh đạo, nếu có.',
              en: 'Follows the nonconformity or the management review, if any.',
            },
          },
        },
      ],
    },
    {
      name: 'action',
      type: 'textarea',
      required: true,
      label: { vi: 'Nội dung hành động', en: 'What is to be done' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'owner',
          type: 'relationship',
          relationTo: 'users',
          required: true,
          index: true,
          label: { vi: 'Người thực hiện', en: 'Owner' },
          admin: {
            // Officers may not read other accounts: the choice lists the locality's people by name.
            components: {
              Field: '/collections/CorrectiveActions/components/OwnerField#OwnerField',
            },
          },
        },
        {
          name: 'ownerName',
          type: 'text',
          access: systemManaged,
          label: { vi: 'Người thực hiện', en: 'Owner' },
          // A list column and filter (by name, whoever reads it); the form shows the choice above.
          admin: { readOnly: true, condition: () => false },
        },
        {
          name: 'dueDate',
          type: 'date',
          required: true,
          index: true,
          label: { vi: 'Hạn hoàn thành', en: 'Due date' },
          admin: day,
        },
      ],
    },
    {
      name: 'document',
      type: 'relationship',
      relationTo: 'quality-documents',
      label: { vi: 'Tài liệu ISO cần sửa đổi', en: 'Quality document to change' },
      filterOptions: ({ data }) =>
        data?.locality ? { locality: { equals: data.locality } } : false,
      admin: {
        description: {
          vi: 'Nếu hành động sửa đổi một tài liệu của địa phương: hệ thống mở lần ban hành tiếp theo của tài liệu (bản nháp), và hành động tự chuyển sang "đã thực hiện" khi lần ban hành đó được phê duyệt.',
          en: 'Opens the document’s next issue; the action is done when that issue is published.',
        },
      },
    },
    {
      name: 'documentNote',
      type: 'textarea',
      access: systemManaged,
      label: { vi: 'Sửa đổi tài liệu', en: 'Document change' },
      admin: { readOnly: true, condition: shownOnce('documentNote') },
    },
    {
      name: 'documentIssue',
      type: 'relationship',
      relationTo: 'quality-document-issues',
      access: systemManaged,
      label: { vi: 'Lần ban hành thực hiện hành động', en: 'Issue that carried it out' },
      admin: { readOnly: true, condition: shownOnce('documentIssue') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'doneAt',
          type: 'date',
          access: systemManaged,
          label: { vi: 'Ngày thực hiện', en: 'Done on' },
          admin: { readOnly: true, condition: byName, ...day },
        },
        {
          name: 'doneBy',
          type: 'relationship',
          relationTo: 'users',
          access: systemManaged,
          label: { vi: 'Người báo đã thực hiện', en: 'Marked done by' },
          admin: { readOnly: true, condition: byName },
        },
      ],
    },
    {
      // Who did what and when, by name (the relation fields would show IDs to staff).
      name: 'people',
      type: 'ui',
      admin: {
        components: {
          Field: '/collections/CorrectiveActions/components/RecordPeople#ActionPeople',
        },
      },
    },
    {
      name: 'doneNote',
      type: 'textarea',
      access: systemManaged,
      label: { vi: 'Kết quả thực hiện', en: 'What was done' },
      admin: { readOnly: true, condition: shownOnce('doneNote') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'verifiedAt',
          type: 'date',
          access: systemManaged,
          label: { vi: 'Ngày kiểm tra hiệu lực', en: 'Verified on' },
          admin: { readOnly: true, condition: byName, ...day },
        },
        {
          name: 'verifiedBy',
          type: 'relationship',
          relationTo: 'users',
          access: systemManaged,
          label: { vi: 'Người kiểm tra hiệu lực', en: 'Verified by' },
          admin: { readOnly: true, condition: byName },
        },
      ],
    },
    {
      name: 'verificationNote',
      type: 'textarea',
      access: systemManaged,
      label: { vi: 'Nhận xét khi kiểm tra hiệu lực', en: 'Verification note' },
      admin: { readOnly: true, condition: shownOnce('verificationNote') },
    },
    {
      // The record of each step, oldest first: a reopened action keeps its earlier verdicts.
      name: 'history',
      type: 'array',
      access: systemManaged,
      label: { vi: 'Diễn biến', en: 'History' },
      labels: { singular: { vi: 'Bước', en: 'Step' }, plural: { vi: 'Các bước', en: 'Steps' } },
      admin: { readOnly: true, initCollapsed: true, condition: byName },
      fields: [
        {
          name: 'event',
          type: 'select',
          required: true,
          label: { vi: 'Sự kiện', en: 'Event' },
          options: [
            { value: 'done', label: { vi: 'Đã thực hiện', en: 'Done' } },
            { value: 'effective', label: { vi: 'Có hiệu lực', en: 'Effective' } },
            {
              value: 'not-effective',
              label: { vi: 'Không có hiệu lực, mở lại', en: 'Not effective, reopened' },
            },
          ],
        },
        {
          name: 'at',
          type: 'date',
          label: { vi: 'Lúc', en: 'At' },
          admin: { date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
        {
          name: 'by',
          type: 'relationship',
          relationTo: 'users',
          label: { vi: 'Người thực hiện', en: 'By' },
        },
        { name: 'note', type: 'textarea', label: { vi: 'Ghi chú', en: 'Note' } },
        {
          name: 'dueDate',
          type: 'date',
          label: { vi: 'Hạn mới', en: 'New due date' },
          admin: day,
        },
      ],
    },
    {
      // Buttons for the next step (./components/ActionControls.tsx); the endpoints decide.
      name: 'controls',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: {
          Field: '/collections/CorrectiveActions/components/ActionControls#ActionControls',
        },
      },
    },
    // The code's parts, for numbering (../Nonconformities/yearlyCode.ts) and its uniqueness.
    { name: 'year', type: 'number', access: systemManaged, admin: { hidden: true } },
    { name: 'sequence', type: 'number', access: systemManaged, admin: { hidden: true } },
    {
      // "<locality>/<year>/<sequence>", unique: a concurrent twin fails instead of sharing a code.
      name: 'numbering',
      type: 'text',
      unique: true,
      access: systemManaged,
      admin: { hidden: true },
    },
  ],
}
