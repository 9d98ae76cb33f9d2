import { describe, expect, it } from 'vitest'

import { passwordProblem } from './passwordPolicy'

describe('passwordProblem', () => {
  it('takes a phrase of a few words, with or without tone marks', () => {
    for (const password of [
      'demo-thutuc-2026',
      'mat-khau-kiem-thu-123',
      'ca phe sua da sang nay',
      'Trâu ăn cỏ bờ đê',
      'hoa-sen-no-muon',
    ])
      expect(passwordProblem(password, 'canbo.dienbiendong@demo.gov.vn'), password).toBeNull()
  })

  it('wants ten characters, counted as letters, not bytes', () => {
    expect(passwordProblem('abc')).toBe('Mật khẩu cần ít nhất 10 ký tự (mật khẩu này có 3).')
    expect(passwordProblem('đường-đê')).toMatch(/có 8\)/)
    expect(passwordProblem('đường-đê-1')).toBeNull()
  })

  it('refuses what a guesser tries first', () => {
    for (const password of [
      '1234567890',
      '0912345678',
      '05/12/1985!!',
      'aaaaaaaaaa',
      'abababababab',
      'Matkhau@2026',
      'mật khẩu 2026',
      'Password123!',
      'admin123456',
      'qwertyuiop',
      'poiuytrewq',
      'abcdefgh12',
    ])
      expect(passwordProblem(password), password).toMatch(/quá dễ đoán/)
  })

  it('refuses a password built on the account’s email', () => {
    expect(passwordProblem('phapche2026!', 'phapche@demo.gov.vn')).toBe(
      'Mật khẩu không được chứa tên đăng nhập (“phapche”).',
    )
    expect(passwordProblem('dienbiendong-123', 'canbo.dienbiendong@demo.gov.vn')).toMatch(
      /“dienbiendong”/,
    )
    expect(passwordProblem('Phap.Che-2026', 'phapche@demo.gov.vn')).toMatch(/“phapche”/)
    expect(passwordProblem('thong-tin-phap-ly', 'phapche@demo.gov.vn')).toBeNull()
    // A word of four letters is a syllable many phrases hold.
    expect(passwordProblem('mat-khau-kiem-thu-123', 'sai-mat-khau@test.vn')).toBeNull()
  })
})
