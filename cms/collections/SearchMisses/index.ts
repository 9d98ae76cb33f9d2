import type { CollectionConfig } from 'payload'

import { hasRole } from '../../access'
import { QUERY_MAX_LENGTH } from './readReport'
import { reportEndpoint } from './reportEndpoint'

/**
 * Tìm kiếm không có kết quả: what citizens searched for on the public site and found nothing,
 * reported by the search page when the province turns it on (SEARCH_MISS_REPORTS, docs/site.md).
 * One row per folded query, locality and day, with a count: no address, browser, cookie or time
 * of day, nothing that says who asked. Legal officers read the most frequent ones and turn them
 * into synonyms (cms/collections/SearchSynonyms). Rows are written only by the report endpoint.
 */
export const SearchMisses: CollectionConfig = {
  slug: 'search-misses',
  labels: {
    singular: { vi: 'Tìm kiếm không có kết quả', en: 'Failed search' },
    plural: { vi: 'Tìm kiếm không có kết quả', en: 'Failed searches' },
  },
  defaultSort: '-count',
  admin: {
    useAsTitle: 'query',
    defaultColumns: ['query', 'count', 'locality', 'day'],
    listSearchableFields: ['query'],
    group: { vi: 'Tìm kiếm', en: 'Search' },
    description: {
      vi: 'Từ người dân tìm trên trang công khai mà không thấy thủ tục nào, nhiều nhất trước. Mở một dòng để tạo từ đồng nghĩa.',
      en: 'Searches on the public site that found nothing, most frequent first.',
    },
  },
  access: {
    read: hasRole('legal-officer'),
    create: () => false,
    update: () => false,
    delete: hasRole('legal-officer'),
  },
  endpoints: [reportEndpoint],
  fields: [
    {
      name: 'query',
      type: 'text',
      required: true,
      maxLength: QUERY_MAX_LENGTH,
      index: true,
      label: { vi: 'Từ tìm kiếm (không dấu)', en: 'Query (folded)' },
      admin: { readOnly: true },
    },
    {
      name: 'locality',
      type: 'relationship',
      relationTo: 'localities',
      index: true,
      label: { vi: 'Địa phương', en: 'Locality' },
      admin: {
        readOnly: true,
        description: { vi: 'Trống: tìm trong cả tỉnh.', en: 'Empty: province-wide search.' },
      },
    },
    {
      name: 'day',
      type: 'date',
      required: true,
      index: true,
      label: { vi: 'Ngày', en: 'Day' },
      admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy' } },
    },
    {
      name: 'count',
      type: 'number',
      required: true,
      index: true,
      label: { vi: 'Số lần', en: 'Count' },
      admin: { readOnly: true },
    },
    {
      // query, locality and day: one row each (reportEndpoint counts into it).
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      admin: { hidden: true },
    },
    {
      name: 'createSynonym',
      type: 'ui',
      admin: {
        components: {
          Field: '/collections/SearchMisses/components/CreateSynonym#CreateSynonym',
        },
      },
    },
  ],
}
