import type { CollectionConfig, Field } from 'payload'

import { ITEM_STATUSES } from '../../import/changeSet/types'
import { actionLabels, stateLabels, WORKFLOW_ACTIONS, WORKFLOW_STATES } from '../../workflow/rules'
import { readChangeSets, deleteUnwrittenChangeSets } from './access'
import { planEndpoint, progressEndpoint, transitionEndpoint, writeEndpoint } from './endpoints'

export const CHANGE_SET_STATES = ['planned', ...WORKFLOW_STATES] as const
export type ChangeSetState = (typeof CHANGE_SET_STATES)[number]

export const changeSetStateLabels: Record<ChangeSetState, { vi: string; en: string }> = {
  planned: { vi: 'Mới chạy thử, chưa ghi', en: 'Planned (dry run)' },
  ...stateLabels,
}

const dayAndTime = { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } as const

const count = (name: string, vi: string, en: string): Field => ({
  name,
  type: 'number',
  defaultValue: 0,
  label: { vi, en },
})

/**
 * Lô nhập dữ liệu: one import, from its dry run to its publication. The plan (every item with its
 * field-by-field changes) and the issues are fixed when the set is planned: nobody edits them; the
 * set then moves through the same two-person review as a document, all its items with it
 * (./endpoints.ts, ./transition.ts). Written only by the server; the API edits nothing directly.
 *
 * The plan is one JSON value rather than a child collection: the reviewer reads it whole, it is
 * never queried item by item, and values are shortened (240 characters) so 3,000 items with their
 * changes stay a few megabytes. The items themselves link back through `workflow.changeSet`.
 */
export const ChangeSets: CollectionConfig = {
  slug: 'change-sets',
  labels: {
    singular: { vi: 'Lô nhập dữ liệu', en: 'Import change set' },
    plural: { vi: 'Lô nhập dữ liệu', en: 'Import change sets' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'state', 'locality', 'author', 'createdAt'],
    // The list reads only its columns: a province's plan is megabytes per set.
    enableListViewSelectAPI: true,
    group: { vi: 'Thủ tục hành chính', en: 'Procedures' },
    components: {
      // "Nhập dữ liệu": the import starts above the list of sets.
      beforeList: ['/collections/ChangeSets/components/StartImport#StartImport'],
      // Nobody edits a set: its page shows the plan and the review actions instead of a form.
      views: {
        edit: {
          default: { Component: '/collections/ChangeSets/components/ChangeSetView#ChangeSetView' },
        },
      },
    },
  },
  defaultSort: '-createdAt',
  access: {
    read: readChangeSets,
    create: () => false,
    update: () => false,
    delete: deleteUnwrittenChangeSets,
  },
  endpoints: [planEndpoint, writeEndpoint, progressEndpoint, transitionEndpoint],
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên lô', en: 'Title' } },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      index: true,
      label: { vi: 'Trạng thái', en: 'State' },
      options: CHANGE_SET_STATES.map((value) => ({ value, label: changeSetStateLabels[value] })),
    },
    {
      // Null: the province's master list.
      name: 'locality',
      type: 'relationship',
      relationTo: 'localities',
      index: true,
      label: { vi: 'Phạm vi: địa phương (để trống là toàn tỉnh)', en: 'Scope: locality' },
    },
    { name: 'format', type: 'text', label: { vi: 'Định dạng', en: 'Format' } },
    {
      name: 'files',
      type: 'array',
      label: { vi: 'Tệp nhập', en: 'Files' },
      fields: [
        { name: 'name', type: 'text', required: true, label: { vi: 'Tên tệp', en: 'Name' } },
        { name: 'format', type: 'text', label: { vi: 'Định dạng', en: 'Format' } },
        { name: 'size', type: 'number', label: { vi: 'Dung lượng (byte)', en: 'Size' } },
      ],
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      label: { vi: 'Người nhập', en: 'Author' },
    },
    {
      name: 'changeReason',
      type: 'textarea',
      label: { vi: 'Lý do thay đổi', en: 'Reason for the change' },
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người gửi xem xét', en: 'Submitted by' },
    },
    {
      name: 'counts',
      type: 'group',
      label: { vi: 'Số mục', en: 'Counts' },
      fields: [
        count('new', 'Mới', 'New'),
        count('changed', 'Thay đổi', 'Changed'),
        count('unchanged', 'Không đổi', 'Unchanged'),
        count('absent', 'Không có trong tệp', 'Absent from the file'),
        count('errors', 'Lỗi', 'Errors'),
        count('warnings', 'Cảnh báo', 'Warnings'),
      ],
    },
    {
      name: 'plan',
      type: 'json',
      label: { vi: 'Các mục và thay đổi', en: 'Items and changes' },
      admin: {
        description: {
          vi: `Mỗi mục: ${ITEM_STATUSES.join(' / ')}, với từng trường thay đổi (cũ → mới).`,
          en: 'Each item with its field changes (old → new).',
        },
      },
    },
    { name: 'issues', type: 'json', label: { vi: 'Lỗi và cảnh báo', en: 'Issues' } },
    {
      // What was read, compressed: the write re-plans from it against the catalogue as it is then.
      name: 'source',
      type: 'textarea',
      // A province's input compresses to megabytes; Payload's default limit is 40,000 characters.
      maxLength: 500_000_000,
      access: { read: () => false },
      admin: { hidden: true },
    },
    {
      name: 'progress',
      type: 'group',
      label: { vi: 'Tiến độ ghi', en: 'Write progress' },
      fields: [
        { name: 'done', type: 'number', label: { vi: 'Đã ghi', en: 'Done' } },
        { name: 'total', type: 'number', label: { vi: 'Tổng số', en: 'Total' } },
        {
          name: 'startedAt',
          type: 'date',
          label: { vi: 'Bắt đầu', en: 'Started' },
          admin: { date: dayAndTime },
        },
        {
          name: 'finishedAt',
          type: 'date',
          label: { vi: 'Kết thúc', en: 'Finished' },
          admin: { date: dayAndTime },
        },
      ],
    },
    {
      name: 'history',
      type: 'array',
      label: { vi: 'Lịch sử xem xét', en: 'Review history' },
      fields: [
        {
          name: 'action',
          type: 'select',
          required: true,
          options: [
            { value: 'write', label: { vi: 'Ghi thành bản nháp', en: 'Write drafts' } },
            ...WORKFLOW_ACTIONS.map((value) => ({ value, label: actionLabels[value] })),
          ],
          label: { vi: 'Thao tác', en: 'Action' },
        },
        { name: 'from', type: 'text', label: { vi: 'Từ', en: 'From' } },
        { name: 'to', type: 'text', label: { vi: 'Sang', en: 'To' } },
        {
          name: 'by',
          type: 'relationship',
          relationTo: 'users',
          label: { vi: 'Người thực hiện', en: 'By' },
        },
        { name: 'at', type: 'date', label: { vi: 'Lúc', en: 'At' }, admin: { date: dayAndTime } },
        { name: 'comment', type: 'textarea', label: { vi: 'Ý kiến', en: 'Comment' } },
      ],
    },
  ],
}
