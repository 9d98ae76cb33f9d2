import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { periodLabel, periodPhrase } from '../../../content-schemas/serviceResults'
import { ownLocalitiesInDeskList, writeLocalityOwned } from '../../access'
import { versioned } from '../../fields/versioned'
import { idOf } from '../../lib/idOf'
import { refuse, type FieldRefusal } from '../../lib/refuse'
import { readQualityDocuments } from '../QualityDocuments/access'
import { packEndpoint } from './packEndpoint'
import { DECISION_KINDS, decisionKindLabels } from './decisions'
import { REVIEW_PERIOD_KINDS, reviewPeriodOf } from './period'

const systemManaged = { create: () => false, update: () => false }

/**
 * The period key and title follow from the form; one review per locality and period, so the
 * pack and the register of reviews never have two answers for the same quarter.
 */
const validateReview: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data } as Record<string, unknown>
  const refusals: FieldRefusal[] = []
  const period = reviewPeriodOf({
    periodKind: merged.periodKind as string,
    year: merged.year as number,
    quarter: merged.quarter as string,
  })
  if ('error' in period) refusals.push(period.error)
  const locality = idOf(merged.locality)
  if ('key' in period && locality) {
    const { docs } = await req.payload.find({
      collection: 'management-reviews',
      where: {
        and: [
          { locality: { equals: locality } },
          { period: { equals: period.key } },
          ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      draft: true,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    if (docs.length)
      refusals.push({
        path: 'year',
        message: `Địa phương đã có cuộc xem xét của lãnh đạo ${periodPhrase(period.key)} (“${docs[0]!.title}”): hãy mở cuộc đó thay vì tạo thêm.`,
      })
  }
  if (refusals.length) refuse(req, 'management-reviews', refusals)
  if ('key' in period) {
    data.period = period.key
    data.title = `Xem xét của lãnh đạo – ${periodLabel(period.key)}`
  }
  return data
}

/**
 * Xem xét của lãnh đạo (TCVN ISO 9001:2015, 9.3): a locality's head reviews the quality system on
 * evidence at planned intervals. The inputs (objectives, audits, nonconformities, documents,
 * results of the desk) are not typed here: the pack (`GET /api/management-reviews/:id/pack`,
 * ./pack) reads them from the records for the period. What is recorded here are the minutes: who
 * met, what was said, what was decided; the actions decided are tracked as corrective actions.
 * The minutes are approved by a second person through the review workflow, as other ISO records.
 */
export const ManagementReviews: CollectionConfig = {
  slug: 'management-reviews',
  labels: {
    singular: { vi: 'Xem xét của lãnh đạo', en: 'Management review' },
    plural: { vi: 'Xem xét của lãnh đạo', en: 'Management reviews' },
  },
  defaultSort: '-period',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'locality', 'meetingDate', 'chair'],
    group: { vi: 'Hệ thống quản lý chất lượng', en: 'Quality management' },
    baseFilter: ownLocalitiesInDeskList('locality'),
    description: {
      vi: 'Cuộc họp xem xét của lãnh đạo về hệ thống quản lý chất lượng (TCVN ISO 9001:2015, mục 9.3). Tải “Báo cáo xem xét của lãnh đạo” để có số liệu đầu vào của kỳ; ghi biên bản, quyết định và hành động ở đây.',
      en: 'Management reviews of the quality system (ISO 9001:2015, 9.3).',
    },
    components: {
      edit: {
        beforeDocumentControls: [
          '/collections/ManagementReviews/components/PackDownload#PackDownload',
        ],
      },
    },
  },
  access: {
    // Internal records: read like the ISO register (signed-in staff of the locality, province staff).
    read: readQualityDocuments,
    create: writeLocalityOwned('locality'),
    update: writeLocalityOwned('locality'),
    delete: writeLocalityOwned('locality'),
  },
  versions: versioned,
  endpoints: [packEndpoint],
  hooks: { beforeChange: [validateReview] },
  fields: [
    {
      name: 'title',
      type: 'text',
      access: systemManaged,
      label: { vi: 'Tên', en: 'Title' },
      admin: {
        readOnly: true,
        description: { vi: 'Đặt theo kỳ xem xét.', en: 'From the period.' },
      },
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
          defaultValue: 'quarter',
          label: { vi: 'Kỳ xem xét', en: 'Period' },
          options: REVIEW_PERIOD_KINDS.map((value) => ({
            value,
            label: value === 'quarter' ? { vi: 'Quý', en: 'Quarter' } : { vi: 'Năm', en: 'Year' },
          })),
        },
        {
          name: 'year',
          type: 'number',
          required: true,
          label: { vi: 'Năm', en: 'Year' },
        },
        {
          name: 'quarter',
          type: 'select',
          label: { vi: 'Quý', en: 'Quarter' },
          options: ['I', 'II', 'III', 'IV'].map((label, i) => ({ value: String(i + 1), label })),
          admin: { condition: (data) => data?.periodKind === 'quarter' },
        },
        {
          name: 'period',
          type: 'text',
          index: true,
          access: systemManaged,
          label: { vi: 'Mã kỳ', en: 'Period key' },
          admin: { hidden: true },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'meetingDate',
          type: 'date',
          label: { vi: 'Ngày họp', en: 'Meeting date' },
          admin: { date: { displayFormat: 'dd/MM/yyyy', pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'chair',
          type: 'relationship',
          relationTo: 'users',
          label: { vi: 'Chủ trì', en: 'Chair' },
        },
      ],
    },
    {
      name: 'attendees',
      type: 'textarea',
      label: { vi: 'Thành phần tham dự', en: 'Attendees' },
    },
    {
      name: 'discussion',
      type: 'textarea',
      label: { vi: 'Nội dung thảo luận, đánh giá', en: 'Discussion' },
      admin: {
        description: {
          vi: 'Đánh giá của lãnh đạo về sự phù hợp, thỏa đáng và hiệu lực của hệ thống, dựa trên báo cáo của kỳ.',
          en: 'The review’s conclusions on the system’s suitability, adequacy and effectiveness.',
        },
      },
    },
    {
      name: 'decisions',
      type: 'array',
      label: { vi: 'Kết luận, quyết định của lãnh đạo', en: 'Decisions' },
      labels: {
        singular: { vi: 'Quyết định', en: 'Decision' },
        plural: { vi: 'Quyết định', en: 'Decisions' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              required: true,
              defaultValue: 'improvement',
              label: { vi: 'Loại', en: 'Kind' },
              options: DECISION_KINDS.map((value) => ({ value, label: decisionKindLabels[value] })),
            },
            {
              name: 'decision',
              type: 'textarea',
              required: true,
              label: { vi: 'Nội dung', en: 'Decision' },
            },
          ],
        },
      ],
    },
    {
      // The actions the review decided, each tracked as a corrective action (owner, due date,
      // done by the owner, verified by someone else).
      name: 'actions',
      type: 'join',
      collection: 'corrective-actions',
      on: 'managementReview',
      label: { vi: 'Hành động được giao', en: 'Actions decided' },
      admin: { defaultColumns: ['code', 'action', 'ownerName', 'dueDate', 'state'] },
    },
  ],
}
