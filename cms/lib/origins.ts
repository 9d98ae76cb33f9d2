/**
 * The origins (scheme://host[:port]) the admin is served from. Payload accepts its login cookie
 * only on requests from these origins (its `csrf` list), and answers cross-origin reads only to
 * them (`cors`); a request with an `Authorization` header is not affected.
 *
 * - `PUBLIC_ADMIN_URL`: the admin's public address (also used in e-mail links), e.g.
 *   `https://thutuc.example.gov.vn`; only its origin counts.
 * - `ALLOWED_ORIGINS`: more origins, separated by commas or spaces (another host name of the
 *   same admin).
 * - Neither set: the local admin, `http://localhost:<PORT>` and `http://127.0.0.1:<PORT>`
 *   (PORT defaults to 3000), so a development checkout works with no set-up and a server on a
 *   real host name refuses cookies until it is configured.
 */
export function allowedOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const origins = new Set<string>()
  const add = (variable: string, value: string) => origins.add(toOrigin(variable, value))
  if (env.PUBLIC_ADMIN_URL?.trim()) add('PUBLIC_ADMIN_URL', env.PUBLIC_ADMIN_URL.trim())
  for (const value of (env.ALLOWED_ORIGINS ?? '').split(/[\s,]+/).filter(Boolean))
    add('ALLOWED_ORIGINS', value)
  if (origins.size === 0) {
    const port = env.PORT?.trim() || '3000'
    add('PORT', `http://localhost:${port}`)
    add('PORT', `http://127.0.0.1:${port}`)
  }
  return [...origins]
}

/**
 * Whether the admin's public address (PUBLIC_ADMIN_URL) is HTTPS: then the login cookie is marked
 * Secure, and a browser never sends it over plain HTTP (a first visit to http://…, before the
 * redirect, would otherwise carry it in clear).
 */
export const adminOverHttps = (env: Record<string, string | undefined> = process.env): boolean =>
  /^https:\/\//i.test(env.PUBLIC_ADMIN_URL?.trim() ?? '')

export class InvalidOriginError extends Error {
  constructor(variable: string, value: string, why: string) {
    super(
      `${variable}: "${value}" không phải là một địa chỉ hợp lệ (${why}). Ví dụ đúng: https://thutuc.example.gov.vn`,
    )
  }
}

/** The serialized origin a browser sends in its `Origin` header for pages of `value`. */
function toOrigin(variable: string, value: string): string {
  if (value === '*' || value === 'null') {
    throw new InvalidOriginError(
      variable,
      value,
      'phải ghi rõ từng địa chỉ; "*" hay "null" sẽ tắt việc kiểm tra nguồn gốc yêu cầu',
    )
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InvalidOriginError(variable, value, 'thiếu http:// hoặc https://, hoặc sai cú pháp')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidOriginError(variable, value, 'chỉ chấp nhận http:// hoặc https://')
  }
  return url.origin
}
