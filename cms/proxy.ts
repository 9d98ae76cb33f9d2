import { NextResponse, type NextRequest } from 'next/server'

/**
 * Runs before every page and API route of the admin server:
 * - an address that cannot be decoded ("/api/procedures/%E0%A4%A") is the request's fault: 400,
 *   said in Vietnamese, where Next would answer 500 from deep in its routing;
 * - Payload picks the admin language from its cookie, then from the browser, then the fallback.
 *   Officers' browsers often say English; the admin should open in Vietnamese all the same, so the
 *   cookie is set on the first visit. Choosing English in the account settings overwrites it.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Địa chỉ không hợp lệ.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
  const response = NextResponse.next()
  if (request.nextUrl.pathname.startsWith('/admin') && !request.cookies.has('payload-lng')) {
    response.cookies.set('payload-lng', 'vi', {
      path: '/',
      sameSite: 'lax',
      maxAge: 60 * 60 * 24 * 365,
    })
  }
  return response
}

// Next's own files are left alone.
export const config = { matcher: ['/((?!_next/static|_next/image).*)'] }
