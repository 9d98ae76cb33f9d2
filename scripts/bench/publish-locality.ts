/**
 * npm run bench:publish -- [--runs 3] [--locality xa-na-son] [--localities 100] [--per-locality 150]
 *   [--procedures 200] [--demo-runs 3] [--skip-province] [--skip-demo] [--no-wait] [--write-doc]
 *
 * How long a locality publish takes from "Xuất bản" to live, measured on the pipeline's own code.
 *
 * 1. Province scale (no database): the synthetic province of tests/tooling/syntheticSnapshot.ts
 *    (100 localities × 150 applied procedures) is built whole once, as the live base release
 *    (`stageProvinceRelease`, the full publish's build). Then, `--runs` times, one locality's
 *    local note is changed in the snapshot and the locality is published on top of the live
 *    release as the job does after its export: `writeSnapshot` → `stageLocalityRelease` (Astro
 *    build of that locality with its Pagefind index, hard-linked release directory, link checks,
 *    manifest) → `switchCurrent`. Each run checks the new note is live.
 * 2. Demo database (`npm run seed` data, on a fresh SQLite file in a temporary directory): the
 *    exporter alone (`exportSnapshot`, as `npm run export` runs it), then click to live through the
 *    real REST handler: POST /api/releases/publish as the publisher → Payload job → export →
 *    build → switch, timed from the request to the moment `current` points at the new release
 *    (what citizens see) and to the moment the release record says "live".
 *
 * Other people's processes share the CPUs: before each part the bench waits for the 1-minute
 * load average to drop below BENCH_MAX_LOAD (default 1.5), at most BENCH_IDLE_WAIT seconds
 * (default 300; --no-wait skips), and records the load around every run.
 * --write-doc replaces the block between the bench:publish markers in docs/benchmarks.md.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import {
  contentHash,
  parseSnapshot,
  type Snapshot,
  type SnapshotContent,
} from '../../content-schemas'
import { LocalityReleaseError, stageLocalityRelease } from '../../release/localityRelease'
import { stageProvinceRelease } from '../../cms/publication/publishRelease'
import {
  currentReleaseId,
  pruneReleases,
  releaseDir,
  switchCurrent,
} from '../../release/releaseStore'
import { writeSnapshot } from '../../release/writeSnapshot'
import { rootDir } from '../../cms/lib/paths'
import { syntheticSnapshot, writeSyntheticSnapshot } from '../../tests/tooling/syntheticSnapshot'
import { startDemoPayload } from './lib/demoPayload'
import { describeMachine, loadAverages, today, waitForIdle } from './lib/machine'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'demo-runs': { type: 'string', default: '3' },
    locality: { type: 'string' },
    localities: { type: 'string' },
    'per-locality': { type: 'string' },
    procedures: { type: 'string' },
    'skip-province': { type: 'boolean', default: false },
    'skip-demo': { type: 'boolean', default: false },
    'no-wait': { type: 'boolean', default: false },
    'write-doc': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
})
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v))
const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-bench-publish-'))
process.env.SITE_URL ??= 'https://thutuc.example.gov.vn'
process.env.RELEASES_KEEP ??= '3'

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const MB = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const loadAverage = () => loadAverages().join(' ')
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const spread = (xs: number[]) =>
  `${seconds(median(xs))} (${seconds(Math.min(...xs))}–${seconds(Math.max(...xs))})`

async function waitUntilIdle(): Promise<string> {
  if (values['no-wait']) return `not waited for (--no-wait); load ${loadAverage()}`
  const maxLoad = Number(process.env.BENCH_MAX_LOAD ?? 1.5)
  const { load, waitedMs, idle } = await waitForIdle({
    maxLoad,
    maxWaitMs: Number(process.env.BENCH_IDLE_WAIT ?? 300) * 1000,
  })
  const waited = Math.round(waitedMs / 1000)
  return idle
    ? `load ${load.join(' ')} after waiting ${waited} s for it to drop below ${maxLoad}`
    : `load ${load.join(' ')}: still ≥ ${maxLoad} after waiting ${waited} s`
}

/** Bytes on disk of a release that no other release shares with it (its own new files). */
function diskUse(
  dir: string,
  against?: string,
): { all: number; own: number; files: number; shared: number } {
  const inodes = (root: string) => {
    const map = new Map<number, number>()
    for (const rel of fs.readdirSync(root, { recursive: true }) as string[]) {
      const stat = fs.lstatSync(path.join(root, rel))
      if (stat.isFile()) map.set(stat.ino, stat.size)
    }
    return map
  }
  const mine = inodes(dir)
  const theirs = against ? inodes(against) : new Map<number, number>()
  let all = 0
  let own = 0
  let shared = 0
  for (const [ino, size] of mine) {
    all += size
    if (theirs.has(ino)) shared++
    else own += size
  }
  return { all, own, files: mine.size, shared }
}

const say = (line: string) => console.log(line)

// --------------------------------------------------------------------------- province scale

interface ProvinceRun {
  total: number
  writeSnapshot: number
  build: number
  astroRender: number | null
  pagefind: number | null
  assemble: number
  check: number
  manifestAndRename: number
  switch: number
  pages: number
  carried: number
  carriedBy: string
  ownBytes: number
  load: string
}

async function provinceScale() {
  process.env.RELEASES_DIR = path.join(tempRoot, 'province-releases')
  const options = {
    localities: num(values.localities),
    proceduresPerLocality: num(values['per-locality']),
    procedures: num(values.procedures),
  }
  const s0 = path.join(tempRoot, 'province-snapshot')
  const written = writeSyntheticSnapshot(s0, options)
  const { snapshot: base } = syntheticSnapshot(options)
  const slug =
    values.locality ??
    (base.localities.some((l) => l.slug === 'xa-na-son')
      ? 'xa-na-son'
      : base.localities.find((l) => base.localCatalogues.some((c) => c.localityId === l.id))!.slug)
  const locality = base.localities.find((l) => l.slug === slug)
  if (!locality) throw new Error(`No locality "${slug}" in the synthetic province`)
  const c = written.counts
  say(
    `Synthetic province: ${c.localities - 1} localities, ${c.procedures} procedures, ${c.applications} applications, ${c.files} files; snapshot.json ${MB(written.snapshotBytes)}. Locality published: ${locality.name} (${slug}).`,
  )

  const idle = await waitUntilIdle()
  let started = performance.now()
  const baseId = base.metadata.releaseId
  await stageProvinceRelease({
    snapshotDir: s0,
    releaseId: baseId,
    contentHash: base.metadata.contentHash,
    createdAt: base.metadata.generatedAt,
  })
  await switchCurrent(baseId)
  const fullMs = performance.now() - started
  const fullDisk = diskUse(releaseDir(baseId))
  say(
    `Base: full province build ${seconds(fullMs)} (${idle}); release ${fullDisk.files} files, ${MB(fullDisk.all)}.`,
  )

  const runs: ProvinceRun[] = []
  const count = Number(values.runs)
  for (let i = 1; i <= count; i++) {
    // The content a locality officer changed: a local note of one applied procedure.
    const note = `Lần đo ${i}: tiếp nhận hồ sơ cả sáng thứ Bảy (${new Date().toISOString()})`
    const { metadata, ...content } = structuredClone(base)
    const catalogue = content.localCatalogues.find((cat) => cat.localityId === locality.id)!
    catalogue.applications[0] = { ...catalogue.applications[0], localNotes: note }
    const now = new Date(Date.now() + i) // distinct IDs even within one millisecond
    const hash = contentHash(content as SnapshotContent)
    const snapshot: Snapshot = parseSnapshot({
      ...content,
      metadata: {
        ...metadata,
        releaseId: `${now.toISOString().replace(/[:.]/g, '-')}-${hash.slice(0, 8)}`,
        generatedAt: now.toISOString(),
        contentHash: hash,
      },
    })
    const procedure = snapshot.procedures.find(
      (p) => p.code === catalogue.applications[0].procedureCode,
    )!
    const previous = (await currentReleaseId())!
    const load = loadAverage()

    // What the job does after its export, timed step by step.
    started = performance.now()
    const dir = path.join(tempRoot, `province-snapshot-${i}`)
    await writeSnapshot(
      {
        snapshot,
        files: snapshot.files.map((f) => ({ source: path.join(s0, f.path), target: f.path })),
      },
      dir,
    )
    const wroteMs = performance.now() - started
    const staged = await stageLocalityRelease({
      snapshotDir: dir,
      releaseId: snapshot.metadata.releaseId,
      contentHash: hash,
      createdAt: snapshot.metadata.generatedAt,
      locality: { id: locality.id, slug: locality.slug, name: locality.name },
      baseReleaseId: previous,
    })
    const stagedAt = performance.now()
    await switchCurrent(staged.releaseId)
    const total = performance.now() - started
    const switchMs = performance.now() - stagedAt

    const live = fs.readFileSync(
      path.join(
        process.env.RELEASES_DIR!,
        'current',
        'dia-phuong',
        slug,
        'thu-tuc',
        procedure.slug,
        'index.html',
      ),
      'utf8',
    )
    if (!live.includes(note.split(' (')[0]))
      throw new Error(`Run ${i}: the new note is not on the live page`)
    const rendered = /(\d+) page\(s\) built in ([\d.]+)s/.exec(staged.buildLog)
    const index = /Chỉ mục tìm kiếm: [^,]+, (\d+) ms/.exec(staged.buildLog)
    const disk = diskUse(releaseDir(staged.releaseId), releaseDir(previous))
    runs.push({
      total,
      writeSnapshot: wroteMs,
      build: staged.timings.buildMs,
      astroRender: rendered ? Number(rendered[2]) * 1000 : null,
      pagefind: index ? Number(index[1]) : null,
      assemble: staged.timings.assembleMs,
      check: staged.timings.checkMs,
      manifestAndRename:
        stagedAt -
        started -
        wroteMs -
        staged.timings.buildMs -
        staged.timings.assembleMs -
        staged.timings.checkMs,
      switch: switchMs,
      pages: staged.pagesBuilt,
      carried: disk.shared,
      carriedBy: staged.carriedBy,
      ownBytes: disk.own,
      load: `${load} → ${loadAverage()}`,
    })
    console.log(
      `  run ${i}: ${seconds(total)} (build ${seconds(staged.timings.buildMs)}, assemble ${seconds(staged.timings.assembleMs)}, check ${seconds(staged.timings.checkMs)})`,
    )
    await pruneReleases(Number(process.env.RELEASES_KEEP))
    fs.rmSync(dir, { recursive: true, force: true })
  }

  // A refusal at the same scale: the locality stops applying a procedure the province pages link
  // to, so the carried-over pages are scanned (the check a normal run skips) and nothing changes.
  const { metadata, ...content } = structuredClone(base)
  const catalogue = content.localCatalogues.find((cat) => cat.localityId === locality.id)!
  catalogue.applications = catalogue.applications.slice(1)
  const hash = contentHash(content as SnapshotContent)
  const now = new Date()
  const snapshot = parseSnapshot({
    ...content,
    metadata: {
      ...metadata,
      releaseId: `${now.toISOString().replace(/[:.]/g, '-')}-${hash.slice(0, 8)}`,
      generatedAt: now.toISOString(),
      contentHash: hash,
    },
  })
  const live = (await currentReleaseId())!
  const dir = path.join(tempRoot, 'province-snapshot-refused')
  started = performance.now()
  await writeSnapshot(
    {
      snapshot,
      files: snapshot.files.map((f) => ({ source: path.join(s0, f.path), target: f.path })),
    },
    dir,
  )
  let refusal: LocalityReleaseError | null = null
  try {
    await stageLocalityRelease({
      snapshotDir: dir,
      releaseId: snapshot.metadata.releaseId,
      contentHash: hash,
      createdAt: snapshot.metadata.generatedAt,
      locality: { id: locality.id, slug: locality.slug, name: locality.name },
      baseReleaseId: live,
    })
  } catch (error) {
    if (!(error instanceof LocalityReleaseError)) throw error
    refusal = error
  }
  const refusedMs = performance.now() - started
  if (
    !refusal ||
    (await currentReleaseId()) !== live ||
    fs.existsSync(releaseDir(snapshot.metadata.releaseId))
  )
    throw new Error('the refusal did not happen cleanly')
  fs.rmSync(dir, { recursive: true, force: true })
  return { fullMs, fullDisk, runs, locality, refusedMs, refusal: refusal.message.split('\n')[0] }
}

// ------------------------------------------------------------------------------ demo database

async function demoDatabase() {
  const { exportSnapshot } = await import('../../cms/publication/exportSnapshot')
  const {
    payload,
    rest,
    password: DEMO_PASSWORD,
  } = await startDemoPayload({
    dataDir: path.join(tempRoot, 'demo-data'),
    releasesDir: path.join(tempRoot, 'demo-releases'),
  })
  try {
    // The exporter on its own.
    const idle = await waitUntilIdle()
    const exportTimes: number[] = []
    const writeTimes: number[] = []
    let last: Awaited<ReturnType<typeof exportSnapshot>> | null = null
    for (let i = 0; i < 5; i++) {
      let started = performance.now()
      last = await exportSnapshot(payload)
      exportTimes.push(performance.now() - started)
      started = performance.now()
      await writeSnapshot(last, path.join(tempRoot, `demo-snapshot-${i}`))
      writeTimes.push(performance.now() - started)
    }
    const applications = last!.snapshot.localCatalogues.reduce(
      (n, c) => n + c.applications.length,
      0,
    )
    say(
      `Demo database (SQLite): ${last!.snapshot.procedures.length} procedures, ${last!.snapshot.localCatalogues.length} local catalogues, ${applications} applications, ${last!.files.length} files; ${idle}.`,
    )

    const token = await rest.login('xuatban@demo.gov.vn', DEMO_PASSWORD)
    const clickToLive = async (body: Record<string, unknown>) => {
      const before = await currentReleaseId()
      const load = loadAverage()
      const started = performance.now()
      const response = await rest.request('POST', '/releases/publish', { token, body })
      const answered = performance.now() - started
      if (response.status !== 202)
        throw new Error(`publish refused: ${response.status} ${await response.text()}`)
      const { doc } = (await response.json()) as { doc: { id: string } }
      let switched = 0
      for (;;) {
        if ((await currentReleaseId()) !== before && !switched)
          switched = performance.now() - started
        const record = await payload.findByID({ collection: 'releases', id: doc.id, depth: 0 })
        if (record.state === 'failed') throw new Error(`publish failed: ${record.error}`)
        if (record.state === 'live') {
          return {
            answered,
            switched: switched || performance.now() - started,
            recorded: performance.now() - started,
            record,
            load: `${load} → ${loadAverage()}`,
          }
        }
        await sleep(20)
      }
    }

    const province = await clickToLive({})
    say(
      `Demo base: province publish click to live ${seconds(province.switched)} (record live at ${seconds(province.recorded)}).`,
    )

    const town = (
      await payload.find({
        collection: 'localities',
        where: { slug: { equals: 'thi-tran-dien-bien-dong' } },
        limit: 1,
        depth: 0,
      })
    ).docs[0]
    const applied = (
      await payload.find({
        collection: 'applied-procedures',
        where: { and: [{ locality: { equals: town.id } }, { _status: { equals: 'published' } }] },
        limit: 1,
        depth: 0,
      })
    ).docs[0]
    const localRuns: Awaited<ReturnType<typeof clickToLive>>[] = []
    for (let i = 1; i <= Number(values['demo-runs']); i++) {
      await payload.update({
        collection: 'applied-procedures',
        id: applied.id,
        data: { localNotes: `Lần đo ${i}: tiếp nhận hồ sơ cả sáng thứ Bảy` },
      })
      const run = await clickToLive({ locality: town.id })
      if (run.record.scope !== 'locality' || !run.record.log?.includes('Đã dựng'))
        throw new Error('not a locality release')
      localRuns.push(run)
      console.log(`  demo locality run ${i}: live after ${seconds(run.switched)}`)
    }
    return { exportTimes, writeTimes, province, localRuns, town: town.name }
  } finally {
    await payload.destroy()
  }
}

// ------------------------------------------------------------------------------------- report

const machine = describeMachine()
const date = today()
const lines: string[] = []
lines.push(`### ${date} – locality publish`, '')
lines.push(
  `- **Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM; Node ${machine.node}; ${machine.os}.`,
)
lines.push(
  `- **Load at the start:** ${loadAverage()} (1, 5, 15 minutes); other people's work shares the CPUs.`,
)

try {
  if (!values['skip-province']) {
    const p = await provinceScale()
    const r = p.runs
    const pick = (key: keyof ProvinceRun) => r.map((x) => x[key] as number)
    lines.push(
      `- **Province scale:** synthetic province (\`tests/tooling/syntheticSnapshot.ts\`, seed 1), ${r[0].carried.toLocaleString('en')} files carried over per locality release (${r[0].carriedBy}); ` +
        `${p.locality.name} (${r[0].pages} pages) published ${r.length} times on top of the live release; load per run: ${r.map((x) => x.load).join('; ')}.`,
      '',
      '| Step (province scale, after the export) | Median (min–max) |',
      '|---|---|',
      `| Full province build, for comparison (\`stageProvinceRelease\`: Astro, Pagefind, manifest) | ${seconds(p.fullMs)} (one run) |`,
      `| **Locality publish, end to end** (write snapshot → build → release directory → switch) | **${spread(pick('total'))}** |`,
      `| write the snapshot (6 MB JSON, form files) | ${spread(pick('writeSnapshot'))} |`,
      `| \`astro build\` of one locality (process start, Vite, ${r[0].pages} pages, its Pagefind index) | ${spread(pick('build'))} |`,
      `| of which Astro's page generation / Pagefind | ${r[0].astroRender !== null ? spread(r.map((x) => x.astroRender!)) : '–'} / ${r[0].pagefind !== null ? spread(r.map((x) => x.pagefind!)) : '–'} |`,
      `| release directory: ${r[0].carried.toLocaleString('en')} files hard-linked (${r[0].carriedBy}), subtree moved in, assets merged | ${spread(pick('assemble'))} |`,
      `| link checks of the new pages (no page of the locality removed, so the carried pages are not scanned) | ${spread(pick('check'))} |`,
      `| manifest and rename into place | ${spread(pick('manifestAndRename'))} |`,
      `| switch of \`current\` | ${spread(pick('switch'))} |`,
      `| new bytes on disk per locality release (inodes not shared with the base) | ${MB(median(pick('ownBytes')))} of ${MB(p.fullDisk.all)} |`,
      `| refused publish: the locality stopped applying a procedure the province pages link to (write, build, assemble, scan of the carried-over pages, refusal; live release unchanged) | ${seconds(p.refusedMs)} (one run): "${p.refusal}" |`,
      '',
    )
  }
  if (!values['skip-demo']) {
    const d = await demoDatabase()
    const sw = d.localRuns.map((x) => x.switched)
    lines.push(
      `- **Demo database:** \`npm run seed\` data on a fresh SQLite file; REST through Payload's real route handlers (the ones Next mounts under /api), in process; load per run: ${d.localRuns.map((x) => x.load).join('; ')}.`,
      '',
      '| Step (demo database) | Median (min–max) |',
      '|---|---|',
      `| export (\`exportSnapshot\`, 5 runs) | ${spread(d.exportTimes)} |`,
      `| write the snapshot (\`writeSnapshot\`) | ${spread(d.writeTimes)} |`,
      `| province publish, click to live (base) | ${seconds(d.province.switched)} (one run) |`,
      `| **locality publish (${d.town}), click to live**: POST answered → \`current\` switched | **${spread(sw)}** (answer in ${spread(d.localRuns.map((x) => x.answered))}) |`,
      `| the same, until the release record says "live" | ${spread(d.localRuns.map((x) => x.recorded))} |`,
      '',
    )
  }
} finally {
  if (!values.keep) fs.rmSync(tempRoot, { recursive: true, force: true })
}

const block = lines.join('\n').trimEnd()
console.log(`\n${block}\n`)

if (values['write-doc']) {
  const doc = path.join(rootDir, 'docs', 'benchmarks.md')
  const text = fs.readFileSync(doc, 'utf8')
  const start = '<!-- bench:publish -->'
  const end = '<!-- /bench:publish -->'
  if (!text.includes(start) || !text.includes(end))
    throw new Error(`docs/benchmarks.md has no ${start} … ${end} block`)
  fs.writeFileSync(
    doc,
    text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${block}\n${end}`),
  )
  console.log('Recorded in docs/benchmarks.md')
}
