import type { CollectionConfig } from 'payload'

import { hasRole } from '../../access'

/**
 * Lần nạp dữ liệu: one record per run of the loaders (the demo today, the importers next), so an
 * officer sees in the admin who loaded what and when, and what each run created, updated or left
 * unchanged. Written only by the server (the `loadDemo` job); nobody edits or deletes a record.
 */
export const DataLoads: CollectionConfig = {
  slug: 'data-loads',
  labels: {
    singular: { vi: 'Lần nạp dữ liệu', en: 'Data load' },
    plural: { vi: 'Lần nạp dữ liệu', en: 'Data loads' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['source', 'outcome', 'summary', 'requestedBy', 'startedAt'],
    group: { vi: 'Hệ thống', en: 'System' },
  },
  defaultSort: '-startedAt',
  access: {
    read: hasRole('legal-officer', 'publisher'),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'source', type: 'text', required: true, label: { vi: 'Nguồn dữ liệu', en: 'Source' } },
    // Text, not a select: a new outcome or source is not a schema change.
    { name: 'outcome', type: 'text', required: true, label: { vi: 'Kết quả', en: 'Outcome' } },
    { name: 'summary', type: 'textarea', label: { vi: 'Tóm tắt', en: 'Summary' } },
    {
      name: 'report',
      type: 'json',
      label: { vi: 'Số bản ghi theo bộ sưu tập', en: 'Counts per collection' },
    },
    { name: 'error', type: 'textarea', label: { vi: 'Lỗi', en: 'Error' } },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người yêu cầu', en: 'Requested by' },
    },
    {
      name: 'startedAt',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
      label: { vi: 'Bắt đầu', en: 'Started' },
    },
    {
      name: 'finishedAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
      label: { vi: 'Kết thúc', en: 'Finished' },
    },
  ],
}
