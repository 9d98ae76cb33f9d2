/**
 * The one reading of a fee written as text (mức phí, lệ phí), as the national records and the
 * provinces' lists write it: "20.000 đồng", "1.500.000đ", "50 USD", "Miễn phí", "Theo Thông tư
 * 85/2019/TT-BTC". Importers and tests use it; nothing else guesses amounts. When in doubt it keeps
 * the words (`text`) rather than invent a number: a wrong amount is worse than an unread one.
 */
import type { Currency } from './enumerations'
import { isNotStatedText } from './notStated'

export type FeeReading =
  | { kind: 'none' }
  | { kind: 'unknown' }
  | { kind: 'amount'; amount: number; currency: Currency; warning?: string }
  | { kind: 'text'; text: string; warning?: string }

// "Không" alone in a fee cell is how the portal and the provinces' lists write "no fee".
const CHARGE = String.raw`(?:phí|lệ phí|phí, lệ phí|phí và lệ phí|phí hoặc lệ phí)`
const NONE = new RegExp(
  `^(?:không|không có|miễn ${CHARGE}|miễn thu|không thu(?: ${CHARGE})?|không (?:có|mất|phải nộp|phải trả) ${CHARGE})$`,
  'u',
)

// Thousands separators: ".", "," or a space followed by exactly three digits, one kind per
// number; otherwise "," (or ".") is the decimal mark.
const NUMBER = String.raw`(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+|\d+(?:[.,]\d+)?)(?!\d)`
const MULTIPLIER = String.raw`(?:\s*(nghìn|ngàn|triệu|tỷ))?`
const AFTER = String.raw`(đồng|vnđ|vnd|₫|đ|usd|us\$|\$|đô la mỹ|đô-la mỹ)(?![\p{L}\d])`
const BEFORE = String.raw`(?<![\p{L}])(usd|us\$|\$|vnđ|vnd)`
const AMOUNT_AFTER = new RegExp(`(?<![\\d.,])${NUMBER}${MULTIPLIER}\\s*${AFTER}`, 'gu')
const AMOUNT_BEFORE = new RegExp(`${BEFORE}\\s*${NUMBER}${MULTIPLIER}`, 'gu')
const WHOLE = new RegExp(`^${NUMBER}${MULTIPLIER}$`, 'u')

const multipliers: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9 }

const currencyOf = (token: string): Currency =>
  /usd|us\$|\$|đô/u.test(token.toLowerCase()) ? 'USD' : 'VND'

function numberOf(written: string): number {
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(written))
    return Number(written.replace(/\./g, '').replace(',', '.'))
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(written)) return Number(written.replace(/,/g, ''))
  if (/^\d{1,3}( \d{3})+$/.test(written)) return Number(written.replace(/ /g, ''))
  return Number(written.replace(',', '.'))
}

/** Amounts below this many đồng are glued text ("1 ngày" + "20 VNĐ" read as "120 VNĐ"). */
const LEAST_VND = 1000

/**
 * `raw` as the source wrote it; `currencyName` the record's separate currency field, if any
 * ("VNĐ", "USD"), used when the text itself names none.
 */
export function readFee(raw: string, currencyName?: string): FeeReading {
  const written = raw.normalize('NFC').replace(/\s+/g, ' ').trim()
  const lower = written.toLowerCase().replace(/[.;]+$/, '')
  if (lower === '' || isNotStatedText(written)) return { kind: 'unknown' }
  if (NONE.test(lower)) return { kind: 'none' }

  const found = new Map<number, { amount: number; currency: Currency }>()
  for (const m of lower.matchAll(AMOUNT_AFTER))
    found.set(m.index, {
      amount: numberOf(m[1]) * (multipliers[m[2] ?? ''] ?? 1),
      currency: currencyOf(m[3]),
    })
  for (const m of lower.matchAll(AMOUNT_BEFORE)) {
    const at = m.index + m[0].indexOf(m[2])
    if (!found.has(at))
      found.set(at, {
        amount: numberOf(m[2]) * (multipliers[m[3] ?? ''] ?? 1),
        currency: currencyOf(m[1]),
      })
  }

  let reading: { amount: number; currency: Currency; warning?: string }
  if (found.size > 1) return { kind: 'text', text: written }
  if (found.size === 1) reading = [...found.values()][0]
  else {
    const whole = WHOLE.exec(lower)
    if (!whole) return { kind: 'text', text: written }
    const amount = numberOf(whole[1]) * (multipliers[whole[2] ?? ''] ?? 1)
    reading = currencyName?.trim()
      ? { amount, currency: currencyOf(currencyName) }
      : { amount, currency: 'VND', warning: `"${written}" không ghi đơn vị tiền: đọc là đồng.` }
  }
  if (reading.currency === 'VND' && reading.amount > 0 && reading.amount < LEAST_VND)
    return {
      kind: 'text',
      text: written,
      warning: `"${written}" có mức thu dưới ${LEAST_VND} đồng, có thể là chữ số dính từ cột khác: giữ nguyên văn, cần kiểm tra.`,
    }
  return { kind: 'amount', ...reading }
}
