/** Ways a dossier can be submitted; each has its own time limit and fees. */
export const CHANNELS = ['direct', 'online', 'postal'] as const
export type Channel = (typeof CHANNELS)[number]

export const channelLabels: Record<Channel, { vi: string; en: string }> = {
  direct: { vi: 'Trực tiếp', en: 'In person' },
  online: { vi: 'Trực tuyến', en: 'Online' },
  postal: { vi: 'Dịch vụ bưu chính', en: 'By post' },
}

export const ONLINE_LEVELS = ['full', 'partial', 'none'] as const
export const onlineLevelLabels: Record<(typeof ONLINE_LEVELS)[number], { vi: string; en: string }> = {
  full: { vi: 'Toàn trình', en: 'Fully online' },
  partial: { vi: 'Một phần', en: 'Partly online' },
  none: { vi: 'Không có dịch vụ công trực tuyến', en: 'Not online' },
}

export const SUBJECTS = ['citizen', 'organisation', 'enterprise', 'foreigner', 'overseas-vietnamese'] as const
export const subjectLabels: Record<(typeof SUBJECTS)[number], { vi: string; en: string }> = {
  citizen: { vi: 'Công dân Việt Nam', en: 'Vietnamese citizens' },
  organisation: { vi: 'Tổ chức', en: 'Organisations' },
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprises' },
  foreigner: { vi: 'Người nước ngoài', en: 'Foreigners' },
  'overseas-vietnamese': { vi: 'Người Việt Nam định cư ở nước ngoài', en: 'Overseas Vietnamese' },
}
