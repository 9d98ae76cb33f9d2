import { describe, expect, it } from 'vitest'

import {
  decideAuditAction,
  findingCounts,
  independenceRefusals,
  outsideLocality,
  validClause,
} from './rules'

const units = [
  { id: 'tp', name: 'Tư pháp – Hộ tịch' },
  { id: 'mc', name: 'Bộ phận Một cửa' },
]

describe('independenceRefusals', () => {
  it('refuses an auditor whose unit is audited, naming the person and the unit', () => {
    expect(
      independenceRefusals(
        [
          { id: 'a', name: 'Nguyễn Văn A', unitID: 'tp', unitName: 'Tư pháp – Hộ tịch' },
          { id: 'b', name: 'Trần Thị B', unitID: 'vp', unitName: 'Văn phòng – Thống kê' },
        ],
        units,
      ),
    ).toEqual([
      'Nguyễn Văn A thuộc bộ phận "Tư pháp – Hộ tịch", nằm trong phạm vi đánh giá: chuyên gia không được đánh giá bộ phận của chính mình.',
    ])
  })
  it('refuses an auditor with no unit, once even when listed twice', () => {
    const refusals = independenceRefusals(
      [
        { id: 'c', name: 'Lê C', unitID: null, unitName: null },
        { id: 'c', name: 'Lê C', unitID: null, unitName: null },
      ],
      [],
    )
    expect(refusals).toHaveLength(1)
    expect(refusals[0]).toContain('Lê C chưa được gán bộ phận công tác')
  })
  it('accepts independent auditors', () => {
    expect(
      independenceRefusals([{ id: 'b', name: 'B', unitID: 'vp', unitName: 'VP' }], units),
    ).toEqual([])
  })
})

describe('outsideLocality', () => {
  const items = [
    { label: 'QT-A', localityID: 'A' },
    { label: 'QT-B', localityID: 'B' },
    { label: 'STCL', localityID: null },
  ]
  it('lets province items in only where allowed', () => {
    expect(outsideLocality(items, 'A', { provinceAllowed: true })).toEqual(['QT-B'])
    expect(outsideLocality(items, 'A', { provinceAllowed: false })).toEqual(['QT-B', 'STCL'])
  })
})

describe('decideAuditAction', () => {
  const base = {
    code: 'ĐGNB-01',
    userID: 'lead',
    leadAuditorID: 'lead',
    findingCount: 1,
  }
  it('moves planned → in progress → completed → reported, by the lead auditor only', () => {
    expect(decideAuditAction({ ...base, action: 'start', state: 'planned' })).toEqual({
      ok: true,
      to: 'in-progress',
    })
    expect(decideAuditAction({ ...base, action: 'complete', state: 'in-progress' })).toEqual({
      ok: true,
      to: 'completed',
    })
    expect(decideAuditAction({ ...base, action: 'report', state: 'completed' })).toEqual({
      ok: true,
      to: 'reported',
    })
    const other = decideAuditAction({ ...base, userID: 'x', action: 'start', state: 'planned' })
    expect(other).toMatchObject({ ok: false, status: 403 })
  })
  it('refuses skipping a state and completing with nothing recorded', () => {
    expect(decideAuditAction({ ...base, action: 'complete', state: 'planned' })).toMatchObject({
      ok: false,
      status: 400,
    })
    const empty = decideAuditAction({
      ...base,
      findingCount: 0,
      action: 'complete',
      state: 'in-progress',
    })
    expect(empty).toMatchObject({ ok: false, status: 400 })
    expect(!empty.ok && empty.message).toContain('chưa ghi nhận phát hiện nào')
  })
})

describe('findingCounts and validClause', () => {
  it('counts per type', () => {
    expect(
      findingCounts([{ type: 'nonconformity' }, { type: 'conformity' }, { type: 'conformity' }]),
    ).toEqual({ nonconformity: 1, observation: 0, conformity: 2, total: 3 })
  })
  it('reads clauses 4 to 10', () => {
    for (const clause of ['7.5.3', '9.2', '10.2.1', '4']) expect(validClause(clause)).toBe(true)
    for (const clause of ['3.1', '11', 'bảy', '7..5', '']) expect(validClause(clause)).toBe(false)
  })
})
