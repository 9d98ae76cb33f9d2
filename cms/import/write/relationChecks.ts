import type { FlattenedField, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

/**
 * The `filterOptions` checks of a batch's relationships, asked once for the whole batch.
 *
 * When a document is validated (a publish), Payload checks each relationship with `filterOptions`
 * by a query of its own (`validateFilterOptions` in payload/dist/fields/validations.js): the
 * value's ids with the filter, through `req.payloadDataLoader.find`. A province's 20,000 applied
 * procedures asked whether their master is in force 20,000 times, reading the whole procedure
 * each time. Here the same question is asked once per field for every id of the batch, and the
 * loader's `find` answers Payload's per-document queries from it. Payload's validation still runs
 * and words the refusal, so a refused document gets the Local API's message; a query the batch did
 * not foresee (another id, another filter, a filter computed per document) goes to the database as
 * before.
 */

type Doc = Record<string, unknown>

interface Check {
  field: string[]
  relationTo: string
  filter: Where
}

/** Relationship fields whose filter does not depend on the document, outside arrays and blocks. */
function checksOf(fields: FlattenedField[], path: string[] = []): Check[] {
  return fields.flatMap((field): Check[] => {
    if (field.type === 'group' || field.type === 'tab')
      return checksOf(field.flattenedFields, [...path, field.name])
    if (
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string' &&
      field.filterOptions &&
      typeof field.filterOptions === 'object'
    )
      return [
        { field: [...path, field.name], relationTo: field.relationTo, filter: field.filterOptions },
      ]
    return []
  })
}

const valueAt = (doc: Doc, path: string[]): unknown =>
  path.reduce<unknown>((value, key) => (value as Doc | undefined)?.[key], doc)

/** The ids a relationship value names (an id, or several with hasMany). */
const idsIn = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).flatMap((v) =>
    typeof v === 'string' || typeof v === 'number' ? [String(v)] : [],
  )

interface Answer {
  asked: Set<string>
  passing: Set<string>
}

/** The exact arguments `validateFilterOptions` gives the loader (payload 3.90). */
const PAYLOAD_QUERY_KEYS = [
  'collection',
  'depth',
  'disableErrors',
  'limit',
  'overrideAccess',
  'pagination',
  'req',
  'where',
].join()

type Find = (args: Record<string, unknown>) => Promise<unknown>

/**
 * Runs `work` (the batch's validation) with the `filterOptions` queries of `docs` answered from one
 * query per field. Only for validation with `overrideAccess` (the bulk path's), where the answer
 * depends on the ids and the filter alone.
 */
export async function withRelationChecksAnswered<T>(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  docs: Doc[],
  work: () => Promise<T>,
): Promise<T> {
  const loader = req.payloadDataLoader as unknown as { find?: Find } | undefined
  // A relation to the batch's own collection may change within the batch (one document published
  // before the next is judged): those stay asked document by document.
  const checks = checksOf(collection.flattenedFields).filter(
    (check) => check.relationTo !== collection.slug,
  )
  if (!loader?.find || !checks.length) return work()

  // One answer per related collection and filter: the ids asked and those that pass.
  const answers = new Map<string, Answer>()
  const keyOf = (relationTo: string, filter: unknown) => `${relationTo} ${JSON.stringify(filter)}`
  for (const check of checks) {
    const asked = [...new Set(docs.flatMap((doc) => idsIn(valueAt(doc, check.field))))]
    const key = keyOf(check.relationTo, check.filter)
    if (!asked.length || answers.has(key)) continue
    const { docs: found } = await req.payload.find({
      collection: check.relationTo as 'procedures',
      where: { and: [{ id: { in: asked } }, check.filter] },
      select: {},
      depth: 0,
      limit: 0,
      pagination: false,
      disableErrors: true,
      overrideAccess: true,
      req,
    })
    answers.set(key, {
      asked: new Set(asked),
      passing: new Set(found.map((doc) => String(doc.id))),
    })
  }

  const original = loader.find
  loader.find = (args) => {
    const and = (args.where as { and?: Where[] } | undefined)?.and
    const ids = (and?.[0]?.id as { in?: unknown } | undefined)?.in
    const answer =
      args.overrideAccess === true &&
      Object.keys(args).sort().join() === PAYLOAD_QUERY_KEYS &&
      and?.length === 2 &&
      Object.keys(and[0]!).length === 1 &&
      Array.isArray(ids)
        ? answers.get(keyOf(String(args.collection), and[1]))
        : undefined
    if (!answer || !(ids as unknown[]).every((id) => answer.asked.has(String(id))))
      return original(args)
    // What validateFilterOptions reads of the result: the ids found.
    const docsFound = (ids as unknown[]).filter((id) => answer.passing.has(String(id)))
    return Promise.resolve({ docs: docsFound.map((id) => ({ id })) })
  }
  try {
    return await work()
  } finally {
    loader.find = original
  }
}
