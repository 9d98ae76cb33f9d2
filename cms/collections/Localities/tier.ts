/**
 * Administrative units and the tier (cấp) that handles procedures. Before 1 July 2025 there were
 * three tiers (province, district, commune); since then two (province, commune). Both are held:
 * a district simply has a `dissolvedOn` date, and a commune may hang off a district or a province.
 */
import { levelLabels, type Level, type UnitType } from '../../../content-schemas/enumerations'

const TIER: Record<UnitType, Level> = {
  province: 'province',
  'central-city': 'province',
  district: 'district',
  'urban-district': 'district',
  town: 'district',
  'provincial-city': 'district',
  commune: 'commune',
  ward: 'commune',
  township: 'commune',
  'special-zone': 'commune',
}

export const tierOf = (unitType: UnitType): Level => TIER[unitType]

/** Official administrative-unit codes (mã đơn vị hành chính) by tier. */
const CODE_LENGTH: Record<Level, number> = { province: 2, district: 3, commune: 5 }

export function unitCodeError(code: unknown, unitType: UnitType): string | null {
  const tier = tierOf(unitType)
  const length = CODE_LENGTH[tier]
  if (typeof code === 'string' && new RegExp(`^\\d{${length}}$`).test(code)) return null
  return `Mã đơn vị hành chính "${String(code ?? '')}" không hợp lệ: ${levelLabels[tier].vi.toLowerCase()} dùng mã ${length} chữ số.`
}

/** A unit's parent must sit on a higher tier; communes may hang off a district (pre-2025) or a province. */
export function parentError(
  unitType: UnitType,
  parentUnitType: UnitType | undefined,
): string | null {
  const tier = tierOf(unitType)
  if (tier === 'province') {
    return parentUnitType ? 'Đơn vị cấp tỉnh không có đơn vị cấp trên.' : null
  }
  if (!parentUnitType) return 'Đơn vị cấp huyện và cấp xã phải có đơn vị cấp trên.'
  const parentTier = tierOf(parentUnitType)
  const allowed: Level[] = tier === 'district' ? ['province'] : ['province', 'district']
  return allowed.includes(parentTier)
    ? null
    : `Đơn vị cấp trên của một đơn vị ${levelLabels[tier].vi.toLowerCase()} phải là ${allowed.map((l) => levelLabels[l].vi.toLowerCase()).join(' hoặc ')}.`
}
