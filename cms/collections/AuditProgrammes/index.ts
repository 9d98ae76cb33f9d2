import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { versioned } from '../../fields/versioned'
import { idOf } from '../../lib/idOf'
import { refuse, type FieldRefusal } from '../../lib/refuse'
import { readQualityDocuments, writeQualityDocuments } from '../QualityDocuments/access'

/** The title says what the programme is: "Chương trình đánh giá nội bộ năm 2026". */
export const programmeTitle = (year: number | null | undefined) =>
  `Chương trình đánh giá nội bộ năm ${year ?? '…'}`

/** One programme per locality and year, of a plausible year; its title follows the year. */
const validateProgramme: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data } as Record<string, unknown>
  const refusals: FieldRefusal[] = []
  const year = merged.year as number | null | undefined
  if (typeof year === 'number' && (!Number.isInteger(year) || year < 2000 || year > 2100))
    refusals.push({ path: 'year', message: `Năm không hợp lệ: ${year}.` })
  const locality = idOf(merged.locality)
  if (locality && typeof year === 'number') {
    const { docs } = await req.payload.find({
      collection: 'audit-programmes',
      where: {
        and: [
          { locality: { equals: locality } },
          { year: { equals: year } },
          ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      draft: true,
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (docs.length > 0)
      refusals.push({
        path: 'year',
        message: `Địa phương này đã có chương trình đánh giá nội bộ năm ${year}; mỗi năm chỉ một chương trình.`,
      })
  }
  const planned = (merged.plannedAudits as { month?: number; units?: unknown[] }[] | null) ?? []
  const unitIDs = [...new Set(planned.flatMap((item) => item.units ?? []).map(idOf))].filter(
    (id): id is string => id !== null,
  )
  const units = unitIDs.length
    ? (
        await req.payload.find({
          collection: 'units',
          where: { id: { in: unitIDs } },
          depth: 0,
          limit: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
      ).docs
    : []
  for (const [index, item] of planned.entries()) {
    if (item.month != null && (item.month < 1 || item.month > 12 || !Number.isInteger(item.month)))
      refusals.push({
        path: `plannedAudits.${index}.month`,
        message: `Tháng phải từ 1 đến 12 (đang là ${item.month}).`,
      })
    // The units audited are the locality's own.
    const chosen = new Set((item.units ?? []).map(idOf))
    const foreign = units.filter((u) => chosen.has(String(u.id)) && idOf(u.locality) !== locality)
    if (foreign.length)
      refusals.push({
        path: `plannedAudits.${index}.units`,
        message: `Bộ phận không thuộc địa phương của chương trình: ${foreign.map((u) => u.name).join(', ')}.`,
      })
  }
  if (refusals.length) refuse(req, 'audit-programmes', refusals)
  return { ...data, title: programmeTitle(year) }
}

/**
 * Chương trình đánh giá nội bộ năm … (TCVN ISO 9001:2015, 9.2.2 a): one per locality and year,
 * with its purpose, criteria and the audits planned. Set by the locality and approved by a second
 * person through the same review as other ISO documents (cms/workflow); audits are held only
 * under an approved programme (cms/collections/InternalAudits).
 */
export const AuditProgrammes: CollectionConfig = {
  slug: 'audit-programmes',
  labels: {
    singular: { vi: 'Chương trình đánh giá nội bộ', en: 'Internal audit programme' },
    plural: { vi: 'Chương trình đánh giá nội bộ', en: 'Internal audit programmes' },
  },
  defaultSort: '-year',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'locality', 'year', '_status'],
    group: { vi: 'Hệ thống quản lý chất lượng', en: 'Quality management' },
    description: {
      vi: 'Chương trình đánh giá nội bộ hằng năm của địa phương (TCVN ISO 9001:2015, mục 9.2), phê duyệt qua quy trình xem xét.',
      en: 'A locality’s yearly internal audit programme, approved through review.',
    },
  },
  access: {
    read: readQualityDocuments,
    create: writeQualityDocuments,
    update: writeQualityDocuments,
    delete: writeQualityDocuments,
  },
  versions: versioned,
  hooks: { beforeChange: [validateProgramme] },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { vi: 'Tên chương trình', en: 'Title' },
      admin: { readOnly: true, description: { vi: 'Tự đặt theo năm.', en: 'From the year.' } },
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
          name: 'year',
          type: 'number',
          required: true,
          index: true,
          label: { vi: 'Năm', en: 'Year' },
        },
      ],
    },
    {
      name: 'purpose',
      type: 'textarea',
      required: true,
      label: { vi: 'Mục đích', en: 'Purpose' },
    },
    {
      name: 'criteria',
      type: 'textarea',
      required: true,
      label: { vi: 'Chuẩn mực đánh giá', en: 'Audit criteria' },
      admin: {
        description: {
          vi: 'Ví dụ: TCVN ISO 9001:2015; hệ thống tài liệu chất lượng đang hiệu lực; quy định pháp luật liên quan.',
          en: 'E.g. TCVN ISO 9001:2015, the documents in force, the laws concerned.',
        },
      },
    },
    {
      name: 'plannedAudits',
      type: 'array',
      label: { vi: 'Các cuộc đánh giá dự kiến', en: 'Planned audits' },
      labels: {
        singular: { vi: 'Cuộc đánh giá', en: 'Audit' },
        plural: { vi: 'Các cuộc đánh giá', en: 'Audits' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'month', type: 'number', label: { vi: 'Tháng dự kiến', en: 'Month' } },
            {
              name: 'units',
              type: 'relationship',
              relationTo: 'units',
              hasMany: true,
              label: { vi: 'Bộ phận được đánh giá', en: 'Units audited' },
            },
          ],
        },
        {
          name: 'scope',
          type: 'textarea',
          required: true,
          label: { vi: 'Phạm vi', en: 'Scope' },
        },
      ],
    },
  ],
}
