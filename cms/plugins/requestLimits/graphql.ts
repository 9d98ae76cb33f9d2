import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import {
  GraphQLError,
  Kind,
  parse,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'
import {
  createComplexityRule,
  fieldExtensionsEstimator,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity'

import { limitsFor, REQUEST_LIMITS, type CallerLimits } from './limits'

/** Payload's own page size when a list query names none. */
const DEFAULT_PAGE = 10
/** Payload reads and runs the read hooks of each document whole, whatever fields are selected. */
const DOCUMENT_COST = 10

/**
 * A list query costs, per document it may return, the reading of that document and its selected
 * fields: `limit` as the resolver will clamp it (0, missing with `pagination: false`, or too
 * large: the caller's cap).
 */
const perDocumentEstimator =
  (caps: CallerLimits): ComplexityEstimator =>
  ({ args, childComplexity, field }) => {
    if (!field.args.some((arg) => arg.name === 'limit')) return undefined
    const limit = typeof args.limit === 'number' ? args.limit : undefined
    const documents =
      limit === undefined
        ? args.pagination === false
          ? caps.limit
          : DEFAULT_PAGE
        : limit < 1
          ? caps.limit
          : Math.min(limit, caps.limit)
    return (DOCUMENT_COST + childComplexity) * documents
  }

const refuse = (message: string) => (context: ValidationContext | null) =>
  context?.reportError(new GraphQLError(message))

/**
 * Validation rules Payload adds to its own (spec rules and its complexity limit): nesting depth,
 * aliases and cost per document, with the caller's caps (anonymous readers get the smallest).
 * A document over any of them is refused before anything runs.
 */
export function graphQLLimitRules(args: ExecutionArgs): ValidationRule[] {
  const req = (args.contextValue as { req?: { user?: unknown } } | undefined)?.req
  const caps = limitsFor(req?.user)
  return [
    maxDepthRule({
      n: caps.graphQLDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [refuse(`Truy vấn GraphQL lồng quá sâu: tối đa ${caps.graphQLDepth} cấp trường.`)],
    }),
    maxAliasesRule({
      n: caps.graphQLAliases,
      propagateOnRejection: false,
      onReject: [
        refuse(`Truy vấn GraphQL dùng quá nhiều bí danh (alias): tối đa ${caps.graphQLAliases}.`),
      ],
    }),
    createComplexityRule({
      maximumComplexity: caps.graphQLCost,
      variables: (args.variableValues ?? {}) as Record<string, unknown>,
      estimators: [
        perDocumentEstimator(caps),
        fieldExtensionsEstimator(),
        simpleEstimator({ defaultComplexity: 1 }),
      ],
      createError: (max, actual) =>
        new GraphQLError(
          `Truy vấn GraphQL quá nặng: chi phí ${actual} vượt mức ${max} (mỗi tài liệu trả về nhân với số trường được chọn). Giảm limit hoặc số trường, hoặc tách thành nhiều truy vấn.`,
        ),
    }),
  ]
}

/**
 * What must be refused before Payload validates a document at all: too many tokens, a syntax
 * error, and fragments that are unknown or spread into themselves (the complexity rule Payload
 * runs beside the spec rules would recurse for ever on a cycle). Returns a message or null.
 */
export function graphQLDocumentProblem(query: unknown): string | null {
  if (typeof query !== 'string') return 'Yêu cầu GraphQL cần trường "query" là một chuỗi.'
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: REQUEST_LIMITS.graphQLTokens, noLocation: false })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/token limit/i.test(message))
      return `Tài liệu GraphQL quá dài: tối đa ${REQUEST_LIMITS.graphQLTokens} token.`
    return `Tài liệu GraphQL sai cú pháp: ${message}`
  }

  const spreadsOf = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) spreadsOf.set(definition.name.value, [])
  }
  const collectSpreads = (node: Parameters<typeof visit>[0]): string[] => {
    const names: string[] = []
    visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) })
    return names
  }
  for (const definition of document.definitions) {
    const spreads = collectSpreads(definition)
    const unknown = spreads.find((name) => !spreadsOf.has(name))
    if (unknown) return `Fragment "${unknown}" được dùng nhưng không được định nghĩa.`
    if (definition.kind === Kind.FRAGMENT_DEFINITION) spreadsOf.set(definition.name.value, spreads)
  }

  // Depth-first search for a fragment reachable from itself.
  const done = new Set<string>()
  const cycleFrom = (name: string, path: string[]): string[] | null => {
    if (path.includes(name)) return [...path.slice(path.indexOf(name)), name]
    if (done.has(name)) return null
    for (const next of spreadsOf.get(name) ?? []) {
      const cycle = cycleFrom(next, [...path, name])
      if (cycle) return cycle
    }
    done.add(name)
    return null
  }
  for (const name of spreadsOf.keys()) {
    const cycle = cycleFrom(name, [])
    if (cycle) return `Fragment tự tham chiếu vòng: ${cycle.join(' → ')}.`
  }
  return null
}
