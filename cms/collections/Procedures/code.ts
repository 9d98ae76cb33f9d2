/** National procedure codes have the form d.dddddd, e.g. 1.001193 (Đăng ký khai sinh). */
export const NATIONAL_CODE = /^\d\.\d{6}$/

/** Provincial systems append a local suffix, e.g. 1.000494.000.00.00.H29. */
export const LOCAL_CODE = /^(\d\.\d{6})(\.[0-9A-Z]+)+$/

/** A Vietnamese message when `code` is not a national code, otherwise null. */
export function nationalCodeError(code: unknown): string | null {
  if (typeof code !== 'string' || code.trim() === '') return 'Mã thủ tục là bắt buộc.'
  if (!NATIONAL_CODE.test(code))
    return `Mã thủ tục "${code}" không đúng định dạng d.dddddd (ví dụ 1.001193).`
  return null
}

/** A Vietnamese message when `localCode` is malformed or extends another national code. */
export function localCodeError(localCode: unknown, nationalCode: unknown): string | null {
  if (localCode === undefined || localCode === null || localCode === '') return null
  const match = typeof localCode === 'string' ? LOCAL_CODE.exec(localCode) : null
  if (!match)
    return `Mã địa phương "${String(localCode)}" không đúng định dạng (ví dụ 1.000494.000.00.00.H29).`
  if (typeof nationalCode === 'string' && match[1] !== nationalCode)
    return `Mã địa phương "${localCode}" phải bắt đầu bằng mã quốc gia ${nationalCode}.`
  return null
}
