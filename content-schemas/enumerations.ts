/**
 * The catalogue's enumerations and their Vietnamese (and English) labels: the one place they are
 * declared. The CMS builds its select options from them (the values are stored, so they never
 * change without a migration), the contract validates snapshots against them, and the site shows
 * the same labels to citizens.
 */

/** A type, not an interface, so Payload takes it as an option label (Record<string, string>). */
export type Label = { vi: string; en: string }

/** Tiers (cấp) that handle procedures: three before 1 July 2025, province and commune since. */
export const LEVELS = ['province', 'district', 'commune'] as const
export type Level = (typeof LEVELS)[number]
export const levelLabels: Record<Level, Label> = {
  province: { vi: 'Cấp tỉnh', en: 'Province level' },
  district: { vi: 'Cấp huyện', en: 'District level' },
  commune: { vi: 'Cấp xã', en: 'Commune level' },
}

/**
 * Levels a procedure is handled at: the national ones beside the local tiers. `LEVELS` stays the
 * locality tiers (Locality.tier, Agency.level); only procedures can be national.
 */
export const PROCEDURE_LEVELS = [
  'ministry',
  'province',
  'district',
  'commune',
  'other-agency',
] as const
export type ProcedureLevel = (typeof PROCEDURE_LEVELS)[number]
export const procedureLevelLabels: Record<ProcedureLevel, Label> = {
  ministry: { vi: 'Cấp bộ', en: 'Ministry level' },
  ...levelLabels,
  'other-agency': { vi: 'Cơ quan khác', en: 'Other agency' },
}

/** Currencies a fee is stated in (the national records have fees in US dollars too). */
export const CURRENCIES = ['VND', 'USD'] as const
export type Currency = (typeof CURRENCIES)[number]
export const currencyLabels: Record<Currency, Label> = {
  VND: { vi: 'đồng', en: 'VND' },
  USD: { vi: 'USD', en: 'USD' },
}

/**
 * Why a part is empty: explicitly none (free, no condition) or not stated by the source. An empty
 * part with neither is missing, which NĐ 63 refuses.
 */
export const GAP_KINDS = ['none', 'unknown'] as const
export type GapKind = (typeof GAP_KINDS)[number]

/** What the public site says where the source does not state a part. */
export const NOT_STATED = 'Chưa có thông tin'

/** Administrative units; `tierOf` (cms/collections/Localities/tier.ts) maps each to its level. */
export const UNIT_TYPES = [
  'province',
  'central-city',
  'district',
  'urban-district',
  'town',
  'provincial-city',
  'commune',
  'ward',
  'township',
  'special-zone',
] as const
export type UnitType = (typeof UNIT_TYPES)[number]
export const unitTypeLabels: Record<UnitType, Label> = {
  province: { vi: 'Tỉnh', en: 'Province' },
  'central-city': { vi: 'Thành phố trực thuộc trung ương', en: 'Centrally-run city' },
  district: { vi: 'Huyện', en: 'Rural district' },
  'urban-district': { vi: 'Quận', en: 'Urban district' },
  town: { vi: 'Thị xã', en: 'District-level town' },
  'provincial-city': { vi: 'Thành phố thuộc tỉnh', en: 'Provincial city' },
  commune: { vi: 'Xã', en: 'Commune' },
  ward: { vi: 'Phường', en: 'Ward' },
  township: { vi: 'Thị trấn', en: 'Township' },
  'special-zone': { vi: 'Đặc khu', en: 'Special zone' },
}

/** Ways a dossier can be submitted; each has its own time limit and fees. */
export const CHANNELS = ['direct', 'online', 'postal'] as const
export type Channel = (typeof CHANNELS)[number]
export const channelLabels: Record<Channel, Label> = {
  direct: { vi: 'Trực tiếp', en: 'In person' },
  online: { vi: 'Trực tuyến', en: 'Online' },
  postal: { vi: 'Dịch vụ bưu chính', en: 'By post' },
}
/** The channel as an action, as the public site heads each channel's time and fees. */
export const channelSubmitLabels: Record<Channel, string> = {
  direct: 'Nộp trực tiếp',
  online: 'Nộp trực tuyến',
  postal: 'Nộp qua dịch vụ bưu chính',
}

/**
 * Units of a time limit (thời hạn giải quyết). A limit in hours is in working hours: the law
 * counts administrative time limits in working time (8 hours a working day).
 */
export const TIME_UNITS = ['working-day', 'day', 'hour', 'month', 'year'] as const
export type TimeUnit = (typeof TIME_UNITS)[number]
export const timeUnitLabels: Record<TimeUnit, Label> = {
  'working-day': { vi: 'ngày làm việc', en: 'working days' },
  day: { vi: 'ngày', en: 'days' },
  hour: { vi: 'giờ làm việc', en: 'working hours' },
  month: { vi: 'tháng', en: 'months' },
  year: { vi: 'năm', en: 'years' },
}

/** Online public-service level since Nghị định 42/2022. */
export const ONLINE_LEVELS = ['full', 'partial', 'none'] as const
export type OnlineLevel = (typeof ONLINE_LEVELS)[number]
export const onlineLevelLabels: Record<OnlineLevel, Label> = {
  full: { vi: 'Toàn trình', en: 'Fully online' },
  partial: { vi: 'Một phần', en: 'Partly online' },
  none: { vi: 'Chưa có dịch vụ công trực tuyến', en: 'Not online' },
}

/** Who a procedure is for (đối tượng thực hiện). */
export const SUBJECTS = [
  'citizen',
  'organisation',
  'enterprise',
  'foreigner',
  'overseas-vietnamese',
] as const
export type Subject = (typeof SUBJECTS)[number]
export const subjectLabels: Record<Subject, Label> = {
  citizen: { vi: 'Công dân Việt Nam', en: 'Vietnamese citizens' },
  organisation: { vi: 'Tổ chức', en: 'Organisations' },
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprises' },
  foreigner: { vi: 'Người nước ngoài', en: 'Foreigners' },
  'overseas-vietnamese': { vi: 'Người Việt Nam định cư ở nước ngoài', en: 'Overseas Vietnamese' },
}

/** What an announcement decision does to a procedure. */
export const DECISION_CHANGES = ['new', 'amended', 'replaced', 'abolished'] as const
export type DecisionChange = (typeof DECISION_CHANGES)[number]
export const decisionChangeLabels: Record<DecisionChange, Label> = {
  new: { vi: 'Ban hành mới', en: 'New' },
  amended: { vi: 'Sửa đổi, bổ sung', en: 'Amended' },
  replaced: { vi: 'Thay thế', en: 'Replaced' },
  abolished: { vi: 'Bãi bỏ', en: 'Abolished' },
}

/** Kinds of legal document (căn cứ pháp lý). */
export const LEGAL_KINDS = [
  'law',
  'ordinance',
  'decree',
  'circular',
  'joint-circular',
  'decision',
  'resolution',
  'other',
] as const
export type LegalKind = (typeof LEGAL_KINDS)[number]
export const legalKindLabels: Record<LegalKind, Label> = {
  law: { vi: 'Luật', en: 'Law' },
  ordinance: { vi: 'Pháp lệnh', en: 'Ordinance' },
  decree: { vi: 'Nghị định', en: 'Decree' },
  circular: { vi: 'Thông tư', en: 'Circular' },
  'joint-circular': { vi: 'Thông tư liên tịch', en: 'Joint circular' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  other: { vi: 'Văn bản khác', en: 'Other' },
}

/** 'unknown': the source cites the text without saying whether it is still in force. */
export const LEGAL_STATUSES = ['in-force', 'expired', 'amended', 'replaced', 'unknown'] as const
export type LegalStatus = (typeof LEGAL_STATUSES)[number]
export const legalStatusLabels: Record<LegalStatus, Label> = {
  'in-force': { vi: 'Còn hiệu lực', en: 'In force' },
  expired: { vi: 'Hết hiệu lực', en: 'Expired' },
  amended: { vi: 'Đã được sửa đổi, bổ sung', en: 'Amended' },
  replaced: { vi: 'Đã bị thay thế', en: 'Replaced' },
  unknown: { vi: 'Chưa rõ tình trạng hiệu lực', en: 'Status not stated' },
}

/** The agencies a procedure names, by role. */
export const AGENCY_ROLES = ['implementing', 'competent', 'authorised', 'coordinating'] as const
export type AgencyRole = (typeof AGENCY_ROLES)[number]
export const agencyRoleLabels: Record<AgencyRole, Label> = {
  implementing: { vi: 'Cơ quan thực hiện', en: 'Implementing agency' },
  competent: { vi: 'Cơ quan có thẩm quyền', en: 'Competent authority' },
  authorised: { vi: 'Cơ quan được ủy quyền', en: 'Authorised agency' },
  coordinating: { vi: 'Cơ quan phối hợp', en: 'Coordinating agency' },
}

/** The Vietnamese labels alone, as the public site shows them. */
export const viLabels = <V extends string>(labels: Record<V, Label>): Record<V, string> =>
  Object.fromEntries(
    Object.entries<Label>(labels).map(([value, label]) => [value, label.vi]),
  ) as Record<V, string>
