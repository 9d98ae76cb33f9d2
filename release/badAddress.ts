import type http from 'node:http'

/**
 * An address that cannot be decoded ("/%E0%A4%A", a malformed URL) is the request's fault. Both
 * servers (the public one, release/serveReleases.ts, and the admin's, scripts/lib/cmsServer.ts)
 * answer it 400 in Vietnamese: decodeURIComponent would otherwise throw inside a request handler,
 * which stopped the public site and made Next answer 500.
 */

/** The request's path, decoded; null when it cannot be. */
export function decodedPath(requestUrl: string | undefined): string | null {
  try {
    return decodeURIComponent(new URL(requestUrl ?? '/', 'http://localhost').pathname)
  } catch {
    return null
  }
}

export const BAD_ADDRESS = 'Địa chỉ không hợp lệ.'

export function refuseBadAddress(res: http.ServerResponse): void {
  res
    .writeHead(400, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'close',
    })
    .end(BAD_ADDRESS)
}
