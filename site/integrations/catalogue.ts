/**
 * The build steps around Astro's page rendering:
 * - before anything renders, the snapshot is validated and its files checked, so a bad release
 *   fails the build at once, with the contract's message;
 * - after the pages are written, the form files are copied into the output and the search
 *   indexes are built with Pagefind's Node API: one for the province, one per locality.
 * With SITE_ONLY_LOCALITY set (site/lib/scope.ts), only that locality's pages are rendered and
 * only its index is built: the publish pipeline carries the rest over from the live release.
 */
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'

import { gzipAsync } from '@gfx/zopfli'
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro'
import * as pagefind from 'pagefind'

import { loadCatalogue, verifyFiles, type Catalogue } from '../lib/catalogue'
import { inScope, ONLY_LOCALITY_VARIABLE, onlyLocality } from '../lib/scope'
import { searchBundleDir } from '../lib/searchBundle'
import { localRecords, provinceRecords, type SearchRecord } from '../lib/searchRecords'
import { vocabulary, VOCABULARY_FILE } from '../lib/typos'
import { paths } from '../../content-schemas/urls'

/** Pagefind writes its ready-made UIs too; the site has its own search script, so they are not published. */
const UNUSED_BUNDLE_FILES = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/

/** The installed Pagefind's version: part of each bundle's directory name (site/lib/searchBundle.ts). */
export function pagefindVersion(): string {
  // Node's lookup of node_modules/pagefind from here up (its exports do not expose package.json).
  for (
    let dir = path.dirname(fileURLToPath(import.meta.url));
    dir !== path.dirname(dir);
    dir = path.dirname(dir)
  ) {
    const file = path.join(dir, 'node_modules', 'pagefind', 'package.json')
    if (existsSync(file))
      return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
  }
  throw new Error('Không xác định được phiên bản Pagefind đã cài (node_modules/pagefind).')
}

export function catalogueSite(): AstroIntegration {
  return {
    name: 'thu-tuc-catalogue',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // `astro check` (npm run typecheck) syncs types only: it reads no release.
        if (command === 'sync') return
        const catalogue = loadCatalogue()
        verifyFiles(catalogue)
        logger.info(
          `Bản phát hành ${catalogue.snapshot.metadata.releaseId}: ${catalogue.procedures.length} thủ tục, ${catalogue.localCatalogues.length} danh mục địa phương, ${catalogue.snapshot.files.length} tệp.`,
        )
        const only = onlyLocality()
        if (only) {
          const local = catalogue.localCatalogues.find((c) => c.locality.slug === only)
          if (!local) {
            throw new Error(
              `${ONLY_LOCALITY_VARIABLE}="${only}": bản phát hành không có danh mục thủ tục nào đang áp dụng của địa phương này.`,
            )
          }
          logger.info(
            `Chỉ build danh mục của ${local.locality.name} (${paths.locality(local.locality)}): ${local.entries.length} thủ tục.`,
          )
        }
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const only = onlyLocality()
        if (!only) return
        // Every route's getStaticPaths still runs (cheap); only the pages of the one locality are
        // rendered. Filtering here also covers the routes without parameters (home, A–Z, sitemap…).
        setPrerenderer((prerenderer: AstroPrerenderer): AstroPrerenderer => ({
          name: 'thu-tuc-one-locality',
          setup: () => prerenderer.setup?.() ?? Promise.resolve(),
          getStaticPaths: async () =>
            (await prerenderer.getStaticPaths()).filter((p) => inScope(p.pathname, only)),
          render: (request, options) => prerenderer.render(request, options),
          collectStaticImages:
            prerenderer.collectStaticImages && (() => prerenderer.collectStaticImages!()),
          teardown: () => prerenderer.teardown?.() ?? Promise.resolve(),
        }))
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir)
        const catalogue = loadCatalogue()
        await copyFiles(catalogue, out)
        await buildIndexes(catalogue, out, logger, onlyLocality())
      },
    },
  }
}

async function copyFiles(catalogue: Catalogue, out: string) {
  for (const file of catalogue.snapshot.files) {
    const target = path.join(out, file.path)
    await fs.mkdir(path.dirname(target), { recursive: true })
    await fs.copyFile(path.join(catalogue.dir, file.path), target)
  }
}

async function buildIndexes(
  catalogue: Catalogue,
  out: string,
  logger: AstroIntegrationLogger,
  only: string | null,
) {
  const started = performance.now()
  const locals = catalogue.localCatalogues.filter((c) => !only || c.locality.slug === only)
  try {
    // The same directory names the search pages were rendered with (SearchApp.astro).
    const version = pagefindVersion()
    const write = (records: SearchRecord[], root: string, province: boolean) =>
      writeIndex(records, path.join(out, searchBundleDir(root, records, version)), province)
    if (!only) await write(provinceRecords(catalogue), paths.searchBundle, true)
    for (const local of locals)
      await write(
        localRecords(catalogue, local.locality.id),
        paths.localSearchBundle(local.locality),
        false,
      )
  } finally {
    await pagefind.close()
  }
  const what = only ? `địa phương ${only}` : `tỉnh và ${locals.length} địa phương`
  logger.info(`Chỉ mục tìm kiếm: ${what}, ${Math.round(performance.now() - started)} ms.`)
}

/** `province`: the province's bundle, whose metadata is recompressed too (recompress). */
/**
 * A search fetches the fragments of the fifteen results it re-ranks, one request each: on a slow
 * phone the requests, more than their bytes, keep the results from showing. From this many
 * records (a province's index) Pagefind is asked to bundle them, FRAGMENTS_PER_FILE a file.
 * It bundles records in the order they are added, which is the A–Z order of names
 * (catalogue.procedures), so procedures whose names begin alike, the ones a query finds
 * together, share a file. Measured on 2,000 procedures (docs/benchmarks.md, "Search weight at
 * scale"): a later search 5 kB lighter at the median and faster; the first search's metadata
 * 3 kB heavier. Smaller indexes (a locality's, the demo's) keep one file a record.
 */
export const GROUPED_FROM = 1000
export const FRAGMENTS_PER_FILE = 4
export const maxFragmentsFor = (records: number): number | undefined =>
  records >= GROUPED_FROM ? Math.ceil(records / FRAGMENTS_PER_FILE) : undefined

/**
 * Pagefind cuts the index into chunks of about this many word positions, in the words' A–Z order,
 * and a search downloads the chunk of each word it looks up. At its default (20,000) a province's
 * index of 2,000 procedures is 46 chunks of about 3 kB, and a citizen's message of twenty words
 * downloaded half of it: first searches up to 166 kB. Measured at 10,000, 5,000, 2,500 and 1,250
 * (docs/benchmarks.md, "Search weight at scale", 05/12/2026): at 2,500 a first search is at most
 * 113 kB and a later one 32 kB (were 146 and 66), the metadata every first search reads 1.3 kB
 * heavier; 1,250 saved another kilobyte at most, for twice the files.
 */
export const INDEX_CHUNK_POSITIONS = 2500

/**
 * A Pagefind index for `records` records. Pagefind reads the chunk size from its environment when
 * its service starts (its `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, pagefind/src/options.rs), which is
 * at the first index of the process; a value set by the operator is kept. The name says unstable:
 * tests/site/searchFragments.test.ts fails if a Pagefind upgrade stops reading it.
 */
export async function createSearchIndex(records: number) {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_POSITIONS)
  const maxFragments = maxFragmentsFor(records)
  const created = await pagefind.createIndex({
    forceLanguage: 'vi',
    ...(maxFragments ? { maxFragments } : {}),
  })
  return ok(created, 'createIndex').index!
}

async function writeIndex(records: SearchRecord[], outputPath: string, province: boolean) {
  const index = await createSearchIndex(records.length)
  for (const record of records)
    ok(await index.addCustomRecord(record), `addCustomRecord ${record.url}`)
  ok(await index.writeFiles({ outputPath }), 'writeFiles')
  await index.deleteIndex()
  await slimFragments(path.join(outputPath, 'fragment'))
  await recompress(outputPath, province)
  // The index's words, for the search script to correct typos (site/lib/typos.ts).
  await fs.writeFile(path.join(outputPath, VOCABULARY_FILE), vocabulary(records).join(' '))
  for (const name of await fs.readdir(outputPath)) {
    if (UNUSED_BUNDLE_FILES.test(name)) await fs.rm(path.join(outputPath, name))
  }
}

/** What Pagefind's script checks at the start of every file it reads (pagefind.js, decompress). */
const PAGEFIND_SIGNATURE = 'pagefind_dcd'

/**
 * A result fragment is fetched for every result shown or re-ranked (up to 30 a search). Pagefind
 * copies into it the record's whole searchable text (for excerpts), its filters and every meta
 * field; results show none of the first two (site/scripts/search.ts, renderResult) and the codes
 * are matched in the index, not the fragment. Without them a fragment is 43 % smaller (860 → 489
 * bytes gzip on a synthetic province of 2,000 procedures, docs/benchmarks.md). The folded name
 * (`title`) goes too: the search script makes it from the name as searchRecords.ts does (482 →
 * 445 bytes). The index keeps every word; only the copies go. A bundled file (`…_group_…`, see
 * maxFragmentsFor) holds several fragments by page hash; each is slimmed alike.
 */
interface Fragment {
  content: string
  filters?: unknown
  meta: Record<string, string>
}
export async function slimFragments(dir: string) {
  for (const name of await fs.readdir(dir)) {
    const file = path.join(dir, name)
    const text = zlib.gunzipSync(await fs.readFile(file)).toString('utf8')
    const parsed = JSON.parse(text.slice(PAGEFIND_SIGNATURE.length)) as
      Fragment | Record<string, Fragment>
    const group = name.includes('_group_')
    for (const fragment of group
      ? Object.values(parsed as Record<string, Fragment>)
      : [parsed as Fragment]) {
      fragment.content = ''
      delete fragment.filters
      delete fragment.meta.codes
      delete fragment.meta.title
    }
    const slim = PAGEFIND_SIGNATURE + JSON.stringify(parsed)
    await fs.writeFile(file, zlib.gzipSync(slim, { level: 9 }))
  }
}

/**
 * Zopfli's gzip is still gzip (Pagefind's script and every browser read it as before) but
 * smaller than the level-9 gzip Pagefind writes, at a cost of seconds per file. Spent where every
 * first search gains: the WebAssembly (55.4 → 52.8 kB; the same file in every bundle, compressed
 * once per build) and the province's metadata (18.4 → 13.6 kB at 2,000 procedures), together 7 kB
 * off every first search (docs/benchmarks.md, "first search ≤ 120 kB"). Not on the index chunks
 * (6 % smaller, about a second each, 1.6 kB on a query of seven words), a locality's metadata
 * (0.4 kB, up to 6 s each for a hundred localities) or the fragments (4 %, thousands of files).
 */
const zopfliOptions = { numiterations: 5 }
/** The WebAssembly recompressed, by the hash of its bytes: every bundle of a build carries it. */
const wasmRecompressed = new Map<string, Promise<Uint8Array>>()
async function recompress(dir: string, metadata: boolean) {
  const files = (await fs.readdir(dir)).filter(
    (name) => name.endsWith('.pagefind') || (metadata && name.endsWith('.pf_meta')),
  )
  for (const name of files) {
    const file = path.join(dir, name)
    const raw = zlib.gunzipSync(await fs.readFile(file))
    let smaller: Promise<Uint8Array>
    if (name.endsWith('.pagefind')) {
      const key = crypto.createHash('sha256').update(raw).digest('hex')
      smaller = wasmRecompressed.get(key) ?? gzipAsync(raw, zopfliOptions)
      wasmRecompressed.set(key, smaller)
    } else smaller = gzipAsync(raw, zopfliOptions)
    const bytes = await smaller
    // Never larger than what Pagefind wrote (zopfli does not promise it for every input).
    if (bytes.length < (await fs.stat(file)).size) await fs.writeFile(file, bytes)
  }
}

function ok<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length) throw new Error(`Pagefind (${step}): ${response.errors.join('; ')}`)
  return response
}
