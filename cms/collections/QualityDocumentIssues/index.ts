import type { CollectionConfig } from 'payload'

import { readQualityDocumentIssues } from '../QualityDocuments/access'

/**
 * Lần ban hành: one record per issue of a quality document that became effective, written by the
 * workflow when an issue is published. It is the register behind the revision table (Theo dõi sửa
 * đổi) and says which issue is current: approving a new issue marks the previous one superseded.
 * No one writes it through the API.
 */
export const QualityDocumentIssues: CollectionConfig = {
  slug: 'quality-document-issues',
  labels: {
    singular: { vi: 'Lần ban hành', en: 'Issue' },
    plural: { vi: 'Các lần ban hành', en: 'Issues' },
  },
  defaultSort: '-issueDate',
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'issueDate', 'issueStatus', 'approvedBy'],
    group: { vi: 'Tài liệu ISO', en: 'ISO documents' },
  },
  access: {
    // Readable by those who may read the document itself.
    read: readQualityDocumentIssues,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    {
      name: 'document',
      type: 'relationship',
      relationTo: 'quality-documents',
      required: true,
      index: true,
      label: { vi: 'Tài liệu', en: 'Document' },
    },
    { name: 'label', type: 'text', label: { vi: 'Tài liệu, lần ban hành', en: 'Label' } },
    {
      type: 'row',
      fields: [
        { name: 'code', type: 'text', label: { vi: 'Mã hiệu', en: 'Code' } },
        {
          name: 'issueNumber',
          type: 'number',
          required: true,
          label: { vi: 'Lần ban hành', en: 'Issue number' },
        },
        {
          name: 'issueDate',
          type: 'date',
          label: { vi: 'Ngày ban hành', en: 'Issue date' },
          admin: { date: { displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'effectiveDate',
          type: 'date',
          label: { vi: 'Ngày hiệu lực', en: 'Effective date' },
          admin: { date: { displayFormat: 'dd/MM/yyyy' } },
        },
      ],
    },
    {
      name: 'issueStatus',
      type: 'select',
      required: true,
      index: true,
      label: { vi: 'Tình trạng', en: 'Status' },
      options: [
        { value: 'effective', label: { vi: 'Đang hiệu lực', en: 'Effective' } },
        { value: 'superseded', label: { vi: 'Đã bị thay thế', en: 'Superseded' } },
        { value: 'obsolete', label: { vi: 'Hết hiệu lực', en: 'Obsolete' } },
      ],
    },
    { name: 'change', type: 'textarea', label: { vi: 'Nội dung sửa đổi', en: 'What changed' } },
    { name: 'reason', type: 'textarea', label: { vi: 'Lý do sửa đổi', en: 'Why' } },
    {
      type: 'row',
      fields: [
        {
          name: 'preparedBy',
          type: 'relationship',
          relationTo: 'users',
          hasMany: true,
          label: { vi: 'Soạn thảo', en: 'Prepared by' },
        },
        {
          name: 'reviewedBy',
          type: 'relationship',
          relationTo: 'users',
          label: { vi: 'Xem xét', en: 'Reviewed by' },
        },
        {
          name: 'approvedBy',
          type: 'relationship',
          relationTo: 'users',
          label: { vi: 'Phê duyệt', en: 'Approved by' },
        },
      ],
    },
    {
      name: 'supersededAt',
      type: 'date',
      label: { vi: 'Ngày bị thay thế', en: 'Superseded on' },
      admin: { date: { displayFormat: 'dd/MM/yyyy' } },
    },
    {
      // The corrective actions this issue carried out (CorrectiveActions/documentIssue.ts).
      name: 'correctiveActions',
      type: 'relationship',
      relationTo: 'corrective-actions',
      hasMany: true,
      label: { vi: 'Hành động khắc phục', en: 'Corrective actions' },
    },
    {
      // The Vietnam day its read-and-understood tasks were opened (ReadAcknowledgements): once.
      name: 'readStartedOn',
      type: 'text',
      label: { vi: 'Ngày giao đọc và xác nhận', en: 'Reading started on' },
      admin: { hidden: true },
    },
  ],
}
