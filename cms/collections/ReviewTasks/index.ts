import type { CollectionConfig } from 'payload'

import { readQualityDocuments } from '../QualityDocuments/access'
import { resolveByLocalityOfficers, resolveOnly } from './resolve'

export const REVIEW_REASONS = [
  'periodic',
  'legal-change',
  'master-change',
  'objective-missed',
] as const
export const REVIEW_STATES = ['due', 'overdue', 'done'] as const

/**
 * Việc rà soát: a document that must be reviewed, because its review date is near or past, or
 * because a legal text it cites changed. Written by the nightly job and by the legal-document hook;
 * closed when a new issue of the document (or a new version of the procedure) is published.
 *
 * A master procedure amended: each locality copy whose own details may no longer hold gets a task
 * (`master-change`) for that locality's officers, with the master's changes and the conflicting
 * details, which the public site withholds until an officer of the locality resolves the task
 * (cms/collections/AppliedProcedures/followMaster.ts). Only they may resolve it, and only by
 * marking it done with a note.
 *
 * A quality objective missed two periods in a row (`objective-missed`, ISO 9001 10.2) gets a task
 * for its locality's officers, resolved the same way: the note says what they found and did
 * (cms/collections/QualityObjectives/reviewOnMiss.ts).
 */
export const ReviewTasks: CollectionConfig = {
  slug: 'review-tasks',
  labels: {
    singular: { vi: 'Việc rà soát', en: 'Review task' },
    plural: { vi: 'Rà soát tài liệu', en: 'Reviews due' },
  },
  defaultSort: 'dueDate',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'localityName', 'reason', 'state', 'dueDate'],
    group: { vi: 'Tài liệu ISO', en: 'ISO documents' },
    components: {
      beforeListTable: ['/collections/ReviewTasks/components/ReviewSummary#ReviewSummary'],
    },
  },
  access: {
    read: readQualityDocuments,
    create: () => false,
    update: resolveByLocalityOfficers,
    delete: () => false,
  },
  hooks: { beforeOperation: [resolveOnly] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { vi: 'Tài liệu', en: 'Document' },
      admin: { readOnly: true },
    },
    {
      name: 'document',
      type: 'relationship',
      relationTo: ['quality-documents', 'procedures', 'applied-procedures', 'quality-objectives'],
      required: true,
      index: true,
      label: { vi: 'Liên kết', en: 'Link' },
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'locality',
          type: 'relationship',
          relationTo: 'localities',
          index: true,
          label: { vi: 'Địa phương', en: 'Locality' },
          admin: { readOnly: true },
        },
        // Denormalized so the list sorts and reads by name (Vietnamese collation in the summary).
        { name: 'localityName', type: 'text', label: { vi: 'Địa phương', en: 'Locality' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'reason',
          type: 'select',
          required: true,
          label: { vi: 'Lý do', en: 'Reason' },
          admin: { readOnly: true },
          options: [
            { value: 'periodic', label: { vi: 'Đến hạn rà soát định kỳ', en: 'Periodic review' } },
            {
              value: 'legal-change',
              label: { vi: 'Văn bản viện dẫn thay đổi', en: 'Cited legal text changed' },
            },
            {
              value: 'master-change',
              label: { vi: 'Thủ tục gốc thay đổi', en: 'Master procedure changed' },
            },
            {
              value: 'objective-missed',
              label: {
                vi: 'Mục tiêu chất lượng không đạt hai kỳ liên tiếp',
                en: 'Quality objective missed twice in a row',
              },
            },
          ],
        },
        {
          name: 'state',
          type: 'select',
          required: true,
          index: true,
          label: { vi: 'Tình trạng', en: 'State' },
          options: [
            { value: 'due', label: { vi: 'Sắp đến hạn', en: 'Due' } },
            { value: 'overdue', label: { vi: 'Quá hạn', en: 'Overdue' } },
            { value: 'done', label: { vi: 'Đã rà soát', en: 'Done' } },
          ],
        },
        {
          name: 'dueDate',
          type: 'date',
          index: true,
          label: { vi: 'Hạn rà soát', en: 'Due' },
          admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy' } },
        },
      ],
    },
    {
      name: 'legalDocument',
      type: 'relationship',
      relationTo: 'legal-documents',
      label: { vi: 'Văn bản thay đổi', en: 'Changed legal text' },
      admin: { readOnly: true },
    },
    {
      // A master-change task: the master's changes ("Trường: cũ → mới") and the conflicting details.
      name: 'masterChanges',
      type: 'json',
      label: { vi: 'Thay đổi của thủ tục gốc', en: "Master's changes" },
      admin: {
        condition: (data) => data?.reason === 'master-change',
        components: { Field: '/collections/ReviewTasks/components/MasterChanges#MasterChanges' },
      },
    },
    {
      name: 'conflicts',
      type: 'json',
      label: { vi: 'Nội dung địa phương cần rà soát', en: 'Local details to review' },
      admin: {
        condition: (data) => data?.reason === 'master-change',
        components: { Field: '/collections/ReviewTasks/components/MasterChanges#Conflicts' },
      },
    },
    {
      // An objective-missed task: the first period of the run of misses it was opened for ("2026-08"),
      // so that the same run never opens a second task (QualityObjectives/reviewOnMiss.ts). Not on
      // the form: the note names the periods in words.
      name: 'objectiveRun',
      type: 'text',
      index: true,
      label: { vi: 'Không đạt từ kỳ', en: 'Missed since' },
      admin: { hidden: true },
    },
    { name: 'note', type: 'textarea', label: { vi: 'Ghi chú', en: 'Note' } },
    {
      name: 'resolvedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người rà soát', en: 'Resolved by' },
      admin: { readOnly: true },
    },
    {
      name: 'resolvedAt',
      type: 'date',
      label: { vi: 'Ngày hoàn thành', en: 'Resolved' },
      admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy' } },
    },
  ],
}
