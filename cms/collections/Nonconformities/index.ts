import type { CollectionConfig, FieldAccess, Where } from 'payload'

import { judgeFinalDocument } from '../../access/finalDocument'
import { ownerLocalityOptions } from '../QualityDocuments/choices'
import { ownLocality, readLocalityRecords, writeLocalityRecords } from './access'
import { closeEndpoint } from './closeEndpoint'
import { auditNonconformityCreated, validateNonconformity } from './hooks'
import {
  NONCONFORMITY_SOURCES,
  NONCONFORMITY_STATES,
  nonconformityStateLabels,
  sourceLabels,
} from './rules'

/** Set by the system only: a value sent through the API is dropped. */
const systemManaged: { create: FieldAccess; update: FieldAccess } = {
  create: () => false,
  update: () => false,
}

const day = { date: { displayFormat: 'dd/MM/yyyy' } } as const

/**
 * Sự không phù hợp (TCVN ISO 9001:2015, 10.2): what went wrong at a locality, found by an internal
 * audit, a late dossier, a citizen's complaint, a document review or a management review; the
 * correction made at once, the root cause, and the corrective actions that remove it
 * (corrective-actions). Closed through `POST /api/nonconformities/:id/close` once every action is
 * verified effective, by someone who owns none of them.
 */
export const Nonconformities: CollectionConfig = {
  slug: 'nonconformities',
  labels: {
    singular: { vi: 'Sự không phù hợp', en: 'Nonconformity' },
    plural: { vi: 'Sự không phù hợp', en: 'Nonconformities' },
  },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'description', 'source', 'locality', 'detectedOn', 'state'],
    listSearchableFields: ['code', 'description'],
    group: { vi: 'Hệ thống quản lý chất lượng', en: 'Quality management' },
    description: {
      vi: 'Sự không phù hợp và hành động khắc phục (TCVN ISO 9001:2015, mục 10.2). Mã số do hệ thống cấp theo địa phương và năm.',
      en: 'Nonconformities and corrective action (ISO 9001 clause 10.2).',
    },
    components: {
      edit: {
        beforeDocumentControls: [
          '/collections/Nonconformities/components/CloseNonconformity#CloseNonconformity',
        ],
      },
    },
  },
  access: {
    read: readLocalityRecords,
    create: writeLocalityRecords,
    update: writeLocalityRecords,
    // A record ISO 9001 requires to be kept (7.5.3): never deleted through the API.
    delete: () => false,
  },
  endpoints: [closeEndpoint],
  hooks: {
    beforeChange: [judgeFinalDocument(), validateNonconformity],
    afterChange: [auditNonconformityCreated],
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
            description: { vi: 'Hệ thống cấp, ví dụ KPH-2026-01.', en: 'E.g. KPH-2026-01.' },
          },
        },
        {
          name: 'locality',
          type: 'relationship',
          relationTo: 'localities',
          required: true,
          index: true,
          label: { vi: 'Địa phương', en: 'Locality' },
          filterOptions: ownerLocalityOptions,
          defaultValue: ownLocality,
        },
        {
          name: 'state',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'open',
          access: systemManaged,
          label: { vi: 'Tình trạng', en: 'State' },
          options: NONCONFORMITY_STATES.map((value) => ({
            value,
            label: nonconformityStateLabels[value],
          })),
          admin: { readOnly: true },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'source',
          type: 'select',
          required: true,
          index: true,
          label: { vi: 'Nguồn phát hiện', en: 'Source' },
          options: NONCONFORMITY_SOURCES.map((value) => ({ value, label: sourceLabels[value] })),
        },
        {
          // Where it was found, in words: the audit and clause, the complaint's number, the review.
          name: 'sourceReference',
          type: 'text',
          label: { vi: 'Căn cứ (số biên bản, phiếu phản ánh…)', en: 'Source reference' },
        },
        {
          name: 'detectedOn',
          type: 'date',
          required: true,
          label: { vi: 'Ngày phát hiện', en: 'Detected on' },
          admin: day,
        },
      ],
    },
    {
      // Set by the system when an audit finding of a nonconformity opens this record
      // (AuditFindings/openNonconformity.ts).
      name: 'auditFinding',
      type: 'relationship',
      relationTo: 'audit-findings',
      index: true,
      access: { create: () => false, update: () => false },
      label: { vi: 'Phát hiện đánh giá', en: 'Audit finding' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.auditFinding) },
    },
    {
      name: 'serviceResult',
      type: 'relationship',
      relationTo: 'service-results',
      label: { vi: 'Báo cáo kết quả giải quyết hồ sơ của kỳ', en: "The period's results report" },
      filterOptions: ({ data }) =>
        data?.locality ? { locality: { equals: data.locality } } : false,
      admin: { condition: (data) => data?.source === 'late-dossier' },
    },
    {
      name: 'description',
      type: 'textarea',
      required: true,
      label: { vi: 'Mô tả sự không phù hợp', en: 'Description' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'documents',
          type: 'relationship',
          relationTo: 'quality-documents',
          hasMany: true,
          label: { vi: 'Tài liệu ISO liên quan', en: 'Quality documents concerned' },
          filterOptions: ({ data }): Where =>
            data?.locality
              ? { or: [{ locality: { equals: data.locality } }, { locality: { exists: false } }] }
              : { locality: { exists: false } },
        },
        {
          name: 'appliedProcedures',
          type: 'relationship',
          relationTo: 'applied-procedures',
          hasMany: true,
          label: { vi: 'Thủ tục áp dụng liên quan', en: 'Applied procedures concerned' },
          filterOptions: ({ data }) =>
            data?.locality ? { locality: { equals: data.locality } } : false,
        },
      ],
    },
    {
      name: 'correction',
      type: 'textarea',
      label: { vi: 'Khắc phục tức thời', en: 'Correction' },
      admin: {
        description: {
          vi: 'Việc đã làm ngay để xử lý hậu quả (ví dụ: xin lỗi người dân, trả hồ sơ).',
          en: 'What was done at once about the consequences.',
        },
      },
    },
    {
      name: 'rootCause',
      type: 'textarea',
      label: { vi: 'Nguyên nhân', en: 'Root cause' },
    },
    {
      name: 'actions',
      type: 'join',
      collection: 'corrective-actions',
      on: 'nonconformity',
      defaultSort: 'code',
      label: { vi: 'Hành động khắc phục', en: 'Corrective actions' },
      admin: { defaultColumns: ['code', 'action', 'ownerName', 'dueDate', 'state'] },
    },
    {
      name: 'reportedBy',
      type: 'relationship',
      relationTo: 'users',
      access: systemManaged,
      label: { vi: 'Người ghi nhận', en: 'Reported by' },
      // A list column and filter; the form shows it by name (people, below).
      admin: { readOnly: true, condition: () => false },
    },
    {
      name: 'closedBy',
      type: 'relationship',
      relationTo: 'users',
      access: systemManaged,
      label: { vi: 'Người đóng', en: 'Closed by' },
      admin: { readOnly: true, condition: () => false },
    },
    {
      name: 'closedAt',
      type: 'date',
      access: systemManaged,
      label: { vi: 'Ngày đóng', en: 'Closed on' },
      admin: { readOnly: true, condition: () => false, date: { displayFormat: 'dd/MM/yyyy' } },
    },
    {
      name: 'closingNote',
      type: 'textarea',
      access: systemManaged,
      label: { vi: 'Nhận xét khi đóng', en: 'Closing note' },
      admin: { readOnly: true, condition: () => false },
    },
    {
      // Who recorded and who closed it, by name (the relation fields would show IDs to staff).
      name: 'people',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: {
          Field: '/collections/CorrectiveActions/components/RecordPeople#NonconformityPeople',
        },
      },
    },
    // The code's parts, for numbering (./yearlyCode.ts) and its uniqueness.
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
