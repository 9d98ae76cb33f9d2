import type { CollectionConfig } from 'payload'

import {
  LEGAL_KINDS,
  legalKindLabels,
  LEGAL_STATUSES,
  legalStatusLabels,
} from '../../../content-schemas/enumerations'
import { anyone, masterEditor } from '../../access'
import { pureHook } from '../../lib/bulkHooks'
import { flagCitingDocuments } from './flagCitingDocuments'

const date = (name: string, vi: string, en: string, required = false) =>
  ({
    name,
    type: 'date',
    required,
    label: { vi, en },
    admin: { date: { displayFormat: 'dd/MM/yyyy' } },
  }) as const

/** Căn cứ pháp lý: the laws, decrees and circulars that set procedures. */
export const LegalDocuments: CollectionConfig = {
  slug: 'legal-documents',
  // A reference to a legal text carries its citation, not its history.
  defaultPopulate: {
    number: true,
    kind: true,
    title: true,
    issueDate: true,
    effectiveDate: true,
    status: true,
  },
  labels: {
    singular: { vi: 'Văn bản pháp luật', en: 'Legal document' },
    plural: { vi: 'Văn bản pháp luật', en: 'Legal documents' },
  },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'kind', 'title', 'issueDate', 'status'],
    group: { vi: 'Danh mục', en: 'Reference data' },
  },
  access: { read: anyone, create: masterEditor, update: masterEditor, delete: masterEditor },
  hooks: {
    afterChange: [flagCitingDocuments],
    beforeValidate: [
      pureHook(({ data }) => {
        // A replaced document names its replacement; one in force names none.
        if (data && data.status !== 'replaced' && data.status !== undefined) data.replacedBy = null
        return data
      }),
    ],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'text',
          required: true,
          unique: true,
          label: { vi: 'Số ký hiệu', en: 'Number and symbol' },
        },
        {
          name: 'kind',
          type: 'select',
          label: { vi: 'Loại văn bản', en: 'Kind' },
          options: LEGAL_KINDS.map((value) => ({ value, label: legalKindLabels[value] })),
        },
      ],
    },
    // Only the number is required: sources often cite a text by number and title alone, and the
    // catalogue must not invent its kind, issuer or date.
    { name: 'title', type: 'textarea', label: { vi: 'Trích yếu', en: 'Title' } },
    {
      name: 'issuer',
      type: 'text',
      label: { vi: 'Cơ quan ban hành', en: 'Issuer' },
    },
    {
      type: 'row',
      fields: [
        date('issueDate', 'Ngày ban hành', 'Issue date'),
        date('effectiveDate', 'Ngày có hiệu lực', 'Effective date'),
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      // The default serves hand entry; importers write 'unknown' when the source does not say.
      defaultValue: 'in-force',
      index: true,
      label: { vi: 'Tình trạng hiệu lực', en: 'Status' },
      options: LEGAL_STATUSES.map((value) => ({ value, label: legalStatusLabels[value] })),
    },
    {
      name: 'replacedBy',
      type: 'relationship',
      relationTo: 'legal-documents',
      label: { vi: 'Được thay thế bởi', en: 'Replaced by' },
      admin: { condition: (data) => data?.status === 'replaced' },
      validate: (
        value: unknown,
        { siblingData, id }: { siblingData: Record<string, unknown>; id?: string | number },
      ) => {
        if (siblingData?.status === 'replaced' && !value) return 'Hãy chọn văn bản thay thế.'
        if (value && id && String(value) === String(id))
          return 'Một văn bản không thể thay thế chính nó.'
        return true
      },
    },
  ],
}
