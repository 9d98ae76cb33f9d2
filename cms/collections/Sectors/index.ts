import type { CollectionConfig } from 'payload'

import { anyone, masterEditor } from '../../access'
import { slugField } from '../../fields/slug'

/** Lĩnh vực: the field of state management a procedure belongs to (hộ tịch, chứng thực, …). */
export const Sectors: CollectionConfig = {
  slug: 'sectors',
  // A reference to a sector carries its name and code only.
  defaultPopulate: { name: true, code: true, slug: true },
  labels: { singular: { vi: 'Lĩnh vực', en: 'Field' }, plural: { vi: 'Lĩnh vực', en: 'Fields' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code'],
    group: { vi: 'Danh mục', en: 'Reference data' },
  },
  access: { read: anyone, create: masterEditor, update: masterEditor, delete: masterEditor },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      unique: true,
      label: { vi: 'Tên lĩnh vực', en: 'Name' },
    },
    { name: 'code', type: 'text', label: { vi: 'Mã lĩnh vực', en: 'Code' } },
    slugField('name'),
    { name: 'description', type: 'textarea', label: { vi: 'Mô tả', en: 'Description' } },
  ],
}
