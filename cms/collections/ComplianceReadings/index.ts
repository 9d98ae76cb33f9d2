import type { CollectionConfig } from 'payload'

import { readQualityDocuments } from '../QualityDocuments/access'

/**
 * Số đo tuân thủ: how a locality's posting stood in a month, as the compliance checks read it
 * (cms/collections/QualityObjectives/figures.ts, `complianceRate`): its published applied
 * procedures, and those that pass. The checks only say how things stand when read, so the nightly
 * job records them (one reading per locality and month, the last night's standing) for the quality
 * objectives on posting to have a past: a trend, and two misses in a row. Written by the system
 * only; read by the staff who read the locality's ISO records.
 */
export const ComplianceReadings: CollectionConfig = {
  slug: 'compliance-readings',
  labels: {
    singular: { vi: 'Số đo niêm yết theo tháng', en: 'Compliance reading' },
    plural: { vi: 'Số đo niêm yết theo tháng', en: 'Compliance readings' },
  },
  defaultSort: '-period',
  admin: {
    useAsTitle: 'period',
    defaultColumns: ['locality', 'period', 'compliant', 'applied', 'updatedAt'],
    group: { vi: 'Hệ thống quản lý chất lượng', en: 'Quality management' },
    hidden: true,
  },
  access: {
    read: readQualityDocuments,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
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
      // "2026-11"
      name: 'period',
      type: 'text',
      required: true,
      index: true,
      label: { vi: 'Tháng', en: 'Month' },
    },
    {
      name: 'applied',
      type: 'number',
      required: true,
      label: { vi: 'Thủ tục áp dụng đã ban hành', en: 'Applied procedures published' },
    },
    {
      name: 'compliant',
      type: 'number',
      required: true,
      label: { vi: 'Thủ tục niêm yết đúng quy định', en: 'Posted as required' },
    },
  ],
}
