import type { CollectionConfig } from 'payload'

import { judgeFinalDocument } from '../../access/finalDocument'
import { readQualityDocuments, writeQualityDocuments } from '../QualityDocuments/access'

/**
 * Bộ phận: the units of a locality's People's Committee (Bộ phận Một cửa, Văn phòng – Thống kê,
 * Tư pháp – Hộ tịch…), or of the province when it has no locality. A user belongs to one
 * (`users.unit`), and an internal audit names the units it covers, so that "no auditor audits their
 * own unit" compares records, not spellings. Read and kept like the quality register: a locality's
 * people read their own and the province's, its officers write their own.
 */
export const Units: CollectionConfig = {
  slug: 'units',
  labels: {
    singular: { vi: 'Bộ phận', en: 'Unit' },
    plural: { vi: 'Bộ phận', en: 'Units' },
  },
  defaultSort: 'name',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'locality'],
    group: { vi: 'Hệ thống quản lý chất lượng', en: 'Quality management' },
    description: {
      vi: 'Các bộ phận chuyên môn của địa phương. Để trống địa phương: bộ phận của tỉnh.',
      en: 'The units of a locality; no locality: a province body.',
    },
  },
  access: {
    read: readQualityDocuments,
    create: writeQualityDocuments,
    update: writeQualityDocuments,
    delete: writeQualityDocuments,
  },
  // The create and update rules judge the unit as it will be saved, locality included.
  hooks: { beforeChange: [judgeFinalDocument()] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { vi: 'Tên bộ phận', en: 'Name' },
    },
    {
      name: 'locality',
      type: 'relationship',
      relationTo: 'localities',
      index: true,
      label: { vi: 'Địa phương', en: 'Locality' },
      admin: {
        description: { vi: 'Để trống: bộ phận thuộc tỉnh.', en: 'Empty: a province body.' },
      },
    },
  ],
}
