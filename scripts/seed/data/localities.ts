/**
 * Localities of the demo: the province of Điện Biên, two of its pre-2025 districts and
 * four commune-level units.
 *
 * Codes: the province (11) and district codes (094 Điện Biên Phủ, 101 Điện Biên Đông) are the
 * official administrative-unit codes as far as known. The 5-digit commune codes are plausible
 * values of the right length and have NOT been verified against the official list.
 *
 * Note on the 2025 reform: on 2025-07-01 the district tier was abolished (dissolvedOn below) and
 * most pre-2025 communes were merged. The brief keeps the pre-2025 commune-level units live
 * (no dissolvedOn) so that the Điện Biên Đông story of the seed articles stays usable; their
 * applied procedures are all dated before 2025-07-01. Xã Mường Phăng is a post-2025 unit whose
 * parent is the province directly.
 */
import type { SeedLocality } from './types.ts'

const HOURS = 'Sáng 7h00–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu'

export const localities: SeedLocality[] = [
  {
    slug: 'tinh-dien-bien',
    name: 'Tỉnh Điện Biên',
    unitType: 'province',
    code: '11',
    portalUrl: 'https://dichvucong.dienbien.gov.vn',
    deskAddress:
      'Trung tâm Phục vụ hành chính công tỉnh Điện Biên, đường 7/5, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    phone: '0215 3 825 888',
    openingHours: HOURS,
  },
  {
    slug: 'thanh-pho-dien-bien-phu',
    name: 'Thành phố Điện Biên Phủ',
    unitType: 'provincial-city',
    code: '094',
    parent: 'tinh-dien-bien',
    portalUrl: 'https://dienbienphu.dienbien.gov.vn',
    deskAddress: 'Bộ phận Tiếp nhận và Trả kết quả, UBND thành phố Điện Biên Phủ, tỉnh Điện Biên',
    phone: '0215 3 824 160',
    openingHours: HOURS,
    dissolvedOn: '2025-07-01',
  },
  {
    slug: 'huyen-dien-bien-dong',
    name: 'Huyện Điện Biên Đông',
    unitType: 'district',
    code: '101',
    parent: 'tinh-dien-bien',
    portalUrl: 'https://dienbiendong.dienbien.gov.vn',
    deskAddress:
      'Bộ phận Tiếp nhận và Trả kết quả, UBND huyện Điện Biên Đông, tổ dân phố 6, thị trấn Điện Biên Đông, tỉnh Điện Biên',
    phone: '0215 3 890 135',
    openingHours: HOURS,
    dissolvedOn: '2025-07-01',
  },
  {
    slug: 'thi-tran-dien-bien-dong',
    name: 'Thị trấn Điện Biên Đông',
    unitType: 'township',
    code: '03430', // code not verified
    parent: 'huyen-dien-bien-dong',
    portalUrl: 'https://ttdienbiendong.dienbien.gov.vn',
    deskAddress:
      'Bộ phận Tiếp nhận và Trả kết quả, UBND thị trấn Điện Biên Đông, tổ dân phố 4, thị trấn Điện Biên Đông, huyện Điện Biên Đông, tỉnh Điện Biên',
    phone: '0215 3 890 210',
    openingHours:
      'Sáng 7h00–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ cư trú tại Công an thị trấn',
  },
  {
    slug: 'phuong-muong-thanh',
    name: 'Phường Mường Thanh',
    unitType: 'ward',
    code: '03128', // code not verified
    parent: 'thanh-pho-dien-bien-phu',
    portalUrl: 'https://muongthanh.dienbienphu.dienbien.gov.vn',
    deskAddress:
      'Bộ phận Tiếp nhận và Trả kết quả, UBND phường Mường Thanh, tổ dân phố 9, phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    phone: '0215 3 830 246',
    openingHours: HOURS,
  },
  {
    slug: 'xa-na-son',
    name: 'Xã Na Son',
    unitType: 'commune',
    code: '03433', // code not verified
    parent: 'huyen-dien-bien-dong',
    portalUrl: 'https://nason.dienbiendong.dienbien.gov.vn',
    deskAddress:
      'Bộ phận Tiếp nhận và Trả kết quả, UBND xã Na Son, bản Na Son, xã Na Son, huyện Điện Biên Đông, tỉnh Điện Biên',
    phone: '0215 3 890 422',
    openingHours: 'Sáng 7h30–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu',
  },
  {
    slug: 'xa-muong-phang',
    name: 'Xã Mường Phăng',
    unitType: 'commune',
    code: '03325', // code not verified
    parent: 'tinh-dien-bien',
    portalUrl: 'https://muongphang.dienbien.gov.vn',
    deskAddress:
      'Trung tâm Phục vụ hành chính công xã Mường Phăng, bản Che Căn, xã Mường Phăng, tỉnh Điện Biên',
    phone: '0215 3 929 168',
    openingHours:
      'Sáng 7h00–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ hộ tịch, chứng thực',
  },
]
