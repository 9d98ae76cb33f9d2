import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { PERIOD_KINDS, periodKindLabels } from '../../../content-schemas/serviceResults'
import { ownLocalitiesInDeskList, readLocalityOwned, writeLocalityOwned } from '../../access'
import { versioned } from '../../fields/versioned'
import { pureHook } from '../../lib/bulkHooks'
import { vietnamDay } from '../../lib/dates'
import { refuse, type FieldRefusal } from '../../lib/refuse'
import { deleteReviewTasksOf } from '../ReviewTasks/reviewTasks'
import { COMPARATORS, comparatorLabels, measureLabels, OBJECTIVE_MEASURES } from './objectives'

/** A target is a percentage, and an objective ends no earlier than it starts. */
const validateObjective: CollectionBeforeChangeHook = pureHook(({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data } as Record<string, unknown>
  const refusals: FieldRefusal[] = []
  const target = merged.target as number | null | undefined
  if (typeof target === 'number' && (target < 0 || target > 100))
    refusals.push({
      path: 'target',
      message: `Chỉ tiêu là một tỷ lệ phần trăm, từ 0 đến 100 (đang là ${target}).`,
    })
  const from = merged.effectiveFrom as string | null | undefined
  const to = merged.effectiveTo as string | null | undefined
  if (from && to && vietnamDay(to) < vietnamDay(from))
    refusals.push({
      path: 'effectiveTo',
      message: 'Ngày hết hiệu lực phải sau ngày bắt đầu áp dụng.',
    })
  if (refusals.length) refuse(req, 'quality-objectives', refusals)
  return data
})

/**
 * Mục tiêu chất lượng (TCVN ISO 9001:2015, 6.2) of a locality: what is measured, the target, the
 * period it is judged on and when it applies. Measured from the locality's approved results and
 * from the compliance checks (./objectives.ts, ./figures.ts), never typed. Objectives are set by
 * the head of the unit, so they go through the same review as other ISO documents (cms/workflow):
 * only an approved objective is judged, shown on the dashboard and opens review tasks.
 */
export const QualityObjectives: CollectionConfig = {
  slug: 'quality-objectives',
  labels: {
    singular: { vi: 'Mục tiêu chất lượng', en: 'Quality objective' },
    plural: { vi: 'Mục tiêu chất lượng', en: 'Quality objectives' },
  },
  defaultSort: 'title',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'locality', 'measure', 'comparator', 'target', '_status'],
    group: { vi: 'Hệ thống quản lý chất lượng', en: 'Quality management' },
    baseFilter: ownLocalitiesInDeskList('locality'),
    description: {
      vi: 'Mục tiêu chất lượng của địa phương (TCVN ISO 9001:2015, mục 6.2), đo tự động từ kết quả giải quyết hồ sơ đã ban hành và từ kiểm tra tuân thủ. Không đạt hai kỳ liên tiếp sẽ mở một việc rà soát.',
      en: 'A locality’s quality objectives, measured from approved results and the compliance checks.',
    },
  },
  access: {
    read: readLocalityOwned('locality'),
    create: writeLocalityOwned('locality'),
    update: writeLocalityOwned('locality'),
    delete: writeLocalityOwned('locality'),
  },
  versions: versioned,
  hooks: {
    beforeChange: [validateObjective],
    beforeDelete: [deleteReviewTasksOf('quality-objectives')],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { vi: 'Mục tiêu', en: 'Objective' },
      admin: {
        description: {
          vi: 'Ví dụ: "≥ 98 % hồ sơ giải quyết đúng hạn".',
          en: 'E.g. "≥ 98 % of dossiers resolved on time".',
        },
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
      name: 'measure',
      type: 'select',
      required: true,
      label: { vi: 'Chỉ số đo', en: 'Measure' },
      options: OBJECTIVE_MEASURES.map((value) => ({ value, label: measureLabels[value] })),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'comparator',
          type: 'select',
          required: true,
          defaultValue: 'at-least',
          label: { vi: 'So sánh', en: 'Comparator' },
          options: COMPARATORS.map((value) => ({ value, label: comparatorLabels[value] })),
        },
        {
          name: 'target',
          type: 'number',
          required: true,
          min: 0,
          max: 100,
          label: { vi: 'Chỉ tiêu (%)', en: 'Target (%)' },
        },
        {
          name: 'periodKind',
          type: 'select',
          required: true,
          defaultValue: 'month',
          label: { vi: 'Đánh giá theo kỳ', en: 'Judged per' },
          options: PERIOD_KINDS.map((value) => ({ value, label: periodKindLabels[value] })),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'effectiveFrom',
          type: 'date',
          required: true,
          label: { vi: 'Áp dụng từ ngày', en: 'Effective from' },
          admin: { date: { displayFormat: 'dd/MM/yyyy', pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'effectiveTo',
          type: 'date',
          label: { vi: 'Đến ngày', en: 'Effective to' },
          admin: {
            date: { displayFormat: 'dd/MM/yyyy', pickerAppearance: 'dayOnly' },
            description: { vi: 'Để trống: đang áp dụng.', en: 'Empty: still in effect.' },
          },
        },
      ],
    },
    { name: 'note', type: 'textarea', label: { vi: 'Ghi chú', en: 'Note' } },
    {
      name: 'demo',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Mục tiêu minh họa (không có thật)', en: 'Demo objective' },
      admin: { position: 'sidebar' },
    },
  ],
}
