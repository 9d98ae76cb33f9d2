import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { pureHook } from '../../lib/bulkHooks'
import { fieldKindResolver, joinedCollection, unsupportedOperators } from './fields'
import { limitsFor, REQUEST_LIMITS, type CallerLimits } from './limits'
import { sortProblem, whereProblem } from './where'

/**
 * A 400 whose message the API shows as it is. The name is set by hand: Payload's error formatter
 * shows a message only for an error with a name, and in the Next build the class's own name is
 * minified away (the answer would read "An unknown error occurred.").
 */
export const badRequest = (message: string) => {
  const error = new APIError(message, 400, undefined, true)
  error.name = 'APIError'
  return error
}

/** REST and GraphQL calls come from outside; Local API calls are the server's own code. */
export const fromOutside = (req: PayloadRequest | undefined): boolean =>
  req?.payloadAPI === 'REST' || req?.payloadAPI === 'GraphQL'

type Args = {
  depth?: unknown
  limit?: unknown
  page?: unknown
  pagination?: unknown
  sort?: unknown
  where?: unknown
  joins?: unknown
  overrideAccess?: boolean
  req?: PayloadRequest
}

/**
 * Payload turns REST `depth`, `limit` and `page` into numbers when they look like one and
 * silently drops them otherwise (`limit=abc`), and drops a `sort` that is not text; say so instead.
 */
function rawQueryProblem(req: PayloadRequest): string | null {
  if (req.payloadAPI !== 'REST') return null
  const query = (req.query ?? {}) as Record<string, unknown>
  for (const name of ['depth', 'limit', 'page']) {
    const value = query[name]
    if (value === undefined || value === '') continue
    if (
      typeof value === 'number'
        ? Number.isFinite(value)
        : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
    )
      continue
    const shown =
      typeof value === 'string' ? `"${value.slice(0, 40)}"` : 'một danh sách hoặc đối tượng'
    return `Tham số ${name} phải là một số nguyên, không phải ${shown}.`
  }
  if (!('sort' in query)) return null
  // Payload's parser leaves the key with no value when the sort was neither text nor a list of text.
  return query.sort === undefined || query.sort === null ? sortProblem({}) : sortProblem(query.sort)
}

const clampDepth = (depth: unknown, caps: CallerLimits): number | undefined => {
  if (typeof depth !== 'number' || Number.isNaN(depth)) return undefined
  return Math.min(Math.max(Math.trunc(depth), 0), caps.depth)
}

/** `limit` 0 or below (Payload: everything), missing with pagination off, or too large: the cap. */
const clampLimit = (
  limit: unknown,
  pagination: unknown,
  caps: CallerLimits,
): number | undefined => {
  if (typeof limit !== 'number' || Number.isNaN(limit))
    return pagination === false ? caps.limit : undefined
  return limit < 1 ? caps.limit : Math.min(Math.trunc(limit), caps.limit)
}

/**
 * Bounds what one outside request may ask of a collection: the shape and size of `where` (also
 * inside joins), `sort`, `page`, and clamps `depth` and `limit` to the caller's caps. Runs before
 * every operation; reads get the caps, writes with a `where` (bulk update/delete) the shape check.
 */
export const boundRequest: CollectionBeforeOperationHook = pureHook(
  ({ args, collection, operation, req }) => {
    const a = args as Args
    const request = req ?? a.req
    // Server code and admin server views (Local API) bring their own bounds; so does any call that bypasses access.
    if (!fromOutside(request) || a.overrideAccess === true) return args

    const { payload } = request
    const unsupported = unsupportedOperators(payload)
    const whereIssue = whereProblem(a.where, REQUEST_LIMITS.where, {
      fieldAt: fieldKindResolver(payload, collection.slug),
      unsupported,
    })
    if (whereIssue) throw badRequest(whereIssue)
    if (
      operation !== 'read' &&
      operation !== 'count' &&
      operation !== 'countVersions' &&
      operation !== 'readDistinct'
    )
      return args

    const numberIssue = rawQueryProblem(request)
    if (numberIssue) throw badRequest(numberIssue)
    const sortIssue = sortProblem(a.sort)
    if (sortIssue) throw badRequest(sortIssue)
    if (a.page !== undefined && a.page !== null) {
      const page = a.page
      if (
        typeof page !== 'number' ||
        !Number.isInteger(page) ||
        page < 1 ||
        page > REQUEST_LIMITS.maxPage
      ) {
        throw badRequest(
          `Số trang (page) phải là số nguyên từ 1 đến ${REQUEST_LIMITS.maxPage.toLocaleString('vi-VN')}.`,
        )
      }
    }

    const caps = limitsFor(request.user)
    const bounded: Args = { ...a }
    bounded.depth =
      clampDepth(a.depth, caps) ?? Math.min(request.payload.config.defaultDepth, caps.depth)
    if (operation === 'read' || operation === 'readDistinct') {
      const limit = clampLimit(a.limit, a.pagination, caps)
      if (limit !== undefined) bounded.limit = limit
      // Without pagination Payload ignores the limit; with it the answer says there is more.
      if (a.pagination === false) bounded.pagination = true
    }
    if (a.joins && typeof a.joins === 'object') {
      const joins: Record<string, unknown> = {}
      for (const [path, join] of Object.entries(a.joins as Record<string, unknown>)) {
        if (!join || typeof join !== 'object') {
          joins[path] = join
          continue
        }
        const j = join as Args
        // A join's where is about the collection it lists.
        const joined = joinedCollection(payload, collection.slug, path)
        const fieldAt = joined ? fieldKindResolver(payload, joined) : undefined
        const issue =
          whereProblem(j.where, REQUEST_LIMITS.where, { fieldAt, unsupported }) ??
          sortProblem(j.sort)
        if (issue) throw badRequest(`Trong joins[${path}]: ${issue}`)
        // No limit: the join field's own default applies.
        joins[path] = { ...j, limit: clampLimit(j.limit, undefined, caps) }
      }
      bounded.joins = joins
    }
    return bounded as typeof args
  },
)
