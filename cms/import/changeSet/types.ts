import type { ImportIssue } from '../report'
import type { FieldChange, ItemPart } from './diff'

/** The collections an import writes, in the order their documents refer to each other. */
export const ITEM_COLLECTIONS = [
  'sectors',
  'agencies',
  'legal-documents',
  'procedures',
  'applied-procedures',
  'decisions',
  'service-results',
] as const
export type ItemCollection = (typeof ITEM_COLLECTIONS)[number]

export const itemCollectionLabels: Record<ItemCollection, string> = {
  sectors: 'Lĩnh vực',
  agencies: 'Cơ quan',
  'legal-documents': 'Văn bản pháp luật',
  procedures: 'Thủ tục hành chính',
  'applied-procedures': 'Thủ tục áp dụng tại địa phương',
  decisions: 'Quyết định công bố',
  'service-results': 'Kết quả giải quyết hồ sơ',
}

export const ITEM_STATUSES = ['new', 'changed', 'unchanged', 'absent'] as const
export type ItemStatus = (typeof ITEM_STATUSES)[number]

export const itemStatusLabels: Record<ItemStatus, string> = {
  new: 'Mới',
  changed: 'Thay đổi',
  unchanged: 'Không đổi',
  absent: 'Có trong danh mục, không có trong tệp',
}

/** One document the set creates, changes, leaves alone or finds missing from the file. */
export interface PlanItem {
  collection: ItemCollection
  /**
   * natural key: a procedure's code, a sector's or agency's name, a legal text's number, "locality
   * code/procedure code", "locality code/period" for a results report
   */
  key: string
  title: string
  status: ItemStatus
  /** the document in the catalogue, or null for a new one (filled in once written) */
  id: string | null
  /** known only from a list or an appendix: only name, sector and agency were compared */
  skeleton?: boolean
  /** the file the item came from, null for reference data and absent items */
  file: string | null
  changes: FieldChange[]
  /** a new item: what it will contain, part by part, so the reviewer judges it without opening it */
  contents?: ItemPart[]
}

export interface PlanCounts {
  new: number
  changed: number
  unchanged: number
  absent: number
  errors: number
  warnings: number
}

/** What a dry run reports: every item with its changes, and every problem located. */
export interface ChangeSetPlan {
  items: PlanItem[]
  issues: ImportIssue[]
  counts: PlanCounts
}

/** Who the set is for: the province's master list, or one locality's applied procedures. */
export interface ChangeSetScope {
  /** `Localities.code`, or null for the province */
  locality: string | null
}

export function countPlan(items: PlanItem[], issues: ImportIssue[]): PlanCounts {
  const counts: PlanCounts = { new: 0, changed: 0, unchanged: 0, absent: 0, errors: 0, warnings: 0 }
  for (const item of items) counts[item.status]++
  for (const issue of issues) counts[issue.severity === 'error' ? 'errors' : 'warnings']++
  return counts
}
