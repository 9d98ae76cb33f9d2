import { describe, expect, it } from 'vitest'

import { readFee } from './fees'

describe('readFee', () => {
  it.each([
    ['20.000 đồng', 20000, 'VND'],
    ['20.000 VNĐ', 20000, 'VND'],
    ['20 000 đồng', 20000, 'VND'],
    ['1.500.000đ', 1500000, 'VND'],
    ['Lệ phí: 50.000 đồng/hồ sơ', 50000, 'VND'],
    ['1,5 triệu đồng', 1500000, 'VND'],
    ['20 nghìn đồng', 20000, 'VND'],
    ['0 đồng', 0, 'VND'],
    ['50 USD', 50, 'USD'],
    ['2,5 USD', 2.5, 'USD'],
    ['$50', 50, 'USD'],
    ['1.500 US$', 1500, 'USD'],
  ] as const)('"%s" is %d %s', (raw, amount, currency) => {
    expect(readFee(raw)).toEqual({ kind: 'amount', amount, currency })
  })

  it('reads a bare number with the record currency, or as đồng with a warning', () => {
    expect(readFee('20,000', 'VNĐ')).toEqual({ kind: 'amount', amount: 20000, currency: 'VND' })
    expect(readFee('20.000', 'USD')).toEqual({ kind: 'amount', amount: 20000, currency: 'USD' })
    expect(readFee('20,000')).toEqual({
      kind: 'amount',
      amount: 20000,
      currency: 'VND',
      warning: expect.stringContaining('không ghi đơn vị tiền'),
    })
  })

  it.each([
    'Miễn phí',
    'miễn lệ phí',
    'Không thu',
    'Không thu phí, lệ phí.',
    'Không',
    'Không có',
    'Không mất phí',
    'Không phải nộp lệ phí',
  ])('"%s" is none', (raw) => expect(readFee(raw)).toEqual({ kind: 'none' }))

  it.each(['', '   ', 'Không có thông tin', 'Chưa có thông tin', 'Đang cập nhật', '-'])(
    '"%s" is unknown',
    (raw) => expect(readFee(raw)).toEqual({ kind: 'unknown' }),
  )

  it.each([
    'Theo Thông tư 85/2019/TT-BTC',
    'Theo quy định tại Nghị quyết 12/2020/NQ-HĐND',
    // several amounts: which one a citizen pays depends on the case, so no guessing
    '20.000 đồng/bản chính; 10.000 đồng/bản sao',
    '50 USD hoặc 1.000.000 đồng',
  ])('"%s" stays text', (raw) => {
    expect(readFee(raw)).toEqual({ kind: 'text', text: raw })
  })

  it('keeps a tiny đồng amount as text with a warning (digits glued from another column)', () => {
    expect(readFee('120 VNĐ')).toEqual({
      kind: 'text',
      text: '120 VNĐ',
      warning: expect.stringContaining('dưới 1000 đồng'),
    })
  })
})
