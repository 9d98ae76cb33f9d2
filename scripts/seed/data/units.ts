/**
 * Bộ phận of the demo's localities: the units of a town People's Committee as such towns name
 * them. Users belong to one (demoUsers.ts); internal auditors never audit their own.
 */
export interface SeedUnit {
  /** slug of the locality */
  locality: string
  name: string
}

const town = 'thi-tran-dien-bien-dong'

export const units: SeedUnit[] = [
  { locality: town, name: 'Bộ phận Một cửa' },
  { locality: town, name: 'Văn phòng – Thống kê' },
  { locality: town, name: 'Tư pháp – Hộ tịch' },
  { locality: town, name: 'Địa chính – Xây dựng' },
  { locality: town, name: 'Văn hóa – Xã hội' },
]
