import { QueryError, type AfterErrorHook, type CollectionConfig, type Config } from 'payload'

import { graphQLLimitRules } from './graphql'
import { boundRequest, fromOutside } from './hooks'
import { REQUEST_LIMITS } from './limits'

/**
 * Payload parses `where` and `data` given as JSON text inside the REST handler, before any hook:
 * text that is not JSON would answer 500. It is the client's mistake, so say so with a 400.
 */
const malformedJSONIsBadRequest: AfterErrorHook = ({ error, req }) => {
  if (!(error instanceof SyntaxError) || !/JSON/i.test(error.message) || !fromOutside(req)) return
  return {
    status: 400,
    response: {
      errors: [{ message: 'Tham số where, data hoặc nội dung yêu cầu không phải JSON hợp lệ.' }],
    },
  }
}

/**
 * A where or sort on a path Payload cannot query (no such field, or one the caller may not read)
 * is refused by Payload's QueryError, in English whatever the admin's language: said here in
 * Vietnamese, with the paths it names.
 */
const unqueryablePathInVietnamese: AfterErrorHook = ({ error, req }) => {
  if (!(error instanceof QueryError) || !fromOutside(req)) return
  const paths = (error.data as { path?: string }[] | undefined)
    ?.map((result) => result.path)
    .filter(Boolean)
  return {
    status: 400,
    response: {
      errors: [
        {
          message: `Không lọc được theo ${paths?.length ? paths.map((p) => `"${p}"`).join(', ') : 'trường đã nêu'}: loại tài liệu này không có trường đó, hoặc bạn không được xem trường đó.`,
        },
      ],
    },
  }
}

const boundCollection = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    // First, so that every other hook sees the bounded request.
    beforeOperation: [boundRequest, ...(collection.hooks?.beforeOperation ?? [])],
  },
})

/**
 * Bounds every request from outside (REST, GraphQL) so that no single one can run for long:
 * relationship depth and page size clamped to the caller's caps, malformed or oversized `where`
 * and `sort` refused with a 400, GraphQL documents over depth, aliases or cost refused before
 * they run. The numbers are in ./limits.ts; docs/api-limits.md says what a caller sees.
 * (The GraphQL route adds the checks that must run before Payload's: see ./graphqlRoute.ts.)
 */
export function withRequestLimits(config: Config): Config {
  const ownRules = config.graphQL?.validationRules
  return {
    ...config,
    // Payload clamps population depth to this for every caller, server code included.
    maxDepth: REQUEST_LIMITS.signedIn.depth,
    collections: (config.collections ?? []).map(boundCollection),
    graphQL: {
      ...config.graphQL,
      validationRules: (args) => [...(ownRules?.(args) ?? []), ...graphQLLimitRules(args)],
    },
    hooks: {
      ...config.hooks,
      afterError: [
        ...(config.hooks?.afterError ?? []),
        malformedJSONIsBadRequest,
        unqueryablePathInVietnamese,
      ],
    },
  }
}

export { REQUEST_LIMITS } from './limits'
