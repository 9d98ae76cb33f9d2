import type { CollectionConfig } from 'payload'

import { anyone, masterEditor } from '../../access'
import { levelLabels, LEVELS } from '../../../content-schemas/enumerations'

/** Agencies that implement, decide, coordinate or are authorised for procedures. */
export const Agencies: CollectionConfig = {
  slug: 'agencies',
  // A reference to an agency carries its name and level only.
  defaultPopulate: { name: true, level: true, locality: true },
  labels: { singular: { vi: 'Cơ quan', en: 'Agency' }, plural: { vi: 'Cơ quan', en: 'Agencies' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'level', 'locality'],
    group: { vi: 'Danh mục', en: 'Reference data' },
  },
  access: { read: anyone, create: masterEditor, update: masterEditor, delete: masterEditor },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên cơ quan', en: 'Name' } },
    {
      name: 'level',
      type: 'select',
      label: { vi: 'Cấp', en: 'Level' },
      options: [
        { value: 'central', label: { vi: 'Trung ương', en: 'Central' } },
        ...LEVELS.map((value) => ({ value, label: levelLabels[value] })),
      ],
    },
    {
      name: 'locality',
      type: 'relationship',
      relationTo: 'localities',
      label: { vi: 'Thuộc địa phương', en: 'Locality' },
      admin: {
        description: {
          vi: 'Để trống nếu là cơ quan chung (ví dụ "UBND cấp xã").',
          en: 'Empty for a generic agency.',
        },
      },
    },
    { name: 'address', type: 'textarea', label: { vi: 'Địa chỉ', en: 'Address' } },
    { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
  ],
}
