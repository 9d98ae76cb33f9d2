/**
 * The whole import pipeline at province scale (issue 10, item 5), as an officer runs it: the files
 * are generated, then read, planned and written as change sets, reviewed and published through the
 * set's transitions; the catalogue is exported; the province is published from "Xuất bản" to live.
 *
 *   npm run bench:import-pipeline -- [--postgres <url>] [--procedures 3000] [--localities 150]
 *     [--applied 20000] [--write-doc]
 *
 * On a fresh database with the committed migrations (SQLite by default; `--postgres <admin url>`
 * creates `bench_…` on that server and drops it at the end). Each database runs in a child process
 * of its own with its own DATA_DIR and RELEASES_DIR (the collections read them when they load), so
 * each peak RSS is that run's. Every stage is timed with the process's peak RSS so far (getrusage)
 * and the 1-minute load average before and after: the machine is shared.
 *
 * 1. Files: the national JSON of `--procedures` procedures (`writePortalJson`), one locality XLSX
 *    per commune (`writeLocalityTemplate`), `--applied` applied procedures in all.
 * 2. Province set: `readImport` of the JSON, `createPlannedSet` (which reads the files again),
 *    `writeChangeSet`; then submit (legal officer), approve (approver), publish (publisher).
 * 3. Locality set: every commune's XLSX in one set of the province scope, by an administrator (a
 *    legal officer's write of applied procedures is refused; a locality officer imports only their
 *    own locality), the same stages.
 * 4. Export: `exportProcedures` to portal-json and xlsx.
 * 5. Province publish, click to live: POST /api/releases/publish as the publisher through Payload's
 *    REST handler (the job is queued and run at once, as in the admin), timed until `current` points
 *    at the new release and until the record says "live".
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import type { Payload, PayloadRequest } from 'payload'

import type { ImportedApplication, ImportedProcedure } from '../../cms/import/records'
import type { TemplateMasterProcedure } from '../../cms/import/formats/localityExcel'
import { rootDir } from '../../release/paths'
import { writeDocBlock } from './lib/docBlock'
import { codeVersion, describeMachine, today } from './lib/machine'
import { formatDuration, summarise } from './lib/stats'
import { adminMemoryEnv, adminNodeOptions } from '../lib/serverMemory'

const { values } = parseArgs({
  options: {
    postgres: { type: 'string' },
    procedures: { type: 'string', default: '3000' },
    localities: { type: 'string', default: '150' },
    applied: { type: 'string', default: '20000' },
    'write-doc': { type: 'boolean', default: false },
    'skip-publish': { type: 'boolean', default: false },
    // Keep the generated files in this folder, and reuse them if it holds them (quicker iteration).
    files: { type: 'string' },
    // Run the Payload process with Node's defaults rather than the admin server's memory settings.
    'node-defaults': { type: 'boolean', default: false },
  },
})
const settings = {
  procedures: Number(values.procedures),
  localities: Number(values.localities),
  applied: Number(values.applied),
}
const TARGET_MS = 60_000
const COMPLIANCE_RUNS = 10
const TARGET_RSS = 1024 ** 3
const log = (line: string) => console.log(line)
const pad = (n: number, width: number) => String(n).padStart(width, '0')
const mib = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MiB`
const peakRSS = () => process.resourceUsage().maxRSS * 1024
const load1 = () => os.loadavg()[0]!
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface Stage {
  name: string
  ms: number
  cpuMs: number
  peakRSS: number
  rss: number
  /** the highest of each figure of process.memoryUsage() sampled during the stage */
  memory?: MemorySample
  load: [number, number]
  note?: string
}

type MemorySample = Pick<NodeJS.MemoryUsage, 'rss' | 'heapUsed' | 'external' | 'arrayBuffers'>

/** Samples process.memoryUsage() every 100 ms (and at the end); returns the maximum of each. */
function sampleMemory(): () => MemorySample {
  const max: MemorySample = { rss: 0, heapUsed: 0, external: 0, arrayBuffers: 0 }
  const take = () => {
    const m = process.memoryUsage()
    for (const key of Object.keys(max) as (keyof MemorySample)[])
      max[key] = Math.max(max[key], m[key])
  }
  take()
  const timer = setInterval(take, 100)
  return () => {
    clearInterval(timer)
    take()
    return max
  }
}

interface RunResult {
  kind: 'sqlite' | 'postgres'
  version: string
  files: { json: number; xlsx: number; xlsxCount: number }
  stages: Stage[]
  release?: { pages: number | null; procedures: number | null; durationMs: number | null }
  error?: string
}

// ------------------------------------------------------------------------------------------------
// The data, deterministic: the variety of real national records (see scripts/bench/import.ts).

const SECTORS = Array.from({ length: 25 }, (_, i) => `Lĩnh vực đo nhập liệu ${i + 1}`)
const AGENCIES = Array.from({ length: 40 }, (_, i) => `Cơ quan thực hiện đo ${i + 1}`)
const LAWS = Array.from({ length: 60 }, (_, i) => ({
  number: `${i + 1}/2024/NĐ-CP`,
  title: i % 4 === 0 ? null : `Nghị định số ${i + 1} về thủ tục hành chính`,
}))
const none = { kind: 'none' as const, source: null }
const known = { kind: null, source: null }

async function procedureRecord(i: number): Promise<ImportedProcedure> {
  const { orderedListToLexical } = await import('../../cms/lib/lexical')
  const unknown = { kind: 'unknown' as const, source: `bench.json, bản ghi ${i + 1}` }
  const pick = <T>(list: T[], k: number) => list[(i * 7 + k * 3) % list.length]!
  const noAgency = i % 3 === 0
  const code = `${1 + (i % 2)}.${pad(200000 + i, 6)}`
  return {
    code,
    localCode: i % 5 === 0 ? `${code}.000.00.00.H92` : null,
    name: `Thủ tục đo nhập liệu số ${i + 1}`,
    validity: 'in-force',
    // 7 in 10 include the commune level, as in the master lists of the seed.
    levels: i % 10 < 7 ? ['commune'] : i % 10 === 7 ? ['province'] : ['province', 'commune'],
    sector: pick(SECTORS, 0),
    formalityType: i % 6 === 0 ? null : 'standard',
    onlineServiceLevel: i % 3 === 0 ? 'full' : i % 3 === 1 ? 'partial' : null,
    subjects: i % 8 === 0 ? [] : ['citizen'],
    subjectsGap: i % 8 === 0 ? unknown : known,
    description: null,
    agencies: {
      implementing: noAgency ? [] : [pick(AGENCIES, 0)],
      competent: i % 4 === 0 ? [pick(AGENCIES, 1)] : [],
      coordinating: [],
      authorised: [],
      implementingGap: noAgency ? unknown : known,
    },
    steps:
      i % 9 === 0
        ? null
        : orderedListToLexical([
            'Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định.',
            'Bước 2: Nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả.',
            'Bước 3: Nhận kết quả.',
          ]),
    stepsGap: i % 9 === 0 ? unknown : known,
    methods: [
      {
        channel: 'direct',
        processingTime: 3 + (i % 5),
        processingTimeUnit: 'working-day',
        description: null,
        processingTimeText: null,
        processingTimeGap: known,
        fees: i % 10 === 0 ? [{ amount: 20000, currency: 'VND', description: 'Lệ phí' }] : [],
        feesGap: i % 10 === 0 ? known : i % 8 === 3 ? unknown : none,
      },
      {
        channel: 'online',
        processingTime: i % 3 === 2 ? null : 3 + (i % 5),
        processingTimeUnit: i % 3 === 2 ? null : 'working-day',
        description: null,
        processingTimeText: null,
        processingTimeGap: i % 3 === 2 ? unknown : known,
        fees: [],
        feesGap: none,
      },
    ],
    methodsGap: known,
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai (theo mẫu)',
            description: null,
            originals: 1,
            copies: 0,
            required: true,
            form: null,
          },
          {
            name: 'Giấy tờ chứng minh (nếu có)',
            description: null,
            originals: 0,
            copies: 1,
            required: false,
            form: null,
          },
        ],
      },
      ...(i % 2 === 0
        ? [
            {
              name: 'Giấy tờ phải xuất trình',
              components: [
                {
                  name: 'Căn cước',
                  description: null,
                  originals: 1,
                  copies: 0,
                  required: true,
                  form: null,
                },
              ],
            },
          ]
        : []),
    ],
    dossierGap: known,
    results: i % 7 === 0 ? [] : [{ name: `Kết quả số ${i + 1}`, code: `KQ.G92.${pad(i, 6)}` }],
    resultsGap: i % 7 === 0 ? unknown : known,
    requirements: null,
    requirementsGap: i % 5 === 0 ? unknown : none,
    legalBasis: [pick(LAWS, 0), pick(LAWS, 1)].filter((v, k, a) => a.indexOf(v) === k),
    keywords: i % 4 === 0 ? ['nhập liệu'] : [],
    synonyms: [],
    relatedProcedures:
      i % 10 === 1
        ? [`${1 + ((i + 1) % 2)}.${pad(200000 + ((i + 1) % settings.procedures), 6)}`]
        : [],
  }
}

const communeCode = (c: number) => `92${pad(c + 1, 3)}`
const communeName = (c: number) => `Xã Đo Nhập Liệu ${c + 1}`

/** Which procedures each commune applies: `--applied` pairs over the commune-level procedures. */
function applicationsOf(procedures: ImportedProcedure[]): ImportedApplication[][] {
  const commune = procedures.filter((p) => p.levels.includes('commune'))
  const communes = settings.localities - 1
  const perLocality = Math.ceil(settings.applied / communes)
  let total = 0
  return Array.from({ length: communes }, (_, c) => {
    const rows: ImportedApplication[] = []
    for (
      let k = 0;
      k < perLocality && total < settings.applied && k < commune.length;
      k++, total++
    ) {
      const p = commune[(c * 13 + k) % commune.length]!
      rows.push({
        locality: communeCode(c),
        procedure: p.code,
        appliedFrom: '2026-07-01',
        applyingDecision: null,
        // Every master has a direct time in working days (3 to 7): 2 is always shorter.
        committedTime: k % 3 === 0 ? { value: 2, unit: 'working-day' } : null,
        receivingAddress: `Bộ phận một cửa, ${communeName(c)}`,
        officerInCharge: null,
        unitInCharge: k % 2 ? 'Công chức Tư pháp – Hộ tịch' : null,
        onlineServiceUrl: null,
        localNotes: k % 10 === 0 ? 'Tiếp nhận hồ sơ cả sáng thứ Bảy.' : null,
      })
    }
    return rows
  })
}

// ------------------------------------------------------------------------------------------------
// One database, in its own process.

async function stage(stages: Stage[], name: string, body: () => Promise<string | void>) {
  const load0 = load1()
  const cpu0 = process.cpuUsage()
  const start = performance.now()
  log(`  ${name}…`)
  const stopSampling = sampleMemory()
  const note = await body()
  const memory = stopSampling()
  const ms = performance.now() - start
  const cpu = process.cpuUsage(cpu0)
  const done: Stage = {
    name,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRSS: peakRSS(),
    rss: process.memoryUsage().rss,
    memory,
    load: [load0, load1()],
    ...(note ? { note } : {}),
  }
  stages.push(done)
  log(
    `  ${name}: ${formatDuration(ms)} (CPU ${formatDuration(done.cpuMs)}, RSS ${mib(done.rss)}, peak ${mib(done.peakRSS)}, ${memoryNote(memory)}, load ${done.load.map((l) => l.toFixed(1)).join(' → ')})${note ? `; ${note}` : ''}`,
  )
  if (process.env.BENCH_HEAP_SNAPSHOTS) {
    const { writeHeapSnapshot } = await import('node:v8')
    const file = path.join(process.env.BENCH_HEAP_SNAPSHOTS, `${stages.length}.heapsnapshot`)
    writeHeapSnapshot(file)
    log(`    heap snapshot ${file}`)
  }
}

const memoryNote = (m: MemorySample | undefined) =>
  m
    ? `max heap ${mib(m.heapUsed)}, external ${mib(m.external)} (array buffers ${mib(m.arrayBuffers)})`
    : ''

function progressLog(label: string) {
  let last = 0
  return (done: number, total: number) => {
    if (performance.now() - last < 5000 && done < total) return
    last = performance.now()
    log(
      `    ${label}: ${done}/${total} (${Math.round((100 * done) / total)} %), RSS ${mib(process.memoryUsage().rss)}`,
    )
  }
}

const JSON_NAME = 'danh-muc-tinh.json'

/** The files an officer would import, in `workDir`. */
async function generateFiles(
  workDir: string,
): Promise<{ stage: Stage; files: RunResult['files'] }> {
  const { writePortalJson } = await import('../../cms/export/portalJson')
  const { writeLocalityTemplate } = await import('../../cms/import/formats/localityExcel')
  const stages: Stage[] = []
  const files: RunResult['files'] = { json: 0, xlsx: 0, xlsxCount: 0 }
  await stage(
    stages,
    'files: generate the JSON and the locality XLSX (a process of its own)',
    async () => {
      const records = await Promise.all(
        Array.from({ length: settings.procedures }, (_, i) => procedureRecord(i)),
      )
      const json = writePortalJson(records)
      fs.writeFileSync(path.join(workDir, JSON_NAME), json)
      files.json = Buffer.byteLength(json)
      const master: TemplateMasterProcedure[] = records
        .filter((r) => r.levels.includes('commune'))
        .map((r) => ({
          code: r.code,
          name: r.name,
          sector: r.sector,
          methods: r.methods.map((m) => ({
            channel: m.channel,
            processingTime: m.processingTime,
            processingTimeUnit: m.processingTimeUnit,
            processingTimeText: m.processingTimeText,
          })),
        }))
      const names = new Map(records.map((r) => [r.code, r.name]))
      for (const [c, rows] of applicationsOf(records).entries()) {
        const bytes = await writeLocalityTemplate({
          locality: { name: communeName(c), code: communeCode(c) },
          applications: rows.map((r) => ({ ...r, procedureName: names.get(r.procedure) ?? null })),
          master,
        })
        fs.writeFileSync(path.join(workDir, `xa-${communeCode(c)}.xlsx`), bytes)
        files.xlsx += bytes.length
        files.xlsxCount++
      }
      return `JSON ${mib(files.json)}, ${files.xlsxCount} XLSX ${mib(files.xlsx)}`
    },
  )
  return { stage: stages[0]!, files }
}

/** Files generated by an earlier run with `--files`: their sizes, no stage of their own. */
function reusedFiles(workDir: string): { stage: Stage; files: RunResult['files'] } {
  const xlsx = fs.readdirSync(workDir).filter((f) => f.endsWith('.xlsx') && f.startsWith('xa-'))
  const size = (f: string) => fs.statSync(path.join(workDir, f)).size
  const files = {
    json: size(JSON_NAME),
    xlsx: xlsx.reduce((n, f) => n + size(f), 0),
    xlsxCount: xlsx.length,
  }
  const stage: Stage = {
    name: 'files: reused from an earlier run (--files)',
    ms: 0,
    cpuMs: 0,
    peakRSS: 0,
    rss: 0,
    load: [load1(), load1()],
    note: `JSON ${mib(files.json)}, ${files.xlsxCount} XLSX ${mib(files.xlsx)}`,
  }
  return { stage, files }
}

async function runOne(kind: 'sqlite' | 'postgres', workDir: string): Promise<RunResult> {
  const { getPayload, createLocalReq } = await import('payload')
  const { buildAppConfig } = await import('../../cms/buildAppConfig')
  const { createBenchDatabase, databaseVersion, stopBenchPayload } = await import('./lib/database')
  const { migrations: sqliteMigrations } = await import('../../cms/migrations/sqlite')
  const { migrations: postgresMigrations } = await import('../../cms/migrations/postgres')
  const { readImport } = await import('../../cms/import/readImport')
  const { createPlannedSet, writeChangeSet } = await import('../../cms/import/changeSet/changeSet')
  const { transitionChangeSet } = await import('../../cms/collections/ChangeSets/transition')
  const { exportProcedures } = await import('../../cms/export/exportProcedures')
  const { currentReleaseId } = await import('../../release/releaseStore')
  const { restClient } = await import('../../tests/helpers/rest')

  const stages: Stage[] = []
  const result: RunResult = {
    kind,
    version: kind,
    files: { json: 0, xlsx: 0, xlsxCount: 0 },
    stages,
  }
  const database = await createBenchDatabase(kind)
  let payload: Payload | undefined
  try {
    log(`[${kind}] fresh database ${database.label}`)
    const config = buildAppConfig({
      databaseURI: database.uri,
      secret: 'bench-secret-not-for-production-use',
    })
    // The default key: the REST handlers find this same instance.
    payload = await getPayload({ config })
    await payload.db.migrate({
      migrations: (kind === 'sqlite' ? sqliteMigrations : postgresMigrations) as never,
    })
    const p = payload
    result.version = await databaseVersion(p, kind)

    // Localities first, with codes (an import never creates them), and the people of the review.
    await stage(stages, 'setup: localities and users (Local API)', async () => {
      const province = await p.create({
        collection: 'localities',
        data: { name: 'Tỉnh Đo Nhập Liệu', unitType: 'province', code: '92' },
      })
      for (let c = 0; c < settings.localities - 1; c++)
        await p.create({
          collection: 'localities',
          data: {
            name: communeName(c),
            unitType: c % 5 === 3 ? 'ward' : 'commune',
            code: communeCode(c),
            parent: province.id,
          },
        })
    })
    const PASSWORD = 'bench-mat-khau-2026'
    const user = (email: string, roles: string[]) =>
      p.create({
        collection: 'users',
        data: { email, password: PASSWORD, name: email.split('@')[0], roles } as never,
      })
    const legal = await user('phapche@bench.vn', ['legal-officer'])
    const approver = await user('pheduyet@bench.vn', ['approver'])
    const publisher = await user('xuatban@bench.vn', ['publisher'])
    // A legal officer's set may plan every locality's applied procedures, but writing them is
    // refused (they are the localities' documents): one set for all of them takes an administrator.
    const admin = await user('quantri@bench.vn', ['admin'])
    const reqOf = (u: typeof legal) =>
      createLocalReq({ user: { ...u, collection: 'users' } as never }, p) as Promise<PayloadRequest>

    // 1. The files, written by the parent process (an officer's computer, not the server).
    const jsonFile = path.join(workDir, JSON_NAME)
    const xlsxFiles = fs
      .readdirSync(workDir)
      .filter((f) => f.endsWith('.xlsx') && f.startsWith('xa-'))
      .sort()
      .map((f) => path.join(workDir, f))

    const inputsOf = (files: string[]) =>
      files.map((file) => ({
        name: path.basename(file),
        file: path.basename(file),
        bytes: new Uint8Array(fs.readFileSync(file)),
      }))

    /** read, plan, write, submit, approve, publish: one set. */
    const importSet = async (label: string, files: string[], author: typeof legal) => {
      const inputs = inputsOf(files)
      await stage(stages, `${label}: read (readImport)`, async () => {
        const set = await readImport(inputs.map(({ file, bytes }) => ({ file, bytes })))
        const errors = set.issues.filter((i) => i.severity === 'error').length
        if (errors) throw new Error(`${errors} errors reading: ${set.issues[0]?.message}`)
        return `${set.procedures.length} procedures, ${set.applications.length} applied procedures, ${set.issues.length} warnings`
      })
      const authorReq = await reqOf(author)
      let id = ''
      await stage(stages, `${label}: plan (createPlannedSet, reads again)`, async () => {
        const { doc, planned } = await createPlannedSet(authorReq, {
          inputs: inputs.map(({ name, bytes }) => ({ name, bytes })),
          locality: null,
        })
        id = String(doc.id)
        const c = planned.plan.counts
        if (c.errors)
          throw new Error(
            `plan has ${c.errors} errors: ${planned.plan.issues.find((i) => i.severity === 'error')?.message}`,
          )
        return `${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.absent} absent, ${c.warnings} warnings`
      })
      await stage(stages, `${label}: write (writeChangeSet)`, async () => {
        const { plan } = await writeChangeSet(await reqOf(author), id, progressLog('write'))
        return `${plan.items.length} items`
      })
      for (const [action, who] of [
        ['submit', author],
        ['approve', approver],
        ['publish', publisher],
      ] as const)
        await stage(stages, `${label}: ${action} (set transition)`, async () => {
          const { afterCommit, message } = await transitionChangeSet(await reqOf(who), id, {
            action,
          })
          afterCommit()
          return message.split('.')[0]
        })
    }

    log(`[${kind}] province set`)
    await importSet('province set', [jsonFile], legal)
    log(`[${kind}] locality set`)
    await importSet(`locality set (${xlsxFiles.length} files)`, xlsxFiles, admin)

    for (const format of ['portal-json', 'xlsx'] as const)
      await stage(stages, `export: exportProcedures → ${format}`, async () => {
        const report = await exportProcedures(p, {
          format,
          file: path.join(workDir, `xuat.${format === 'xlsx' ? 'xlsx' : 'json'}`),
        })
        const errors = report.readBack.filter((i) => i.severity === 'error').length
        return `${report.procedures} procedures, ${mib(fs.statSync(report.file).size)}${errors ? `, ${errors} read-back errors` : ''}`
      })

    if (!values['skip-publish']) {
      const rest = restClient(config)
      const token = await rest.login('xuatban@bench.vn', PASSWORD)
      let recordID = ''
      let switched = 0
      const started = performance.now()
      await stage(stages, 'province publish: click → current switched', async () => {
        const before = await currentReleaseId()
        const response = await rest.request('POST', '/releases/publish', { token, body: {} })
        if (response.status !== 202)
          throw new Error(`publish refused: ${response.status} ${await response.text()}`)
        recordID = ((await response.json()) as { doc: { id: string } }).doc.id
        for (;;) {
          if ((await currentReleaseId()) !== before) break
          const record = await p.findByID({ collection: 'releases', id: recordID, depth: 0 })
          if (record.state === 'failed') throw new Error(`publish failed: ${record.error}`)
          await sleep(100)
        }
        switched = performance.now() - started
      })
      for (;;) {
        const record = await p.findByID({ collection: 'releases', id: recordID, depth: 0 })
        if (record.state === 'failed') throw new Error(`publish failed: ${record.error}`)
        if (record.state === 'live') {
          result.release = {
            pages: record.counts?.pages ?? null,
            procedures: record.counts?.procedures ?? null,
            durationMs: record.durationMs ?? null,
          }
          stages[stages.length - 1]!.note =
            `record "live" after ${formatDuration(performance.now() - started)} (switch at ${formatDuration(switched)}); ${record.counts?.pages ?? '?'} pages; the job's own duration ${formatDuration(record.durationMs ?? 0)}`
          break
        }
        await sleep(100)
      }
    }

    // The compliance overview on the province just imported (issue 13, item 4: ≤ 1 s).
    const { complianceReport, COMPLIANCE_CHECKS } =
      await import('../../cms/views/Compliance/checks')
    const { complianceScope } = await import('../../cms/views/Compliance/scope')
    const commune = (
      await p.find({ collection: 'localities', where: { tier: { equals: 'commune' } }, limit: 1 })
    ).docs[0]!
    for (const [who, reader] of [
      ['a province legal officer', legal],
      [`the officer of ${commune.name}`, { roles: ['locality-officer'], localities: [commune.id] }],
    ] as const) {
      const scope = complianceScope(reader as never)!
      // Where the time goes: each check once, on its own.
      for (const check of COMPLIANCE_CHECKS) {
        const started = performance.now()
        await check({ payload: p, scope, now: new Date() })
        log(`    ${check.name}: ${formatDuration(performance.now() - started)}`)
      }
      const samples: number[] = []
      let lines = 0
      await stage(stages, `compliance overview: ${who}, ${COMPLIANCE_RUNS} runs`, async () => {
        for (let i = 0; i < COMPLIANCE_RUNS + 1; i++) {
          const started = performance.now()
          lines = (await complianceReport({ payload: p, scope, now: new Date() })).length
          // The first run is not counted: it warms the statement caches.
          if (i > 0) samples.push(performance.now() - started)
        }
        const s = summarise(samples)
        return `${lines} lines; p50 ${formatDuration(s.p50)}, p95 ${formatDuration(s.p95)}, max ${formatDuration(s.max)} (target ≤ 1 s: ${s.p95 <= 1000 ? 'met' : 'not met'})`
      })
    }
  } catch (error) {
    result.error = (error as Error).stack ?? String(error)
    log(`[${kind}] FAILED: ${result.error}`)
  } finally {
    await stopBenchPayload(payload, database)
  }
  return result
}

// ------------------------------------------------------------------------------------------------
// The report.

/** What the officer waits for: the plan (which reads the files itself) and the write. */
const IMPORT_STAGES = /: (plan|write) \(/

function report(runs: RunResult[]): string {
  const machine = describeMachine()
  const scale = `${settings.procedures.toLocaleString('en')} procedures, ${settings.applied.toLocaleString('en')} applied procedures, ${settings.localities} localities`
  const lines = [
    `### ${today()} – ${runs.map((r) => (r.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL')).join(', ')} – ${scale}`,
    '',
    `- **Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM; Node ${machine.node}; ${machine.os}.`,
    `- **Code:** ${codeVersion(rootDir)}.`,
    `- **Payload process:** ${values['node-defaults'] ? 'Node’s defaults (`--node-defaults`)' : `\`${adminNodeOptions()}\`, \`MALLOC_ARENA_MAX=2\`, as \`npm start\` runs the admin server (\`scripts/lib/serverMemory.ts\`)`}; memory sampled every 100 ms (\`process.memoryUsage()\`), the highest heap used and external memory of each stage shown.`,
    `- **Databases:** ${runs.map((r) => r.version).join('; ')}; each fresh, with the committed migrations, in a process of its own.`,
    `- **Data:** 1 province and ${settings.localities - 1} communes (Local API, with codes); a legal officer, an approver, a publisher, an administrator. Files: the national JSON of ${settings.procedures.toLocaleString('en')} procedures (25 sectors, 40 agencies, 60 legal texts, all new to the catalogue; parts unknown with their source in about a third), ${runs[0]?.files.xlsxCount ?? '?'} locality XLSX templates with ${settings.applied.toLocaleString('en')} applied procedures (${runs.map((r) => `${r.kind}: JSON ${mib(r.files.json)}, XLSX ${mib(r.files.xlsx)}`).join('; ')}).`,
    '- **Method:** one change set for the province (the JSON), then one change set of the province scope for all the locality files, by an administrator: the province scope plans every locality’s rows, but a legal officer’s write of applied procedures is refused (they belong to the localities), and per-locality sets by each locality’s officer would re-read the whole catalogue 149 times. Each stage timed on its own: `readImport`; `createPlannedSet` (reads the files again, plans, stores the set); `writeChangeSet` (one transaction); submit, approve, publish through `transitionChangeSet` by three different people; `exportProcedures`; a province publish through the REST handler, from the request to `current` switched. Peak RSS: the process maximum so far (getrusage), start-up included. Load: 1-minute average before → after. Targets: the import (plan, which reads the files, and write, of both sets) ≤ 60 s; the process under 1 GiB.',
    '',
  ]
  for (const r of runs) {
    const importMs = r.stages
      .filter((s) => IMPORT_STAGES.test(s.name))
      .reduce((n, s) => n + s.ms, 0)
    const maxRSS = Math.max(
      0,
      ...r.stages.filter((s) => !s.name.startsWith('files:')).map((s) => s.peakRSS),
    )
    lines.push(
      `**${r.kind}**: import (plan + write, both sets) **${formatDuration(importMs)}**, ${importMs <= TARGET_MS ? 'met' : '**not met**'}; peak RSS **${mib(maxRSS)}**, ${maxRSS <= TARGET_RSS ? 'met' : '**not met**'}.${r.error ? ` **Failed:** ${r.error.split('\n')[0]}` : ''}`,
      '',
      '| Stage | Wall time | CPU time | RSS at the end | peak RSS so far | max heap used / external (sampled) | load (1 min) | what |',
      '| --- | --: | --: | --: | --: | --: | --- | --- |',
      ...r.stages.map(
        (s) =>
          `| ${s.name} | ${formatDuration(s.ms)} | ${formatDuration(s.cpuMs)} | ${mib(s.rss)} | ${mib(s.peakRSS)} | ${s.memory ? `${mib(s.memory.heapUsed)} / ${mib(s.memory.external)}` : ''} | ${s.load.map((l) => l.toFixed(1)).join(' → ')} | ${(s.note ?? '').replace(/\|/g, '/')} |`,
      ),
      '',
    )
  }
  return lines.join('\n').trimEnd()
}

// ------------------------------------------------------------------------------------------------

const child = process.env.BENCH_PIPELINE_CHILD as 'sqlite' | 'postgres' | undefined
if (child) {
  const result = await runOne(child, process.env.BENCH_PIPELINE_WORK!)
  fs.writeFileSync(process.env.BENCH_PIPELINE_RESULT!, JSON.stringify(result))
  process.exit(0)
}

const kind = values.postgres ? 'postgres' : 'sqlite'
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-bench-pipeline-'))
try {
  const work = values.files ? path.resolve(values.files) : path.join(temp, 'files')
  fs.mkdirSync(work, { recursive: true })
  const resultFile = path.join(temp, 'result.json')
  const generated = fs.existsSync(path.join(work, JSON_NAME))
    ? reusedFiles(work)
    : await generateFiles(work)
  execFileSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        BENCH_PIPELINE_CHILD: kind,
        BENCH_PIPELINE_WORK: work,
        BENCH_PIPELINE_RESULT: resultFile,
        ...(values.postgres ? { BENCH_POSTGRES_URL: values.postgres } : {}),
        // The memory settings `npm start` gives the admin server (scripts/lib/serverMemory.ts).
        ...(values['node-defaults']
          ? {}
          : {
              ...adminMemoryEnv(),
              NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${adminNodeOptions()}`.trim(),
            }),
        DATA_DIR: path.join(temp, 'data'),
        RELEASES_DIR: path.join(temp, 'releases'),
        SITE_URL: process.env.SITE_URL ?? 'https://thutuc.example.gov.vn',
        RELEASES_KEEP: '2',
        PUBLISH_ON_START: '0',
      },
    },
  )
  const result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as RunResult
  result.files = generated.files
  // Its peak is the parent's, not the importing process's: the import's peak is over the rest.
  result.stages.splice(1, 0, generated.stage)
  const section = report([result])
  console.log(`\n${section}\n`)
  if (values['write-doc'])
    writeDocBlock({
      heading: '## Import pipeline at province scale',
      intro:
        "`npm run bench:import-pipeline -- --write-doc` (`scripts/bench/import-pipeline.ts`; `--postgres <url>` for PostgreSQL) runs an officer's import from the files to the public site and replaces the block of the same database and scale.",
      key: `import-pipeline ${kind} ${settings.procedures}/${settings.applied}/${settings.localities}${values['node-defaults'] ? ' node-defaults' : ''}`,
      section,
    })
  process.exitCode = result.error ? 1 : 0
} finally {
  fs.rmSync(temp, { recursive: true, force: true })
}
