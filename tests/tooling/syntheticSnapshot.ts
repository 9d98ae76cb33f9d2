/**
 * A synthetic release at province scale, for the site benchmark: a valid snapshot directory
 * (snapshot.json passing the contract's `parseSnapshot`, and the files/ it lists with their size
 * and sha256), built without the CMS.
 *
 * Default size: 100 commune-level localities applying 150 procedures each (15,000 applications),
 * from a master list of 200 procedures. The master list starts from the demo catalogue
 * (scripts/seed/data, read only): its 83 in-force procedures as written, about fifty more
 * written here with real procedure names of other fields on generic content, and variants of the
 * demo procedures (a qualifier in the name, new code, varied times and fees) to reach the count.
 * Everything is drawn from a seeded generator: the same options give the same bytes, so runs
 * compare. The data is realistic in shape and size only; codes, decisions and most localities
 * are invented.
 *
 *   node --import tsx tests/tooling/syntheticSnapshot.ts --out /tmp/province [--localities 100]
 *     [--per-locality 150] [--procedures 200] [--seed 1] [--result-months 24]
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'

import {
  canonicalJSON,
  DOSSIER_COUNTS,
  contentHash,
  parseSnapshot,
  statedItems,
  SCHEMA_VERSION,
  type Agency,
  type ChangeLogEntry,
  type Decision,
  type FileRef,
  type LegalDocument,
  type LocalCatalogue,
  type Locality,
  type Method,
  type Procedure,
  type Sector,
  type Snapshot,
  type SnapshotContent,
} from '../../content-schemas'
import {
  agencies as seedAgencies,
  forms as seedForms,
  legalDocuments as seedLegalDocuments,
  procedures as seedProcedures,
  sectors as seedSectors,
  type SeedProcedure,
} from '../../scripts/seed/data/index.ts'
import { monthlyReports } from '../../scripts/seed/data/service-results.ts'

export interface SyntheticOptions {
  /** commune-level localities, each with its own catalogue (default 100) */
  localities?: number
  /** procedures each locality applies (default 150) */
  proceduresPerLocality?: number
  /** procedures of the master list, all in force (default 200, at least proceduresPerLocality) */
  procedures?: number
  /** seed of the generator (default 1) */
  seed?: number
  /** metadata.generatedAt; fixed by default so that runs are byte-identical */
  generatedAt?: string
  /**
   * months of desk results per locality, ending the month before generatedAt (default 24): one
   * report a month with a row per applied procedure, zeros included (issue 14's build target)
   */
  resultMonths?: number
}

export interface SyntheticRelease {
  snapshot: Snapshot
  /** the files the snapshot lists, by their path inside the release */
  files: { path: string; bytes: Buffer }[]
}

export interface WrittenRelease {
  dir: string
  snapshotBytes: number
  fileBytes: number
  counts: {
    localities: number
    procedures: number
    applications: number
    files: number
    decisions: number
    changes: number
    legalDocuments: number
    sectors: number
    agencies: number
    serviceResultReports: number
    serviceResultRows: number
  }
}

// ------------------------------------------------------------------------------------ helpers

/** mulberry32: small, fast, good enough to pick names and numbers reproducibly. */
function generator(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]
  const chance = (p: number) => next() < p
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items]
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[out[i], out[j]] = [out[j], out[i]]
    }
    return out
  }
  const sample = <T>(items: readonly T[], count: number): T[] => shuffle(items).slice(0, count)
  return { next, int, pick, chance, shuffle, sample }
}

/** A UUID-shaped id derived from the seed and a natural key: stable across runs. */
const makeId = (seed: number, key: string): string => {
  const h = crypto.createHash('sha256').update(`${seed}:${key}`).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')
const slugify = (text: string): string =>
  fold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
const procedureSlug = (code: string, name: string) =>
  `${code.replace('.', '-')}-${slugify(name).slice(0, 80).replace(/-+$/, '')}`
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0
/** "Xã Mường Phăng" → "xã Mường Phăng", as it reads inside a sentence */
const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1)
/** "ĐƠN ĐỀ NGHỊ" → "Đơn đề nghị" */
const sentenceCase = (title: string) => title.charAt(0) + title.slice(1).toLowerCase()
const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex')

/**
 * A one-page PDF with the form's title and lines. The standard fonts have no Vietnamese glyphs, so
 * the text is folded to ASCII; the files only need to be real, small and hashed.
 */
function pdf(title: string, lines: string[]): Buffer {
  const text = (s: string) =>
    fold(s)
      .replace(/[^\x20-\x7e]/g, '?')
      .replace(/([\\()])/g, '\\$1')
  const body = [
    `BT /F1 14 Tf 56 790 Td (${text(title)}) Tj ET`,
    ...lines
      .slice(0, 40)
      .map((line, i) => `BT /F1 10 Tf 56 ${760 - i * 16} Td (${text(line).slice(0, 95)}) Tj ET`),
  ].join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(body, 'latin1')} >>\nstream\n${body}\nendstream`,
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

// ------------------------------------------------------------------------- fixed data (Vietnamese)

const PROVINCE = {
  slug: 'tinh-dien-bien',
  name: 'Tỉnh Điện Biên',
  code: '11',
  portalUrl: 'https://dichvucong.dienbien.gov.vn',
}

/** Place names of the north-west, used as commune and ward names; more are composed if needed. */
const PLACE_NAMES = [
  'Mường Phăng',
  'Na Son',
  'Mường Ảng',
  'Mường Chà',
  'Tủa Chùa',
  'Sín Thầu',
  'Mường Nhé',
  'Pú Nhi',
  'Tuần Giáo',
  'Quài Tở',
  'Nà Tấu',
  'Thanh Nưa',
  'Thanh An',
  'Sam Mứn',
  'Núa Ngam',
  'Mường Pồn',
  'Na Sang',
  'Sá Tổng',
  'Chiềng Sinh',
  'Búng Lao',
  'Pú Nhung',
  'Rạng Đông',
  'Mường Mùn',
  'Nà Hỳ',
  'Mường Toong',
  'Chà Tở',
  'Si Pa Phìn',
  'Phìn Hồ',
  'Nậm Pồ',
  'Xa Dung',
  'Phình Giàng',
  'Keo Lôm',
  'Tìa Dình',
  'Háng Lìa',
  'Mường Luân',
  'Chiềng Sơ',
  'Xín Chải',
  'Sính Phình',
  'Tả Sìn Thàng',
  'Sáng Nhè',
  'Mường Đun',
  'Tủa Thàng',
  'Huổi Só',
  'Lao Xả Phình',
  'Mường Báng',
  'Nà Bủng',
  'Quảng Lâm',
  'Mường Tùng',
  'Pa Ham',
  'Ẳng Nưa',
  'Ẳng Cang',
  'Ẳng Tở',
  'Xuân Lao',
  'Nặm Lịch',
  'Mường Lạn',
  'Nà Khoa',
  'Mường Nhà',
  'Noong Hẹt',
  'Thanh Yên',
  'Noong Luống',
  'Pom Lót',
  'Hẹ Muông',
  'Thanh Chăn',
  'Thanh Xương',
  'Thanh Hưng',
  'Thanh Luông',
  'Tà Lèng',
  'Thanh Minh',
  'Nà Nhạn',
  'Pá Khoang',
  'Hua Thanh',
  'Phu Luông',
  'Nà Sáy',
  'Mùn Chung',
  'Pú Xi',
  'Mường Khong',
  'Quài Cang',
  'Quài Nưa',
  'Chiềng Đông',
  'Tênh Phông',
  'Tỏa Tình',
  'Phình Sáng',
  'Mường Thín',
  'Pú Hồng',
  'Luân Giói',
  'Keo Lôm Hạ',
  'Háng Trợ',
  'Phì Nhừ',
  'Chiềng Sơ Hạ',
  'Pu Hi',
  'Xuân Tình',
  'Nặm Khăn',
  'Leng Su Sìn',
  'Chung Chải',
  'Quảng Lâm Thượng',
  'Nà Khoa Hạ',
  'Vàng Đán',
  'Na Cô Sa',
  'Nậm Nhừ',
  'Nậm Chua',
]
const WARD_NAMES = [
  'Him Lam',
  'Mường Thanh',
  'Tân Thanh',
  'Thanh Bình',
  'Noong Bua',
  'Nam Thanh',
  'Thanh Trường',
  'Na Lay',
  'Sông Đà',
  'Mường Lay',
]
const SYLLABLES = [
  'Mường',
  'Nà',
  'Pú',
  'Huổi',
  'Nậm',
  'Phìn',
  'Chiềng',
  'Tà',
  'Sín',
  'Pá',
  'Noong',
  'Hua',
  'Xá',
  'Lay',
  'Khoang',
  'Lịch',
  'Tở',
  'Chải',
  'Luông',
  'Sáng',
]
const VILLAGES = [
  'bản Trung tâm',
  'bản Na Hai',
  'bản Co Mận',
  'bản Phiêng Ban',
  'bản Huổi Hốc',
  'bản Che Căn',
  'bản Kéo',
  'tổ dân phố 2',
  'tổ dân phố 5',
  'bản Lọng Luông',
]
const OPENING_HOURS = [
  'Sáng 7h00–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu',
  'Sáng 7h30–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu',
  'Sáng 7h00–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ hộ tịch, chứng thực',
  'Sáng 7h00–11h00, chiều 14h00–17h00, thứ Hai đến thứ Sáu (mùa hè sáng 7h00–11h00, chiều 14h00–17h30)',
]

const EXTRA_SECTORS: { slug: string; name: string; code: string }[] = [
  { slug: 'giao-duc-dao-tao', name: 'Giáo dục và Đào tạo', code: 'GDDT' },
  { slug: 'an-toan-thuc-pham', name: 'An toàn thực phẩm', code: 'ATTP' },
  { slug: 'trong-trot', name: 'Trồng trọt', code: 'TT' },
  { slug: 'lam-nghiep', name: 'Lâm nghiệp', code: 'LN' },
  { slug: 'thuy-loi', name: 'Thủy lợi', code: 'TL' },
  { slug: 'phong-chong-thien-tai', name: 'Phòng, chống thiên tai', code: 'PCTT' },
  { slug: 'moi-truong', name: 'Môi trường', code: 'MT' },
  { slug: 'duong-bo', name: 'Đường bộ', code: 'DB' },
  { slug: 'kinh-te-hop-tac', name: 'Kinh tế hợp tác', code: 'KTHT' },
  { slug: 'to-chuc-phi-chinh-phu', name: 'Tổ chức phi chính phủ', code: 'TCPCP' },
  { slug: 'luu-thong-hang-hoa', name: 'Lưu thông hàng hóa trong nước', code: 'LTHH' },
]

const EXTRA_AGENCIES = [
  { key: 'so-gddt', name: 'Sở Giáo dục và Đào tạo', level: 'province' },
  { key: 'so-cong-thuong', name: 'Sở Công Thương', level: 'province' },
  { key: 'so-tai-chinh', name: 'Sở Tài chính', level: 'province' },
  { key: 'bo-gddt', name: 'Bộ Giáo dục và Đào tạo', level: 'central' },
  { key: 'bo-cong-thuong', name: 'Bộ Công Thương', level: 'central' },
]

/** Laws and decrees of the added fields (numbers and titles real; dates as far as known). */
const EXTRA_LEGAL: {
  number: string
  kind: keyof typeof LEGAL_KIND_LABELS
  title: string
  issuer: string
  issueDate: string
  effectiveDate: string
}[] = [
  {
    number: '43/2019/QH14',
    kind: 'law',
    title: 'Luật Giáo dục',
    issuer: 'Quốc hội',
    issueDate: '2019-06-14',
    effectiveDate: '2020-07-01',
  },
  {
    number: '55/2010/QH12',
    kind: 'law',
    title: 'Luật An toàn thực phẩm',
    issuer: 'Quốc hội',
    issueDate: '2010-06-17',
    effectiveDate: '2011-07-01',
  },
  {
    number: '15/2018/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm',
    issuer: 'Chính phủ',
    issueDate: '2018-02-02',
    effectiveDate: '2018-02-02',
  },
  {
    number: '31/2018/QH14',
    kind: 'law',
    title: 'Luật Trồng trọt',
    issuer: 'Quốc hội',
    issueDate: '2018-11-19',
    effectiveDate: '2020-01-01',
  },
  {
    number: '16/2017/QH14',
    kind: 'law',
    title: 'Luật Lâm nghiệp',
    issuer: 'Quốc hội',
    issueDate: '2017-11-15',
    effectiveDate: '2019-01-01',
  },
  {
    number: '08/2017/QH14',
    kind: 'law',
    title: 'Luật Thủy lợi',
    issuer: 'Quốc hội',
    issueDate: '2017-06-19',
    effectiveDate: '2018-07-01',
  },
  {
    number: '33/2013/QH13',
    kind: 'law',
    title: 'Luật Phòng, chống thiên tai',
    issuer: 'Quốc hội',
    issueDate: '2013-06-19',
    effectiveDate: '2014-05-01',
  },
  {
    number: '02/2017/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định về cơ chế, chính sách hỗ trợ sản xuất nông nghiệp để khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh',
    issuer: 'Chính phủ',
    issueDate: '2017-01-09',
    effectiveDate: '2017-03-01',
  },
  {
    number: '72/2020/QH14',
    kind: 'law',
    title: 'Luật Bảo vệ môi trường',
    issuer: 'Quốc hội',
    issueDate: '2020-11-17',
    effectiveDate: '2022-01-01',
  },
  {
    number: '08/2022/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định chi tiết một số điều của Luật Bảo vệ môi trường',
    issuer: 'Chính phủ',
    issueDate: '2022-01-10',
    effectiveDate: '2022-01-10',
  },
  {
    number: '35/2024/QH15',
    kind: 'law',
    title: 'Luật Đường bộ',
    issuer: 'Quốc hội',
    issueDate: '2024-06-27',
    effectiveDate: '2025-01-01',
  },
  {
    number: '17/2023/QH15',
    kind: 'law',
    title: 'Luật Hợp tác xã',
    issuer: 'Quốc hội',
    issueDate: '2023-06-20',
    effectiveDate: '2024-07-01',
  },
  {
    number: '77/2019/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định về tổ hợp tác',
    issuer: 'Chính phủ',
    issueDate: '2019-10-10',
    effectiveDate: '2019-12-01',
  },
  {
    number: '126/2024/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định về tổ chức, hoạt động và quản lý hội',
    issuer: 'Chính phủ',
    issueDate: '2024-10-08',
    effectiveDate: '2024-11-26',
  },
  {
    number: '105/2017/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định về kinh doanh rượu',
    issuer: 'Chính phủ',
    issueDate: '2017-09-14',
    effectiveDate: '2017-11-01',
  },
  {
    number: '54/2019/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường',
    issuer: 'Chính phủ',
    issueDate: '2019-06-19',
    effectiveDate: '2019-09-01',
  },
  {
    number: '87/2018/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định về kinh doanh khí',
    issuer: 'Chính phủ',
    issueDate: '2018-06-15',
    effectiveDate: '2018-07-01',
  },
  {
    number: '67/2013/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tác hại của thuốc lá về kinh doanh thuốc lá',
    issuer: 'Chính phủ',
    issueDate: '2013-06-27',
    effectiveDate: '2013-08-15',
  },
]

const LEGAL_KIND_LABELS = {
  law: 'Luật',
  ordinance: 'Pháp lệnh',
  decree: 'Nghị định',
  circular: 'Thông tư',
  'joint-circular': 'Thông tư liên tịch',
  decision: 'Quyết định',
  resolution: 'Nghị quyết',
  other: 'Văn bản khác',
} as const

const UNIT_TYPE_LABELS = { province: 'Tỉnh', commune: 'Xã', ward: 'Phường' } as const

/** Generic forms shared by the added procedures (the demo's own forms serve its procedures). */
const EXTRA_FORMS: { file: string; title: string; lines: string[] }[] = [
  [
    'don-de-nghi.pdf',
    'ĐƠN ĐỀ NGHỊ',
    [
      'Kính gửi: .....',
      'Tên tổ chức, cá nhân đề nghị: .....',
      'Địa chỉ: ..... Điện thoại: .....',
      'Nội dung đề nghị: .....',
      'Hồ sơ kèm theo: .....',
    ],
  ],
  [
    'to-khai-chung.pdf',
    'TỜ KHAI',
    [
      'Họ, chữ đệm, tên: .....',
      'Ngày, tháng, năm sinh: .....',
      'Số định danh cá nhân: .....',
      'Nơi cư trú: .....',
      'Nội dung khai: .....',
    ],
  ],
  [
    'ban-cam-ket.pdf',
    'BẢN CAM KẾT',
    ['Tên cơ sở: .....', 'Địa chỉ: .....', 'Cam kết thực hiện đúng các quy định về: .....'],
  ],
  [
    'giay-de-nghi-cap-giay-chung-nhan.pdf',
    'GIẤY ĐỀ NGHỊ CẤP GIẤY CHỨNG NHẬN',
    ['Tên cơ sở: .....', 'Loại hình sản xuất, kinh doanh: .....', 'Địa chỉ cơ sở: .....'],
  ],
  [
    'ke-hoach-bao-ve-moi-truong.pdf',
    'KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG',
    [
      'Tên dự án, cơ sở: .....',
      'Địa điểm thực hiện: .....',
      'Các tác động môi trường chính: .....',
      'Biện pháp giảm thiểu: .....',
    ],
  ],
  [
    'bao-cao-thiet-hai.pdf',
    'BÁO CÁO THIỆT HẠI DO THIÊN TAI',
    [
      'Họ và tên chủ hộ: .....',
      'Loại cây trồng, vật nuôi bị thiệt hại: .....',
      'Diện tích, số lượng thiệt hại: .....',
    ],
  ],
  [
    'phuong-an-san-xuat.pdf',
    'PHƯƠNG ÁN SẢN XUẤT, KINH DOANH',
    ['Tên tổ hợp tác, hợp tác xã: .....', 'Ngành nghề: .....', 'Vốn: ..... Lao động: .....'],
  ],
  [
    'don-xin-chuyen-truong.pdf',
    'ĐƠN XIN CHUYỂN TRƯỜNG',
    ['Họ và tên học sinh: .....', 'Lớp: ..... Trường: .....', 'Lý do chuyển trường: .....'],
  ],
  [
    'bien-ban-kiem-tra.pdf',
    'BIÊN BẢN KIỂM TRA',
    [
      'Thời gian: ..... Địa điểm: .....',
      'Thành phần đoàn kiểm tra: .....',
      'Kết quả kiểm tra: .....',
    ],
  ],
  [
    'hop-dong-hop-tac.pdf',
    'HỢP ĐỒNG HỢP TÁC',
    [
      'Các bên tham gia: .....',
      'Mục đích hợp tác: .....',
      'Quyền, nghĩa vụ của các thành viên: .....',
    ],
  ],
  [
    'giay-xac-nhan-mau.pdf',
    'GIẤY XÁC NHẬN',
    ['Ủy ban nhân dân xã .....', 'Xác nhận: .....', 'Giấy xác nhận có giá trị đến: .....'],
  ],
  [
    'giay-phep-mau.pdf',
    'GIẤY PHÉP',
    ['Cấp cho: .....', 'Địa chỉ: .....', 'Phạm vi, thời hạn: .....'],
  ],
].map(([file, title, lines]) => ({
  file: file as string,
  title: title as string,
  lines: lines as string[],
}))

interface ExtraProcedure {
  name: string
  sector: string
  levels: Procedure['levels']
  agencies: string[]
  subjects: string[]
  result: string
  legal: string[]
  form: string
  keywords: string[]
  synonyms: string[]
  online: Procedure['onlineServiceLevel']
}

const x = (
  name: string,
  sector: string,
  result: string,
  legal: string[],
  form: string,
  keywords: string[],
  synonyms: string[],
  more: Partial<ExtraProcedure> = {},
): ExtraProcedure => ({
  name,
  sector,
  levels: ['commune'],
  agencies: ['ubnd-xa'],
  subjects: ['citizen', 'organisation'],
  result,
  legal,
  form,
  keywords,
  synonyms,
  online: 'partial',
  ...more,
})

/** Real procedure names of fields the demo does not cover, on generic content. */
const EXTRA_PROCEDURES: ExtraProcedure[] = [
  x(
    'Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động giáo dục',
    'giao-duc-dao-tao',
    'Quyết định cho phép hoạt động giáo dục',
    ['43/2019/QH14'],
    'don-de-nghi.pdf',
    ['nhóm trẻ', 'lớp mẫu giáo'],
    ['mở lớp mầm non', 'xin phép mở nhóm trẻ'],
  ),
  x(
    'Thành lập nhóm trẻ, lớp mẫu giáo độc lập',
    'giao-duc-dao-tao',
    'Quyết định thành lập',
    ['43/2019/QH14'],
    'don-de-nghi.pdf',
    ['thành lập nhóm trẻ'],
    ['mở nhóm trẻ tư thục'],
  ),
  x(
    'Sáp nhập, chia, tách nhóm trẻ, lớp mẫu giáo độc lập',
    'giao-duc-dao-tao',
    'Quyết định sáp nhập, chia, tách',
    ['43/2019/QH14'],
    'don-de-nghi.pdf',
    ['sáp nhập nhóm trẻ'],
    [],
  ),
  x(
    'Giải thể nhóm trẻ, lớp mẫu giáo độc lập',
    'giao-duc-dao-tao',
    'Quyết định giải thể',
    ['43/2019/QH14'],
    'don-de-nghi.pdf',
    ['giải thể nhóm trẻ'],
    ['đóng cửa lớp mẫu giáo'],
  ),
  x(
    'Chuyển trường đối với học sinh trung học cơ sở',
    'giao-duc-dao-tao',
    'Giấy giới thiệu chuyển trường',
    ['43/2019/QH14'],
    'don-xin-chuyen-truong.pdf',
    ['chuyển trường', 'học sinh THCS'],
    ['xin chuyển trường cho con', 'chuyen truong'],
    { subjects: ['citizen'], online: 'full' },
  ),
  x(
    'Xét, duyệt chính sách hỗ trợ đối với học sinh bán trú đang học tại các trường tiểu học, trung học cơ sở ở xã, thôn đặc biệt khó khăn',
    'giao-duc-dao-tao',
    'Quyết định phê duyệt danh sách học sinh được hỗ trợ',
    ['43/2019/QH14'],
    'to-khai-chung.pdf',
    ['học sinh bán trú', 'hỗ trợ gạo'],
    ['tiền ăn bán trú'],
    { subjects: ['citizen'] },
  ),
  x(
    'Hỗ trợ ăn trưa đối với trẻ em mẫu giáo',
    'giao-duc-dao-tao',
    'Quyết định hỗ trợ',
    ['43/2019/QH14'],
    'to-khai-chung.pdf',
    ['hỗ trợ ăn trưa', 'trẻ mẫu giáo'],
    ['tiền ăn trưa mầm non'],
    { subjects: ['citizen'] },
  ),
  x(
    'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
    'giao-duc-dao-tao',
    'Bản sao văn bằng, chứng chỉ',
    ['43/2019/QH14'],
    'don-de-nghi.pdf',
    ['bản sao văn bằng', 'sổ gốc'],
    ['xin lại bằng tốt nghiệp', 'mất bằng'],
    { subjects: ['citizen'], online: 'full' },
  ),
  x(
    'Chỉnh sửa nội dung văn bằng, chứng chỉ',
    'giao-duc-dao-tao',
    'Quyết định chỉnh sửa văn bằng, chứng chỉ',
    ['43/2019/QH14'],
    'don-de-nghi.pdf',
    ['chỉnh sửa văn bằng'],
    ['sửa tên trên bằng'],
    { subjects: ['citizen'] },
  ),
  x(
    'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm nhỏ lẻ',
    'an-toan-thuc-pham',
    'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    ['55/2010/QH12', '15/2018/NĐ-CP'],
    'giay-de-nghi-cap-giay-chung-nhan.pdf',
    ['an toàn thực phẩm', 'giấy chứng nhận ATTP'],
    ['giấy phép vệ sinh thực phẩm', 'mở quán ăn'],
    { subjects: ['citizen', 'enterprise'] },
  ),
  x(
    'Ký cam kết bảo đảm an toàn thực phẩm đối với cơ sở kinh doanh thức ăn đường phố',
    'an-toan-thuc-pham',
    'Bản cam kết được xác nhận',
    ['55/2010/QH12', '15/2018/NĐ-CP'],
    'ban-cam-ket.pdf',
    ['thức ăn đường phố', 'cam kết ATTP'],
    ['bán hàng ăn vỉa hè'],
    { subjects: ['citizen'] },
  ),
  x(
    'Xác nhận kiến thức về an toàn thực phẩm',
    'an-toan-thuc-pham',
    'Giấy xác nhận kiến thức về an toàn thực phẩm',
    ['55/2010/QH12', '15/2018/NĐ-CP'],
    'don-de-nghi.pdf',
    ['kiến thức ATTP'],
    ['tập huấn an toàn thực phẩm'],
    { subjects: ['citizen', 'enterprise'] },
  ),
  x(
    'Hỗ trợ khôi phục sản xuất nông nghiệp vùng bị thiệt hại do thiên tai, dịch bệnh',
    'trong-trot',
    'Quyết định hỗ trợ',
    ['02/2017/NĐ-CP', '31/2018/QH14'],
    'bao-cao-thiet-hai.pdf',
    ['hỗ trợ thiên tai', 'khôi phục sản xuất'],
    ['mất mùa do lũ', 'hỗ trợ giống cây trồng'],
    { subjects: ['citizen'], online: 'none' },
  ),
  x(
    'Cấp giấy xác nhận nội dung quảng cáo phân bón',
    'trong-trot',
    'Giấy xác nhận nội dung quảng cáo',
    ['31/2018/QH14'],
    'don-de-nghi.pdf',
    ['quảng cáo phân bón'],
    [],
    { subjects: ['enterprise'], levels: ['province'], agencies: ['so-nnmt'] },
  ),
  x(
    'Chuyển đổi cơ cấu cây trồng trên đất trồng lúa',
    'trong-trot',
    'Văn bản chấp thuận chuyển đổi',
    ['31/2018/QH14'],
    'don-de-nghi.pdf',
    ['chuyển đổi cây trồng', 'đất trồng lúa'],
    ['trồng cây khác trên ruộng lúa', 'chuyen doi cay trong'],
    { subjects: ['citizen'] },
  ),
  x(
    'Đăng ký mã số vùng trồng',
    'trong-trot',
    'Mã số vùng trồng',
    ['31/2018/QH14'],
    'don-de-nghi.pdf',
    ['mã số vùng trồng'],
    ['xuất khẩu nông sản'],
    { levels: ['province'], agencies: ['so-nnmt'] },
  ),
  x(
    'Xác nhận bảng kê lâm sản',
    'lam-nghiep',
    'Bảng kê lâm sản được xác nhận',
    ['16/2017/QH14'],
    'to-khai-chung.pdf',
    ['bảng kê lâm sản', 'nguồn gốc gỗ'],
    ['bán gỗ rừng trồng', 'giấy tờ gỗ'],
  ),
  x(
    'Phê duyệt phương án khai thác thực vật rừng thông thường thuộc quyền quản lý của hộ gia đình, cá nhân',
    'lam-nghiep',
    'Quyết định phê duyệt phương án khai thác',
    ['16/2017/QH14'],
    'phuong-an-san-xuat.pdf',
    ['khai thác rừng', 'rừng trồng'],
    ['chặt cây rừng trồng'],
    { subjects: ['citizen'] },
  ),
  x(
    'Hỗ trợ đầu tư xây dựng phát triển thủy lợi nhỏ, thủy lợi nội đồng và tưới tiên tiến, tiết kiệm nước',
    'thuy-loi',
    'Quyết định hỗ trợ',
    ['08/2017/QH14'],
    'don-de-nghi.pdf',
    ['thủy lợi nội đồng', 'tưới tiết kiệm'],
    ['làm mương', 'kênh mương nội đồng'],
  ),
  x(
    'Cấp giấy phép cho các hoạt động trong phạm vi bảo vệ công trình thủy lợi',
    'thuy-loi',
    'Giấy phép',
    ['08/2017/QH14'],
    'don-de-nghi.pdf',
    ['công trình thủy lợi', 'giấy phép thủy lợi'],
    [],
    { levels: ['province'], agencies: ['so-nnmt'] },
  ),
  x(
    'Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở do thiên tai',
    'phong-chong-thien-tai',
    'Quyết định hỗ trợ',
    ['33/2013/QH13'],
    'bao-cao-thiet-hai.pdf',
    ['hỗ trợ làm nhà', 'thiên tai'],
    ['nhà bị sập do bão', 'sửa nhà sau lũ'],
    { subjects: ['citizen'], online: 'none' },
  ),
  x(
    'Hỗ trợ người dân bị thiệt hại do thiên tai',
    'phong-chong-thien-tai',
    'Quyết định hỗ trợ',
    ['33/2013/QH13', '02/2017/NĐ-CP'],
    'bao-cao-thiet-hai.pdf',
    ['thiệt hại thiên tai'],
    ['lũ quét', 'sạt lở đất'],
    { subjects: ['citizen'], online: 'none' },
  ),
  x(
    'Đăng ký môi trường',
    'moi-truong',
    'Xác nhận đăng ký môi trường',
    ['72/2020/QH14', '08/2022/NĐ-CP'],
    'ke-hoach-bao-ve-moi-truong.pdf',
    ['đăng ký môi trường'],
    ['giấy phép môi trường nhỏ'],
    { subjects: ['organisation', 'enterprise'], online: 'full' },
  ),
  x(
    'Tham vấn trong đánh giá tác động môi trường',
    'moi-truong',
    'Văn bản trả lời tham vấn',
    ['72/2020/QH14', '08/2022/NĐ-CP'],
    'ke-hoach-bao-ve-moi-truong.pdf',
    ['tham vấn ĐTM'],
    [],
    { subjects: ['enterprise'] },
  ),
  x(
    'Cấp giấy phép môi trường',
    'moi-truong',
    'Giấy phép môi trường',
    ['72/2020/QH14', '08/2022/NĐ-CP'],
    'ke-hoach-bao-ve-moi-truong.pdf',
    ['giấy phép môi trường'],
    [],
    { subjects: ['enterprise'], levels: ['province'], agencies: ['so-nnmt'] },
  ),
  x(
    'Cấp giấy phép thi công công trình trên đường bộ đang khai thác thuộc phạm vi quản lý của Ủy ban nhân dân cấp xã',
    'duong-bo',
    'Giấy phép thi công',
    ['35/2024/QH15'],
    'don-de-nghi.pdf',
    ['thi công đường bộ', 'đường giao thông nông thôn'],
    ['đào đường làm ống nước'],
  ),
  x(
    'Chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ',
    'duong-bo',
    'Văn bản chấp thuận',
    ['35/2024/QH15'],
    'don-de-nghi.pdf',
    ['hành lang an toàn đường bộ'],
    [],
    { levels: ['province'], agencies: ['so-xay-dung'] },
  ),
  x(
    'Thông báo thành lập tổ hợp tác',
    'kinh-te-hop-tac',
    'Giấy tiếp nhận thông báo thành lập tổ hợp tác',
    ['77/2019/NĐ-CP', '17/2023/QH15'],
    'hop-dong-hop-tac.pdf',
    ['tổ hợp tác'],
    ['lập tổ hợp tác', 'to hop tac'],
    { online: 'full' },
  ),
  x(
    'Thông báo thay đổi tổ hợp tác',
    'kinh-te-hop-tac',
    'Giấy tiếp nhận thông báo thay đổi',
    ['77/2019/NĐ-CP'],
    'hop-dong-hop-tac.pdf',
    ['thay đổi tổ hợp tác'],
    [],
  ),
  x(
    'Thông báo chấm dứt hoạt động của tổ hợp tác',
    'kinh-te-hop-tac',
    'Giấy tiếp nhận thông báo chấm dứt',
    ['77/2019/NĐ-CP'],
    'hop-dong-hop-tac.pdf',
    ['chấm dứt tổ hợp tác'],
    [],
  ),
  x(
    'Đăng ký thành lập hợp tác xã',
    'kinh-te-hop-tac',
    'Giấy chứng nhận đăng ký hợp tác xã',
    ['17/2023/QH15'],
    'phuong-an-san-xuat.pdf',
    ['thành lập hợp tác xã', 'HTX'],
    ['mở hợp tác xã', 'dang ky htx'],
    { online: 'full' },
  ),
  x(
    'Đăng ký thay đổi nội dung đăng ký hợp tác xã',
    'kinh-te-hop-tac',
    'Giấy chứng nhận đăng ký hợp tác xã',
    ['17/2023/QH15'],
    'phuong-an-san-xuat.pdf',
    ['thay đổi HTX'],
    [],
    { online: 'full' },
  ),
  x(
    'Giải thể tự nguyện hợp tác xã',
    'kinh-te-hop-tac',
    'Giấy xác nhận giải thể',
    ['17/2023/QH15'],
    'don-de-nghi.pdf',
    ['giải thể HTX'],
    [],
  ),
  x(
    'Công nhận ban vận động thành lập hội có phạm vi hoạt động trong xã',
    'to-chuc-phi-chinh-phu',
    'Quyết định công nhận ban vận động',
    ['126/2024/NĐ-CP'],
    'don-de-nghi.pdf',
    ['ban vận động thành lập hội'],
    ['lập hội'],
  ),
  x(
    'Phê duyệt điều lệ hội có phạm vi hoạt động trong xã',
    'to-chuc-phi-chinh-phu',
    'Quyết định phê duyệt điều lệ',
    ['126/2024/NĐ-CP'],
    'don-de-nghi.pdf',
    ['điều lệ hội'],
    [],
  ),
  x(
    'Tặng giấy khen của Chủ tịch Ủy ban nhân dân cấp xã cho gia đình',
    'thi-dua-khen-thuong',
    'Quyết định tặng giấy khen',
    ['13/2016/NĐ-CP'],
    'to-khai-chung.pdf',
    ['giấy khen gia đình'],
    ['khen thưởng gia đình'],
    { subjects: ['citizen'], online: 'none' },
  ),
  x(
    'Cấp Giấy phép bán lẻ sản phẩm thuốc lá',
    'luu-thong-hang-hoa',
    'Giấy phép bán lẻ sản phẩm thuốc lá',
    ['67/2013/NĐ-CP'],
    'giay-de-nghi-cap-giay-chung-nhan.pdf',
    ['bán lẻ thuốc lá'],
    ['giấy phép bán thuốc lá'],
    { subjects: ['citizen', 'enterprise'] },
  ),
  x(
    'Cấp lại Giấy phép bán lẻ sản phẩm thuốc lá',
    'luu-thong-hang-hoa',
    'Giấy phép bán lẻ sản phẩm thuốc lá',
    ['67/2013/NĐ-CP'],
    'giay-de-nghi-cap-giay-chung-nhan.pdf',
    ['cấp lại giấy phép thuốc lá'],
    [],
    { subjects: ['citizen', 'enterprise'] },
  ),
  x(
    'Cấp Giấy phép bán lẻ rượu',
    'luu-thong-hang-hoa',
    'Giấy phép bán lẻ rượu',
    ['105/2017/NĐ-CP'],
    'giay-de-nghi-cap-giay-chung-nhan.pdf',
    ['bán lẻ rượu'],
    ['giấy phép bán rượu'],
    { subjects: ['citizen', 'enterprise'] },
  ),
  x(
    'Cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh',
    'luu-thong-hang-hoa',
    'Giấy phép sản xuất rượu thủ công',
    ['105/2017/NĐ-CP'],
    'giay-de-nghi-cap-giay-chung-nhan.pdf',
    ['sản xuất rượu thủ công'],
    ['nấu rượu bán', 'rượu ngô'],
    { subjects: ['citizen', 'enterprise'] },
  ),
  x(
    'Đăng ký sản xuất rượu thủ công để bán cho doanh nghiệp có giấy phép sản xuất rượu để chế biến lại',
    'luu-thong-hang-hoa',
    'Xác nhận đăng ký',
    ['105/2017/NĐ-CP'],
    'don-de-nghi.pdf',
    ['đăng ký nấu rượu'],
    [],
    { subjects: ['citizen'] },
  ),
  x(
    'Cấp Giấy chứng nhận đủ điều kiện kinh doanh khí',
    'luu-thong-hang-hoa',
    'Giấy chứng nhận đủ điều kiện',
    ['87/2018/NĐ-CP'],
    'giay-de-nghi-cap-giay-chung-nhan.pdf',
    ['kinh doanh khí', 'gas'],
    ['bán bình gas'],
    { subjects: ['enterprise'], levels: ['province'], agencies: ['so-cong-thuong'] },
  ),
  x(
    'Cấp giấy phép kinh doanh dịch vụ karaoke',
    'van-hoa',
    'Giấy phép kinh doanh dịch vụ karaoke',
    ['54/2019/NĐ-CP'],
    'giay-de-nghi-cap-giay-chung-nhan.pdf',
    ['karaoke'],
    ['mở quán karaoke'],
    { subjects: ['citizen', 'enterprise'] },
  ),
  x(
    'Tạm hoãn gọi nhập ngũ và miễn gọi nhập ngũ thời bình',
    'nghia-vu-quan-su',
    'Quyết định tạm hoãn hoặc miễn gọi nhập ngũ',
    ['78/2015/QH13'],
    'don-de-nghi.pdf',
    ['tạm hoãn nhập ngũ', 'miễn nhập ngũ'],
    ['hoãn đi bộ đội', 'tam hoan nghia vu'],
    { subjects: ['citizen'], online: 'none', agencies: ['ubnd-xa', 'ban-chqs-xa'] },
  ),
  x(
    'Đăng ký nghĩa vụ quân sự bổ sung',
    'nghia-vu-quan-su',
    'Cập nhật đăng ký nghĩa vụ quân sự',
    ['78/2015/QH13', '13/2016/NĐ-CP'],
    'to-khai-chung.pdf',
    ['đăng ký bổ sung NVQS'],
    [],
    { subjects: ['citizen'], agencies: ['ban-chqs-xa'] },
  ),
  x(
    'Đăng ký nghĩa vụ quân sự chuyển đi khi thay đổi nơi cư trú hoặc nơi làm việc, học tập',
    'nghia-vu-quan-su',
    'Giấy giới thiệu di chuyển đăng ký nghĩa vụ quân sự',
    ['78/2015/QH13', '13/2016/NĐ-CP'],
    'to-khai-chung.pdf',
    ['di chuyển NVQS'],
    ['chuyển nghĩa vụ quân sự'],
    { subjects: ['citizen'], agencies: ['ban-chqs-xa'] },
  ),
  x(
    'Đăng ký miễn gọi nhập ngũ thời chiến',
    'nghia-vu-quan-su',
    'Quyết định miễn gọi nhập ngũ',
    ['78/2015/QH13'],
    'don-de-nghi.pdf',
    ['miễn gọi nhập ngũ thời chiến'],
    [],
    { subjects: ['citizen'], online: 'none', agencies: ['ban-chqs-xa'] },
  ),
  x(
    'Hỗ trợ người có công với cách mạng cải thiện nhà ở',
    'nguoi-co-cong',
    'Quyết định hỗ trợ',
    ['02/2020/UBTVQH14', '131/2021/NĐ-CP'],
    'don-de-nghi.pdf',
    ['hỗ trợ nhà ở người có công'],
    ['sửa nhà cho gia đình chính sách'],
    { subjects: ['citizen'], online: 'none' },
  ),
  x(
    'Áp dụng các biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly trẻ em khỏi môi trường hoặc người gây tổn hại cho trẻ em',
    'tre-em',
    'Quyết định áp dụng biện pháp can thiệp',
    ['102/2016/QH13', '56/2017/NĐ-CP'],
    'bien-ban-kiem-tra.pdf',
    ['bảo vệ trẻ em', 'can thiệp khẩn cấp'],
    ['trẻ bị bạo hành'],
    { subjects: ['citizen'], online: 'none' },
  ),
  x(
    'Phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em bị xâm hại hoặc có nguy cơ bị bạo lực, bóc lột, bỏ rơi và trẻ em có hoàn cảnh đặc biệt',
    'tre-em',
    'Quyết định phê duyệt kế hoạch',
    ['102/2016/QH13', '56/2017/NĐ-CP'],
    'bien-ban-kiem-tra.pdf',
    ['trẻ em có hoàn cảnh đặc biệt'],
    [],
    { subjects: ['citizen'], online: 'none' },
  ),
  x(
    'Gia hạn sử dụng đất nông nghiệp của hộ gia đình, cá nhân',
    'dat-dai',
    'Giấy chứng nhận được xác nhận gia hạn',
    ['31/2024/QH15', '101/2024/NĐ-CP'],
    'don-de-nghi.pdf',
    ['gia hạn đất nông nghiệp'],
    ['hết hạn sổ đỏ đất ruộng'],
    { subjects: ['citizen'] },
  ),
]

/** Qualifiers that turn a demo procedure into a variant with a name of its own. */
const QUALIFIERS: { suffix: string; keyword: string; synonym: string }[] = [
  {
    suffix: 'đối với người dân tộc thiểu số cư trú tại xã, thôn đặc biệt khó khăn',
    keyword: 'vùng đặc biệt khó khăn',
    synonym: 'đồng bào dân tộc',
  },
  { suffix: 'tại xã biên giới', keyword: 'xã biên giới', synonym: 'khu vực biên giới' },
  {
    suffix: 'trường hợp nộp hồ sơ trực tuyến toàn trình',
    keyword: 'trực tuyến toàn trình',
    synonym: 'nộp online',
  },
  { suffix: 'theo quy trình liên thông', keyword: 'liên thông', synonym: 'làm một lần' },
  {
    suffix: 'trường hợp người yêu cầu là người khuyết tật, người cao tuổi',
    keyword: 'người khuyết tật',
    synonym: 'người già',
  },
  {
    suffix: 'trường hợp ủy quyền cho người khác thực hiện',
    keyword: 'ủy quyền',
    synonym: 'nhờ người làm hộ',
  },
  {
    suffix: 'cho người đang chấp hành án phạt tù',
    keyword: 'người chấp hành án',
    synonym: 'trại giam',
  },
  {
    suffix: 'trường hợp hồ sơ bị thất lạc, hư hỏng',
    keyword: 'hồ sơ thất lạc',
    synonym: 'mất giấy tờ',
  },
]

const GENERIC_COMPONENTS = [
  {
    name: 'Bản sao Giấy chứng nhận đăng ký kinh doanh hoặc giấy tờ tương đương',
    description: null,
    originals: 0,
    copies: 1,
  },
  {
    name: 'Giấy tờ chứng minh quyền sử dụng hợp pháp địa điểm',
    description: 'Hợp đồng thuê, mượn hoặc Giấy chứng nhận quyền sử dụng đất.',
    originals: 0,
    copies: 1,
  },
  { name: 'Danh sách thành viên, người lao động', description: null, originals: 1, copies: 0 },
  { name: 'Sơ đồ vị trí, mặt bằng khu vực thực hiện', description: null, originals: 1, copies: 0 },
  {
    name: 'Biên bản xác minh, kiểm tra thực tế của Ủy ban nhân dân cấp xã',
    description: null,
    originals: 1,
    copies: 0,
  },
  {
    name: 'Giấy tờ chứng minh thuộc đối tượng được hỗ trợ',
    description: 'Giấy xác nhận hộ nghèo, hộ cận nghèo hoặc giấy tờ tương đương.',
    originals: 0,
    copies: 1,
  },
  {
    name: 'Văn bản ý kiến của cơ quan quản lý chuyên ngành',
    description: null,
    originals: 1,
    copies: 0,
  },
  { name: 'Ảnh chụp hiện trạng (nếu có)', description: null, originals: 1, copies: 0 },
]

const OFFICERS: Record<string, string> = {
  'ho-tich': 'Công chức Tư pháp – Hộ tịch',
  'chung-thuc': 'Công chức Tư pháp – Hộ tịch',
  'nuoi-con-nuoi': 'Công chức Tư pháp – Hộ tịch',
  'hoa-giai-co-so': 'Công chức Tư pháp – Hộ tịch',
  'cu-tru': 'Cán bộ đăng ký cư trú, Công an xã',
  'dat-dai': 'Công chức Địa chính – Nông nghiệp – Xây dựng và Môi trường',
  'xay-dung': 'Công chức Địa chính – Nông nghiệp – Xây dựng và Môi trường',
  'moi-truong': 'Công chức Địa chính – Nông nghiệp – Xây dựng và Môi trường',
  'nghia-vu-quan-su': 'Chỉ huy trưởng Ban Chỉ huy quân sự xã',
  default: 'Công chức Văn hóa – Xã hội',
}

// ------------------------------------------------------------------------------------ generation

export function syntheticSnapshot(options: SyntheticOptions = {}): SyntheticRelease {
  const localityCount = options.localities ?? 100
  const perLocality = options.proceduresPerLocality ?? 150
  const procedureCount = options.procedures ?? 200
  const seed = options.seed ?? 1
  if (perLocality > procedureCount)
    throw new Error(`proceduresPerLocality (${perLocality}) > procedures (${procedureCount})`)
  const rnd = generator(seed)
  const id = (key: string) => makeId(seed, key)
  const files: SyntheticRelease['files'] = []
  const fileRefs: FileRef[] = []

  const addFile = (
    key: string,
    name: string,
    title: string,
    bytes: Buffer,
    mimeType = 'application/pdf',
  ): string => {
    const fileId = id(`file:${key}`)
    const filePath = `files/${fileId}/${name}`
    files.push({ path: filePath, bytes })
    fileRefs.push({
      id: fileId,
      title,
      path: filePath,
      mimeType,
      size: bytes.length,
      sha256: sha256(bytes),
    })
    return fileId
  }

  // Localities: the province and its commune-level units (post-2025: no district tier).
  const provinceId = id('locality:province')
  const names = new Set<string>()
  const communeNames: { name: string; ward: boolean }[] = []
  for (const n of WARD_NAMES.slice(0, Math.max(1, Math.round(localityCount / 10))))
    if (!names.has(n)) {
      names.add(n)
      communeNames.push({ name: n, ward: true })
    }
  for (const n of PLACE_NAMES) {
    if (communeNames.length >= localityCount) break
    if (!names.has(n)) {
      names.add(n)
      communeNames.push({ name: n, ward: false })
    }
  }
  while (communeNames.length < localityCount) {
    const n = `${rnd.pick(SYLLABLES)} ${rnd.pick(SYLLABLES)}`
    if (!names.has(n) && n.split(' ')[0] !== n.split(' ')[1]) {
      names.add(n)
      communeNames.push({ name: n, ward: false })
    }
  }
  const localities: Locality[] = [
    {
      id: provinceId,
      slug: PROVINCE.slug,
      name: PROVINCE.name,
      unitType: 'province',
      unitTypeLabel: UNIT_TYPE_LABELS.province,
      tier: 'province',
      code: PROVINCE.code,
      parentId: null,
      portalUrl: PROVINCE.portalUrl,
      deskAddress:
        'Trung tâm Phục vụ hành chính công tỉnh Điện Biên, đường 7/5, phường Mường Thanh, tỉnh Điện Biên',
      phone: '0215 3 825 888',
      email: 'tthcc@dienbien.gov.vn',
      openingHours: OPENING_HOURS[0],
      dissolvedOn: null,
    },
    ...communeNames.map(({ name, ward }, i): Locality => {
      const unitType = ward ? 'ward' : 'commune'
      const full = `${UNIT_TYPE_LABELS[unitType]} ${name}`
      const slug = slugify(full)
      const place = ward ? `tổ dân phố ${rnd.int(1, 12)}` : rnd.pick(VILLAGES)
      return {
        id: id(`locality:${slug}`),
        slug,
        name: full,
        unitType,
        unitTypeLabel: UNIT_TYPE_LABELS[unitType],
        tier: 'commune',
        code: String(3100 + i * 3).padStart(5, '0'),
        parentId: provinceId,
        portalUrl: `https://${slugify(name).replace(/-/g, '')}.dienbien.gov.vn`,
        deskAddress: `${rnd.chance(0.3) ? 'Trung tâm Phục vụ hành chính công' : 'Bộ phận Tiếp nhận và Trả kết quả, UBND'} ${lower(full)}, ${place}, ${lower(full)}, tỉnh Điện Biên`,
        phone: `0215 3 ${rnd.int(800, 999)} ${String(rnd.int(0, 999)).padStart(3, '0')}`,
        email: rnd.chance(0.5) ? `ubnd${slugify(name).replace(/-/g, '')}@dienbien.gov.vn` : null,
        openingHours: rnd.pick(OPENING_HOURS),
        dissolvedOn: null,
      }
    }),
  ]
  const communes = localities.slice(1)

  // Sectors, agencies, legal documents: the demo's, plus those of the added fields.
  const sectorId = (slug: string) => id(`sector:${slug}`)
  const sectors: Sector[] = [
    ...seedSectors.map((s) => ({ ...s, code: s.code ?? null })),
    ...EXTRA_SECTORS,
  ].map((s) => ({ id: sectorId(s.slug), slug: s.slug, name: s.name, code: s.code }))
  const agencyId = (key: string) => id(`agency:${key}`)
  const agencies: Agency[] = [...seedAgencies, ...EXTRA_AGENCIES].map((a) => ({
    id: agencyId(a.key),
    name: a.name,
    level: a.level,
  }))
  const legalId = (number: string) => id(`legal:${number}`)
  const legalDocuments: LegalDocument[] = [
    ...seedLegalDocuments.map((d) => ({
      ...d,
      replacedById: d.replacedBy ? legalId(d.replacedBy) : null,
    })),
    ...EXTRA_LEGAL.map((d) => ({ ...d, status: 'in-force' as const, replacedById: null })),
  ].map((d) => ({
    id: legalId(d.number),
    number: d.number,
    kind: d.kind,
    kindLabel: LEGAL_KIND_LABELS[d.kind],
    title: d.title,
    issuer: d.issuer,
    issueDate: d.issueDate,
    effectiveDate: d.effectiveDate,
    status: d.status,
    replacedById: d.replacedById,
  }))
  const legalNumbers = new Set(legalDocuments.map((d) => d.number))

  // Form files: the demo's forms (as PDF) and the generic ones, shared across procedures.
  const formIds = new Map<string, string>()
  for (const form of [
    ...seedForms.map((f) => ({ ...f, file: f.file.replace(/\.docx$/, '.pdf') })),
    ...EXTRA_FORMS,
  ]) {
    formIds.set(
      form.file,
      addFile(`form:${form.file}`, form.file, form.title, pdf(form.title, form.lines)),
    )
  }
  const formId = (file: string | undefined) =>
    file ? (formIds.get(file.replace(/\.docx$/, '.pdf')) ?? null) : null
  const resultTemplates = ['giay-xac-nhan-mau.pdf', 'giay-phep-mau.pdf'].map((f) => formIds.get(f)!)

  // The master list.
  const usedCodes = new Set(seedProcedures.map((p) => p.code))
  const newCode = () => {
    for (;;) {
      const code = `${rnd.pick(['1', '1', '2', '3'])}.${String(rnd.int(0, 12999)).padStart(6, '0')}`
      if (!usedCodes.has(code)) return (usedCodes.add(code), code)
    }
  }
  /** a date in the second half of 2025, spread by the procedure's position */
  const updatedAt = (i: number) =>
    new Date(Date.UTC(2025, 6, 1, 8) + ((i * 7919) % 180) * 86_400_000 + i * 61_000).toISOString()
  const steps = (lines: string[]) => ({
    html: `<ol>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ol>`,
    text: lines.join('\n'),
  })
  const paragraph = (text: string | undefined) =>
    text ? { html: `<p>${escapeHtml(text)}</p>`, text } : null
  const stated = <T>(items: T[]) => ({ kind: 'stated' as const, items })
  const statedText = (text: { html: string; text: string } | null) =>
    text ? { kind: 'stated' as const, ...text } : { kind: 'none' as const }
  const vnd = (amount: number, description: string | null) => ({
    amount,
    currency: 'VND' as const,
    description,
  })
  const methodsOf = (p: SeedProcedure, scale = 1): Method[] =>
    p.methods.map((m) => ({
      channel: m.channel,
      processingTime: {
        kind: 'stated',
        value: Math.max(0, Math.round(m.time.value * scale)),
        unit: m.time.unit,
      },
      description: m.description ?? null,
      fees:
        m.fees.length > 0
          ? stated(m.fees.map((f) => vnd(f.amount, f.description || null)))
          : { kind: 'none' },
    }))

  const fromSeed = (
    p: SeedProcedure,
    code: string,
    name: string,
    extra: {
      keywords?: string[]
      synonyms?: string[]
      scale?: number
      related?: string[]
      description?: string
    } = {},
  ): Procedure => ({
    id: id(`procedure:${code}`),
    code,
    localCode: p.localCode && code === p.code ? p.localCode : `${code}.000.00.00.H18`,
    slug: procedureSlug(code, name),
    name,
    description: extra.description ?? p.description ?? null,
    validity: 'in-force',
    levels: p.levels,
    sectorId: sectorId(p.sector),
    formalityType: p.formalityType,
    subjects: stated(p.subjects),
    agencies: {
      implementing: stated(p.agencies.implementing.map(agencyId)),
      competent: (p.agencies.competent ?? []).map(agencyId),
      coordinating: (p.agencies.coordinating ?? []).map(agencyId),
      authorised: (p.agencies.authorised ?? []).map(agencyId),
    },
    steps: { kind: 'stated', ...steps(p.steps) },
    methods: stated(methodsOf(p, extra.scale)),
    dossierCases: stated(
      p.dossierCases.map((c) => ({
        name: c.name,
        components: c.components.map((component) => ({
          name: component.name,
          description: component.description ?? null,
          originals: component.originals,
          copies: component.copies,
          required: component.required,
          formFileId: formId(component.form),
        })),
      })),
    ),
    results: stated(
      p.results.map((r) => ({ name: r.name, code: r.code ?? null, templateFileId: null })),
    ),
    requirements: statedText(paragraph(p.requirements)),
    legalBasisIds: p.legalBasis
      .filter((n) => legalNumbers.has(n))
      .map(legalId)
      .sort(),
    onlineServiceLevel: p.onlineServiceLevel,
    keywords: [...p.keywords, ...(extra.keywords ?? [])],
    synonyms: [...p.synonyms, ...(extra.synonyms ?? [])],
    relatedCodes: extra.related ?? p.related ?? [],
    updatedAt: '',
  })

  const fromExtra = (e: ExtraProcedure, code: string): Procedure => {
    const online = e.online !== 'none'
    const days = rnd.pick([1, 3, 5, 5, 7, 10, 10, 15, 20])
    const amount = rnd.pick([0, 0, 0, 50_000, 100_000, 150_000, 200_000])
    const fees = stated(
      amount
        ? [vnd(amount, 'Lệ phí theo Nghị quyết của HĐND tỉnh Điện Biên về phí, lệ phí')]
        : [vnd(0, 'Không thu phí, lệ phí')],
    )
    const where = e.levels.includes('commune')
      ? 'Bộ phận Một cửa của UBND cấp xã'
      : 'Trung tâm Phục vụ hành chính công tỉnh'
    const others = rnd.sample(GENERIC_COMPONENTS, rnd.int(1, 3))
    return {
      id: id(`procedure:${code}`),
      code,
      localCode: `${code}.000.00.00.H18`,
      slug: procedureSlug(code, e.name),
      name: e.name,
      description: rnd.chance(0.6)
        ? `${e.name}; thực hiện tại ${where.toLowerCase().replace('ubnd', 'UBND')}.`
        : null,
      validity: 'in-force',
      levels: e.levels,
      sectorId: sectorId(e.sector),
      formalityType: 'standard',
      subjects: stated(e.subjects),
      agencies: {
        implementing: stated(e.agencies.map(agencyId)),
        competent: [],
        coordinating: [],
        authorised: [],
      },
      steps: {
        kind: 'stated',
        ...steps([
          `Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ và nộp tại ${where}${online ? ' hoặc trực tuyến trên Cổng Dịch vụ công quốc gia' : ''}.`,
          'Bước 2: Công chức tiếp nhận kiểm tra hồ sơ; hồ sơ đầy đủ thì cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả, chưa đầy đủ thì hướng dẫn bổ sung một lần.',
          `Bước 3: Cơ quan có thẩm quyền thẩm định hồ sơ${rnd.chance(0.5) ? ', kiểm tra thực tế khi cần' : ''} và quyết định; trường hợp không giải quyết thì trả lời bằng văn bản, nêu rõ lý do.`,
          `Bước 4: Trả kết quả (${e.result.toLowerCase()}) tại nơi nộp hồ sơ hoặc qua dịch vụ bưu chính.`,
        ]),
      },
      methods: stated([
        {
          channel: 'direct',
          processingTime: { kind: 'stated', value: days, unit: 'working-day' },
          description: `Nộp trực tiếp tại ${where} trong giờ hành chính.`,
          fees,
        },
        ...(online
          ? [
              {
                channel: 'online' as const,
                processingTime: {
                  kind: 'stated' as const,
                  value: days,
                  unit: 'working-day' as const,
                },
                description:
                  'Nộp trực tuyến trên Cổng Dịch vụ công quốc gia hoặc Cổng Dịch vụ công tỉnh Điện Biên.',
                fees,
              },
            ]
          : []),
        ...(rnd.chance(0.5)
          ? [
              {
                channel: 'postal' as const,
                processingTime: {
                  kind: 'stated' as const,
                  value: days,
                  unit: 'working-day' as const,
                },
                description: 'Gửi hồ sơ qua dịch vụ bưu chính công ích.',
                fees,
              },
            ]
          : []),
      ]),
      dossierCases: stated([
        {
          name: 'Giấy tờ phải nộp',
          components: [
            {
              name: `${sentenceCase(EXTRA_FORMS.find((f) => f.file === e.form)!.title)} (theo mẫu)`,
              description: null,
              originals: 1,
              copies: 0,
              required: true,
              formFileId: formIds.get(e.form)!,
            },
            ...others.map((c) => ({ ...c, required: rnd.chance(0.7), formFileId: null })),
          ],
        },
      ]),
      results: stated([
        {
          name: e.result,
          code: null,
          templateFileId: rnd.chance(0.25) ? rnd.pick(resultTemplates) : null,
        },
      ]),
      requirements: statedText(
        rnd.chance(0.4)
          ? paragraph(
              'Tổ chức, cá nhân đáp ứng đầy đủ các điều kiện theo quy định của pháp luật chuyên ngành; hồ sơ kê khai trung thực, đầy đủ.',
            )
          : null,
      ),
      legalBasisIds: [...new Set([...e.legal, '63/2010/NĐ-CP', '61/2018/NĐ-CP'])]
        .filter((n) => legalNumbers.has(n))
        .map(legalId)
        .sort(),
      onlineServiceLevel: e.online,
      keywords: e.keywords,
      synonyms: e.synonyms,
      relatedCodes: [],
      updatedAt: '',
    }
  }

  const inForceSeed = seedProcedures.filter((p) => p.status !== 'abolished')
  const abolishedSeed = seedProcedures.filter((p) => p.status === 'abolished')
  const procedures: Procedure[] = inForceSeed
    .slice(0, procedureCount)
    .map((p) => fromSeed(p, p.code, p.name))
  for (const e of EXTRA_PROCEDURES) {
    if (procedures.length >= procedureCount) break
    procedures.push(fromExtra(e, newCode()))
  }
  // Variants: each demo procedure with a qualifier, in turn, until the count is reached.
  const variantBases = rnd.shuffle(inForceSeed.filter((p) => p.levels.includes('commune')))
  for (let round = 0; procedures.length < procedureCount; round++) {
    const base = variantBases[round % variantBases.length]
    const qualifier =
      QUALIFIERS[(round + Math.floor(round / variantBases.length)) % QUALIFIERS.length]
    const code = newCode()
    procedures.push(
      fromSeed(base, code, `${base.name} ${qualifier.suffix}`, {
        keywords: [qualifier.keyword],
        synonyms: [qualifier.synonym],
        scale: rnd.pick([0.5, 1, 1, 1.5, 2]),
        related: [base.code],
        description: base.description
          ? `${base.description} Áp dụng ${qualifier.suffix}.`
          : undefined,
      }),
    )
  }
  const codes = new Set(procedures.map((p) => p.code))
  procedures.forEach((p, i) => {
    p.updatedAt = updatedAt(i)
    p.relatedCodes = [...new Set(p.relatedCodes)].filter((c) => codes.has(c) && c !== p.code).sort()
  })
  const commune = procedures.filter((p) => p.levels.includes('commune'))
  if (commune.length < perLocality)
    throw new Error(
      `only ${commune.length} commune-level procedures for ${perLocality} per locality`,
    )

  // Decisions: the province's announcements (with their files), and application decisions of a
  // few localities; the change log follows the announcements, as the exporter builds it.
  const decisions: Decision[] = []
  const announcementDates = [
    '2025-07-01',
    '2025-08-15',
    '2025-09-30',
    '2025-11-10',
    '2026-01-05',
    '2026-03-01',
  ]
  const announced = rnd.shuffle(procedures)
  const perAnnouncement = Math.ceil(announced.length / announcementDates.length)
  announcementDates.forEach((date, i) => {
    const number = `${1200 + i * 137}/QĐ-UBND`
    const batch = announced.slice(i * perAnnouncement, (i + 1) * perAnnouncement)
    const sectorsOf = [
      ...new Set(batch.map((p) => sectors.find((s) => s.id === p.sectorId)!.name.toLowerCase())),
    ]
      .slice(0, 4)
      .join(', ')
    const title = `Quyết định về việc công bố danh mục thủ tục hành chính mới ban hành, được sửa đổi, bổ sung và bị bãi bỏ trong lĩnh vực ${sectorsOf} thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã trên địa bàn tỉnh Điện Biên`
    const entries: Decision['entries'] = batch.map((p) => {
      const change = rnd.pick(['new', 'amended', 'amended', 'replaced'] as const)
      return {
        procedureCode: p.code,
        change,
        replacesCode: null,
        whatChanged:
          change === 'new'
            ? null
            : `${change === 'amended' ? 'Sửa đổi' : 'Thay thế'} thành phần hồ sơ và thời hạn giải quyết theo văn bản mới; cắt giảm giấy tờ đã có trong Cơ sở dữ liệu quốc gia về dân cư.`,
      }
    })
    if (i === 0)
      for (const p of abolishedSeed)
        entries.push({
          procedureCode: p.code,
          change: 'abolished',
          replacesCode: null,
          whatChanged: `Bãi bỏ thủ tục "${p.name}".`,
        })
    const decisionPdf = pdf(`QUYET DINH ${number}`, [
      title,
      `Ngay ky: ${date}`,
      ...entries.slice(0, 30).map((e) => `${e.procedureCode} ${e.change}`),
    ])
    decisions.push({
      id: id(`decision:${number}`),
      number,
      kind: 'announcement',
      title,
      issuer: 'Chủ tịch UBND tỉnh Điện Biên',
      localityId: provinceId,
      signedDate: date,
      effectiveDate: date,
      fileId: addFile(
        `decision:${number}`,
        `quyet-dinh-${slugify(number)}.pdf`,
        `Quyết định số ${number}`,
        decisionPdf,
      ),
      entries: entries.sort(byKey((e) => e.procedureCode)),
    })
  })
  const nameOf = new Map([...procedures, ...abolishedSeed].map((p) => [p.code, p.name]))
  const changes: ChangeLogEntry[] = decisions
    .flatMap((d) =>
      d.entries.map((e) => ({
        date: d.effectiveDate,
        decisionId: d.id,
        decisionNumber: d.number,
        procedureCode: e.procedureCode,
        procedureName: nameOf.get(e.procedureCode)!,
        change: e.change,
        whatChanged: e.whatChanged,
      })),
    )
    .sort((a, b) =>
      a.date !== b.date
        ? a.date < b.date
          ? 1
          : -1
        : a.procedureCode < b.procedureCode
          ? -1
          : a.procedureCode > b.procedureCode
            ? 1
            : 0,
    )

  // Local catalogues: a common core every commune applies, and the rest drawn per commune.
  const ordered = rnd.shuffle(commune)
  const coreSize = Math.round(perLocality * 0.8)
  const core = ordered.slice(0, coreSize)
  const optional = ordered.slice(coreSize)
  const localCatalogues: LocalCatalogue[] = communes.map((l, i) => {
    const chosen = [...core, ...rnd.sample(optional, perLocality - coreSize)]
    const applying =
      i % 10 === 0
        ? {
            id: id(`decision:application:${l.slug}`),
            number: `${100 + i}/QĐ-UBND`,
            kind: 'application' as const,
            title: `Quyết định về việc áp dụng danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của ${l.name}`,
            issuer: `Chủ tịch UBND ${lower(l.name)}`,
            localityId: l.id,
            signedDate: '2025-08-20',
            effectiveDate: '2025-09-01',
            fileId: null,
            entries: chosen
              .map((p) => ({
                procedureCode: p.code,
                change: 'new' as const,
                replacesCode: null,
                whatChanged: null,
              }))
              .sort(byKey((e) => e.procedureCode)),
          }
        : null
    if (applying) decisions.push(applying)
    const police = `Công an ${lower(l.name)}, ${l.deskAddress!.split(', ').slice(-3).join(', ')}`
    return {
      localityId: l.id,
      applications: chosen
        .map((p) => {
          const sector = sectors.find((s) => s.id === p.sectorId)!.slug
          const legal = statedItems(p.methods)[0]?.processingTime
          const commits = legal?.kind === 'stated' && legal.value >= 2 && rnd.chance(0.1)
          return {
            procedureCode: p.code,
            receivingAddress: sector === 'cu-tru' ? police : null,
            committedTime:
              commits && legal.kind === 'stated'
                ? { value: Math.max(1, Math.floor(legal.value / 2)), unit: legal.unit }
                : null,
            localNotes: rnd.chance(0.05)
              ? rnd.pick([
                  'Tiếp nhận hồ sơ cả sáng thứ Bảy.',
                  'Người dân ở bản xa có thể gửi hồ sơ qua trưởng bản.',
                  'Có công chức hướng dẫn bằng tiếng Thái, tiếng Mông.',
                ])
              : null,
            officerInCharge: OFFICERS[sector] ?? OFFICERS.default,
            unitInCharge: null,
            onlineServiceUrl: statedItems(p.methods).some((m) => m.channel === 'online')
              ? `${PROVINCE.portalUrl}/dichvucong/chitietthutuc?ma=${p.code}`
              : null,
            appliedFrom: applying ? applying.effectiveDate : '2025-07-01',
            applyingDecisionId: applying?.id ?? null,
          }
        })
        .sort(byKey((a) => a.procedureCode)),
    }
  })

  // Two years of each desk's monthly results (made up: marked as demo, as the site says).
  const generatedAt = options.generatedAt ?? '2026-03-01T00:00:00.000Z'
  const resultMonths = options.resultMonths ?? 24
  const lastOrdinal = Number(generatedAt.slice(0, 4)) * 12 + Number(generatedAt.slice(5, 7)) - 2
  const firstOrdinal = lastOrdinal - resultMonths + 1
  const procedureName = new Map(procedures.map((p) => [p.code, p.name]))
  const serviceResults = localCatalogues.flatMap((catalogue) =>
    monthlyReports(
      `${seed}:${catalogue.localityId}`,
      catalogue.applications.map((a) => a.procedureCode),
      (code) => procedureName.get(code) ?? '',
      { year: Math.floor(firstOrdinal / 12), month: (firstOrdinal % 12) + 1 },
      resultMonths,
      // Every applied procedure every month, zeros included: the issue's 100 × 150 × 24 rows.
      { everyProcedure: true },
    ).map((report) => ({
      localityId: catalogue.localityId,
      period: `${report.year}-${String(report.month).padStart(2, '0')}`,
      demo: true,
      source: 'Số liệu tổng hợp để đo hiệu năng; không phải số liệu thật.',
      rows: report.rows.map(({ procedure, ...counts }) => ({
        procedureCode: procedure,
        sectorId: null,
        counts: DOSSIER_COUNTS.map((key) => counts[key]),
      })),
    })),
  )

  const content: SnapshotContent = {
    localities: localities.sort(byKey((l) => l.code)),
    sectors: sectors.sort(byKey((s) => s.slug)),
    agencies: agencies.sort(byKey((a) => a.id)),
    legalDocuments: legalDocuments.sort(byKey((d) => d.number)),
    decisions: decisions.sort(byKey((d) => d.number)),
    files: fileRefs.sort(byKey((f) => f.id)),
    procedures: procedures.sort(byKey((p) => p.code)),
    abolishedProcedures: [],
    localCatalogues: localCatalogues.sort(byKey((c) => c.localityId)),
    changes,
    ...(serviceResults.length ? { serviceResults } : {}),
  }
  const hash = contentHash(content)
  const snapshot = parseSnapshot({
    metadata: {
      schemaVersion: SCHEMA_VERSION,
      releaseId: `${generatedAt.replace(/[:.]/g, '-')}-${hash.slice(0, 8)}`,
      generatedAt,
      contentHash: hash,
      province: { id: provinceId, slug: PROVINCE.slug, name: PROVINCE.name },
    },
    ...content,
  })
  return { snapshot, files }
}

/** Writes the synthetic release into `dir` (emptied first): snapshot.json and files/. */
export function writeSyntheticSnapshot(
  dir: string,
  options: SyntheticOptions = {},
): WrittenRelease {
  const { snapshot, files } = syntheticSnapshot(options)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true })
    fs.writeFileSync(path.join(dir, file.path), file.bytes)
  }
  const json = canonicalJSON(snapshot)
  fs.writeFileSync(path.join(dir, 'snapshot.json'), json)
  return {
    dir,
    snapshotBytes: Buffer.byteLength(json),
    fileBytes: files.reduce((n, f) => n + f.bytes.length, 0),
    counts: {
      localities: snapshot.localities.length,
      procedures: snapshot.procedures.length,
      applications: snapshot.localCatalogues.reduce((n, c) => n + c.applications.length, 0),
      files: snapshot.files.length,
      decisions: snapshot.decisions.length,
      changes: snapshot.changes.length,
      legalDocuments: snapshot.legalDocuments.length,
      sectors: snapshot.sectors.length,
      agencies: snapshot.agencies.length,
      serviceResultReports: snapshot.serviceResults?.length ?? 0,
      serviceResultRows: (snapshot.serviceResults ?? []).reduce((n, r) => n + r.rows.length, 0),
    },
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      localities: { type: 'string' },
      'per-locality': { type: 'string' },
      procedures: { type: 'string' },
      seed: { type: 'string' },
      'result-months': { type: 'string' },
    },
  })
  if (!values.out) throw new Error('--out <dir> is required')
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v))
  const written = writeSyntheticSnapshot(path.resolve(values.out), {
    localities: num(values.localities),
    proceduresPerLocality: num(values['per-locality']),
    procedures: num(values.procedures),
    seed: num(values.seed),
    resultMonths: num(values['result-months']),
  })
  console.log(
    `${written.dir}: ${JSON.stringify(written.counts)}; snapshot.json ${(written.snapshotBytes / 1e6).toFixed(1)} MB, files ${(written.fileBytes / 1024).toFixed(0)} kB`,
  )
}
