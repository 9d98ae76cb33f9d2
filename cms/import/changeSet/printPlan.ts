import { formatIssue } from '../report'
import { formatChange } from './diff'
import { itemCollectionLabels, type ChangeSetPlan, type PlanItem } from './types'

/** How much of a big set the printed report shows; the stored set keeps everything. */
export interface PrintLimits {
  itemsPerStatus: number
  changesPerItem: number
}

const DEFAULT_LIMITS: PrintLimits = { itemsPerStatus: 50, changesPerItem: 12 }

const itemLine = (item: PlanItem) => {
  const what = itemCollectionLabels[item.collection]
  const title = item.key === item.title ? item.key : `${item.key} – ${item.title}`
  return `${what}: ${title}${item.skeleton ? ' (chỉ có tên, lĩnh vực, cơ quan thực hiện)' : ''}`
}

/** The dry run as an officer reads it in a terminal: counts, items with their changes, issues. */
export function printPlan(plan: ChangeSetPlan, limits: PrintLimits = DEFAULT_LIMITS): string[] {
  const { counts } = plan
  const lines = [
    `Mới: ${counts.new} · Thay đổi: ${counts.changed} · Không đổi: ${counts.unchanged} · Có trong danh mục nhưng không có trong tệp: ${counts.absent} · Lỗi: ${counts.errors} · Cảnh báo: ${counts.warnings}`,
  ]
  const section = (
    status: PlanItem['status'],
    heading: string,
    mark: string,
    withChanges: boolean,
  ) => {
    const items = plan.items.filter((i) => i.status === status)
    if (!items.length) return
    lines.push('', `${heading} (${items.length}):`)
    for (const item of items.slice(0, limits.itemsPerStatus)) {
      lines.push(`  ${mark} ${itemLine(item)}`)
      if (!withChanges) continue
      for (const change of item.changes.slice(0, limits.changesPerItem))
        lines.push(`      ${formatChange(change)}`)
      if (item.changes.length > limits.changesPerItem)
        lines.push(`      … và ${item.changes.length - limits.changesPerItem} thay đổi khác`)
    }
    if (items.length > limits.itemsPerStatus)
      lines.push(`  … và ${items.length - limits.itemsPerStatus} mục khác`)
  }
  section('new', 'Mới', '+', false)
  section('changed', 'Thay đổi', '~', true)
  // A sync: unchanged procedures whose new record leaves parts out that the catalogue keeps.
  const silent = plan.items.filter((i) => i.status === 'unchanged' && i.changes.length)
  if (silent.length) {
    lines.push(
      '',
      `Không đổi, nguồn mới không nêu một số phần (giữ giá trị cũ) (${silent.length}):`,
    )
    for (const item of silent.slice(0, limits.itemsPerStatus)) {
      lines.push(`  = ${itemLine(item)}`)
      for (const change of item.changes.slice(0, limits.changesPerItem))
        lines.push(`      ${formatChange(change)}`)
    }
    if (silent.length > limits.itemsPerStatus)
      lines.push(`  … và ${silent.length - limits.itemsPerStatus} mục khác`)
  }
  section('absent', 'Có trong danh mục nhưng không có trong tệp (không bị xóa)', '-', false)
  if (plan.issues.length) {
    lines.push('', `Lỗi và cảnh báo (${plan.issues.length}):`)
    // Every issue: an officer fixes the file from these lines.
    for (const issue of plan.issues) lines.push(`  ${formatIssue(issue)}`)
  }
  return lines
}
