import type { Payload } from 'payload'

import { isSqlAdapter } from '../../import/write/sqlRows'

type Column = object
interface Helpers {
  and: (...conditions: unknown[]) => unknown
  eq: (column: Column, value: unknown) => unknown
  inArray: (column: Column, values: unknown[]) => unknown
  count: () => unknown
}
interface Select {
  from: (table: object) => {
    where: (condition: unknown) => {
      groupBy: (column: Column) => PromiseLike<{ locality: unknown; n: unknown }[]>
    }
  }
}
interface SqlAdapter {
  name: 'sqlite' | 'postgres'
  drizzle: { select: (columns: Record<string, unknown>) => Select }
  tables: Record<string, Record<string, Column>>
}

/**
 * How many published applied procedures each of `localities` has (a draft is not applied yet).
 * One grouped query on the SQL adapters: a count per locality is ~60 ms on SQLite at province
 * scale, 150 of them several seconds (measured, docs/benchmarks.md). Other adapters count each.
 */
export async function countByLocality(
  payload: Payload,
  localities: string[],
): Promise<Map<string, number>> {
  const counts = new Map(localities.map((id) => [id, 0]))
  if (localities.length === 0) return counts
  if (isSqlAdapter(payload)) {
    const adapter = payload.db as unknown as SqlAdapter
    const helpers = (await (adapter.name === 'sqlite'
      ? import('@payloadcms/db-sqlite/drizzle')
      : import('@payloadcms/db-postgres/drizzle'))) as unknown as Helpers
    const table = adapter.tables.applied_procedures!
    // Ids are numbers on PostgreSQL's serial keys and strings elsewhere: match the stored type.
    const ids = localities.map((id) => (/^\d+$/.test(id) ? Number(id) : id))
    const rows = await adapter.drizzle
      .select({ locality: table.locality, n: helpers.count() })
      .from(table)
      .where(
        helpers.and(helpers.eq(table._status!, 'published'), helpers.inArray(table.locality!, ids)),
      )
      .groupBy(table.locality!)
    for (const row of rows) counts.set(String(row.locality), Number(row.n))
    return counts
  }
  for (const locality of localities)
    counts.set(
      locality,
      (
        await payload.count({
          collection: 'applied-procedures',
          where: {
            and: [{ locality: { equals: locality } }, { _status: { equals: 'published' } }],
          },
          overrideAccess: true,
        })
      ).totalDocs,
    )
  return counts
}
