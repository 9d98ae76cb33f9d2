/**
 * Procedures applied by each commune-level locality (the locality's subset of the provincial
 * list, with its own desk, officer, notes and committed times).
 *
 * Thị trấn Điện Biên Đông applies exactly 45 procedures (seed article, 2017: "172 bộ thủ tục …
 * thống nhất chỉ áp dụng 45 bộ thủ tục"), with its two published commitments: residence
 * registration "trong ngày" instead of 2–3 days, and land transfer in at most 5 days instead of
 * 7–10. The pre-2025 localities only apply procedures that were handled or received at commune
 * level before 2025-07-01; Xã Mường Phăng (post-2025) also applies the procedures that moved from
 * the district to the commune level on that date.
 */
import { procedures } from './procedures.ts'
import type { SeedAppliedProcedure, TimeUnit } from './types.ts'

const portalLink = (code: string): string =>
  `https://dichvucong.dienbien.gov.vn/dichvucong/chitietthutuc?ma=${code}`

type Officers = { default: string; [sector: string]: string }
interface LocalOptions {
  committedTime?: { value: number; unit: TimeUnit }
  localNotes?: string
  receivingAddress?: string
  officerInCharge?: string
}

function build(
  locality: string,
  appliedFrom: string,
  codes: string[],
  defaults: { receivingAddress: string; policeAddress: string; officers: Officers },
  overrides: Record<string, LocalOptions> = {},
): SeedAppliedProcedure[] {
  return codes.map((code) => {
    const procedure = procedures.find((p) => p.code === code)
    if (!procedure) throw new Error(`applied.ts: unknown procedure ${code} for ${locality}`)
    const hasOnline = procedure.methods.some((m) => m.channel === 'online')
    const isResidence = procedure.sector === 'cu-tru'
    const entry: SeedAppliedProcedure = {
      locality,
      procedure: code,
      receivingAddress: isResidence ? defaults.policeAddress : defaults.receivingAddress,
      officerInCharge: defaults.officers[procedure.sector] ?? defaults.officers.default,
      appliedFrom,
      ...(hasOnline ? { onlineServiceUrl: portalLink(code) } : {}),
      ...overrides[code],
    }
    return entry
  })
}

// ---------------------------------------------------------------- Thị trấn Điện Biên Đông (45)
const townOfficers: Officers = {
  'ho-tich': 'Công chức Tư pháp – Hộ tịch',
  'chung-thuc': 'Công chức Tư pháp – Hộ tịch',
  'hoa-giai-co-so': 'Công chức Tư pháp – Hộ tịch',
  'cu-tru': 'Cán bộ đăng ký cư trú, Công an thị trấn Điện Biên Đông',
  'dat-dai': 'Công chức Địa chính – Xây dựng',
  'bao-tro-xa-hoi': 'Công chức Văn hóa – Xã hội (phụ trách lao động – thương binh và xã hội)',
  'nguoi-co-cong': 'Công chức Văn hóa – Xã hội (phụ trách lao động – thương binh và xã hội)',
  'giam-ngheo': 'Công chức Văn hóa – Xã hội (phụ trách lao động – thương binh và xã hội)',
  'van-hoa': 'Công chức Văn hóa – Xã hội',
  default: 'Công chức Văn phòng – Thống kê',
}

export const townCodes = [
  // hộ tịch (17)
  '1.001193',
  '1.000894',
  '1.000656',
  '1.001022',
  '1.000689',
  '1.003583',
  '1.000593',
  '1.000419',
  '1.004837',
  '1.004845',
  '1.004859',
  '1.004873',
  '1.004884',
  '1.004772',
  '2.000635',
  '2.002621',
  '2.002622',
  // chứng thực (7)
  '2.000815',
  '2.000884',
  '2.001035',
  '2.000913',
  '2.001019',
  '2.001406',
  '2.001016',
  // cư trú (8)
  '1.004222',
  '1.004194',
  '1.002755',
  '1.003197',
  '1.010028',
  '1.010038',
  '1.010041',
  '1.003677',
  // đất đai (4)
  '1.012812',
  '1.013831',
  '1.013978',
  '1.012783',
  // lao động – thương binh – xã hội (6)
  '1.001776',
  '1.001731',
  '1.001699',
  '1.001653',
  '1.010803',
  '1.011607',
  // văn hóa (2), hòa giải ở cơ sở (1)
  '1.003622',
  '1.000954',
  '2.000424',
]

const SAME_DAY_RESIDENCE =
  'Cam kết giải quyết trong ngày (thời hạn luật định dài hơn); trước đây công dân nơi khác đến đăng ký hộ khẩu hoặc cắt khẩu chuyển đi mất 2–3 ngày. Tiếp nhận cả sáng thứ Bảy tại Công an thị trấn.'

export const townOverrides: Record<string, LocalOptions> = {
  '1.004222': { committedTime: { value: 1, unit: 'working-day' }, localNotes: SAME_DAY_RESIDENCE },
  '1.003197': { committedTime: { value: 1, unit: 'working-day' }, localNotes: SAME_DAY_RESIDENCE },
  '1.004194': {
    committedTime: { value: 1, unit: 'working-day' },
    localNotes: 'Cam kết giải quyết trong ngày. Tiếp nhận cả sáng thứ Bảy tại Công an thị trấn.',
  },
  '1.013831': {
    committedTime: { value: 5, unit: 'working-day' },
    localNotes:
      'UBND thị trấn cam kết hoàn thành việc tiếp nhận, xác nhận và luân chuyển hồ sơ mua bán, chuyển nhượng, cấp Giấy chứng nhận không quá 05 ngày làm việc (trước đây 7–10 ngày); không tính thời gian thực hiện nghĩa vụ tài chính.',
  },
  '1.012812': {
    committedTime: { value: 20, unit: 'day' },
    localNotes:
      'Tổ chức hòa giải tại nhà văn hóa tổ dân phố nơi có đất tranh chấp; cam kết hoàn thành trong 20 ngày.',
  },
  '2.001035': {
    committedTime: { value: 1, unit: 'working-day' },
    localNotes: 'Hồ sơ nộp trước 10 giờ sáng được chứng thực trong ngày.',
  },
  '1.001193': {
    localNotes: 'Tặng thư chúc mừng khai sinh kèm Giấy khai sinh; tiếp nhận cả sáng thứ Bảy.',
  },
  '1.003583': {
    localNotes: 'Đăng ký lưu động tại các tổ dân phố vào thứ Năm tuần thứ hai hằng tháng.',
  },
  '1.000656': {
    localNotes:
      'Gửi thư chia buồn tới gia đình; hướng dẫn làm tiếp thủ tục liên thông xóa đăng ký thường trú, mai táng phí.',
  },
}

const townApplied = build(
  'thi-tran-dien-bien-dong',
  '2024-08-05',
  townCodes,
  {
    receivingAddress:
      'Bộ phận Tiếp nhận và Trả kết quả, UBND thị trấn Điện Biên Đông, tổ dân phố 4, thị trấn Điện Biên Đông, huyện Điện Biên Đông, tỉnh Điện Biên',
    policeAddress:
      'Trụ sở Công an thị trấn Điện Biên Đông, tổ dân phố 4, thị trấn Điện Biên Đông, huyện Điện Biên Đông, tỉnh Điện Biên',
    officers: townOfficers,
  },
  townOverrides,
)

// ---------------------------------------------------------------- Phường Mường Thanh (39)
const wardCodes = [
  '1.001193',
  '1.000894',
  '1.000656',
  '1.001022',
  '1.000689',
  '1.004837',
  '1.004845',
  '1.004859',
  '1.004873',
  '1.004884',
  '1.004772',
  '1.004746',
  '1.005461',
  '2.000635',
  '2.002621',
  '2.002622',
  '2.000815',
  '2.000884',
  '2.001035',
  '2.000913',
  '2.001019',
  '2.001406',
  '2.001016',
  '2.000942',
  '2.000908',
  '1.004222',
  '1.004194',
  '1.002755',
  '1.003197',
  '1.010028',
  '1.010038',
  '1.010039',
  '1.010041',
  '1.003677',
  '1.012812',
  '1.001776',
  '1.001731',
  '1.001699',
  '1.003622',
]
const wardApplied = build(
  'phuong-muong-thanh',
  '2024-09-01',
  wardCodes,
  {
    receivingAddress:
      'Bộ phận Tiếp nhận và Trả kết quả, UBND phường Mường Thanh, tổ dân phố 9, phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    policeAddress: 'Trụ sở Công an phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    officers: {
      'ho-tich': 'Công chức Tư pháp – Hộ tịch',
      'chung-thuc': 'Công chức Tư pháp – Hộ tịch',
      'cu-tru': 'Cán bộ đăng ký cư trú, Công an phường Mường Thanh',
      'dat-dai': 'Công chức Địa chính – Xây dựng – Đô thị và Môi trường',
      'bao-tro-xa-hoi': 'Công chức Văn hóa – Xã hội',
      'van-hoa': 'Công chức Văn hóa – Xã hội',
      default: 'Công chức Văn phòng – Thống kê',
    },
  },
  {
    '2.000815': { localNotes: 'Bố trí 02 quầy chứng thực bản sao; tiếp nhận cả sáng thứ Bảy.' },
    '1.004222': {
      committedTime: { value: 5, unit: 'working-day' },
      localNotes: 'Cam kết giải quyết không quá 05 ngày làm việc.',
    },
  },
)

// ---------------------------------------------------------------- Xã Na Son (25)
const naSonCodes = [
  '1.001193',
  '1.000894',
  '1.000656',
  '1.001022',
  '1.000689',
  '1.003583',
  '1.000593',
  '1.000419',
  '1.004859',
  '1.004873',
  '2.000635',
  '2.002621',
  '2.000815',
  '2.000884',
  '2.001035',
  '1.004222',
  '1.004194',
  '1.003197',
  '1.010041',
  '1.012812',
  '1.013978',
  '1.001776',
  '1.001731',
  '1.011607',
  '1.003622',
]
const naSonApplied = build(
  'xa-na-son',
  '2024-10-01',
  naSonCodes,
  {
    receivingAddress:
      'Bộ phận Tiếp nhận và Trả kết quả, UBND xã Na Son, bản Na Son, xã Na Son, huyện Điện Biên Đông, tỉnh Điện Biên',
    policeAddress: 'Trụ sở Công an xã Na Son, huyện Điện Biên Đông, tỉnh Điện Biên',
    officers: {
      'ho-tich': 'Công chức Tư pháp – Hộ tịch',
      'chung-thuc': 'Công chức Tư pháp – Hộ tịch',
      'cu-tru': 'Cán bộ đăng ký cư trú, Công an xã Na Son',
      'dat-dai': 'Công chức Địa chính – Nông nghiệp – Xây dựng và Môi trường',
      'bao-tro-xa-hoi': 'Công chức Văn hóa – Xã hội',
      'giam-ngheo': 'Công chức Văn hóa – Xã hội',
      'van-hoa': 'Công chức Văn hóa – Xã hội',
      default: 'Công chức Văn phòng – Thống kê',
    },
  },
  {
    '1.003583': {
      localNotes:
        'Đăng ký khai sinh lưu động tại các bản vùng cao (Huổi Hoa, Pá Chả…) theo lịch hằng tháng; cán bộ tư pháp có phiên dịch tiếng Mông.',
    },
    '1.001193': {
      localNotes: 'Hướng dẫn thủ tục bằng tiếng Mông và tiếng Thái tại Bộ phận một cửa.',
    },
  },
)

// ---------------------------------------------------------------- Xã Mường Phăng (post-2025, 39)
const muongPhangCodes = [
  '1.001193',
  '1.000894',
  '1.000656',
  '1.001022',
  '1.004859',
  '1.004873',
  '2.000635',
  '2.002621',
  '2.002622',
  '2.000528',
  '2.000806',
  '1.003583',
  '2.000815',
  '2.000884',
  '2.001035',
  '2.001406',
  '2.000992',
  '1.004222',
  '1.004194',
  '1.003197',
  '1.010041',
  '2.001159',
  '1.012812',
  '1.013967',
  '1.013978',
  '1.013831',
  '1.012786',
  '1.011441',
  '1.013225',
  '1.001776',
  '1.001731',
  '1.014027',
  '1.014028',
  '1.001699',
  '1.010833',
  '1.003622',
  '1.014310',
  '1.001612',
  '2.001263',
]
const muongPhangApplied = build(
  'xa-muong-phang',
  '2025-07-01',
  muongPhangCodes,
  {
    receivingAddress:
      'Trung tâm Phục vụ hành chính công xã Mường Phăng, bản Che Căn, xã Mường Phăng, tỉnh Điện Biên',
    policeAddress: 'Trụ sở Công an xã Mường Phăng, bản Che Căn, xã Mường Phăng, tỉnh Điện Biên',
    officers: {
      'ho-tich': 'Công chức Tư pháp – Hộ tịch, Văn phòng HĐND và UBND xã',
      'chung-thuc': 'Công chức Tư pháp – Hộ tịch, Văn phòng HĐND và UBND xã',
      'nuoi-con-nuoi': 'Công chức Tư pháp – Hộ tịch, Văn phòng HĐND và UBND xã',
      'cu-tru': 'Cán bộ đăng ký cư trú, Công an xã Mường Phăng',
      'dat-dai': 'Phòng Kinh tế xã Mường Phăng',
      'xay-dung': 'Phòng Kinh tế xã Mường Phăng',
      'ho-kinh-doanh': 'Phòng Kinh tế xã Mường Phăng',
      'bao-tro-xa-hoi': 'Phòng Văn hóa – Xã hội xã Mường Phăng',
      'nguoi-co-cong': 'Phòng Văn hóa – Xã hội xã Mường Phăng',
      'van-hoa': 'Phòng Văn hóa – Xã hội xã Mường Phăng',
      default: 'Văn phòng HĐND và UBND xã Mường Phăng',
    },
  },
  {
    '1.013978': {
      committedTime: { value: 15, unit: 'working-day' },
      localNotes:
        'Cam kết không quá 15 ngày làm việc; không tính thời gian niêm yết, trích đo và thực hiện nghĩa vụ tài chính.',
    },
    '2.000815': {
      localNotes:
        'Tiếp nhận cả sáng thứ Bảy; nhận hồ sơ không phụ thuộc địa giới hành chính trong tỉnh.',
    },
    '1.014027': {
      localNotes:
        'Tiếp nhận tại nhà đối với người cao tuổi không tự đi lại được (báo trước qua trưởng bản).',
    },
  },
)

export const appliedProcedures: SeedAppliedProcedure[] = [
  ...townApplied,
  ...wardApplied,
  ...naSonApplied,
  ...muongPhangApplied,
]
