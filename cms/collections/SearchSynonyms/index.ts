import type { CollectionConfig } from 'payload'

import { provinceCatalogueAccess } from '../../access'
import { versioned } from '../../fields/versioned'
import { TERM_MAX_LENGTH } from './limits'
import { validateSynonym } from './validateSynonym'

/**
 * Từ đồng nghĩa tìm kiếm: the province's citizens' words for search. One entry groups the everyday
 * terms people type ("sổ đỏ", "sổ hồng") with what they mean: words of official procedure names
 * and/or master procedures. Edited by the province's legal officers and published through the
 * two-person review (cms/workflow); the exporter passes the published ones to the site
 * (snapshot `searchSynonyms`), which folds them into its index.
 *
 * Published entries are public (they shape the public search, and the exporter reads as an
 * anonymous reader); drafts are read by signed-in staff only.
 */
export const SearchSynonyms: CollectionConfig = {
  slug: 'search-synonyms',
  labels: {
    singular: { vi: 'Từ đồng nghĩa tìm kiếm', en: 'Search synonym' },
    plural: { vi: 'Từ đồng nghĩa tìm kiếm', en: 'Search synonyms' },
  },
  defaultSort: 'title',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'means', 'procedures', '_status'],
    listSearchableFields: ['title'],
    group: { vi: 'Tìm kiếm', en: 'Search' },
    description: {
      vi: 'Từ ngữ người dân hay gõ khi tìm thủ tục, và thủ tục hoặc cụm từ chính thức chúng chỉ tới.',
      en: 'Words citizens type when searching, and the procedures or official words they mean.',
    },
  },
  access: provinceCatalogueAccess,
  versions: versioned,
  hooks: { beforeChange: [validateSynonym] },
  fields: [
    {
      // Computed from the terms (validateSynonym): the list's and the workflow's title.
      name: 'title',
      type: 'text',
      index: true,
      label: { vi: 'Tiêu đề', en: 'Title' },
      // Not hidden: a hidden field is no list column, and this one is the list's link.
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: { vi: 'Tự động: các từ người dân gõ.', en: 'Set from the terms.' },
      },
    },
    {
      name: 'terms',
      type: 'text',
      hasMany: true,
      required: true,
      maxLength: TERM_MAX_LENGTH,
      label: { vi: 'Từ người dân gõ', en: 'Terms citizens type' },
      admin: {
        description: {
          vi: 'Mỗi từ một mục, có dấu, ví dụ: sổ đỏ, giấy độc thân. Gõ không dấu cũng tìm được.',
          en: 'One term per entry, with tone marks, e.g. sổ đỏ.',
        },
      },
    },
    {
      name: 'means',
      type: 'text',
      hasMany: true,
      maxLength: TERM_MAX_LENGTH,
      label: { vi: 'Cụm từ trong tên thủ tục', en: 'Words of procedure names' },
      admin: {
        description: {
          vi: 'Cụm từ chính thức trong tên thủ tục, ví dụ: giấy chứng nhận quyền sử dụng đất. Mọi thủ tục có cụm từ này đều được tìm thấy.',
          en: 'Official words of procedure names; every procedure whose name holds them is found.',
        },
      },
    },
    {
      name: 'procedures',
      type: 'relationship',
      relationTo: 'procedures',
      hasMany: true,
      label: { vi: 'Thủ tục', en: 'Procedures' },
      admin: {
        description: {
          vi: 'Thủ tục mà từ này chỉ tới, dù tên thủ tục không chứa cụm từ nào ở trên.',
          en: 'Procedures the terms name outright.',
        },
      },
    },
  ],
}
