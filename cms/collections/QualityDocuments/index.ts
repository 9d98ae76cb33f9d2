import type { CollectionConfig, Field } from 'payload'

import { timeUnitLabels } from '../../../content-schemas/enumerations'
import { versioned } from '../../fields/versioned'
import { ROLES, roleLabels } from '../../access/roles'
import { readQualityDocuments, writeQualityDocuments } from './access'
import { docxEndpoint } from './docxEndpoint'
import { obsoleteEndpoint } from './obsoleteEndpoint'
import { deleteReviewTasksOf } from '../ReviewTasks/reviewTasks'
import { keepIssuedDocuments, recordIssue, validateQualityDocument } from './hooks'
import { appliedProcedureOptions, ownerLocalityOptions } from './choices'
import { STEP_TIME_UNITS } from './internalProcess'
import {
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  documentStatusLabels,
  documentTypeLabels,
} from './types'

const systemManaged = { create: () => false, update: () => false }

const section = (name: string, vi: string, en: string): Field => ({
  name,
  type: 'richText',
  label: { vi, en },
})

/**
 * Tài liệu hệ thống quản lý chất lượng (TCVN ISO 9001:2015, QĐ 19/2014/QĐ-TTg): quality policy,
 * objectives, procedures (quy trình), instructions, forms. Each approved issue gets the next issue
 * number and supersedes the one before (see QualityDocumentIssues); the workflow guarantees that
 * the preparer never approves.
 */
export const QualityDocuments: CollectionConfig = {
  slug: 'quality-documents',
  labels: {
    singular: { vi: 'Tài liệu ISO', en: 'Quality document' },
    plural: { vi: 'Tài liệu ISO', en: 'Quality documents' },
  },
  defaultSort: 'code',
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'code',
      'title',
      'docType',
      'locality',
      'issueNumber',
      'documentStatus',
      'nextReviewDate',
    ],
    listSearchableFields: ['code', 'title'],
    group: { vi: 'Tài liệu ISO', en: 'ISO documents' },
    components: {
      edit: {
        beforeDocumentControls: [
          '/collections/QualityDocuments/components/DocxDownload#DocxDownload',
        ],
      },
    },
  },
  access: {
    read: readQualityDocuments,
    // Judged again on the document as it will be saved (see reviewWorkflowPlugin).
    create: writeQualityDocuments,
    update: writeQualityDocuments,
    delete: writeQualityDocuments,
  },
  versions: versioned,
  endpoints: [docxEndpoint, obsoleteEndpoint],
  hooks: {
    beforeChange: [validateQualityDocument],
    afterChange: [recordIssue],
    beforeDelete: [keepIssuedDocuments, deleteReviewTasksOf('quality-documents')],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          label: { vi: 'Mã hiệu', en: 'Code' },
          admin: { description: { vi: 'Ví dụ QT-HT-01.', en: 'E.g. QT-HT-01.' } },
        },
        {
          name: 'docType',
          type: 'select',
          required: true,
          defaultValue: 'procedure',
          label: { vi: 'Loại tài liệu', en: 'Type' },
          options: DOCUMENT_TYPES.map((value) => ({ value, label: documentTypeLabels[value] })),
        },
      ],
    },
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên tài liệu', en: 'Title' } },
    {
      type: 'row',
      fields: [
        {
          name: 'locality',
          type: 'relationship',
          relationTo: 'localities',
          index: true,
          label: { vi: 'Địa phương sở hữu', en: 'Owning locality' },
          filterOptions: ownerLocalityOptions,
          admin: {
            description: {
              vi: 'Để trống nếu là tài liệu chung của tỉnh.',
              en: 'Empty for the province.',
            },
          },
        },
        { name: 'ownerUnit', type: 'text', label: { vi: 'Bộ phận chủ trì', en: 'Owner unit' } },
      ],
    },
    {
      // Người cần đọc: who confirms having read each issue (ReadAcknowledgements/rules.ts).
      // Reviewed with the document, as part of it.
      type: 'row',
      fields: [
        {
          name: 'readerRoles',
          type: 'select',
          hasMany: true,
          label: { vi: 'Người cần đọc: theo vai trò', en: 'Readers by role' },
          options: ROLES.filter((role) => role !== 'admin').map((value) => ({
            value,
            label: roleLabels[value],
          })),
          admin: {
            description: {
              vi: 'Người của địa phương sở hữu (tài liệu của tỉnh: cán bộ cấp tỉnh) giữ vai trò đã chọn. Để trống cả ba ô: cán bộ của địa phương.',
              en: "Users of the owning locality (province documents: province staff) with these roles. All three empty: the locality's officers.",
            },
          },
        },
        {
          name: 'readerUnits',
          type: 'relationship',
          relationTo: 'units',
          hasMany: true,
          label: { vi: 'Người cần đọc: theo bộ phận', en: 'Readers by unit' },
          // The owning locality's units (province documents: the province's).
          filterOptions: ({ data }) =>
            data?.locality
              ? { locality: { equals: data.locality } }
              : { locality: { exists: false } },
          admin: {
            description: {
              vi: 'Người làm việc ở bộ phận đã chọn, thuộc địa phương sở hữu.',
              en: 'People working in these units of the owning locality.',
            },
          },
        },
        {
          name: 'readerUsers',
          type: 'relationship',
          relationTo: 'users',
          hasMany: true,
          label: { vi: 'Người cần đọc: người cụ thể', en: 'Named readers' },
          admin: {
            description: {
              vi: 'Chỉ tính người thuộc địa phương sở hữu.',
              en: 'Only users of the owning locality count.',
            },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'procedures',
          type: 'relationship',
          relationTo: 'procedures',
          hasMany: true,
          label: { vi: 'Thủ tục liên quan', en: 'Linked procedures' },
        },
        {
          name: 'appliedProcedure',
          type: 'relationship',
          relationTo: 'applied-procedures',
          label: { vi: 'Quy trình nội bộ của thủ tục áp dụng', en: 'Internal process of' },
          // Offer the owning locality's procedures only (the save checks it too).
          filterOptions: appliedProcedureOptions,
          admin: {
            description: {
              vi: 'Tổng thời gian các bước không được vượt thời hạn của thủ tục này.',
              en: 'The steps must fit its time limit.',
            },
          },
        },
      ],
    },
    {
      // Kept by ./overTimeLimit.ts: the steps no longer fit the time in force (a shorter new
      // legal or committed time). The compliance overview counts it.
      name: 'overTimeLimit',
      type: 'checkbox',
      index: true,
      defaultValue: false,
      access: systemManaged,
      label: { vi: 'Dài hơn thời hạn giải quyết', en: 'Longer than the time limit' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => Boolean(data?.overTimeLimit),
        description: {
          vi: 'Tổng thời gian các bước dài hơn thời hạn đang áp dụng của thủ tục: cần sửa quy trình.',
          en: 'The steps take longer than the procedure’s time in force: revise the process.',
        },
      },
    },
    {
      name: 'legalBasis',
      type: 'relationship',
      relationTo: 'legal-documents',
      hasMany: true,
      label: { vi: 'Văn bản viện dẫn', en: 'Legal texts cited' },
      admin: {
        description: {
          vi: 'Khi văn bản thay đổi, tài liệu được đánh dấu cần rà soát.',
          en: 'A change marks this document for review.',
        },
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { vi: 'Nội dung', en: 'Content' },
          fields: [
            section('purpose', '1. Mục đích', '1. Purpose'),
            section('scope', '2. Phạm vi áp dụng', '2. Scope'),
            section('references', '3. Tài liệu viện dẫn', '3. References'),
            section('definitions', '4. Định nghĩa, từ viết tắt', '4. Definitions'),
            section('content', '5. Nội dung', '5. Content'),
          ],
        },
        {
          label: { vi: 'Các bước thực hiện', en: 'Steps' },
          fields: [
            {
              name: 'steps',
              type: 'array',
              label: { vi: 'Bảng các bước', en: 'Step table' },
              labels: {
                singular: { vi: 'Bước', en: 'Step' },
                plural: { vi: 'Các bước', en: 'Steps' },
              },
              fields: [
                {
                  name: 'task',
                  type: 'textarea',
                  required: true,
                  label: { vi: 'Nội dung công việc', en: 'Task' },
                },
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'responsible',
                      type: 'text',
                      required: true,
                      label: { vi: 'Trách nhiệm', en: 'Responsible' },
                    },
                    {
                      name: 'timeValue',
                      type: 'number',
                      required: true,
                      min: 0,
                      label: { vi: 'Thời gian', en: 'Time' },
                    },
                    {
                      name: 'timeUnit',
                      type: 'select',
                      required: true,
                      defaultValue: 'hour',
                      label: { vi: 'Đơn vị', en: 'Unit' },
                      options: STEP_TIME_UNITS.map((value) => ({
                        value,
                        label: timeUnitLabels[value],
                      })),
                    },
                    {
                      name: 'form',
                      type: 'text',
                      label: { vi: 'Biểu mẫu/kết quả', en: 'Form used' },
                    },
                  ],
                },
              ],
            },
            {
              name: 'forms',
              type: 'array',
              label: { vi: '6. Biểu mẫu', en: '6. Forms' },
              labels: {
                singular: { vi: 'Biểu mẫu', en: 'Form' },
                plural: { vi: 'Biểu mẫu', en: 'Forms' },
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'code', type: 'text', label: { vi: 'Mã hiệu', en: 'Code' } },
                    {
                      name: 'title',
                      type: 'text',
                      required: true,
                      label: { vi: 'Tên biểu mẫu', en: 'Title' },
                    },
                  ],
                },
              ],
            },
            {
              name: 'records',
              type: 'array',
              label: { vi: '7. Hồ sơ cần lưu', en: '7. Records to keep' },
              labels: {
                singular: { vi: 'Hồ sơ', en: 'Record' },
                plural: { vi: 'Hồ sơ cần lưu', en: 'Records to keep' },
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'record',
                      type: 'text',
                      required: true,
                      label: { vi: 'Hồ sơ', en: 'Record' },
                    },
                    {
                      name: 'keeper',
                      type: 'text',
                      required: true,
                      label: { vi: 'Trách nhiệm lưu', en: 'Keeper' },
                    },
                    {
                      name: 'retention',
                      type: 'text',
                      required: true,
                      label: { vi: 'Thời gian lưu', en: 'Retention' },
                    },
                    {
                      name: 'storage',
                      type: 'text',
                      label: { vi: 'Nơi lưu, hình thức', en: 'Storage' },
                    },
                  ],
                },
              ],
            },
            {
              name: 'attachments',
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              label: { vi: 'Tệp đính kèm', en: 'Attachments' },
            },
          ],
        },
        {
          label: { vi: 'Ban hành', en: 'Issues' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'issueNumber',
                  type: 'number',
                  access: systemManaged,
                  label: { vi: 'Lần ban hành', en: 'Issue number' },
                  admin: { readOnly: true },
                },
                {
                  name: 'issueDate',
                  type: 'date',
                  access: systemManaged,
                  label: { vi: 'Ngày ban hành', en: 'Issue date' },
                  admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy' } },
                },
                {
                  name: 'effectiveDate',
                  type: 'date',
                  label: { vi: 'Ngày hiệu lực', en: 'Effective date' },
                  admin: {
                    date: { displayFormat: 'dd/MM/yyyy' },
                    description: {
                      vi: 'Mặc định là ngày ban hành.',
                      en: 'Defaults to the issue date.',
                    },
                  },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'documentStatus',
                  type: 'select',
                  index: true,
                  defaultValue: 'draft',
                  access: systemManaged,
                  label: { vi: 'Tình trạng tài liệu', en: 'Document status' },
                  options: DOCUMENT_STATUSES.map((value) => ({
                    value,
                    label: documentStatusLabels[value],
                  })),
                  admin: { readOnly: true },
                },
                {
                  name: 'reviewIntervalMonths',
                  type: 'number',
                  min: 1,
                  max: 60,
                  defaultValue: 12,
                  label: { vi: 'Chu kỳ rà soát (tháng)', en: 'Review interval (months)' },
                },
                {
                  name: 'nextReviewDate',
                  type: 'date',
                  index: true,
                  access: systemManaged,
                  label: { vi: 'Hạn rà soát tiếp theo', en: 'Next review' },
                  admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy' } },
                },
              ],
            },
            {
              name: 'issues',
              type: 'join',
              collection: 'quality-document-issues',
              on: 'document',
              defaultSort: '-issueNumber',
              label: { vi: 'Theo dõi sửa đổi (các lần ban hành)', en: 'Revision history' },
              // The register is written by the workflow only: no "Thêm mới" here.
              admin: {
                defaultColumns: ['issueNumber', 'issueDate', 'issueStatus', 'change', 'reason'],
                allowCreate: false,
              },
            },
            {
              // Who has and has not confirmed reading the issue in force (ReadAcknowledgements).
              name: 'readRegister',
              type: 'ui',
              admin: {
                components: {
                  Field: '/collections/ReadAcknowledgements/components/ReadRegister#ReadRegister',
                },
              },
            },
          ],
        },
      ],
    },
  ],
}
