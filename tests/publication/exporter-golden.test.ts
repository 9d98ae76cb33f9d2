import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { expect, it } from 'vitest'

import type { Snapshot } from '../../content-schemas'
import { exportSnapshot } from '../../cms/publication/exportSnapshot'
import { describeEachAdapter } from '../helpers/payload'

/**
 * Golden test: what the exporter writes for the demo catalogue, pinned field by field. IDs are
 * random UUIDs, so each is replaced by a stable name from its entity's natural key
 * ("procedure:1.000894", "locality:thi-tran-dien-bien-dong", …) and the lists ordered by id are
 * ordered again by those names. Only the generation time, the release id, the content hash (a hash
 * of the IDs), `updatedAt` (the seeding time) and the files' size and sha256 (the demo DOCX
 * forms hold their generation time) are blanked; those two are checked against the files.
 * Refresh after an intended change with UPDATE_GOLDEN=1 and review the diff.
 */
const GOLDEN = path.join(import.meta.dirname, 'golden', 'demo-snapshot.json')
// UUIDs on SQL, ObjectIds on MongoDB; never part of a longer hex string such as a sha256.
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
const ID = new RegExp(`(?<![0-9a-f])(?:${UUID}|[0-9a-f]{24})(?![0-9a-f])`, 'g')

/**
 * Payload adds "-1", "-2"… to an upload whose name the upload folder already holds, and test runs
 * share that folder: the demo's own file name is the one without the suffix.
 */
const demoFileName = (releasePath: string) =>
  releasePath.split('/')[2].replace(/-\d+(\.[a-z]+)$/, '$1')

function stableNames(snapshot: Snapshot): Map<string, string> {
  const names = new Map<string, string>()
  const name = (id: string, value: string) => {
    let unique = value
    for (let n = 2; [...names.values()].includes(unique); n++) unique = `${value}#${n}`
    names.set(id, unique)
  }
  for (const l of snapshot.localities) name(l.id, `locality:${l.slug}`)
  for (const s of snapshot.sectors) name(s.id, `sector:${s.slug}`)
  const agencies = [...snapshot.agencies].sort((x, y) => x.name.localeCompare(y.name))
  for (const a of agencies) name(a.id, `agency:${a.name}`)
  for (const d of snapshot.legalDocuments) name(d.id, `legal:${d.number}`)
  for (const d of snapshot.decisions) name(d.id, `decision:${d.number}`)
  const files = [...snapshot.files].sort((x, y) => x.path.localeCompare(y.path))
  for (const f of files) name(f.id, `file:${demoFileName(f.path)}`)
  for (const p of snapshot.procedures) name(p.id, `procedure:${p.code}`)
  return names
}

const byText =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0

function normalise(snapshot: Snapshot, files: { target: string }[]) {
  const names = stableNames(snapshot)
  const text = JSON.stringify({ snapshot, files: files.map((f) => f.target) })
  const stable = JSON.parse(text.replace(ID, (id) => names.get(id) ?? `unknown-id`)) as {
    snapshot: Snapshot
    files: string[]
  }
  const s = stable.snapshot
  s.metadata = {
    ...s.metadata,
    releaseId: '<releaseId>',
    generatedAt: '<generatedAt>',
    contentHash: '<contentHash>',
  }
  // These lists are ordered by id, which was random.
  s.agencies.sort(byText((a) => a.id))
  // The demo's DOCX forms carry the time they were generated, so their bytes differ on every
  // seeding: the hashing is checked against the files themselves instead (below).
  for (const f of s.files) {
    Object.assign(f, {
      path: `files/${f.id}/${demoFileName(f.path)}`,
      size: '<size>',
      sha256: '<sha256>',
    })
  }
  s.files.sort(byText((f) => f.id))
  s.localCatalogues.sort(byText((c) => c.localityId))
  for (const p of s.procedures) {
    p.updatedAt = '<updatedAt>'
    p.legalBasisIds.sort()
  }
  // Two years of monthly demo results: pinned by a hash of the reports in a stable order, with the
  // first report written out, rather than 3,500 rows of numbers in the golden file.
  const reports = (s.serviceResults ?? []).sort(byText((r) => `${r.localityId} ${r.period}`))
  ;(s as unknown as { serviceResults: unknown }).serviceResults = {
    reports: reports.length,
    rows: reports.reduce((n, r) => n + r.rows.length, 0),
    first: reports[0],
    sha256: crypto.createHash('sha256').update(JSON.stringify(reports)).digest('hex'),
  }
  stable.files = stable.files
    .map((target) => `${target.split('/').slice(0, 2).join('/')}/${demoFileName(target)}`)
    .sort()
  return stable
}

describeEachAdapter(
  'exporter golden snapshot of the demo',
  (ctx) => {
    it('writes exactly the committed snapshot for the demo catalogue', async () => {
      // The database is a copy of the run's demo, loaded by seedDemo (tests/helpers/demoDatabase.ts).
      const { payload } = ctx()
      const { snapshot, files } = await exportSnapshot(payload, {
        now: new Date('2026-01-01T00:00:00Z'),
      })
      const actual = normalise(snapshot, files)
      // What normalising blanks is still checked: each file is described by its own bytes.
      expect(files).toHaveLength(snapshot.files.length)
      for (const f of snapshot.files) {
        const bytes = files.find((c) => c.target === f.path)!.bytes
        expect([f.size, f.sha256]).toEqual([
          bytes.length,
          crypto.createHash('sha256').update(bytes).digest('hex'),
        ])
      }
      expect(JSON.stringify(actual)).not.toContain('unknown-id')
      if (process.env.GOLDEN_ACTUAL)
        fs.writeFileSync(process.env.GOLDEN_ACTUAL, JSON.stringify(actual, null, 2) + '\n')
      if (process.env.UPDATE_GOLDEN === '1')
        fs.writeFileSync(GOLDEN, JSON.stringify(actual, null, 2) + '\n')
      expect(actual).toEqual(JSON.parse(fs.readFileSync(GOLDEN, 'utf8')))
    }, 300_000)
  },
  { demo: true },
)
