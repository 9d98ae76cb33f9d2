import { describe, expect, it } from 'vitest'

import {
  changeReasonFor,
  doneRefusal,
  isOverdue,
  reasonCitingActions,
  verifyRefusal,
  yearlyCode,
} from './rules'

const action = { code: 'HĐKP-2026-01', state: 'open' as const, ownerID: 'u1' }

describe('yearlyCode', () => {
  it('pads the sequence to two digits and keeps longer ones', () => {
    expect(yearlyCode('KPH', 2026, 1)).toBe('KPH-2026-01')
    expect(yearlyCode('HĐKP', 2026, 123)).toBe('HĐKP-2026-123')
  })
})

describe('isOverdue', () => {
  it('counts an open action from the day after its due day, never one done or with no date', () => {
    expect(isOverdue({ state: 'open', dueDay: '2026-12-01' }, '2026-12-01')).toBe(false)
    expect(isOverdue({ state: 'open', dueDay: '2026-12-01' }, '2026-12-02')).toBe(true)
    expect(isOverdue({ state: 'done', dueDay: '2026-12-01' }, '2026-12-02')).toBe(false)
    expect(isOverdue({ state: 'open', dueDay: null }, '2026-12-02')).toBe(false)
  })
})

describe('doneRefusal', () => {
  it('lets only the owner mark an open action done, saying what was done', () => {
    expect(doneRefusal(action, 'u2', 'xong')).toContain('Chỉ người được giao')
    expect(doneRefusal(action, 'u1', '  ')).toContain('Kết quả thực hiện')
    expect(doneRefusal({ ...action, state: 'done' }, 'u1', 'xong')).toContain('không còn')
    expect(doneRefusal(action, 'u1', 'Đã sửa biểu mẫu')).toBeNull()
  })
})

describe('verifyRefusal', () => {
  const done = { ...action, state: 'done' as const }
  const today = '2026-12-02'
  it('never lets the owner verify their own action', () => {
    expect(
      verifyRefusal(done, 'u1', { result: 'effective', note: 'ok', newDueDay: null }, today),
    ).toContain('không thể tự kiểm tra')
    // Nor whoever marked it done, should the owner have changed since.
    expect(
      verifyRefusal(
        { ...done, ownerID: 'u3', doneByID: 'u1' },
        'u1',
        { result: 'effective', note: 'ok', newDueDay: null },
        today,
      ),
    ).toContain('không thể tự kiểm tra')
  })
  it('verifies only a done action, with a note', () => {
    expect(
      verifyRefusal(action, 'u2', { result: 'effective', note: 'ok', newDueDay: null }, today),
    ).toContain('đã được thực hiện')
    expect(
      verifyRefusal(done, 'u2', { result: 'effective', note: '', newDueDay: null }, today),
    ).toContain('Nhận xét')
    expect(
      verifyRefusal(done, 'u2', { result: 'x', note: 'ok', newDueDay: null }, today),
    ).toContain('Hãy chọn kết quả')
    expect(
      verifyRefusal(done, 'u2', { result: 'effective', note: 'ok', newDueDay: null }, today),
    ).toBeNull()
  })
  it('reopens a not-effective action only with a due date from today on', () => {
    const verdict = { result: 'not-effective', note: 'chưa đạt' }
    expect(verifyRefusal(done, 'u2', { ...verdict, newDueDay: null }, today)).toContain('Hạn')
    expect(verifyRefusal(done, 'u2', { ...verdict, newDueDay: '2026-12-01' }, today)).toContain(
      'không được trước',
    )
    expect(verifyRefusal(done, 'u2', { ...verdict, newDueDay: today }, today)).toBeNull()
  })
})

describe('reasons', () => {
  it('cites the action in the change reason and in the revision table', () => {
    expect(changeReasonFor('HĐKP-2026-01', ' Bổ sung bước kiểm tra ')).toBe(
      'Hành động khắc phục HĐKP-2026-01: Bổ sung bước kiểm tra',
    )
    const reason = 'Hành động khắc phục HĐKP-2026-01: Bổ sung bước kiểm tra'
    expect(reasonCitingActions(reason, ['HĐKP-2026-01'])).toBe(reason)
    expect(reasonCitingActions('Văn bản mới', ['HĐKP-2026-02'])).toBe(
      'Hành động khắc phục HĐKP-2026-02. Văn bản mới',
    )
    expect(reasonCitingActions('', ['HĐKP-2026-02', 'HĐKP-2026-03'])).toBe(
      'Hành động khắc phục HĐKP-2026-02, HĐKP-2026-03',
    )
    expect(reasonCitingActions('Văn bản mới', [])).toBe('Văn bản mới')
  })
})
