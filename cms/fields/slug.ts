import type { FieldAccess, TextField } from 'payload'

import { slugify } from '../lib/slugify'

/** A URL slug derived from `source` unless an editor sets one; unique within its collection. */
export const slugField = (
  source: string,
  access?: { create?: FieldAccess; update?: FieldAccess },
): TextField => ({
  name: 'slug',
  type: 'text',
  unique: true,
  index: true,
  access,
  label: { vi: 'Đường dẫn (slug)', en: 'Slug' },
  admin: {
    position: 'sidebar',
    description: { vi: 'Tự tạo từ tên nếu để trống.', en: 'Generated from the name when empty.' },
  },
  hooks: {
    beforeValidate: [
      ({ value, siblingData }) =>
        typeof value === 'string' && value.trim() !== ''
          ? slugify(value)
          : typeof siblingData?.[source] === 'string'
            ? slugify(siblingData[source])
            : value,
    ],
  },
})
