import type { Access, CollectionConfig, Where } from 'payload'

import { checkRole, localityIDs, readLocalityOwned } from '../../access'
import { versioned } from '../../fields/versioned'
import { DECISION_CHANGES, decisionChangeLabels } from '../../../content-schemas/enumerations'

/**
 * Announcement decisions belong to the province's legal officers. A locality officer may keep
 * the decisions by which their own locality applied procedures (kind "application"). The Where is
 * judged on the document as it will be saved too (see reviewWorkflowPlugin), so leaving `kind` to its
 * default, or changing `kind` or `locality` later, cannot step outside it.
 */
const canWrite: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['legal-officer'], user)) return true
  if (!checkRole(['locality-officer'], user)) return false
  const where: Where = {
    and: [{ kind: { equals: 'application' } }, { locality: { in: localityIDs(user) } }],
  }
  return where
}

const date = (name: string, vi: string, en: string) =>
  ({
    name,
    type: 'date',
    required: true,
    label: { vi, en },
    admin: { date: { displayFormat: 'dd/MM/yyyy' } },
  }) as const

/** Quyết định công bố (and local decisions applying procedures). */
export const Decisions: CollectionConfig = {
  slug: 'decisions',
  labels: {
    singular: { vi: 'Quyết định', en: 'Decision' },
    plural: { vi: 'Quyết định', en: 'Decisions' },
  },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'kind', 'title', 'signedDate', '_status'],
    group: { vi: 'Thủ tục hành chính', en: 'Procedures' },
  },
  // A locality's draft decisions, like its applied procedures, are read by its own officers and
  // the province's staff; everyone reads what is published.
  access: {
    read: readLocalityOwned('locality'),
    create: canWrite,
    update: canWrite,
    delete: canWrite,
  },
  versions: versioned,
  // A reference to a decision (a procedure's decisions, an applied procedure's applying decision)
  // carries what names it, not its list: a province's announcement lists a hundred procedures or
  // more, and every procedure it lists carried that whole list at depth 1. Read the decision
  // itself for its entries.
  defaultPopulate: {
    number: true,
    kind: true,
    title: true,
    issuer: true,
    locality: true,
    signedDate: true,
    effectiveDate: true,
    _status: true,
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
          label: { vi: 'Số quyết định', en: 'Number' },
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'announcement',
          label: { vi: 'Loại quyết định', en: 'Kind' },
          options: [
            {
              value: 'announcement',
              label: { vi: 'Công bố thủ tục hành chính', en: 'Announcement' },
            },
            {
              value: 'application',
              label: { vi: 'Áp dụng tại địa phương', en: 'Local application' },
            },
          ],
        },
      ],
    },
    { name: 'title', type: 'textarea', required: true, label: { vi: 'Trích yếu', en: 'Title' } },
    {
      name: 'issuer',
      type: 'text',
      required: true,
      label: { vi: 'Người/cơ quan ký', en: 'Issuer' },
    },
    {
      name: 'locality',
      type: 'relationship',
      relationTo: 'localities',
      required: true,
      index: true,
      label: { vi: 'Địa phương ban hành', en: 'Issuing locality' },
    },
    {
      type: 'row',
      fields: [
        date('signedDate', 'Ngày ký', 'Signing date'),
        date('effectiveDate', 'Ngày có hiệu lực', 'Effective date'),
      ],
    },
    {
      name: 'file',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Bản scan quyết định', en: 'Scanned file' },
    },
    {
      name: 'entries',
      type: 'array',
      label: { vi: 'Danh mục thủ tục', en: 'Procedures' },
      labels: {
        singular: { vi: 'Thủ tục', en: 'Entry' },
        plural: { vi: 'Thủ tục', en: 'Entries' },
      },
      fields: [
        {
          name: 'procedure',
          type: 'relationship',
          relationTo: 'procedures',
          required: true,
          index: true,
          label: { vi: 'Thủ tục', en: 'Procedure' },
        },
        {
          name: 'change',
          type: 'select',
          required: true,
          label: { vi: 'Nội dung', en: 'Change' },
          options: DECISION_CHANGES.map((value) => ({ value, label: decisionChangeLabels[value] })),
        },
        {
          name: 'replaces',
          type: 'relationship',
          relationTo: 'procedures',
          label: { vi: 'Thay thế thủ tục', en: 'Replaces' },
          admin: { condition: (_, sibling) => sibling?.change === 'replaced' },
        },
        {
          name: 'whatChanged',
          type: 'textarea',
          label: { vi: 'Nội dung sửa đổi, căn cứ', en: 'What changed and why' },
        },
      ],
    },
  ],
}
