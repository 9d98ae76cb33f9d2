/**
 * Loads the release snapshot, the site's only source of data, and indexes it for the pages. The
 * contract's own parser validates it: a snapshot that breaks the contract fails the build with the
 * contract's message, listing each bad value by its path.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import {
  parseSnapshot,
  type Agency,
  type Application,
  type Decision,
  type FileRef,
  type LegalDocument,
  type Locality,
  type Procedure,
  type Sector,
  type Snapshot,
} from '../../content-schemas'
import { LEVEL_ORDER, type Level } from './labels'
import { indexServiceResults, type ServiceResultsIndex } from './serviceResults'

export const collator = new Intl.Collator('vi')

/** SNAPSHOT_DIR holds snapshot.json and files/; astro.config.mjs makes it absolute for every module. */
export const snapshotDir = (): string => path.resolve(process.env.SNAPSHOT_DIR ?? 'dist/snapshot')

export interface LocalApplication {
  locality: Locality
  application: Application
  procedure: Procedure
}

export interface LocalCatalogue {
  locality: Locality
  /** applied procedures still in force, in catalogue order */
  entries: LocalApplication[]
  byCode: Map<string, LocalApplication>
}

export interface Catalogue {
  snapshot: Snapshot
  /** snapshot.json exactly as released, for the open-data download: read when asked, not kept */
  readonly rawJson: string
  /** its size in bytes */
  rawBytes: number
  dir: string
  provinceName: string
  /** in-force procedures, sorted as the A–Z index sorts them */
  procedures: Procedure[]
  /** every procedure of the snapshot, abolished ones too, so old links still resolve */
  allProcedures: Procedure[]
  sectors: Sector[]
  levels: Level[]
  localCatalogues: LocalCatalogue[]
  byCode: Map<string, Procedure>
  sector: (id: string) => Sector
  agency: (id: string) => Agency
  legal: (id: string) => LegalDocument
  decision: (id: string) => Decision
  file: (id: string) => FileRef
  locality: (id: string) => Locality
  /** localities that apply a procedure, by code */
  appliedIn: (code: string) => LocalApplication[]
  /** decisions whose entries name the procedure, newest first */
  decisionsFor: (code: string) => { decision: Decision; entry: Decision['entries'][number] }[]
  /** the procedures citizens most likely need, for the home pages and the zero-result page */
  common: (procedures?: Procedure[], count?: number) => Procedure[]
  /** the desks' published results (Kết quả giải quyết hồ sơ) */
  results: ServiceResultsIndex
}

/** "Thủ tục đăng ký khai sinh" sorts and files under Đ: citizens look for the act, not the word "thủ tục". */
export const sortName = (name: string): string => {
  const rest = name.replace(/^thủ tục\s+/iu, '')
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1)
}

/** The A–Z letter of a name: tone marks dropped, letters of their own kept (Ă, Â, Đ, Ê, Ô, Ơ, Ư). */
export const indexLetter = (name: string): string =>
  sortName(name)
    .charAt(0)
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC')
    .toLocaleUpperCase('vi')

export const byName = (a: Procedure, b: Procedure): number =>
  collator.compare(sortName(a.name), sortName(b.name)) || a.code.localeCompare(b.code)

/**
 * One catalogue per release directory for the whole process. The integration (in Astro's config)
 * and the prerendered pages (in the built server bundle) import this module as two instances, so
 * a module-level cache would index a province's release twice; its results alone are hundreds of
 * thousands of rows. An entry holds while its snapshot.json is the same file (a long-running
 * process may build the same directory again after it changed); only the latest is kept.
 */
const CACHE = Symbol.for('thu-tuc-hanh-chinh.site.catalogues')
type CacheEntry = { stamp: string; catalogue: Catalogue }
const cache = ((globalThis as Record<symbol, unknown>)[CACHE] ??= new Map()) as Map<
  string,
  CacheEntry
>

export function loadCatalogue(dir: string = snapshotDir()): Catalogue {
  const file = path.join(dir, 'snapshot.json')
  const stat = fs.statSync(file, { throwIfNoEntry: false, bigint: true })
  if (!stat) {
    throw new Error(
      `Không tìm thấy bản phát hành ${file}. Hãy xuất dữ liệu (npm run export -- --out ${dir}) hoặc đặt SNAPSHOT_DIR.`,
    )
  }
  const stamp = `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`
  const cached = cache.get(dir)
  if (cached?.stamp === stamp) return cached.catalogue
  const bytes = fs.readFileSync(file)
  const snapshot = parseSnapshot(JSON.parse(bytes.toString('utf8')))
  const catalogue = index(snapshot, file, bytes.length, dir)
  cache.set(dir, { stamp, catalogue })
  return catalogue
}

function lookup<T extends { id: string }>(items: T[], what: string): (id: string) => T {
  const map = new Map(items.map((item) => [item.id, item]))
  return (id) => {
    const item = map.get(id)
    // The contract checks references, so this only fires if the contract and the site disagree.
    if (!item) throw new Error(`Bản phát hành thiếu ${what} ${id}`)
    return item
  }
}

function index(snapshot: Snapshot, file: string, rawBytes: number, dir: string): Catalogue {
  const allProcedures = [...snapshot.procedures].sort(byName)
  const procedures = allProcedures.filter((p) => p.validity === 'in-force')
  const byCode = new Map(allProcedures.map((p) => [p.code, p]))
  const locality = lookup(snapshot.localities, 'địa phương')

  const localCatalogues: LocalCatalogue[] = snapshot.localCatalogues
    .map((c) => {
      const place = locality(c.localityId)
      const entries = c.applications
        .map((application) => ({
          locality: place,
          application,
          procedure: byCode.get(application.procedureCode)!,
        }))
        .filter((e) => e.procedure.validity === 'in-force')
        .sort((a, b) => byName(a.procedure, b.procedure))
      return {
        locality: place,
        entries,
        byCode: new Map(entries.map((e) => [e.procedure.code, e])),
      }
    })
    .filter((c) => c.entries.length > 0)
    .sort((a, b) => collator.compare(a.locality.name, b.locality.name))

  const applied = new Map<string, LocalApplication[]>()
  for (const c of localCatalogues)
    for (const e of c.entries)
      applied.set(e.procedure.code, [...(applied.get(e.procedure.code) ?? []), e])

  const decisionsByCode = new Map<
    string,
    { decision: Decision; entry: Decision['entries'][number] }[]
  >()
  for (const decision of snapshot.decisions) {
    for (const entry of decision.entries) {
      decisionsByCode.set(entry.procedureCode, [
        ...(decisionsByCode.get(entry.procedureCode) ?? []),
        { decision, entry },
      ])
    }
  }
  for (const list of decisionsByCode.values())
    list.sort((a, b) => b.decision.effectiveDate.localeCompare(a.decision.effectiveDate))

  const usedSectors = new Set(procedures.map((p) => p.sectorId))
  const sectors = snapshot.sectors
    .filter((s) => usedSectors.has(s.id))
    .sort((a, b) => collator.compare(a.name, b.name))
  const levels = LEVEL_ORDER.filter((level) => procedures.some((p) => p.levels.includes(level)))

  /**
   * The snapshot has no usage figures, so "common" is inferred: procedures applied by the most
   * localities, then those editors gave the most everyday words (keywords and synonyms are
   * written for what citizens ask for), then by name.
   */
  const common = (list: Procedure[] = procedures, count = 8) =>
    [...list]
      .sort(
        (a, b) =>
          (applied.get(b.code)?.length ?? 0) - (applied.get(a.code)?.length ?? 0) ||
          b.keywords.length + b.synonyms.length - (a.keywords.length + a.synonyms.length) ||
          byName(a, b),
      )
      .slice(0, count)

  return {
    snapshot,
    get rawJson() {
      return fs.readFileSync(file, 'utf8')
    },
    rawBytes,
    dir,
    provinceName: snapshot.metadata.province.name,
    procedures,
    allProcedures,
    sectors,
    levels,
    localCatalogues,
    byCode,
    sector: lookup(snapshot.sectors, 'lĩnh vực'),
    agency: lookup(snapshot.agencies, 'cơ quan'),
    legal: lookup(snapshot.legalDocuments, 'văn bản'),
    decision: lookup(snapshot.decisions, 'quyết định'),
    file: lookup(snapshot.files, 'tệp'),
    locality,
    results: indexServiceResults(snapshot),
    appliedIn: (code) => applied.get(code) ?? [],
    decisionsFor: (code) => decisionsByCode.get(code) ?? [],
    common,
  }
}

/**
 * Checks that every file the snapshot lists is in files/ with the size and hash it declares: a
 * citizen clicking a form link must get that form, so a missing or altered file fails the build.
 */
export function verifyFiles(catalogue: Catalogue): void {
  const problems: string[] = []
  for (const file of catalogue.snapshot.files) {
    const local = path.join(catalogue.dir, file.path)
    if (!fs.existsSync(local)) {
      problems.push(`${file.path}: thiếu tệp`)
      continue
    }
    const bytes = fs.readFileSync(local)
    if (bytes.length !== file.size)
      problems.push(`${file.path}: kích thước ${bytes.length} khác ${file.size}`)
    else if (crypto.createHash('sha256').update(bytes).digest('hex') !== file.sha256)
      problems.push(`${file.path}: mã băm sha256 không khớp`)
  }
  if (problems.length)
    throw new Error(
      `Tệp đính kèm của bản phát hành không khớp (${problems.length}):\n  - ${problems.join('\n  - ')}`,
    )
}
