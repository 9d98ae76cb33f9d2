import { unitTypeLabels, type UnitType } from '../../../content-schemas/enumerations'

/**
 * The place a locality's papers are dated from ("Điện Biên Đông, ngày …"): its name without the
 * unit type ("Thị trấn Điện Biên Đông" → "Điện Biên Đông"), as administrative texts write it
 * (NĐ 30/2020, Appendix I). A name that does not start with its type is kept whole.
 */
export function placeName(name: string, unitType: string | null | undefined): string {
  const label = unitTypeLabels[unitType as UnitType]?.vi
  const trimmed = name.trim()
  if (!label) return trimmed
  const prefix = `${label} `
  return trimmed.toLocaleLowerCase('vi').startsWith(prefix.toLocaleLowerCase('vi'))
    ? trimmed.slice(prefix.length).trim() || trimmed
    : trimmed
}
