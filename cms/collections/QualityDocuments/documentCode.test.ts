import { describe, expect, it } from 'vitest'

import { documentCodeError, normalizeDocumentCode } from './documentCode'

describe('quality document codes', () => {
  it('accepts the forms offices use', () => {
    for (const code of ['QT-HT-01', 'QT 02/CX-HCTP', 'BM-01', 'STCL', 'HD.VP.03', 'QT-ĐĐ-01'])
      expect(documentCodeError(code)).toBeNull()
  })
  it('normalizes case and spacing', () => {
    expect(normalizeDocumentCode('  qt-ht-01 ')).toBe('QT-HT-01')
    expect(documentCodeError('qt  02/cx-hctp')).toBeNull()
  })
  it('refuses what is not a code, saying how it should look', () => {
    expect(documentCodeError('')).toMatch(/Hãy nhập mã hiệu/)
    expect(documentCodeError('QT--01')).toMatch(/không hợp lệ.*QT-HT-01/)
    expect(documentCodeError('Quy trình khai sinh!')).toMatch(/không hợp lệ/)
  })
})
