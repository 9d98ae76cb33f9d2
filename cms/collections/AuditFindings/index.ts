import type { Access, CollectionConfig } from 'payload'

import { readQualityDocuments } from '../QualityDocuments/access'
import { FINDING_TYPES, findingTypeLabels } from '../InternalAudits/rules'
import {
  auditFindingChange,
  auditFindingDelete,
  guardFindingDelete,
  validateFinding,
} from './hooks'
import { openNonconformityOfFinding } from './openNonconformity'

/** Anyone signed in may try: whether they are one of the audit's auditors is judged on the save (./hooks.ts). */
const signedIn: Access = ({ req: { user } }) => Boolean(user)

/**
 * Phát hiện đánh giá: what an internal audit found (Phù hợp, Điểm cần cải tiến, Điểm không phù
 * hợp), against an ISO clause and the documents and procedures it concerns. Recorded by the
 * audit's auditors while it is in progress; once the audit is completed its findings are a record
 * that no one changes or deletes. A nonconformity is the start of a corrective action
 * (nonconformities point at it).
 */
export const AuditFindings: CollectionConfig = {
  slug: 'audit-findings',
  labels: {
    singular: { vi: 'Phát hiện đánh giá', en: 'Audit finding' },
    plural: { vi: 'Phát hiện đánh giá', en: 'Audit findings' },
  },
  defaultSort: 'createdAt',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['audit', 'type', 'clause', 'description', 'recordedByName'],
    group: { vi: 'Hệ thống quản lý chất lượng', en: 'Quality management' },
    description: {
      vi: 'Do chuyên gia trong đoàn ghi nhận khi cuộc đánh giá đang diễn ra; sau khi kết thúc đánh giá không thể sửa hoặc xóa.',
      en: 'Recorded by the audit’s auditors while it is in progress; a record once it is completed.',
    },
  },
  access: {
    read: readQualityDocuments,
    create: signedIn,
    // Another locality's people do not even find the finding; the rest is judged on the save.
    update: readQualityDocuments,
    delete: readQualityDocuments,
  },
  hooks: {
    beforeChange: [validateFinding],
    // A nonconformity found opens its record among the nonconformities (./openNonconformity.ts).
    afterChange: [auditFindingChange, openNonconformityOfFinding],
    beforeDelete: [guardFindingDelete],
    afterDelete: [auditFindingDelete],
  },
  fields: [
    {
      // "ĐGNB-2026-01 – Điểm không phù hợp (điều khoản 7.5.3)", kept by ./hooks.ts.
      name: 'title',
      type: 'text',
      access: { create: () => false, update: () => false },
      label: { vi: 'Phát hiện', en: 'Finding' },
      admin: { hidden: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'audit',
          type: 'relationship',
          relationTo: 'internal-audits',
          required: true,
          index: true,
          label: { vi: 'Cuộc đánh giá', en: 'Audit' },
        },
        {
          name: 'type',
          type: 'select',
          required: true,
          index: true,
          label: { vi: 'Loại phát hiện', en: 'Type' },
          options: FINDING_TYPES.map((value) => ({ value, label: findingTypeLabels[value] })),
        },
        {
          name: 'clause',
          type: 'text',
          required: true,
          label: { vi: 'Điều khoản ISO', en: 'ISO clause' },
          admin: { description: { vi: 'Ví dụ: 7.5.3', en: 'E.g. 7.5.3' } },
        },
      ],
    },
    {
      name: 'description',
      type: 'textarea',
      required: true,
      label: { vi: 'Nội dung phát hiện', en: 'Description' },
    },
    {
      name: 'evidence',
      type: 'textarea',
      label: { vi: 'Bằng chứng khách quan', en: 'Evidence' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'documents',
          type: 'relationship',
          relationTo: 'quality-documents',
          hasMany: true,
          label: { vi: 'Tài liệu liên quan', en: 'Documents concerned' },
        },
        {
          name: 'procedures',
          type: 'relationship',
          relationTo: 'applied-procedures',
          hasMany: true,
          label: { vi: 'Thủ tục liên quan', en: 'Procedures concerned' },
        },
      ],
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
          // Set by the system on saving: nothing to show on a new finding.
          admin: { readOnly: true, condition: (data) => Boolean(data?.id) },
        },
        {
          // Not required: the record outlives the account (the name stays in `recordedByName`).
          name: 'recordedBy',
          type: 'relationship',
          relationTo: 'users',
          label: { vi: 'Người ghi nhận', en: 'Recorded by' },
          admin: { readOnly: true, condition: (data) => Boolean(data?.id) },
        },
        {
          name: 'recordedByName',
          type: 'text',
          label: { vi: 'Người ghi nhận (họ tên)', en: 'Recorded by (name)' },
          admin: { readOnly: true, condition: (data) => Boolean(data?.id) },
        },
      ],
    },
    {
      // The nonconformity this finding opened, with its correction and actions.
      name: 'nonconformity',
      type: 'join',
      collection: 'nonconformities',
      on: 'auditFinding',
      label: { vi: 'Phiếu sự không phù hợp', en: 'Nonconformity record' },
      admin: {
        allowCreate: false,
        defaultColumns: ['code', 'state', 'description'],
        condition: (data) => data?.type === 'nonconformity',
      },
    },
  ],
}
