/**
 * Times one committed migration taken down and up again on a fresh copy of the kept data set
 * (`BENCH_KEEP`, the same BENCH_* data variables as `bench:cms`): what a migration that fills
 * stored rows (a backfill) costs a province's database on the upgrade that runs it, at start.
 *
 *   BENCH_KEEP=<dir> node --import tsx scripts/bench/rerun-migration.ts <name> [runs]
 *
 * `name` is the migration's name or its end (`i_vietnamese_sort`); BENCH_ADAPTERS picks the
 * databases as for the other benches. Each run takes it down, then times `up` (and `down` before
 * it); `runs` (3) repeat that on the same copy.
 */
import path from 'node:path'

import type { Payload } from 'payload'

import { migrations as postgresMigrations } from '../../cms/migrations/postgres'
import { migrations as sqliteMigrations } from '../../cms/migrations/sqlite'
import { enabledBenchAdapters, stopBenchPayload, type BenchAdapter } from './lib/database'
import { databaseWithDataFromEnv } from './lib/keptDatabase'
import { codeVersion, describeMachine, loadAverages, today } from './lib/machine'
import { formatDuration } from './lib/stats'

const log = (line: string) => process.stdout.write(`${line}\n`)
const [wanted, runsArgument] = process.argv.slice(2)
if (!wanted) {
  log('Usage: BENCH_KEEP=<dir> node --import tsx scripts/bench/rerun-migration.ts <name> [runs]')
  process.exit(2)
}
const runs = Number(runsArgument || 3)
if (!process.env.BENCH_KEEP) log('BENCH_KEEP is not set: the data set is loaded anew for this run.')

interface Migration {
  name: string
  up: (args: never) => Promise<void>
  down: (args: never) => Promise<void>
}
const MIGRATIONS: Record<BenchAdapter, Migration[]> = {
  sqlite: sqliteMigrations as Migration[],
  postgres: postgresMigrations as Migration[],
}

async function timed(body: () => Promise<void>): Promise<number> {
  const start = performance.now()
  await body()
  return performance.now() - start
}

async function run(kind: BenchAdapter) {
  const migration = MIGRATIONS[kind].find((m) => m.name === wanted || m.name.endsWith(wanted))
  if (!migration) throw new Error(`${kind}: no migration named ${wanted}`)
  const opened = await databaseWithDataFromEnv(kind, log)
  const payload: Payload = opened.payload
  try {
    const args = {
      db: (payload.db as unknown as { drizzle: unknown }).drizzle,
      payload,
      req: {},
    } as never
    log(`${kind}: ${migration.name} on ${path.basename(opened.database.label)}`)
    for (let round = 1; round <= runs; round++) {
      const down = await timed(() => migration.down(args))
      const up = await timed(() => migration.up(args))
      log(
        `  run ${round}: down ${formatDuration(down)}, up ${formatDuration(up)} (load ${loadAverages().join(' ')})`,
      )
    }
  } finally {
    await stopBenchPayload(payload, opened.database)
  }
}

const machine = describeMachine()
log(
  `# ${wanted}, ${today()}: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB, Node ${machine.node}; ${codeVersion(process.cwd())}`,
)
for (const kind of enabledBenchAdapters()) await run(kind)
process.exit(0)
