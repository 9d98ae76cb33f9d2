/**
 * Fields (lĩnh vực) used by the commune-level procedures of the demo catalogue.
 * Labour – invalids – social affairs (LĐ-TB&XH) is split into its portal fields
 * (bảo trợ xã hội, người có công, giảm nghèo, việc làm, trẻ em); since 2025 these fields
 * belong to the Ministries of Home Affairs, Health and Agriculture & Environment.
 */
import type { SeedSector } from './types.ts'

export const sectors: SeedSector[] = [
  { slug: 'ho-tich', name: 'Hộ tịch' },
  { slug: 'chung-thuc', name: 'Chứng thực' },
  { slug: 'nuoi-con-nuoi', name: 'Nuôi con nuôi' },
  { slug: 'hoa-giai-co-so', name: 'Hòa giải ở cơ sở' },
  { slug: 'cu-tru', name: 'Cư trú' },
  { slug: 'dat-dai', name: 'Đất đai' },
  { slug: 'xay-dung', name: 'Xây dựng' },
  { slug: 'bao-tro-xa-hoi', name: 'Bảo trợ xã hội' },
  { slug: 'nguoi-co-cong', name: 'Người có công' },
  { slug: 'giam-ngheo', name: 'Giảm nghèo' },
  { slug: 'viec-lam', name: 'Việc làm' },
  { slug: 'tre-em', name: 'Trẻ em' },
  { slug: 'van-hoa', name: 'Văn hóa' },
  { slug: 'thu-vien', name: 'Thư viện' },
  { slug: 'the-duc-the-thao', name: 'Thể dục, thể thao' },
  { slug: 'thi-dua-khen-thuong', name: 'Thi đua – khen thưởng' },
  { slug: 'tin-nguong-ton-giao', name: 'Tín ngưỡng, tôn giáo' },
  { slug: 'ho-kinh-doanh', name: 'Thành lập và hoạt động của hộ kinh doanh' },
  { slug: 'nghia-vu-quan-su', name: 'Nghĩa vụ quân sự' },
]

/**
 * Groups used by the brief and by check.ts to count procedures
 * ("lao động – thương binh – xã hội", "đất đai – xây dựng", "văn hóa").
 */
export const sectorGroups: Record<string, string[]> = {
  'ho-tich': ['ho-tich'],
  'chung-thuc': ['chung-thuc'],
  'cu-tru': ['cu-tru'],
  'dat-dai-xay-dung': ['dat-dai', 'xay-dung'],
  'lao-dong-thuong-binh-xa-hoi': [
    'bao-tro-xa-hoi',
    'nguoi-co-cong',
    'giam-ngheo',
    'viec-lam',
    'tre-em',
  ],
  'van-hoa': ['van-hoa', 'thu-vien', 'the-duc-the-thao'],
  khac: [
    'nuoi-con-nuoi',
    'hoa-giai-co-so',
    'thi-dua-khen-thuong',
    'tin-nguong-ton-giao',
    'ho-kinh-doanh',
    'nghia-vu-quan-su',
  ],
}
