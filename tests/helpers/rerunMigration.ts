import type { TestContext } from './payload'

interface Migration {
  up: (args: never) => Promise<void>
  down: (args: never) => Promise<void>
}

/**
 * Takes a migration down and up again on the test's database, so that what it does to rows stored
 * before it (a backfill) is tried on real rows. False on MongoDB, which has no SQL migrations.
 */
export async function rerunMigration(
  context: TestContext,
  migrations: { sqlite: Migration; postgres: Migration },
): Promise<boolean> {
  if (context.kind === 'mongodb') return false
  const { payload } = context
  const migration = migrations[context.kind]
  const args = { db: (payload.db as never as { drizzle: never }).drizzle, payload, req: {} }
  await migration.down(args as never)
  await migration.up(args as never)
  return true
}
