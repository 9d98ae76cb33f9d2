import type { CollectionConfig, Field } from 'payload'

import { ownLocalitiesInDeskList, readLocalityOwned, writeLocalityOwned } from '../../access'
import { versioned } from '../../fields/versioned'
import {
  DOSSIER_COUNTS,
  dossierCountLabels,
  PERIOD_KINDS,
  periodKindLabels,
  type DossierCount,
} from '../../../content-schemas/serviceResults'
import { validateReport } from './validateReport'

const count = (name: DossierCount): Field => ({
  name,
  type: 'number',
  min: 0,
  label: dossierCountLabels[name],
  admin: { step: 1 },
})

/** Counts as the common reporting template groups them: to handle, resolved, still in progress. */
const countRows: DossierCount[][] = [
  ['carriedOver', 'receivedOnline', 'receivedDirect', 'receivedPostal'],
  ['resolvedEarly', 'resolvedOnTime', 'resolvedLate'],
  ['pendingWithinTime', 'pendingOverdue', 'withdrawn'],
]
if (countRows.flat().length !== DOSSIER_COUNTS.length)
  throw new Error('ServiceResults: every dossier count must have a place on the form')

/**
 * What a locality's one-stop desk reports for a period: per procedure (or per sector when its
 * software has no finer grain), the dossiers it had to handle and what became of them. Reviewed
 * like every published document (cms/workflow) and published to citizens; rates and roll-ups are
 * computed (content-schemas/serviceResults.ts), never typed.
 */
export const ServiceResults: CollectionConfig = {
  slug: 'service-results',
  labels: {
    singular: { vi: 'Báo cáo kết quả giải quyết hồ sơ', en: 'Service results report' },
    plural: { vi: 'Kết quả giải quyết hồ sơ', en: 'Service results' },
  },
  defaultSort: '-period',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'locality', 'period', '_status'],
    enableListViewSelectAPI: true,
    group: { vi: 'Hệ thống quản lý chất lượng', en: 'Quality management' },
    baseFilter: ownLocalitiesInDeskList('locality'),
    description: {
      vi: 'Số hồ sơ tiếp nhận và giải quyết (trước hạn, đúng hạn, quá hạn) của Bộ phận một cửa, theo kỳ. Ô để trống là "chưa có thông tin", khác với 0.',
      en: 'Dossiers received and resolved by the one-stop desk, per period. An empty cell is unknown, not 0.',
    },
  },
  access: {
    // Published reports are public: citizens see the results of the desk they will go to.
    read: readLocalityOwned('locality'),
    create: writeLocalityOwned('locality'),
    update: writeLocalityOwned('locality'),
    delete: writeLocalityOwned('locality'),
  },
  versions: versioned,
  hooks: { beforeChange: [validateReport] },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { vi: 'Tiêu đề', en: 'Title' },
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'locality',
      type: 'relationship',
      relationTo: 'localities',
      required: true,
      index: true,
      label: { vi: 'Địa phương', en: 'Locality' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'periodKind',
          type: 'select',
          required: true,
          defaultValue: 'month',
          label: { vi: 'Kỳ báo cáo', en: 'Period' },
          options: PERIOD_KINDS.map((value) => ({ value, label: periodKindLabels[value] })),
        },
        {
          name: 'periodIndex',
          type: 'number',
          label: { vi: 'Tháng hoặc quý', en: 'Month or quarter' },
          admin: {
            condition: (data) => data?.periodKind !== 'year',
            description: { vi: 'Tháng 1–12, quý 1–4.', en: 'Month 1–12, quarter 1–4.' },
          },
        },
        {
          name: 'year',
          type: 'number',
          required: true,
          label: { vi: 'Năm', en: 'Year' },
        },
      ],
    },
    {
      // "2026-03", "2026-Q1", "2026": computed from the three fields above (validateReport).
      name: 'period',
      type: 'text',
      index: true,
      label: { vi: 'Mã kỳ', en: 'Period key' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'source',
      type: 'text',
      label: { vi: 'Nguồn số liệu', en: 'Source' },
      admin: {
        description: {
          vi: 'Ví dụ: "Hệ thống thông tin giải quyết TTHC của tỉnh, xuất ngày 05/01/2027".',
          en: 'Where the figures come from.',
        },
      },
    },
    {
      name: 'demo',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Số liệu minh họa (không có thật)', en: 'Demo figures' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'rows',
      type: 'array',
      label: { vi: 'Số liệu theo thủ tục', en: 'Rows' },
      labels: {
        singular: { vi: 'Dòng', en: 'Row' },
        plural: { vi: 'Dòng', en: 'Rows' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'procedure',
              type: 'relationship',
              relationTo: 'procedures',
              label: { vi: 'Thủ tục', en: 'Procedure' },
            },
            {
              name: 'sector',
              type: 'relationship',
              relationTo: 'sectors',
              label: { vi: 'hoặc Lĩnh vực', en: 'or Sector' },
              admin: {
                description: {
                  vi: 'Chỉ khi số liệu không chia theo thủ tục.',
                  en: 'Only when the figures are not per procedure.',
                },
              },
            },
          ],
        },
        ...countRows.map((names): Field => ({ type: 'row', fields: names.map(count) })),
      ],
    },
  ],
}
