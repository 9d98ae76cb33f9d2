import type { Label } from '../../../content-schemas/enumerations'

/** What a management review decides (TCVN ISO 9001:2015, 9.3.3 a–c, and anything else). */
export const DECISION_KINDS = ['improvement', 'qms-change', 'resources', 'other'] as const
export type DecisionKind = (typeof DECISION_KINDS)[number]

export const decisionKindLabels: Record<DecisionKind, Label> = {
  improvement: { vi: 'Cơ hội cải tiến', en: 'Improvement' },
  'qms-change': { vi: 'Thay đổi hệ thống quản lý chất lượng', en: 'Change to the system' },
  resources: { vi: 'Nhu cầu nguồn lực', en: 'Resources' },
  other: { vi: 'Khác', en: 'Other' },
}
