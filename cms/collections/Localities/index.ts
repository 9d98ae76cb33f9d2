import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { anyone, checkRole, fieldHasRole, hasRole, localityIDs } from '../../access'
import { slugField } from '../../fields/slug'
import { validateUrl } from '../../fields/validateUrl'
import { refuse } from '../../lib/refuse'
import {
  levelLabels,
  LEVELS,
  UNIT_TYPES,
  unitTypeLabels,
  type UnitType,
} from '../../../content-schemas/enumerations'
import { resultsTemplateEndpoint } from '../ServiceResults/resultsTemplateEndpoint'
import { importTemplateEndpoint } from './importTemplateEndpoint'
import { parentError, tierOf, unitCodeError } from './tier'

const validateLocality: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const unitType = merged.unitType as UnitType | undefined
  if (!unitType) return data
  const errors: { path: string; message: string }[] = []
  const codeMessage = unitCodeError(merged.code, unitType)
  if (codeMessage) errors.push({ path: 'code', message: codeMessage })

  const parentID =
    typeof merged.parent === 'object' && merged.parent ? merged.parent.id : merged.parent
  let parentUnitType: UnitType | undefined
  if (parentID) {
    if (originalDoc?.id && String(parentID) === String(originalDoc.id)) {
      errors.push({
        path: 'parent',
        message: 'Một đơn vị không thể là đơn vị cấp trên của chính nó.',
      })
    } else {
      const parent = await req.payload.findByID({
        collection: 'localities',
        id: parentID,
        depth: 0,
        req,
      })
      parentUnitType = parent.unitType as UnitType
    }
  }
  const parentMessage = parentError(unitType, parentUnitType)
  if (parentMessage) errors.push({ path: 'parent', message: parentMessage })
  if (errors.length) refuse(req, 'localities', errors)

  // The tier is stored so that lists and the API can filter on it without knowing unit types.
  return { ...data, tier: tierOf(unitType) }
}

/** Structural fields of a locality belong to the province; its officers keep the desk details. */
const provinceOnly = {
  create: fieldHasRole('legal-officer'),
  update: fieldHasRole('legal-officer'),
}

export const Localities: CollectionConfig = {
  slug: 'localities',
  // A reference to a locality carries what names and places it, not its desk's details.
  defaultPopulate: {
    name: true,
    code: true,
    slug: true,
    unitType: true,
    tier: true,
    parent: true,
    dissolvedOn: true,
  },
  labels: {
    singular: { vi: 'Địa phương', en: 'Locality' },
    plural: { vi: 'Địa phương', en: 'Localities' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'unitType', 'code', 'parent', 'dissolvedOn'],
    group: { vi: 'Danh mục', en: 'Reference data' },
    components: {
      edit: {
        beforeDocumentControls: [
          '/collections/Localities/components/TemplateDownload#TemplateDownload',
          '/collections/ServiceResults/components/ResultsTemplateDownload#ResultsTemplateDownload',
        ],
      },
    },
  },
  endpoints: [importTemplateEndpoint, resultsTemplateEndpoint],
  access: {
    read: anyone,
    create: hasRole('legal-officer'),
    delete: hasRole('legal-officer'),
    update: ({ req: { user } }) => {
      if (!user) return false
      if (checkRole(['legal-officer'], user)) return true
      if (checkRole(['locality-officer'], user)) return { id: { in: localityIDs(user) } }
      return false
    },
  },
  hooks: { beforeValidate: [validateLocality] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      access: provinceOnly,
      label: { vi: 'Tên đơn vị', en: 'Name' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'unitType',
          type: 'select',
          required: true,
          access: provinceOnly,
          label: { vi: 'Loại đơn vị hành chính', en: 'Unit type' },
          options: UNIT_TYPES.map((value) => ({ value, label: unitTypeLabels[value] })),
        },
        {
          name: 'tier',
          type: 'select',
          label: { vi: 'Cấp', en: 'Tier' },
          options: LEVELS.map((value) => ({ value, label: levelLabels[value] })),
          index: true,
          admin: {
            readOnly: true,
            description: { vi: 'Tự xác định theo loại đơn vị.', en: 'Derived from the unit type.' },
          },
        },
        {
          name: 'code',
          type: 'text',
          required: true,
          unique: true,
          access: provinceOnly,
          label: { vi: 'Mã đơn vị hành chính', en: 'Administrative-unit code' },
        },
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'localities',
      access: provinceOnly,
      index: true,
      label: { vi: 'Đơn vị cấp trên', en: 'Parent unit' },
    },
    slugField('name', provinceOnly),
    {
      type: 'row',
      fields: [
        {
          name: 'establishedOn',
          type: 'date',
          access: provinceOnly,
          label: { vi: 'Thành lập từ ngày', en: 'Established on' },
          admin: { date: { displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'dissolvedOn',
          type: 'date',
          access: provinceOnly,
          label: { vi: 'Chấm dứt hoạt động từ ngày', en: 'Dissolved on' },
          admin: {
            date: { displayFormat: 'dd/MM/yyyy' },
            description: {
              vi: 'Ví dụ: cấp huyện kết thúc ngày 01/07/2025.',
              en: 'E.g. districts ended on 1 July 2025.',
            },
          },
        },
      ],
    },
    {
      type: 'collapsible',
      label: { vi: 'Bộ phận một cửa', en: 'One-stop desk' },
      fields: [
        {
          name: 'portalUrl',
          type: 'text',
          label: { vi: 'Cổng thông tin điện tử', en: 'Portal URL' },
          validate: validateUrl,
        },
        {
          name: 'deskAddress',
          type: 'textarea',
          label: { vi: 'Địa chỉ bộ phận tiếp nhận và trả kết quả', en: 'Desk address' },
        },
        { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
        { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
        {
          name: 'openingHours',
          type: 'textarea',
          label: { vi: 'Thời gian làm việc', en: 'Opening hours' },
        },
      ],
    },
  ],
}
