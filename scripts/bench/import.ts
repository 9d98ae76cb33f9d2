/**
 * The import's write path at province scale (issue 10, item 5): 3,000 master procedures and
 * 20,000 applied procedures over 150 localities written as drafts through `writeDraftsInBulk`, in
 * one transaction, then reviewed as one change set's transitions move its items (`transitionItems`:
 * submit and approve write a new draft version of each, publish publishes them), on a fresh SQLite file
 * and (with TEST_POSTGRES_URL, BENCH_POSTGRES_URL or `--postgres <url>`) a fresh PostgreSQL
 * database. Target: each write ≤ 60 s, the process under 1 GB.
 *
 *   npm run bench:import [-- --postgres postgres://… --write-doc]
 *
 * Environment: BENCH_ADAPTERS (sqlite,postgres), BENCH_LOCALITIES (150), BENCH_PROCEDURES (3000),
 * BENCH_APPLIED (20000), BENCH_LOCAL_SAMPLE (200: applied procedures also written one by one
 * through the Local API, for comparison; 0 to skip).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'

import { createLocalReq, type Payload } from 'payload'

import { writeDraftsInBulk, type DraftWrite } from '../../cms/import/write/bulk'
import { transitionItems, type ItemRef } from '../../cms/import/write/drafts'
import { rootDir } from '../../cms/lib/paths'
import { writeDocBlock } from './lib/docBlock'
import { inTransaction } from '../../cms/lib/transaction'
import { orderedListToLexical } from '../../cms/lib/lexical'
import type { WorkflowAction, WorkflowState } from '../../cms/workflow/rules'
import {
  createBenchDatabase,
  databaseVersion,
  enabledBenchAdapters,
  startBenchPayload,
  stopBenchPayload,
  type BenchAdapter,
} from './lib/database'
import { codeVersion, describeMachine, today } from './lib/machine'
import { formatDuration } from './lib/stats'

const args = process.argv.slice(2)
const flag = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
if (flag('--postgres')) process.env.BENCH_POSTGRES_URL = flag('--postgres')
const numberOf = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const settings = {
  localities: numberOf('BENCH_LOCALITIES', 150),
  procedures: numberOf('BENCH_PROCEDURES', 3000),
  applied: numberOf('BENCH_APPLIED', 20_000),
  localSample: numberOf('BENCH_LOCAL_SAMPLE', 200),
  writeDoc: args.includes('--write-doc'),
}
const TARGET_MS = 60_000
const TARGET_RSS = 1024 ** 3
const log = (line: string) => console.log(line)
const pad = (n: number, width: number) => String(n).padStart(width, '0')
const SOURCE = 'CSDL quốc gia về TTHC, tệp bench.json'

/** Resident memory now, split as Linux counts it: anonymous (heaps) and file-backed (mapped database files). */
function residentSplit(): { anon: number; file: number } | null {
  try {
    const status = fs.readFileSync('/proc/self/status', 'utf8')
    const kib = (key: string) =>
      Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024
    return { anon: kib('RssAnon'), file: kib('RssFile') + kib('RssShmem') }
  } catch {
    return null
  }
}

/** The process's peak resident memory so far (getrusage), in bytes. */
const peakRSS = () => process.resourceUsage().maxRSS * 1024
const mib = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MiB`

interface Reference {
  communes: { id: string; name: string }[]
  sectors: string[]
  agencies: string[]
  laws: string[]
}

/** Localities through the Local API (an import never writes them); the rest of the reference data in bulk. */
async function reference(payload: Payload): Promise<Reference> {
  const province = await payload.create({
    collection: 'localities',
    data: { name: 'Tỉnh Đo Nhập Liệu', unitType: 'province', code: '92' },
  })
  const communes: Reference['communes'] = []
  for (let c = 0; c < settings.localities - 1; c++) {
    const doc = await payload.create({
      collection: 'localities',
      data: {
        name: `Xã Đo Nhập Liệu ${c + 1}`,
        unitType: c % 5 === 3 ? 'ward' : 'commune',
        code: `92${pad(c + 1, 3)}`,
        parent: province.id,
      },
    })
    communes.push({ id: doc.id, name: doc.name })
  }
  const req = await createLocalReq({}, payload)
  const write = (collection: string, n: number, data: (i: number) => Record<string, unknown>) =>
    writeDraftsInBulk(
      payload,
      req,
      Array.from({ length: n }, (_, i) => ({ collection, id: null, data: data(i) })),
    )
  const sectors = await write('sectors', 25, (i) => ({
    name: `Lĩnh vực ${i + 1}`,
    code: `L${pad(i, 3)}`,
  }))
  const agencies = await write('agencies', 40, (i) => ({
    name: `Cơ quan thực hiện ${i + 1}`,
    level: i % 2 ? 'commune' : 'province',
  }))
  const laws = await write('legal-documents', 60, (i) => ({
    number: `${i + 1}/2024/NĐ-CP`,
    kind: 'decree',
    title: i % 4 === 0 ? null : `Nghị định số ${i + 1}`,
    status: 'in-force',
  }))
  return { communes, sectors, agencies, laws }
}

/**
 * A master procedure as the importers produce it: the national record's variety (several cases,
 * channels with and without a unit, fees stated, free or not stated, a missing implementing agency
 * in about a third), each part either stated or unknown with its source.
 */
function procedure(i: number, ref: Reference): Record<string, unknown> {
  const unknown = { kind: 'unknown', source: `${SOURCE}, bản ghi ${i + 1}` }
  const pick = (list: string[], k: number) => list[(i * 7 + k * 3) % list.length]!
  const noAgency = i % 3 === 0
  return {
    code: `${1 + (i % 2)}.${pad(200000 + i, 6)}`,
    localCode: i % 5 === 0 ? `${1 + (i % 2)}.${pad(200000 + i, 6)}.000.00.00.H29` : null,
    name: `Thủ tục nhập liệu số ${i + 1}`,
    // 7 in 10 include the commune level, as in the master lists of the seed.
    levels: i % 10 < 7 ? ['commune'] : i % 10 === 7 ? ['province'] : ['province', 'commune'],
    sector: pick(ref.sectors, 0),
    formalityType: i % 6 === 0 ? null : 'standard',
    subjects: i % 8 === 0 ? [] : ['citizen'],
    subjectsGap: i % 8 === 0 ? unknown : { kind: null, source: null },
    description: null,
    keywords: i % 4 === 0 ? ['nhập liệu'] : [],
    agencies: {
      implementing: noAgency ? [] : [pick(ref.agencies, 0)],
      competent: i % 4 === 0 ? [pick(ref.agencies, 1)] : [],
      implementingGap: noAgency ? unknown : { kind: null, source: null },
    },
    steps:
      i % 9 === 0
        ? null
        : orderedListToLexical([
            'Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định.',
            'Bước 2: Nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả.',
            'Bước 3: Nhận kết quả.',
          ]),
    stepsGap: i % 9 === 0 ? unknown : { kind: null, source: null },
    methods: [
      {
        channel: 'direct',
        processingTime: 3 + (i % 5),
        processingTimeUnit: i % 4 === 1 ? null : 'working-day',
        processingTimeText: i % 4 === 1 ? String(3 + (i % 5)) : null,
        fees:
          i % 10 === 0
            ? [{ amount: 20000, currency: 'VND', description: 'Lệ phí' }]
            : i % 8 === 3
              ? []
              : [],
        feesGap:
          i % 10 === 0 ? { kind: null, source: null } : i % 8 === 3 ? unknown : { kind: 'none' },
      },
      {
        channel: 'online',
        processingTime: i % 3 === 2 ? null : 3 + (i % 5),
        processingTimeUnit: i % 3 === 2 ? null : 'working-day',
        processingTimeGap: i % 3 === 2 ? unknown : { kind: null, source: null },
        fees: [],
        feesGap: { kind: 'none' },
      },
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          { name: 'Tờ khai (theo mẫu)', originals: 1, copies: 0, required: true },
          { name: 'Giấy tờ chứng minh (nếu có)', originals: 0, copies: 1, required: false },
        ],
      },
      ...(i % 2 === 0
        ? [
            {
              name: 'Giấy tờ phải xuất trình',
              components: [{ name: 'Căn cước', originals: 1, copies: 0 }],
            },
          ]
        : []),
    ],
    results: i % 7 === 0 ? [] : [{ name: `Kết quả số ${i + 1}`, code: `KQ.${pad(i, 6)}` }],
    resultsGap: i % 7 === 0 ? unknown : { kind: null, source: null },
    requirements: null,
    requirementsGap: i % 5 === 0 ? unknown : { kind: 'none' },
    legalBasis: [pick(ref.laws, 0), pick(ref.laws, 1)].filter((v, k, a) => a.indexOf(v) === k),
  }
}

/** 20,000 (locality, procedure) pairs over the commune-level procedures, as localities apply them. */
function applications(ref: Reference, procedureIDs: string[]): DraftWrite[] {
  const commune = procedureIDs.filter((_, i) => i % 10 !== 7)
  const writes: DraftWrite[] = []
  const perLocality = Math.ceil(settings.applied / ref.communes.length)
  for (const [c, locality] of ref.communes.entries()) {
    for (let k = 0; k < perLocality && writes.length < settings.applied; k++) {
      const i = (c * 13 + k) % commune.length
      writes.push({
        collection: 'applied-procedures',
        id: null,
        data: {
          locality: locality.id,
          procedure: commune[i],
          committedTime:
            k % 3 === 0 ? { value: 2, unit: 'working-day' } : { value: null, unit: null },
          receivingAddress: `Bộ phận một cửa, ${locality.name}`,
          unitInCharge: k % 2 ? 'Công chức Tư pháp – Hộ tịch' : null,
        },
      })
    }
  }
  return writes
}

/** Rows in every table, to report rows written per second. */
async function countRows(payload: Payload): Promise<number> {
  const db = payload.db as unknown as {
    name: string
    tables: Record<string, unknown>
    client?: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
    pool?: { query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
  }
  let total = 0
  for (const table of Object.keys(db.tables)) {
    const sql = `select count(*) as n from "${table}"`
    const rows = db.client ? (await db.client.execute(sql)).rows : (await db.pool!.query(sql)).rows
    total += Number(rows[0]?.n ?? 0)
  }
  return total
}

interface Timing {
  ms: number
  cpuMs: number
  rows: number
  peakRSS: number
  /** resident memory at the end of the step: anonymous and file-backed */
  split: { anon: number; file: number } | null
  load: [number, number]
}

async function timed(payload: Payload, body: () => Promise<unknown>): Promise<Timing> {
  const rowsBefore = await countRows(payload)
  const load0 = os.loadavg()[0]!
  const cpu0 = process.cpuUsage()
  const start = performance.now()
  await body()
  const ms = performance.now() - start
  const cpu = process.cpuUsage(cpu0)
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rows: (await countRows(payload)) - rowsBefore,
    peakRSS: peakRSS(),
    split: residentSplit(),
    load: [load0, os.loadavg()[0]!],
  }
}

interface Run {
  kind: BenchAdapter
  version: string
  write: Timing
  submit: Timing
  approve: Timing
  publish: Timing
  localApi?: { n: number; ms: number }
}

async function run(kind: BenchAdapter): Promise<Run> {
  const database = await createBenchDatabase(kind)
  let payload: Payload | undefined
  try {
    log(`[${kind}] fresh database ${database.label}`)
    payload = await startBenchPayload(database)
    const p = payload
    const ref = await reference(p)
    const masters = Array.from({ length: settings.procedures }, (_, i) => ({
      collection: 'procedures',
      id: null,
      data: procedure(i, ref),
    }))
    let ids: string[] = []
    let lastLog = 0
    const progress = (done: number, total: number) => {
      if (performance.now() - lastLog < 5000 && done < total) return
      lastLog = performance.now()
      log(
        `[${kind}]   ${done}/${total} (${Math.round((100 * done) / total)} %), RSS ${mib(process.memoryUsage().rss)}`,
      )
    }
    // One call, one transaction: the masters first, as the applications name them.
    log(
      `[${kind}] writing ${settings.procedures} procedures and ${settings.applied} applied procedures as drafts…`,
    )
    const write = await timed(p, async () => {
      const req = await createLocalReq({}, p)
      // The applications need the masters' ids: a second call joining the same transaction.
      await inTransaction(req, async () => {
        const masterIDs = await writeDraftsInBulk(p, req, masters, progress)
        const applied = applications(ref, masterIDs)
        ids = [...masterIDs, ...(await writeDraftsInBulk(p, req, applied, progress))]
      })
    })
    log(`[${kind}] written in ${formatDuration(write.ms)}`)
    // The set's review, as transitionChangeSet moves its items: submit and approve write a new
    // draft version of every item, publish publishes them; each by its own person.
    const person = async (email: string, roles: string[]) =>
      String(
        (
          await p.create({
            collection: 'users',
            data: { email, password: 'bench-Import-2026', name: email, roles } as never,
          })
        ).id,
      )
    const people = {
      submit: await person('phapche@bench.vn', ['legal-officer']),
      approve: await person('pheduyet@bench.vn', ['approver']),
      publish: await person('xuatban@bench.vn', ['publisher']),
    }
    const items: ItemRef[] = ids.map((id, i) => ({
      collection: i < settings.procedures ? 'procedures' : 'applied-procedures',
      id,
    }))
    const step = (
      action: 'submit' | 'approve' | 'publish',
      from: WorkflowState,
      to: WorkflowState,
    ) =>
      timed(p, async () => {
        log(`[${kind}] ${action}: all ${ids.length}…`)
        const req = await createLocalReq({}, p)
        await inTransaction(req, () =>
          transitionItems(
            p,
            req,
            items,
            {
              action: action as WorkflowAction,
              from,
              to,
              userID: people[action],
              comment: null,
              at: new Date().toISOString(),
            },
            progress,
          ),
        )
      })
    const submit = await step('submit', 'draft', 'in-review')
    log(`[${kind}] submitted in ${formatDuration(submit.ms)}`)
    const approve = await step('approve', 'in-review', 'approved')
    log(`[${kind}] approved in ${formatDuration(approve.ms)}`)
    const publish = await step('publish', 'approved', 'published')
    log(`[${kind}] published in ${formatDuration(publish.ms)}`)
    let localApi: Run['localApi']
    if (settings.localSample > 0) {
      // The path the bulk one replaces, on pairs not yet applied.
      const commune = ids.slice(0, settings.procedures).filter((_, i) => i % 10 !== 7)
      const perLocality = Math.ceil(settings.applied / ref.communes.length)
      const spare = Array.from({ length: settings.localSample }, (_, n) => {
        const c = n % ref.communes.length
        const m = Math.floor(n / ref.communes.length)
        return {
          locality: ref.communes[c]!.id,
          procedure: commune[(c * 13 + perLocality + m) % commune.length],
        }
      })
      const start = performance.now()
      for (const data of spare)
        await p.create({ collection: 'applied-procedures', data: data as never, draft: true })
      localApi = { n: spare.length, ms: performance.now() - start }
      log(
        `[${kind}] Local API: ${spare.length} applied procedures in ${formatDuration(localApi.ms)}`,
      )
    }
    return {
      kind,
      version: await databaseVersion(p, kind),
      write,
      submit,
      approve,
      publish,
      localApi,
    }
  } finally {
    await stopBenchPayload(payload, database)
  }
}

function report(runs: Run[]): string {
  const machine = describeMachine()
  const docs = settings.procedures + settings.applied
  const line = (label: string, t: Timing) =>
    `| ${label} | ${formatDuration(t.ms)} | ${t.ms <= TARGET_MS ? 'met' : '**not met**'} | ${Math.round(docs / (t.ms / 1000))} | ${t.rows.toLocaleString('en')} | ${Math.round(t.rows / (t.ms / 1000)).toLocaleString('en')} | ${formatDuration(t.cpuMs)} | ${mib(t.peakRSS)}${t.split ? ` (at the end: ${mib(t.split.anon)} anonymous, ${mib(t.split.file)} file-backed)` : ''} | ${t.load.map((l) => l.toFixed(1)).join(' → ')} |`
  return [
    `### ${today()} – ${runs.map((r) => r.kind).join(', ')}`,
    '',
    `- **Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM; Node ${machine.node}; ${machine.os}.`,
    `- **Code:** ${codeVersion(rootDir)}.`,
    `- **Databases:** ${runs.map((r) => r.version).join('; ')}; each fresh, with the committed migrations.`,
    `- **Data:** ${settings.localities} localities (1 province, ${settings.localities - 1} communes), 25 sectors, 40 agencies, 60 legal documents; ${settings.procedures.toLocaleString('en')} master procedures (parts unknown with their source in about a third: agency, time limit, fees, results, steps), ${settings.applied.toLocaleString('en')} applied procedures.`,
    `- **Method:** one \`writeDraftsInBulk\` transaction for the procedures and the applications (drafts: main row and version), then all ${docs.toLocaleString('en')} moved as a change set's transitions move them (\`transitionItems\`, one transaction per step, each by its own user): submit and approve write a new draft version of each, publish publishes them. Rows: every table's count after minus before. Peak RSS: the process's maximum (getrusage), start-up included. Target ${TARGET_MS / 1000} s and ${mib(TARGET_RSS)} per write.`,
    '',
    '| Database and step | Wall time | ≤ 60 s | documents/s | rows written | rows/s | CPU time | peak RSS | load (1 min) |',
    '| --- | --: | --- | --: | --: | --: | --: | --: | --- |',
    ...runs.flatMap((r) => [
      line(`${r.kind}: write drafts`, r.write),
      line(`${r.kind}: submit all`, r.submit),
      line(`${r.kind}: approve all`, r.approve),
      line(`${r.kind}: publish all`, r.publish),
    ]),
    '',
    ...runs.flatMap((r) =>
      r.localApi
        ? [
            `- ${r.kind}, Local API for comparison: ${r.localApi.n} applied procedures through \`payload.create\` in ${formatDuration(r.localApi.ms)} (${(r.localApi.n / (r.localApi.ms / 1000)).toFixed(1)}/s; the bulk path wrote ${Math.round(docs / (r.write.ms / 1000))} documents/s).`,
          ]
        : [],
    ),
  ].join('\n')
}

const kinds = enabledBenchAdapters()
if (kinds.length > 1) {
  // One process per database: a process keeps the memory it once took, so the second database's
  // peak RSS would be the first one's.
  for (const kind of kinds)
    execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_ADAPTERS: kind },
    })
  process.exit(0)
}
const runs: Run[] = []
for (const kind of kinds) runs.push(await run(kind))
const section = report(runs)
console.log(`\n${section}\n`)
if (settings.writeDoc)
  writeDocBlock({
    heading: '## Import at province scale',
    intro:
      "`npm run bench:import -- --write-doc` (`scripts/bench/import.ts`) writes a province through the import's bulk path (`cms/import/write/bulk.ts`) and replaces the block of the same databases.",
    key: `import ${runs.map((r) => r.kind).join(',')}`,
    section,
  })
process.exit(0)
