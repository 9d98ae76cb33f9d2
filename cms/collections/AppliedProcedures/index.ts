import type { CollectionConfig } from 'payload'

import { ownLocalitiesInDeskList, readLocalityOwned, writeLocalityOwned } from '../../access'
import { versioned } from '../../fields/versioned'
import { validateUrl } from '../../fields/validateUrl'
import { TIME_UNITS, timeUnitLabels } from '../../../content-schemas/enumerations'
import { deleteReviewTasksOf } from '../ReviewTasks/reviewTasks'
import { validateApplication } from './validateApplication'

/** A locality's subset of the master list, with its own overrides. */
export const AppliedProcedures: CollectionConfig = {
  slug: 'applied-procedures',
  labels: {
    singular: { vi: 'Thủ tục áp dụng tại địa phương', en: 'Applied procedure' },
    plural: { vi: 'Thủ tục áp dụng tại địa phương', en: 'Applied procedures' },
  },
  defaultSort: 'title',
  // A locality's list in its default order (the desk's list, the site's locality pages) reads this
  // index in order instead of sorting the locality's rows.
  indexes: [{ fields: ['locality', 'title'] }],
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'locality', 'committedTime', 'appliedFrom', '_status'],
    // The list reads only its columns, not every part of each document (province scale: docs/benchmarks.md).
    enableListViewSelectAPI: true,
    group: { vi: 'Thủ tục hành chính', en: 'Procedures' },
    baseFilter: ownLocalitiesInDeskList('locality'),
  },
  access: {
    read: readLocalityOwned('locality'),
    // Judged again on the document as it will be saved (see reviewWorkflowPlugin).
    create: writeLocalityOwned('locality'),
    update: writeLocalityOwned('locality'),
    delete: writeLocalityOwned('locality'),
  },
  versions: versioned,
  hooks: {
    beforeChange: [validateApplication],
    beforeDelete: [deleteReviewTasksOf('applied-procedures')],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { vi: 'Tiêu đề', en: 'Title' },
      admin: { readOnly: true, hidden: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'locality',
          type: 'relationship',
          relationTo: 'localities',
          required: true,
          index: true,
          label: { vi: 'Địa phương', en: 'Locality' },
        },
        {
          name: 'procedure',
          type: 'relationship',
          relationTo: 'procedures',
          required: true,
          index: true,
          label: { vi: 'Thủ tục (danh mục của tỉnh)', en: 'Master procedure' },
          filterOptions: { validity: { equals: 'in-force' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'appliedFrom',
          type: 'date',
          label: { vi: 'Áp dụng từ ngày', en: 'Applied from' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'applyingDecision',
          type: 'relationship',
          relationTo: 'decisions',
          label: { vi: 'Quyết định áp dụng', en: 'Applying decision' },
          filterOptions: { kind: { equals: 'application' } },
        },
      ],
    },
    {
      name: 'committedTime',
      type: 'group',
      label: { vi: 'Thời hạn địa phương cam kết', en: 'Committed processing time' },
      admin: {
        description: {
          vi: 'Không bắt buộc. Không được dài hơn thời hạn theo quy định của bất kỳ cách thức nào.',
          en: 'Optional; never longer than the legal time of any channel.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'number', min: 0, label: { vi: 'Thời hạn', en: 'Time' } },
            {
              name: 'unit',
              type: 'select',
              label: { vi: 'Đơn vị', en: 'Unit' },
              options: TIME_UNITS.map((value) => ({ value, label: timeUnitLabels[value] })),
            },
          ],
        },
        {
          // The limits the commitment is checked against, read from the master as the officer types.
          name: 'legalTimes',
          type: 'ui',
          admin: {
            components: {
              Field: '/collections/AppliedProcedures/components/LegalTimes#LegalTimes',
            },
          },
        },
      ],
    },
    {
      name: 'receivingAddress',
      type: 'textarea',
      label: { vi: 'Địa chỉ tiếp nhận hồ sơ', en: 'Receiving address' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'officerInCharge',
          type: 'text',
          label: { vi: 'Công chức phụ trách', en: 'Officer in charge' },
        },
        {
          name: 'unitInCharge',
          type: 'text',
          label: { vi: 'Bộ phận phụ trách', en: 'Unit in charge' },
        },
      ],
    },
    {
      name: 'onlineServiceUrl',
      type: 'text',
      validate: validateUrl,
      label: { vi: 'Đường dẫn dịch vụ công trực tuyến', en: 'Online service link' },
    },
    {
      name: 'localNotes',
      type: 'textarea',
      label: { vi: 'Ghi chú của địa phương', en: 'Local notes' },
    },
  ],
}
