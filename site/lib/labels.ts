/**
 * Vietnamese labels for the contract's enumerations. The snapshot carries codes only (the CMS keeps
 * its labels in cms/, which the site must not read), so the site names them here.
 */
import type { LegalDocument, Method, Procedure } from '../../content-schemas'

export type Level = Procedure['levels'][number]
export type Channel = Method['channel']
export type Change = 'new' | 'amended' | 'replaced' | 'abolished'
export type OnlineLevel = Procedure['onlineServiceLevel']

export const LEVEL_ORDER: readonly Level[] = ['province', 'district', 'commune']

export const levelLabels: Record<Level, string> = {
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
}

/** URL segment of each level: /cap/tinh/, /cap/huyen/, /cap/xa/. */
export const levelSlugs: Record<Level, string> = {
  province: 'tinh',
  district: 'huyen',
  commune: 'xa',
}

export const channelLabels: Record<Channel, string> = {
  direct: 'Nộp trực tiếp',
  online: 'Nộp trực tuyến',
  postal: 'Nộp qua dịch vụ bưu chính',
}

export const onlineLevelLabels: Record<OnlineLevel, string> = {
  full: 'Toàn trình',
  partial: 'Một phần',
  none: 'Chưa có dịch vụ công trực tuyến',
}

export const subjectLabels: Record<string, string> = {
  citizen: 'Công dân Việt Nam',
  organisation: 'Tổ chức',
  enterprise: 'Doanh nghiệp',
  foreigner: 'Người nước ngoài',
  'overseas-vietnamese': 'Người Việt Nam định cư ở nước ngoài',
}

/** An unknown subject code (added to the CMS before the site) is shown as is rather than hidden. */
export const subjectLabel = (code: string): string => subjectLabels[code] ?? code

export const changeLabels: Record<Change, string> = {
  new: 'Ban hành mới',
  amended: 'Sửa đổi, bổ sung',
  replaced: 'Thay thế',
  abolished: 'Bãi bỏ',
}

export const legalStatusLabels: Record<LegalDocument['status'], string> = {
  'in-force': 'Còn hiệu lực',
  expired: 'Hết hiệu lực',
  amended: 'Đã được sửa đổi, bổ sung',
  replaced: 'Đã bị thay thế',
}

export const agencyRoleLabels = {
  implementing: 'Cơ quan thực hiện',
  competent: 'Cơ quan có thẩm quyền',
  authorised: 'Cơ quan được ủy quyền',
  coordinating: 'Cơ quan phối hợp',
} as const
