import { describe, expect, it } from 'vitest'

import { localCodeError, nationalCodeError } from './code'

describe('procedure codes', () => {
  it('accepts national codes d.dddddd', () => {
    expect(nationalCodeError('1.001193')).toBeNull()
    expect(nationalCodeError('2.000908')).toBeNull()
  })

  it('refuses malformed national codes with a Vietnamese message naming the code', () => {
    for (const bad of ['1001193', '1.00119', '1.0011934', 'a.001193', '1,001193', ' 1.001193']) {
      expect(nationalCodeError(bad)).toContain(`"${bad}"`)
    }
    expect(nationalCodeError('')).toBe('Mã thủ tục là bắt buộc.')
    expect(nationalCodeError(undefined)).toBe('Mã thủ tục là bắt buộc.')
  })

  it('accepts an optional local code that extends the national code', () => {
    expect(localCodeError(undefined, '1.000494')).toBeNull()
    expect(localCodeError('1.000494.000.00.00.H29', '1.000494')).toBeNull()
    expect(localCodeError('1.000494.000.00.00.H29', '1.001193')).toContain(
      'phải bắt đầu bằng mã quốc gia 1.001193',
    )
    expect(localCodeError('H29-1.000494', '1.000494')).toContain('không đúng định dạng')
  })
})
