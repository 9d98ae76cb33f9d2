import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { graphQLDocumentProblem } from './graphql'

const badRequest = (message: string) =>
  Response.json({ errors: [{ message, extensions: { statusCode: 400 } }] }, { status: 400 })

/**
 * Payload's GraphQL route, with two things it cannot be configured to do:
 * - refuse, before Payload parses it, a document that is too long, malformed, or whose fragments
 *   are unknown or cyclic (Payload's complexity rule would recurse for ever on a cycle: a 500);
 * - answer 400, not 200, when a document was refused before running (no `data` at all), or when
 *   every error is a 400 and nothing was read (e.g. a `where` refused by the request limits).
 */
export function graphqlPOST(config: Promise<SanitizedConfig>) {
  const payloadPOST = GRAPHQL_POST(config)
  return async (request: Request): Promise<Response> => {
    if ((request.headers.get('content-type') ?? '').includes('application/json')) {
      const body = await request
        .clone()
        .json()
        .catch(() => undefined)
      // Anything that is not one JSON request Payload's handler answers itself (400 or 415).
      if (body && typeof body === 'object' && !Array.isArray(body) && 'query' in body) {
        const problem = graphQLDocumentProblem((body as { query: unknown }).query)
        if (problem) return badRequest(problem)
      }
    }

    const response = await payloadPOST(request)
    if (response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('json'))
      return response
    const text = await response.text()
    const rebuilt = (status: number) => new Response(text, { status, headers: response.headers })
    let result: {
      data?: Record<string, unknown> | null
      errors?: { extensions?: { statusCode?: number } }[]
    }
    try {
      result = JSON.parse(text)
    } catch {
      return rebuilt(200)
    }
    // graphql-http writes validation errors as a bare list when they were made by another copy of
    // graphql than its own (the ESM and CommonJS builds are two): still a refused document.
    if (Array.isArray(result)) {
      return new Response(JSON.stringify({ errors: result }), {
        status: 400,
        headers: response.headers,
      })
    }
    if (!result.errors?.length) return rebuilt(200)
    const refusedBeforeRunning = !('data' in result)
    const nothingRead =
      result.data == null || Object.values(result.data).every((value) => value === null)
    const allBadRequest = result.errors.every((e) => e.extensions?.statusCode === 400)
    return rebuilt(refusedBeforeRunning || (nothingRead && allBadRequest) ? 400 : 200)
  }
}
