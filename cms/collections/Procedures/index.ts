import {
  validations,
  type CollectionConfig,
  type Field,
  type NumberFieldSingleValidation,
  type SelectFieldSingleValidation,
} from 'payload'

import { provinceCatalogueAccess } from '../../access'
import { versioned } from '../../fields/versioned'
import { gapField } from '../../fields/gap'
import {
  CHANNELS,
  channelLabels,
  CURRENCIES,
  currencyLabels,
  ONLINE_LEVELS,
  onlineLevelLabels,
  PROCEDURE_LEVELS,
  procedureLevelLabels,
  SUBJECTS,
  subjectLabels,
  TIME_UNITS,
  timeUnitLabels,
} from '../../../content-schemas/enumerations'
import { refuseDeletingApplied } from './refuseDeletingApplied'
import { isEmpty, PART_LABELS, PARTS, type Part } from './requiredParts'
import { validateProcedure } from './validateProcedure'
import { deleteReviewTasksOf } from '../ReviewTasks/reviewTasks'

const agency = (name: string, vi: string, en: string): Field => ({
  name,
  type: 'relationship',
  relationTo: 'agencies',
  hasMany: true,
  label: { vi, en },
})

/** A fee needs an amount or words; Payload's own checks (min 0) still apply. */
const feeAmount: NumberFieldSingleValidation = (value, options) =>
  typeof value !== 'number' &&
  !(options.siblingData as { description?: string | null })?.description?.trim()
    ? 'Nhập mức thu hoặc nội dung khoản phí.'
    : validations.number(value, options)

/** An amount means nothing without its currency. */
const feeCurrency: SelectFieldSingleValidation = (value, options) =>
  typeof (options.siblingData as { amount?: unknown })?.amount === 'number' && !value
    ? 'Chọn đơn vị tiền của mức thu.'
    : validations.select(value, options)

/** The gap of a part that is either stated or not stated by the source (never "none"). */
const unknownGap = (
  name: string,
  vi: string,
  en: string,
  empty: (s: Record<string, unknown>) => boolean,
) => gapField(name, { vi: `${vi}: lý do để trống`, en: `${en}: why empty` }, { isEmpty: empty })

const partEnglish: Record<Part, string> = {
  name: 'Name',
  steps: 'Steps',
  methods: 'Methods',
  dossier: 'Dossier',
  processingTime: 'Time limit',
  subjects: 'Who it is for',
  implementingAgency: 'Implementing agency',
  results: 'Results',
  fees: 'Fees',
  requirements: 'Requirements',
}
const partOptions = PARTS.map((value) => ({
  value,
  label: { vi: PART_LABELS[value], en: partEnglish[value] },
}))

/** Computed on every save from the parts (validateProcedure): the compliance view filters on them. */
const partList = (name: string, vi: string, en: string): Field => ({
  name,
  type: 'select',
  hasMany: true,
  index: true,
  label: { vi, en },
  options: partOptions,
  admin: { position: 'sidebar', readOnly: true },
})

const NOT_STATED_CELL = '/collections/Procedures/components/NotStatedCell#NotStatedCell'
const notStatedHint = {
  vi: 'Để trống khi nguồn không nêu: trang công khai ghi "Chưa có thông tin".',
  en: 'Leave empty when the source does not state it: shown as not stated.',
}

/** The province's master list: one document per procedure as announced. */
export const Procedures: CollectionConfig = {
  slug: 'procedures',
  // A reference to a procedure (an applied procedure's master, a related procedure) carries its
  // card, not the whole document: populating 50 whole procedures was most of a list read's time
  // (docs/benchmarks.md, CMS). Read the rest with depth 0 or `populate`.
  defaultPopulate: {
    code: true,
    localCode: true,
    name: true,
    levels: true,
    sector: true,
    validity: true,
    _status: true,
  },
  labels: {
    singular: { vi: 'Thủ tục hành chính', en: 'Procedure' },
    plural: { vi: 'Thủ tục hành chính', en: 'Procedures' },
  },
  defaultSort: 'code',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'sector', 'levels', 'validity', 'unknownParts', '_status'],
    listSearchableFields: ['name', 'code', 'keywords'],
    // The list reads only its columns, not every part of each document (province scale: docs/benchmarks.md).
    enableListViewSelectAPI: true,
    group: { vi: 'Thủ tục hành chính', en: 'Procedures' },
  },
  access: provinceCatalogueAccess,
  versions: versioned,
  hooks: {
    beforeChange: [validateProcedure],
    beforeDelete: [refuseDeletingApplied, deleteReviewTasksOf('procedures')],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          label: { vi: 'Mã thủ tục', en: 'National code' },
          admin: {
            description: {
              vi: 'Dạng d.dddddd, ví dụ 1.001193.',
              en: 'Format d.dddddd, e.g. 1.001193.',
            },
          },
        },
        {
          name: 'localCode',
          type: 'text',
          label: { vi: 'Mã địa phương', en: 'Local code' },
          admin: {
            description: { vi: 'Không bắt buộc, ví dụ 1.000494.000.00.00.H29.', en: 'Optional.' },
          },
        },
      ],
    },
    { name: 'name', type: 'textarea', required: true, label: { vi: 'Tên thủ tục', en: 'Name' } },
    {
      // Not `status`: Payload's draft state `_status` would share its database enum name.
      name: 'validity',
      type: 'select',
      required: true,
      defaultValue: 'in-force',
      index: true,
      label: { vi: 'Tình trạng hiệu lực', en: 'Validity' },
      options: [
        { value: 'in-force', label: { vi: 'Đang thực hiện', en: 'In force' } },
        { value: 'abolished', label: { vi: 'Đã bãi bỏ', en: 'Abolished' } },
      ],
      admin: { position: 'sidebar' },
    },
    partList('unknownParts', 'Chưa có thông tin', 'Not stated by the source'),
    partList('missingParts', 'Còn thiếu', 'Missing'),
    {
      // Computed on every save (validateProcedure, ./formsNotAttached.ts): the compliance view counts it.
      name: 'formsNotAttached',
      type: 'number',
      index: true,
      label: { vi: 'Mẫu đơn, tờ khai chưa đính kèm', en: 'Forms not attached' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          vi: 'Số thành phần hồ sơ nêu mẫu đơn, tờ khai nhưng chưa gắn tệp mẫu.',
          en: 'Dossier components that name a form with no form file attached.',
        },
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { vi: 'Thông tin chung', en: 'General' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'levels',
                  type: 'select',
                  hasMany: true,
                  required: true,
                  index: true,
                  label: { vi: 'Cấp thực hiện', en: 'Levels' },
                  options: PROCEDURE_LEVELS.map((value) => ({
                    value,
                    label: procedureLevelLabels[value],
                  })),
                },
                {
                  name: 'sector',
                  type: 'relationship',
                  relationTo: 'sectors',
                  required: true,
                  index: true,
                  label: { vi: 'Lĩnh vực', en: 'Field' },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  // No default: an imported record that does not state its type must not claim one.
                  name: 'formalityType',
                  type: 'select',
                  label: { vi: 'Loại thủ tục', en: 'Type' },
                  admin: {
                    description: notStatedHint,
                    components: { Cell: NOT_STATED_CELL },
                  },
                  options: [
                    {
                      value: 'standard',
                      label: { vi: 'TTHC không được luật giao quy định chi tiết', en: 'Standard' },
                    },
                    {
                      value: 'detailed',
                      label: { vi: 'TTHC được luật giao quy định chi tiết', en: 'Detailed by law' },
                    },
                  ],
                },
                {
                  // No default: "Chưa có dịch vụ công trực tuyến" is a fact the source must state.
                  name: 'onlineServiceLevel',
                  type: 'select',
                  label: { vi: 'Dịch vụ công trực tuyến', en: 'Online service level' },
                  admin: {
                    description: notStatedHint,
                    components: { Cell: NOT_STATED_CELL },
                  },
                  options: ONLINE_LEVELS.map((value) => ({
                    value,
                    label: onlineLevelLabels[value],
                  })),
                },
              ],
            },
            {
              name: 'subjects',
              type: 'select',
              hasMany: true,
              label: { vi: 'Đối tượng thực hiện', en: 'Who it is for' },
              options: SUBJECTS.map((value) => ({ value, label: subjectLabels[value] })),
            },
            unknownGap('subjectsGap', 'Đối tượng thực hiện', 'Who it is for', isEmpty.subjects),
            { name: 'description', type: 'textarea', label: { vi: 'Mô tả ngắn', en: 'Summary' } },
            {
              name: 'agencies',
              type: 'group',
              label: { vi: 'Cơ quan', en: 'Agencies' },
              fields: [
                agency('implementing', 'Cơ quan thực hiện', 'Implementing agency'),
                agency('competent', 'Cơ quan có thẩm quyền', 'Competent authority'),
                agency('coordinating', 'Cơ quan phối hợp', 'Coordinating agency'),
                agency('authorised', 'Cơ quan được ủy quyền', 'Authorised agency'),
                unknownGap(
                  'implementingGap',
                  'Cơ quan thực hiện',
                  'Implementing agency',
                  isEmpty.implementing,
                ),
              ],
            },
          ],
        },
        {
          label: { vi: 'Trình tự, cách thức', en: 'Steps and methods' },
          fields: [
            { name: 'steps', type: 'richText', label: { vi: 'Trình tự thực hiện', en: 'Steps' } },
            unknownGap('stepsGap', 'Trình tự thực hiện', 'Steps', isEmpty.steps),
            {
              name: 'methods',
              type: 'array',
              label: { vi: 'Cách thức thực hiện', en: 'Methods' },
              labels: {
                singular: { vi: 'Cách thức', en: 'Method' },
                plural: { vi: 'Cách thức', en: 'Methods' },
              },
              admin: {
                description: {
                  vi: 'Thời hạn giải quyết và phí, lệ phí thuộc về từng cách thức nộp hồ sơ.',
                  en: 'Time limit and fees belong to each channel.',
                },
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'channel',
                      type: 'select',
                      required: true,
                      label: { vi: 'Hình thức nộp', en: 'Channel' },
                      options: CHANNELS.map((value) => ({ value, label: channelLabels[value] })),
                    },
                    {
                      name: 'processingTime',
                      type: 'number',
                      min: 0,
                      label: { vi: 'Thời hạn giải quyết', en: 'Time limit' },
                    },
                    {
                      name: 'processingTimeUnit',
                      type: 'select',
                      defaultValue: 'working-day',
                      label: { vi: 'Đơn vị', en: 'Unit' },
                      options: TIME_UNITS.map((value) => ({ value, label: timeUnitLabels[value] })),
                    },
                  ],
                },
                {
                  name: 'description',
                  type: 'textarea',
                  label: { vi: 'Mô tả', en: 'Description' },
                  admin: {
                    description: {
                      vi: 'Khi một cách thức có nhiều dòng (nhiều trường hợp), ghi trường hợp của từng dòng.',
                      en: 'When a channel has several rows (cases), name the case of each row.',
                    },
                  },
                },
                {
                  name: 'processingTimeText',
                  type: 'text',
                  label: { vi: 'Thời hạn ghi bằng lời', en: 'Time limit as written' },
                  admin: {
                    condition: (_data, sibling) =>
                      typeof sibling?.processingTime !== 'number' || !sibling?.processingTimeUnit,
                    description: {
                      vi: 'Khi nguồn không ghi số và đơn vị, ví dụ "Theo quy định của pháp luật chuyên ngành", hoặc một con số không kèm đơn vị, ghi đúng như nguồn.',
                      en: 'When the source gives no number and unit: its words, or a bare number, as written.',
                    },
                  },
                },
                unknownGap('processingTimeGap', 'Thời hạn giải quyết', 'Time limit', isEmpty.time),
                {
                  name: 'fees',
                  type: 'array',
                  label: { vi: 'Phí, lệ phí', en: 'Fees' },
                  labels: {
                    singular: { vi: 'Khoản phí', en: 'Fee' },
                    plural: { vi: 'Phí, lệ phí', en: 'Fees' },
                  },
                  fields: [
                    {
                      type: 'row',
                      fields: [
                        {
                          // Not required: a fee may be stated in words only ("Theo Thông tư 85/2019/TT-BTC").
                          name: 'amount',
                          type: 'number',
                          min: 0,
                          label: { vi: 'Mức thu', en: 'Amount' },
                          validate: feeAmount,
                        },
                        {
                          name: 'currency',
                          type: 'select',
                          defaultValue: 'VND',
                          label: { vi: 'Đơn vị tiền', en: 'Currency' },
                          options: CURRENCIES.map((value) => ({
                            value,
                            label: currencyLabels[value],
                          })),
                          validate: feeCurrency,
                        },
                        {
                          name: 'description',
                          type: 'text',
                          label: { vi: 'Nội dung', en: 'Description' },
                        },
                      ],
                    },
                  ],
                },
                gapField(
                  'feesGap',
                  { vi: 'Phí, lệ phí: lý do để trống', en: 'Fees: why empty' },
                  {
                    none: { vi: 'Không thu phí, lệ phí', en: 'No fee' },
                    isEmpty: isEmpty.fees,
                  },
                ),
              ],
            },
            unknownGap('methodsGap', 'Cách thức thực hiện', 'Methods', isEmpty.methods),
          ],
        },
        {
          label: { vi: 'Hồ sơ', en: 'Dossier' },
          fields: [
            {
              name: 'dossierCases',
              type: 'array',
              label: { vi: 'Thành phần hồ sơ', en: 'Dossier' },
              labels: {
                singular: { vi: 'Trường hợp', en: 'Case' },
                plural: { vi: 'Trường hợp', en: 'Cases' },
              },
              fields: [
                {
                  name: 'name',
                  type: 'text',
                  required: true,
                  label: { vi: 'Trường hợp', en: 'Case' },
                },
                {
                  name: 'components',
                  type: 'array',
                  label: { vi: 'Giấy tờ', en: 'Documents' },
                  labels: {
                    singular: { vi: 'Giấy tờ', en: 'Document' },
                    plural: { vi: 'Giấy tờ', en: 'Documents' },
                  },
                  fields: [
                    {
                      name: 'name',
                      type: 'textarea',
                      required: true,
                      label: { vi: 'Tên giấy tờ', en: 'Name' },
                    },
                    {
                      name: 'description',
                      type: 'textarea',
                      label: { vi: 'Ghi chú', en: 'Notes' },
                    },
                    {
                      type: 'row',
                      fields: [
                        {
                          name: 'originals',
                          type: 'number',
                          min: 0,
                          defaultValue: 1,
                          label: { vi: 'Bản chính', en: 'Originals' },
                        },
                        {
                          name: 'copies',
                          type: 'number',
                          min: 0,
                          defaultValue: 0,
                          label: { vi: 'Bản sao', en: 'Copies' },
                        },
                        {
                          name: 'required',
                          type: 'checkbox',
                          defaultValue: true,
                          label: { vi: 'Bắt buộc', en: 'Required' },
                        },
                      ],
                    },
                    {
                      name: 'form',
                      type: 'upload',
                      relationTo: 'media',
                      label: { vi: 'Mẫu đơn, tờ khai', en: 'Form' },
                    },
                  ],
                },
              ],
            },
            unknownGap('dossierGap', 'Thành phần hồ sơ', 'Dossier', isEmpty.dossier),
          ],
        },
        {
          label: { vi: 'Kết quả, căn cứ', en: 'Result and legal basis' },
          fields: [
            {
              name: 'results',
              type: 'array',
              label: { vi: 'Kết quả thực hiện', en: 'Results' },
              labels: {
                singular: { vi: 'Kết quả', en: 'Result' },
                plural: { vi: 'Kết quả', en: 'Results' },
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'name',
                      type: 'text',
                      required: true,
                      label: { vi: 'Tên kết quả', en: 'Name' },
                    },
                    { name: 'code', type: 'text', label: { vi: 'Mã kết quả', en: 'Code' } },
                  ],
                },
                {
                  name: 'template',
                  type: 'upload',
                  relationTo: 'media',
                  label: { vi: 'Mẫu kết quả', en: 'Template' },
                },
              ],
            },
            unknownGap('resultsGap', 'Kết quả thực hiện', 'Results', isEmpty.results),
            {
              name: 'requirements',
              type: 'richText',
              label: { vi: 'Yêu cầu, điều kiện', en: 'Requirements and conditions' },
              admin: {
                description: {
                  vi: 'Để trống nghĩa là thủ tục không có yêu cầu, điều kiện, trừ khi ghi "Chưa có thông tin" bên dưới.',
                  en: 'Empty means no requirements, unless marked not stated below.',
                },
              },
            },
            gapField(
              'requirementsGap',
              { vi: 'Yêu cầu, điều kiện: lý do để trống', en: 'Requirements: why empty' },
              {
                none: { vi: 'Không có yêu cầu, điều kiện', en: 'No requirements' },
                isEmpty: isEmpty.requirements,
              },
            ),
            {
              name: 'legalBasis',
              type: 'relationship',
              relationTo: 'legal-documents',
              hasMany: true,
              label: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
            },
            {
              name: 'decisions',
              type: 'join',
              collection: 'decisions',
              on: 'entries.procedure',
              label: { vi: 'Quyết định công bố, sửa đổi, bãi bỏ', en: 'Announcing decisions' },
              admin: { defaultColumns: ['number', 'signedDate', 'kind'] },
            },
          ],
        },
        {
          label: { vi: 'Tìm kiếm', en: 'Search' },
          fields: [
            {
              name: 'keywords',
              type: 'text',
              hasMany: true,
              label: { vi: 'Từ khóa', en: 'Keywords' },
            },
            {
              name: 'synonyms',
              type: 'text',
              hasMany: true,
              label: { vi: 'Cách gọi thông dụng', en: 'Everyday words' },
              admin: {
                description: {
                  vi: 'Những từ người dân hay gõ, ví dụ "làm giấy khai sinh", "sổ đỏ".',
                  en: 'Words citizens type, e.g. "sổ đỏ".',
                },
              },
            },
            {
              name: 'relatedProcedures',
              type: 'relationship',
              relationTo: 'procedures',
              hasMany: true,
              label: { vi: 'Thủ tục liên quan', en: 'Related procedures' },
              filterOptions: ({ id }) => ({ id: { not_equals: id } }),
            },
          ],
        },
      ],
    },
  ],
}
