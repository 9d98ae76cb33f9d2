import type { CollectionConfig } from 'payload'

import { judgeFinalDocument } from '../../access/finalDocument'
import { readQualityDocuments, writeQualityDocuments } from '../QualityDocuments/access'
import { auditDocxEndpoint } from './docxEndpoint'
import { isAuditTransition, keepStartedAudits, validateAudit } from './hooks'
import { AUDIT_STATES, auditStateLabels } from './rules'
import { auditTransitionEndpoints } from './transitionEndpoint'

const dayOnly = { date: { displayFormat: 'dd/MM/yyyy', pickerAppearance: 'dayOnly' as const } }

/**
 * Cuộc đánh giá nội bộ (TCVN ISO 9001:2015, 9.2): one audit of an approved programme, in its
 * locality, with its scope (quality documents, applied procedures, units) and team. Planned and
 * kept by the locality's officers; moved on by its lead auditor (Bắt đầu → Kết thúc → Ban hành báo
 * cáo, ./transitionEndpoint.ts); its findings are recorded by its auditors
 * (cms/collections/AuditFindings). On every save no auditor audits their own unit (./hooks.ts).
 */
export const InternalAudits: CollectionConfig = {
  slug: 'internal-audits',
  labels: {
    singular: { vi: 'Cuộc đánh giá nội bộ', en: 'Internal audit' },
    plural: { vi: 'Cuộc đánh giá nội bộ', en: 'Internal audits' },
  },
  defaultSort: '-plannedDate',
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'locality', 'plannedDate', 'teamNames', 'state'],
    group: { vi: 'Hệ thống quản lý chất lượng', en: 'Quality management' },
    description: {
      vi: 'Các cuộc đánh giá nội bộ theo chương trình đã phê duyệt. Chuyên gia không đánh giá bộ phận của chính mình.',
      en: 'Internal audits under an approved programme. No auditor audits their own unit.',
    },
    components: {
      edit: {
        beforeDocumentControls: [
          '/collections/InternalAudits/components/AuditActions#AuditActions',
        ],
      },
    },
  },
  access: {
    read: readQualityDocuments,
    create: writeQualityDocuments,
    update: writeQualityDocuments,
    delete: writeQualityDocuments,
  },
  endpoints: [...auditTransitionEndpoints, auditDocxEndpoint],
  hooks: {
    // The locality follows the programme: judged after validateAudit has set it.
    beforeChange: [validateAudit, judgeFinalDocument({ skip: isAuditTransition })],
    beforeDelete: [keepStartedAudits],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          type: 'text',
          required: true,
          index: true,
          label: { vi: 'Mã cuộc đánh giá', en: 'Code' },
          admin: { description: { vi: 'Ví dụ: ĐGNB-2026-01.', en: 'E.g. ĐGNB-2026-01.' } },
        },
        {
          name: 'programme',
          type: 'relationship',
          relationTo: 'audit-programmes',
          required: true,
          index: true,
          label: { vi: 'Chương trình đánh giá', en: 'Programme' },
        },
        {
          name: 'locality',
          type: 'relationship',
          relationTo: 'localities',
          index: true,
          label: { vi: 'Địa phương', en: 'Locality' },
          admin: {
            readOnly: true,
            description: { vi: 'Theo chương trình đánh giá.', en: 'From the programme.' },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'plannedDate',
          type: 'date',
          required: true,
          label: { vi: 'Ngày dự kiến', en: 'Planned date' },
          admin: dayOnly,
        },
        {
          name: 'actualDate',
          type: 'date',
          label: { vi: 'Ngày thực hiện', en: 'Actual date' },
          admin: {
            ...dayOnly,
            description: {
              vi: 'Để trống: ghi ngày bắt đầu đánh giá.',
              en: 'Empty: the day the audit starts.',
            },
          },
        },
        {
          name: 'state',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'planned',
          label: { vi: 'Trạng thái', en: 'State' },
          admin: { readOnly: true },
          options: AUDIT_STATES.map((value) => ({ value, label: auditStateLabels[value] })),
        },
      ],
    },
    {
      type: 'collapsible',
      label: { vi: 'Phạm vi đánh giá', en: 'Scope' },
      fields: [
        {
          name: 'scopeUnits',
          type: 'relationship',
          relationTo: 'units',
          hasMany: true,
          label: { vi: 'Bộ phận được đánh giá', en: 'Units audited' },
        },
        {
          name: 'scopeDocuments',
          type: 'relationship',
          relationTo: 'quality-documents',
          hasMany: true,
          label: { vi: 'Tài liệu ISO', en: 'Quality documents' },
        },
        {
          name: 'scopeProcedures',
          type: 'relationship',
          relationTo: 'applied-procedures',
          hasMany: true,
          label: { vi: 'Thủ tục hành chính áp dụng', en: 'Applied procedures' },
        },
        { name: 'scopeNote', type: 'textarea', label: { vi: 'Ghi chú phạm vi', en: 'Scope note' } },
      ],
    },
    {
      type: 'collapsible',
      label: { vi: 'Đoàn đánh giá', en: 'Audit team' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'leadAuditor',
              type: 'relationship',
              relationTo: 'users',
              required: true,
              index: true,
              label: { vi: 'Trưởng đoàn', en: 'Lead auditor' },
            },
            {
              name: 'auditors',
              type: 'relationship',
              relationTo: 'users',
              hasMany: true,
              label: { vi: 'Thành viên đoàn', en: 'Auditors' },
            },
          ],
        },
        {
          name: 'teamNames',
          type: 'text',
          label: { vi: 'Đoàn đánh giá', en: 'Team' },
          admin: { readOnly: true },
        },
      ],
    },
    {
      // The findings on the audit's page, read with the reader's access; recorded from there.
      name: 'findings',
      type: 'join',
      collection: 'audit-findings',
      on: 'audit',
      defaultSort: 'createdAt',
      label: { vi: 'Phát hiện đánh giá', en: 'Findings' },
      admin: { defaultColumns: ['type', 'clause', 'description', 'recordedByName'] },
    },
    {
      name: 'conclusion',
      type: 'textarea',
      label: { vi: 'Kết luận đánh giá', en: 'Conclusion' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startedAt',
          type: 'date',
          label: { vi: 'Bắt đầu lúc', en: 'Started at' },
          admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
        {
          name: 'completedAt',
          type: 'date',
          label: { vi: 'Kết thúc lúc', en: 'Completed at' },
          admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
        {
          name: 'reportIssuedAt',
          type: 'date',
          label: { vi: 'Ban hành báo cáo lúc', en: 'Report issued at' },
          admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
      ],
    },
  ],
}
