/**
 * Agencies referenced by the procedures (cơ quan thực hiện / có thẩm quyền / phối hợp).
 * District-level agencies ceased to exist on 2025-07-01; they stay here because older
 * procedure versions and the pre-2025 localities still refer to them.
 */
import type { SeedAgency } from './types.ts'

export const agencies: SeedAgency[] = [
  // Commune level (xã, phường, thị trấn; since 2025: xã, phường, đặc khu)
  { key: 'ubnd-xa', name: 'Ủy ban nhân dân cấp xã', level: 'commune' },
  { key: 'chu-tich-ubnd-xa', name: 'Chủ tịch Ủy ban nhân dân cấp xã', level: 'commune' },
  { key: 'cong-an-xa', name: 'Công an cấp xã', level: 'commune' },
  { key: 'ban-chqs-xa', name: 'Ban Chỉ huy quân sự cấp xã', level: 'commune' },
  { key: 'ubmttq-xa', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã', level: 'commune' },

  // District level (until 2025-07-01)
  { key: 'ubnd-huyen', name: 'Ủy ban nhân dân cấp huyện', level: 'district' },
  { key: 'phong-tu-phap', name: 'Phòng Tư pháp cấp huyện', level: 'district' },
  {
    key: 'phong-ldtbxh',
    name: 'Phòng Lao động – Thương binh và Xã hội cấp huyện',
    level: 'district',
  },
  { key: 'phong-tnmt', name: 'Phòng Tài nguyên và Môi trường cấp huyện', level: 'district' },
  { key: 'phong-van-hoa', name: 'Phòng Văn hóa và Thông tin cấp huyện', level: 'district' },
  { key: 'phong-tckh', name: 'Phòng Tài chính – Kế hoạch cấp huyện', level: 'district' },
  {
    key: 'bhxh-huyen',
    name: 'Bảo hiểm xã hội cấp huyện (Bảo hiểm xã hội cơ sở)',
    level: 'district',
  },
  {
    key: 'ngan-hang-csxh',
    name: 'Phòng giao dịch Ngân hàng Chính sách xã hội cấp huyện',
    level: 'district',
  },

  // Province level
  { key: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh', level: 'province' },
  { key: 'so-tu-phap', name: 'Sở Tư pháp', level: 'province' },
  { key: 'so-ldtbxh', name: 'Sở Lao động – Thương binh và Xã hội', level: 'province' },
  { key: 'so-noi-vu', name: 'Sở Nội vụ', level: 'province' },
  { key: 'so-y-te', name: 'Sở Y tế', level: 'province' },
  { key: 'so-nnmt', name: 'Sở Nông nghiệp và Môi trường', level: 'province' },
  { key: 'so-xay-dung', name: 'Sở Xây dựng', level: 'province' },
  { key: 'so-vhttdl', name: 'Sở Văn hóa, Thể thao và Du lịch', level: 'province' },
  {
    key: 'cn-vpdk-dat-dai',
    name: 'Chi nhánh Văn phòng đăng ký đất đai (đặt tại huyện, khu vực)',
    level: 'province',
  },
  { key: 'vpdk-dat-dai', name: 'Văn phòng đăng ký đất đai tỉnh', level: 'province' },
  { key: 'co-quan-thue', name: 'Cơ quan thuế quản lý địa bàn', level: 'province' },
  { key: 'cong-an-tinh', name: 'Công an tỉnh', level: 'province' },

  // Central level
  { key: 'bo-tu-phap', name: 'Bộ Tư pháp', level: 'central' },
  { key: 'bo-cong-an', name: 'Bộ Công an', level: 'central' },
  { key: 'bo-ldtbxh', name: 'Bộ Lao động – Thương binh và Xã hội', level: 'central' },
  { key: 'bo-noi-vu', name: 'Bộ Nội vụ', level: 'central' },
  { key: 'bo-y-te', name: 'Bộ Y tế', level: 'central' },
  { key: 'bo-nnmt', name: 'Bộ Nông nghiệp và Môi trường', level: 'central' },
  { key: 'bo-xay-dung', name: 'Bộ Xây dựng', level: 'central' },
  { key: 'bo-vhttdl', name: 'Bộ Văn hóa, Thể thao và Du lịch', level: 'central' },
  { key: 'bo-tai-chinh', name: 'Bộ Tài chính', level: 'central' },
  { key: 'bo-quoc-phong', name: 'Bộ Quốc phòng', level: 'central' },
]
