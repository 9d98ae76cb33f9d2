/**
 * Small builders that keep the procedure files readable. They only assemble plain
 * SeedMethod / SeedFee objects; every value (time, fee, description) stays explicit at the call site.
 */
import type { Channel, SeedFee, SeedMethod, TimeUnit } from '../types.ts'

export const free = (description = 'Miễn lệ phí'): SeedFee => ({ amount: 0, description })
export const fee = (amount: number, description: string): SeedFee => ({ amount, description })

const method =
  (channel: Channel) =>
  (value: number, unit: TimeUnit, description: string, fees: SeedFee[]): SeedMethod => ({
    channel,
    time: { value, unit },
    description,
    fees,
  })

export const direct = method('direct')
export const online = method('online')
export const postal = method('postal')

/** Identity papers shown at the desk (not kept in the dossier). */
export const identityShown = {
  name: 'Giấy tờ tùy thân của người yêu cầu (hộ chiếu, thẻ Căn cước/Căn cước công dân hoặc giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng)',
  description:
    'Xuất trình bản chính để đối chiếu. Không phải xuất trình nếu thông tin đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư hoặc người yêu cầu xác thực bằng tài khoản định danh điện tử mức độ 2.',
  originals: 1,
  copies: 0,
  required: true,
}

/** Power of attorney, for dossiers submitted by an authorised person. */
export const proxyLetter = {
  name: 'Văn bản ủy quyền (trường hợp ủy quyền thực hiện thủ tục)',
  description:
    'Văn bản ủy quyền phải được chứng thực; không phải chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền.',
  originals: 1,
  copies: 0,
  required: false,
}

/** Standard text for the national portal / VNeID online channel. */
export const ONLINE_PORTAL =
  'Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn), Cổng Dịch vụ công tỉnh Điện Biên hoặc ứng dụng VNeID; đăng tải bản chụp, bản quét giấy tờ; nhận kết quả điện tử qua tài khoản hoặc bản giấy qua dịch vụ bưu chính.'
