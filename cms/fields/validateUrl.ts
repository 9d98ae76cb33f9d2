/** Optional web address: empty, or an absolute http(s) URL. */
export function validateUrl(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return true
  try {
    const url = new URL(String(value))
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? true
      : 'Địa chỉ phải bắt đầu bằng http:// hoặc https://'
  } catch {
    return `"${String(value)}" không phải là địa chỉ web hợp lệ.`
  }
}
