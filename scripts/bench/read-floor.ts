/**
 * What Payload's Local API needs, on this machine, to read a page of 50 documents at depth 0
 * (issue 13, item 5: rows 2 and 2b of `bench:cms` read 50 whole procedures): the same reads on
 * five shapes of document, each in a collection of its own, loaded with `BENCH_FLOOR_DOCS`
 * documents (3,000, the province's procedures) in 20 sectors, then timed interleaved (20 warm-up
 * rounds, `BENCH_ITERATIONS` timed, 200).
 *
 *   one-field    a name: Payload's floor for a find of 50.
 *   flat         30 scalar columns, what a procedure holds outside its parts.
 *   flat-arrays  flat + a procedure's parts as Payload arrays and groups, as `cms/collections/
 *                Procedures` stores them: channels with their fees, dossier cases with their
 *                components, results, requirements, legal bases, and the eleven "why empty" groups.
 *   flat-blocks  flat + the same parts, each array a blocks field of one block, which the SQL
 *                adapters store as one JSON column (`blocksAsJSON`, on for this config's database;
 *                no other shape has blocks): the admin still edits them row by row.
 *   flat-json    flat + the same parts as six `json` columns, each read whole.
 *
 * Not the application's config: a config of its own (no hooks, no access rules), so the figures
 * are Payload's and Drizzle's alone. `BENCH_ADAPTERS=sqlite,postgres` as for the other benches.
 *
 *   node --import tsx scripts/bench/read-floor.ts
 */
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig, getPayload, type CollectionConfig, type Field, type Payload } from 'payload'

import {
  createBenchDatabase,
  databaseVersion,
  enabledBenchAdapters,
  stopBenchPayload,
  type BenchDatabase,
} from './lib/database'
import { codeVersion, describeMachine, loadAverages, today, waitForIdle } from './lib/machine'
import { formatDuration, formatMs, summarise } from './lib/stats'

const log = (line: string) => process.stdout.write(`${line}\n`)
const documents = Number(process.env.BENCH_FLOOR_DOCS || 3000)
const iterations = Number(process.env.BENCH_ITERATIONS || 200)
const SECTORS = 20

const text = (name: string): Field => ({ name, type: 'text' })
const FLAT: Field[] = [
  { name: 'sector', type: 'text', index: true },
  ...Array.from({ length: 24 }, (_, k) => text(`text${k}`)),
  ...Array.from({ length: 3 }, (_, k): Field => ({ name: `number${k}`, type: 'number' })),
  ...Array.from({ length: 3 }, (_, k): Field => ({ name: `date${k}`, type: 'date' })),
]
const GAP: Field[] = [
  text('reason'),
  text('source'),
  { name: 'checkedAt', type: 'date' },
  { name: 'stated', type: 'checkbox' },
]
const PARTS_AS_ARRAYS: Field[] = [
  {
    name: 'channels',
    type: 'array',
    fields: [
      text('channel'),
      { name: 'days', type: 'number' },
      text('timeNote'),
      {
        name: 'fees',
        type: 'array',
        fields: [text('kind'), { name: 'amount', type: 'number' }, text('note')],
      },
    ],
  },
  {
    name: 'dossierCases',
    type: 'array',
    fields: [
      text('title'),
      {
        name: 'components',
        type: 'array',
        fields: [
          text('name'),
          { name: 'originals', type: 'number' },
          { name: 'copies', type: 'number' },
          text('form'),
        ],
      },
    ],
  },
  { name: 'results', type: 'array', fields: [text('name'), text('form')] },
  { name: 'requirements', type: 'array', fields: [text('text')] },
  { name: 'legalBases', type: 'array', fields: [text('number'), text('title')] },
  {
    name: 'gaps',
    type: 'group',
    fields: Array.from({ length: 11 }, (_, k): Field => ({
      name: `part${k}`,
      type: 'group',
      fields: GAP,
    })),
  },
]
const PARTS_AS_JSON: Field[] = PARTS_AS_ARRAYS.map((field) => ({
  name: (field as { name: string }).name,
  type: 'json',
}))

/** Each array as a blocks field of one block, stored as one JSON column (`blocksAsJSON`). */
const PARTS_AS_BLOCKS: Field[] = PARTS_AS_ARRAYS.map((field) =>
  field.type === 'array'
    ? { name: field.name, type: 'blocks', blocks: [{ slug: field.name, fields: field.fields }] }
    : field,
)

const SHAPES = {
  'one-field': [{ name: 'sector', type: 'text', index: true }, text('name')],
  flat: FLAT,
  'flat-arrays': [...FLAT, ...PARTS_AS_ARRAYS],
  'flat-blocks': [...FLAT, ...PARTS_AS_BLOCKS],
  'flat-json': [...FLAT, ...PARTS_AS_JSON],
} satisfies Record<string, Field[]>
type Shape = keyof typeof SHAPES
const shapes = Object.keys(SHAPES) as Shape[]

/** One procedure-sized document; `i` varies the words so that pages differ. */
function documentData(shape: Shape, i: number): Record<string, unknown> {
  const sector = `s${i % SECTORS}`
  if (shape === 'one-field') return { sector, name: `Thủ tục số ${i}` }
  const flat: Record<string, unknown> = { sector }
  for (let k = 0; k < 24; k++) flat[`text${k}`] = `Nội dung ${k} của thủ tục hành chính số ${i}`
  for (let k = 0; k < 3; k++) flat[`number${k}`] = i + k
  for (let k = 0; k < 3; k++) flat[`date${k}`] = `2025-0${k + 1}-15T00:00:00.000Z`
  if (shape === 'flat') return flat
  const component = (n: number) => ({
    name: `Tờ khai số ${n} theo mẫu, kèm bản sao giấy tờ tùy thân của người yêu cầu`,
    originals: 1,
    copies: n % 2,
    form: `Mẫu số ${n}`,
  })
  const parts = {
    channels: ['direct', 'online', 'post'].map((channel, k) => ({
      channel,
      days: 5 + k,
      timeNote: 'ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
      fees: [{ kind: 'fee', amount: 20000, note: 'Lệ phí cấp bản sao' }],
    })),
    dossierCases: [
      { title: 'Trường hợp đăng ký lần đầu', components: [1, 2, 3, 4].map(component) },
      { title: 'Trường hợp đăng ký lại', components: [1, 2, 3].map(component) },
    ],
    results: [{ name: 'Giấy chứng nhận', form: 'Mẫu kết quả' }],
    requirements: [{ text: 'Người yêu cầu cư trú trên địa bàn' }],
    legalBases: [1, 2, 3].map((n) => ({ number: `${n}/2024/NĐ-CP`, title: `Nghị định số ${n}` })),
    gaps: Object.fromEntries(
      Array.from({ length: 11 }, (_, k) => [`part${k}`, { stated: k % 3 !== 0 }]),
    ),
  }
  if (shape !== 'flat-blocks') return { ...flat, ...parts }
  // Each array's rows as blocks of the one block named after it (PARTS_AS_BLOCKS).
  const rowsAsBlocks = (name: string, value: unknown) =>
    Array.isArray(value) ? value.map((row: object) => ({ blockType: name, ...row })) : value
  return {
    ...flat,
    ...Object.fromEntries(
      Object.entries(parts).map(([name, value]) => [name, rowsAsBlocks(name, value)]),
    ),
  }
}

async function startPayload(database: BenchDatabase): Promise<Payload> {
  const collections: CollectionConfig[] = shapes.map((slug) => ({ slug, fields: SHAPES[slug] }))
  const db =
    database.kind === 'sqlite'
      ? sqliteAdapter({
          client: { url: database.uri },
          idType: 'uuid',
          push: true,
          blocksAsJSON: true,
        })
      : postgresAdapter({
          pool: { connectionString: database.uri, options: '-c jit=off' },
          idType: 'uuid',
          push: true,
          blocksAsJSON: true,
        })
  const config = buildConfig({
    secret: 'bench-secret-not-for-production-use',
    db,
    collections,
    telemetry: false,
    logger: { options: { level: 'warn' } },
  })
  return getPayload({ config, key: `read-floor-${database.label}` })
}

async function run(kind: 'sqlite' | 'postgres') {
  const database = await createBenchDatabase(kind)
  let payload: Payload | undefined
  try {
    payload = await startPayload(database)
    // This config's collections are not the application's, whose slugs Payload's types list.
    const local = payload as unknown as {
      create: (args: { collection: Shape; data: object }) => Promise<unknown>
      find: (args: {
        collection: Shape
        where: object
        limit: number
        depth: number
      }) => Promise<unknown>
    }
    const loadStart = performance.now()
    for (let i = 0; i < documents; i++) {
      for (const shape of shapes)
        await local.create({ collection: shape, data: documentData(shape, i) })
      // Let the driver's finalizers run (see `breathe` in lib/dataset.ts).
      if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve))
    }
    log(
      `${kind} (${await databaseVersion(payload, kind)}): loaded ${documents} × ${shapes.length} documents in ${formatDuration(performance.now() - loadStart)}`,
    )
    const idle = await waitForIdle({ maxLoad: 1.5, maxWaitMs: 10 * 60_000 })
    log(
      `load average when timing started: ${idle.load.join(' ')}${idle.idle ? '' : ' (gave up waiting)'}`,
    )
    const read = (shape: Shape, i: number) =>
      local.find({
        collection: shape,
        where: { sector: { equals: `s${i % SECTORS}` } },
        limit: 50,
        depth: 0,
      })
    const samples = Object.fromEntries(shapes.map((shape) => [shape, [] as number[]]))
    for (let i = 0; i < 20 + iterations; i++) {
      for (const shape of shapes) {
        const start = performance.now()
        await read(shape, i)
        if (i >= 20) samples[shape].push(performance.now() - start)
      }
    }
    log(`load average when timing ended: ${loadAverages().join(' ')}`)
    log('')
    log(`| find 50 at depth 0, ${kind} | p50 ms | p95 ms |`)
    log('| --- | --- | --- |')
    for (const shape of shapes) {
      const { p50, p95 } = summarise(samples[shape])
      log(`| ${shape} | ${formatMs(p50)} | ${formatMs(p95)} |`)
    }
    log('')
  } finally {
    await stopBenchPayload(payload, database)
  }
}

const machine = describeMachine()
log(
  `# Read floor, ${today()}: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB, Node ${machine.node}, ${machine.os}`,
)
log(
  `${codeVersion(process.cwd())}; ${documents} documents per shape, ${iterations} timed reads each`,
)
for (const kind of enabledBenchAdapters()) await run(kind)
process.exit(0)
