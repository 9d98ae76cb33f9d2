import type { Field, FieldAccess } from 'payload'

import { stateLabels, WORKFLOW_ACTIONS, actionLabels, WORKFLOW_STATES } from '../rules'

const STATE_DIFF = '/workflow/components/StateDiff#StateDiff'

/** Set by the workflow only: a value sent through the API is dropped, the stored one is kept. */
const systemManaged: { create: FieldAccess; update: FieldAccess } = {
  create: () => false,
  update: () => false,
}

const dayAndTime = { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } as const

/**
 * Who did what is shown by name by WorkflowPeople: as relation fields these would read "Chưa có
 * tiêu đề – ID: …" to anyone who may not read the accounts. They stay list columns and filters.
 */
const shownByWorkflowPeople = () => false

const person = (name: string, vi: string, en: string): Field => ({
  name,
  type: 'relationship',
  relationTo: 'users',
  access: systemManaged,
  label: { vi, en },
  admin: { readOnly: true, condition: shownByWorkflowPeople },
})

const moment = (name: string, vi: string, en: string): Field => ({
  name,
  type: 'date',
  access: systemManaged,
  label: { vi, en },
  admin: { readOnly: true, date: dayAndTime, condition: shownByWorkflowPeople },
})

/**
 * The `workflow` group every reviewed collection carries. It is versioned with the content, so
 * each version says who wrote, reviewed, approved and published it, and the whole trail of
 * transitions up to it. Only `changeSummary` and `changeReason` are written by editors.
 */
export const workflowField = ({
  localityField,
  changeSets,
}: {
  localityField: string | null
  changeSets?: string
}): Field => ({
  name: 'workflow',
  type: 'group',
  // The trail is the office's own: who wrote, reviewed and approved, and what they said. A
  // citizen or a program reading the published catalogue through the API gets the content only.
  access: { read: ({ req: { user } }) => Boolean(user) },
  label: { vi: 'Xem xét và phê duyệt', en: 'Review and approval' },
  admin: { position: 'sidebar' },
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      access: systemManaged,
      label: { vi: 'Trạng thái', en: 'State' },
      options: WORKFLOW_STATES.map((value) => ({ value, label: stateLabels[value] })),
      // The controls below and the status in the document bar show it; the list keeps it as a column and filter.
      admin: { readOnly: true, condition: () => false },
    },
    {
      name: 'changeSummary',
      type: 'textarea',
      label: { vi: 'Nội dung thay đổi', en: 'What changed' },
      admin: {
        description: { vi: 'Ghi vào bảng theo dõi sửa đổi.', en: 'Goes into the revision table.' },
      },
    },
    {
      name: 'changeReason',
      type: 'textarea',
      label: { vi: 'Lý do thay đổi', en: 'Reason for the change' },
      admin: {
        description: {
          vi: 'Bắt buộc khi gửi xem xét, ví dụ văn bản pháp luật mới.',
          en: 'Required to submit, e.g. a new legal text.',
        },
      },
    },
    // After what changed and why, so that the author writes the reason before the button, and the reviewer reads it first.
    {
      name: 'controls',
      type: 'ui',
      admin: {
        components: {
          Field: {
            path: '/workflow/components/WorkflowControls#WorkflowControls',
            clientProps: { localityField },
          },
        },
      },
    },
    {
      name: 'people',
      type: 'ui',
      admin: { components: { Field: '/workflow/components/WorkflowPeople#WorkflowPeople' } },
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      access: systemManaged,
      label: { vi: 'Người soạn thảo', en: 'Authors' },
      admin: { readOnly: true, condition: shownByWorkflowPeople },
    },
    ...(changeSets
      ? [
          {
            name: 'changeSet',
            type: 'relationship',
            relationTo: changeSets,
            index: true,
            access: systemManaged,
            label: { vi: 'Lô nhập dữ liệu', en: 'Import change set' },
            admin: {
              readOnly: true,
              // Only on a version an import wrote: empty, it read as a choice the officer could not make.
              condition: (_data: unknown, siblingData: Record<string, unknown> | undefined) =>
                Boolean(siblingData?.changeSet),
              description: {
                vi: 'Phiên bản này được ghi bởi lô nhập dữ liệu; lô được xem xét và ban hành như một thể thống nhất.',
                en: 'Written by an import change set, reviewed and published as one unit.',
              },
            },
          } as Field,
        ]
      : []),
    person('submittedBy', 'Người gửi xem xét', 'Submitted by'),
    moment('submittedAt', 'Ngày gửi', 'Submitted'),
    person('reviewedBy', 'Người xem xét', 'Reviewed by'),
    moment('reviewedAt', 'Ngày xem xét', 'Reviewed'),
    person('approvedBy', 'Người phê duyệt', 'Approved by'),
    moment('approvedAt', 'Ngày phê duyệt', 'Approved'),
    person('publishedBy', 'Người ban hành', 'Published by'),
    moment('publishedAt', 'Ngày ban hành', 'Published'),
    {
      name: 'history',
      type: 'array',
      access: systemManaged,
      label: { vi: 'Lịch sử xem xét', en: 'Review history' },
      labels: { singular: { vi: 'Bước', en: 'Step' }, plural: { vi: 'Các bước', en: 'Steps' } },
      admin: { readOnly: true, initCollapsed: true, condition: shownByWorkflowPeople },
      fields: [
        {
          name: 'action',
          type: 'select',
          required: true,
          options: WORKFLOW_ACTIONS.map((value) => ({ value, label: actionLabels[value] })),
          label: { vi: 'Thao tác', en: 'Action' },
        },
        // Stored keys ("in-review"); the version comparison says them in words.
        {
          name: 'from',
          type: 'text',
          label: { vi: 'Từ', en: 'From' },
          admin: { components: { Diff: STATE_DIFF } },
        },
        {
          name: 'to',
          type: 'text',
          label: { vi: 'Sang', en: 'To' },
          admin: { components: { Diff: STATE_DIFF } },
        },
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
})
