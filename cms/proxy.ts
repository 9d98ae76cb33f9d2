import { NextResponse, type NextRequest } from 'next/server'

/**
 * Payload picks the admin language from its cookie, then from the browser, then the fallback.
 * Officers' browsers often say English; the admin should open in Vietnamese all the same, so the
 * cookie is set on the first visit. Choosing English in the account settings overwrites it.
 */
export function proxy(request: NextRequest) {
  const response = NextResponse.next()
  if (!request.cookies.has('payload-lng')) {
    response.cookies.set('payload-lng', 'vi', {
      path: '/',
      sameSite: 'lax',
      maxAge: 60 * 60 * 24 * 365,
    })
  }
  return response
}

export const config = { matcher: ['/admin/:path*'] }
