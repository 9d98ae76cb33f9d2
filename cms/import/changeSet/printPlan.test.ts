import { describe, expect, it } from 'vitest'

import { printPlan } from './printPlan'
import { NEW_SOURCE_SILENT } from './sync'
import { countPlan, type PlanItem } from './types'
import type { ImportIssue } from '../report'

const item = (key: string, status: PlanItem['status'], changes = 0): PlanItem => ({
  collection: 'procedures',
  key,
  title: `Thủ tục ${key}`,
  status,
  id: null,
  file: 'a.json',
  changes: Array.from({ length: changes }, (_, i) => ({
    path: `p${i}`,
    label: `Trường ${i}`,
    before: 'cũ',
    after: 'mới',
  })),
})

const issue: ImportIssue = {
  file: 'a.json',
  record: 3,
  row: null,
  code: '1.001193',
  field: 'executionMethods[0].processingTimeUnit',
  value: 'WEEK',
  message: 'Đơn vị thời hạn không nhận ra.',
  severity: 'error',
}

describe('printPlan', () => {
  it('prints counts, each change as old → new, and every issue located', () => {
    const items = [
      item('1.000001', 'new'),
      item('1.001193', 'changed', 1),
      item('1.000002', 'absent'),
    ]
    const lines = printPlan({ items, issues: [issue], counts: countPlan(items, [issue]) })
    expect(lines[0]).toBe(
      'Mới: 1 · Thay đổi: 1 · Không đổi: 0 · Có trong danh mục nhưng không có trong tệp: 1 · Lỗi: 1 · Cảnh báo: 0',
    )
    expect(lines).toContain('  ~ Thủ tục hành chính: 1.001193 – Thủ tục 1.001193')
    expect(lines).toContain('      Trường 0: cũ → mới')
    expect(lines).toContain('  - Thủ tục hành chính: 1.000002 – Thủ tục 1.000002')
    expect(lines).toContain(
      '  Lỗi: tệp a.json, bản ghi 3 (mã 1.001193), trường executionMethods[0].processingTimeUnit: giá trị "WEEK" — Đơn vị thời hạn không nhận ra.',
    )
  })

  it('shortens a big set but never drops an issue', () => {
    const items = Array.from({ length: 120 }, (_, i) =>
      item(`2.${String(i).padStart(6, '0')}`, 'changed', 20),
    )
    const issues = Array.from({ length: 300 }, () => issue)
    const lines = printPlan({ items, issues, counts: countPlan(items, issues) })
    expect(lines).toContain('  … và 70 mục khác')
    expect(lines.filter((l) => l === '      … và 8 thay đổi khác')).toHaveLength(50)
    expect(lines.filter((l) => l.startsWith('  Lỗi: '))).toHaveLength(300)
  })

  it('a sync: lists unchanged procedures whose new record leaves a part out, kept', () => {
    const kept: PlanItem = {
      ...item('1.004194', 'unchanged'),
      changes: [
        {
          path: 'methods.online.fees',
          label: 'Phí, lệ phí (Trực tuyến)',
          before: '10.000 đồng',
          after: NEW_SOURCE_SILENT,
          kept: true,
        },
      ],
    }
    const items = [kept, item('1.000003', 'unchanged')]
    const lines = printPlan({ items, issues: [], counts: countPlan(items, []) })
    expect(lines[0]).toContain('Không đổi: 2')
    expect(lines).toContain('Không đổi, nguồn mới không nêu một số phần (giữ giá trị cũ) (1):')
    expect(lines).toContain('  = Thủ tục hành chính: 1.004194 – Thủ tục 1.004194')
    expect(lines).toContain(
      '      Phí, lệ phí (Trực tuyến): 10.000 đồng → Nguồn mới không nêu (giữ giá trị cũ)',
    )
    expect(lines.join('\n')).not.toContain('1.000003')
  })
})
