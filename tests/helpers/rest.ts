import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import * as qs from 'qs-esm'

import { graphqlPOST } from '../../cms/plugins/requestLimits/graphqlRoute'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export interface RestOptions {
  token?: string
  body?: unknown
  query?: Record<string, unknown>
  /** Extra request headers (Origin, Cookie, X-Forwarded-For…), set after the defaults. */
  headers?: Record<string, string>
}

export interface RestClient {
  request: (method: Method, path: `/${string}`, options?: RestOptions) => Promise<Response>
  graphql: (
    query: string,
    options?: {
      token?: string
      variables?: Record<string, unknown>
      headers?: Record<string, string>
    },
  ) => Promise<Response>
  login: (email: string, password: string) => Promise<string>
}

/**
 * Calls Payload's real REST and GraphQL route handlers (the ones the Next app mounts under /api)
 * with standard Requests, so tests go through HTTP parsing, auth and access like a browser does.
 */
export function restClient(config: Promise<SanitizedConfig>): RestClient {
  const handlers = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    DELETE: REST_DELETE(config),
  }
  // The app's GraphQL route (Payload's, with the request limits' checks before and after it).
  const graphqlHandler = graphqlPOST(config)
  const origin = 'http://localhost:3000'

  const headersFor = (
    token: string | undefined,
    body: unknown,
    extra: Record<string, string> = {},
  ) => {
    const headers = new Headers()
    if (!(body instanceof FormData)) headers.set('Content-Type', 'application/json')
    if (token) headers.set('Authorization', `JWT ${token}`)
    for (const [name, value] of Object.entries(extra)) headers.set(name, value)
    return headers
  }

  const request: RestClient['request'] = async (
    method,
    path,
    { token, body, query, headers } = {},
  ) => {
    const [pathname, search] = path.split('?')
    const params = { ...(search ? qs.parse(search) : {}), ...(query ?? {}) }
    const url = `${origin}/api${pathname}${qs.stringify(params, { addQueryPrefix: true })}`
    const init: RequestInit = {
      method,
      headers: headersFor(token, body, headers),
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    }
    const slug = pathname.split('/').filter(Boolean)
    return handlers[method](new Request(url, init), { params: Promise.resolve({ slug }) })
  }

  return {
    request,
    graphql: (query, { token, variables, headers } = {}) =>
      graphqlHandler(
        new Request(`${origin}/api/graphql`, {
          method: 'POST',
          headers: headersFor(token, {}, headers),
          body: JSON.stringify({ query, variables }),
        }),
      ),
    login: async (email, password) => {
      const response = await request('POST', '/users/login', { body: { email, password } })
      const json = (await response.json()) as { token?: string; errors?: unknown }
      if (!json.token) throw new Error(`login failed for ${email}: ${JSON.stringify(json)}`)
      return json.token
    },
  }
}
