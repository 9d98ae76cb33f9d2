import type { Locality as PublishedLocality } from '../../../content-schemas'
import { unitTypeLabels, type UnitType } from '../../../content-schemas/enumerations'
import { idOf } from '../../lib/idOf'
import type { Locality } from '../../payload-types'
import { day, text } from './common'

/** The province to export (the only one, or the one named) and every unit below it. */
export function provinceUnits(
  all: Locality[],
  provinceSlug?: string,
): { province: Locality; localities: Locality[] } {
  const provinces = all.filter(
    (l) => l.tier === 'province' && (!provinceSlug || l.slug === provinceSlug),
  )
  if (provinces.length !== 1) {
    throw new Error(
      provinceSlug
        ? `Không tìm thấy tỉnh "${provinceSlug}".`
        : 'Cần chỉ rõ tỉnh: có nhiều hơn một (hoặc không có) đơn vị cấp tỉnh.',
    )
  }
  const province = provinces[0]
  const inProvince = new Set([province.id])
  // Rows come in any order, so a child may precede its parent: repeat until nothing is added.
  for (let grew = true; grew;) {
    grew = false
    for (const l of all) {
      const parent = idOf(l.parent)
      if (!inProvince.has(l.id) && parent && inProvince.has(parent)) {
        inProvince.add(l.id)
        grew = true
      }
    }
  }
  return { province, localities: all.filter((l) => inProvince.has(l.id)) }
}

export const toLocality = (l: Locality): PublishedLocality => ({
  id: l.id,
  slug: l.slug!,
  name: l.name,
  unitType: l.unitType,
  unitTypeLabel: unitTypeLabels[l.unitType as UnitType].vi,
  tier: l.tier!,
  code: l.code,
  parentId: idOf(l.parent),
  portalUrl: text(l.portalUrl),
  deskAddress: text(l.deskAddress),
  phone: text(l.phone),
  email: text(l.email),
  openingHours: text(l.openingHours),
  dissolvedOn: day(l.dissolvedOn),
})
