/**
 * Every bound on what one API request may ask for, in one place. REST and GraphQL callers get
 * these; server code (Local API) is not bounded. Signed-in staff get the larger numbers: the
 * admin asks for at most 100 rows per page and small depths.
 */
export interface CallerLimits {
  depth: number
  limit: number
  graphQLDepth: number
  graphQLAliases: number
  graphQLCost: number
}

export interface WhereBounds {
  maxNesting: number
  maxConditions: number
  maxListValues: number
  maxStringLength: number
}

export const REQUEST_LIMITS: {
  anonymous: CallerLimits
  signedIn: CallerLimits
  maxPage: number
  maxSortFields: number
  graphQLTokens: number
  where: WhereBounds
} = {
  anonymous: {
    /** relationship population depth (REST `depth`); higher is clamped */
    depth: 1,
    /** documents per page (`limit`, also for `limit=0` and `pagination=false`); higher is clamped */
    limit: 50,
    /**
     * GraphQL: field nesting, aliases and cost of one document; higher is refused. Cost: each
     * document a list query may return counts 10 (Payload reads it whole) plus its selected
     * fields, a relationship 10 more (see ./graphql.ts).
     */
    graphQLDepth: 8,
    graphQLAliases: 10,
    graphQLCost: 2_000,
  },
  signedIn: {
    depth: 2,
    limit: 100,
    graphQLDepth: 10,
    graphQLAliases: 30,
    graphQLCost: 6_000,
  },
  /** `page` beyond this is refused (an offset that large only scans) */
  maxPage: 100_000,
  /** sort by at most this many fields */
  maxSortFields: 5,
  /** GraphQL documents longer than this many tokens are refused before validation */
  graphQLTokens: 5_000,
  where: {
    /** levels of `and`/`or` inside one another */
    maxNesting: 5,
    /** field conditions in all */
    maxConditions: 50,
    /** values of one `in` / `not_in` / `all` (the admin selects up to 100 rows at once) */
    maxListValues: 500,
    /** characters of one value */
    maxStringLength: 1_000,
  },
}

export const limitsFor = (user: unknown): CallerLimits =>
  user ? REQUEST_LIMITS.signedIn : REQUEST_LIMITS.anonymous
