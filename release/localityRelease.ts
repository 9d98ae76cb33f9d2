import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { localitySubtree, LOCALITIES_DIR } from '../content-schemas/urls'
import { buildSite } from './buildSite'
import {
  linkOrCopy,
  MANIFEST_DIR,
  MANIFEST_VERSION,
  readManifest,
  siteConfig,
  writeManifest,
  type ReleaseManifest,
} from './releaseManifest'
import { formatDuration } from './duration'
import { ensureLocalRelease, releaseDir, stagingDir } from './releaseStore'
import { carryOverSearchBundles } from './searchBundles'

/**
 * A locality release: the live (base) release's files carried over as hard links, the one
 * locality's subtree (/dia-phuong/<slug>/: pages and search index) built anew from a new
 * snapshot, and the assets and form files its pages link to added. Hard links make the copy
 * fast and small, and keep the base untouched: nothing here writes into a linked file, new
 * content always arrives as a new file renamed into place. Pruning the base later only removes
 * its names; the files stay as long as a release links them.
 *
 * It refuses, leaving nothing behind, when the result would not hold together: a page of the
 * locality linking to a page the base does not have (a procedure new or renamed in the master
 * list), or a carried-over page linking to a page of the locality that is no longer built
 * (a procedure it stopped applying). Both need the province pages rebuilt: a province publish.
 */
export class LocalityReleaseError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LocalityReleaseError'
  }
}

export interface LocalityReleaseInput {
  /** snapshot.json and files/ of the export to build the locality from */
  snapshotDir: string
  releaseId: string
  contentHash: string
  createdAt: string
  locality: { id: string; slug: string; name: string }
  baseReleaseId: string
  note?: (line: string) => void
}

export interface StagedLocalityRelease {
  releaseId: string
  manifest: ReleaseManifest
  /** HTML pages of the locality built */
  pagesBuilt: number
  /** how the base's files were carried over: `cp -al`, or link() per file (copies where links are impossible) */
  carriedBy: string
  filesAdded: string[]
  filesReplaced: string[]
  buildLog: string
  timings: { buildMs: number; assembleMs: number; checkMs: number }
}

const toPosix = (p: string) => p.split(path.sep).join('/')

/** Every file under `dir`, as POSIX paths relative to it, directories listed apart. */
async function walk(dir: string): Promise<{ files: string[]; dirs: string[]; links: string[] }> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true })
  const out = { files: [] as string[], dirs: [] as string[], links: [] as string[] }
  for (const e of entries) {
    const rel = toPosix(path.relative(dir, path.join(e.parentPath, e.name)))
    if (e.isDirectory()) out.dirs.push(rel)
    else if (e.isSymbolicLink()) out.links.push(rel)
    else if (e.isFile()) out.files.push(rel)
  }
  return out
}

/** Runs `work` over `items`, `width` at a time: thousands of link() calls, without thousands of open promises. */
async function pool<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) await work(items[next++])
    }),
  )
}

/** Recreates `source` under `target` with hard links, one link() per file, leaving out `excluded`. */
export async function linkEachFile(
  source: string,
  target: string,
  excluded: string[],
): Promise<{ linked: number; copied: number }> {
  const tree = await walk(source)
  const kept = (rel: string) => !excluded.some((x) => rel === x || rel.startsWith(`${x}/`))
  await fs.mkdir(target, { recursive: true })
  for (const dir of tree.dirs.filter(kept).sort())
    await fs.mkdir(path.join(target, dir), { recursive: true })
  let copied = 0
  const files = tree.files.filter(kept)
  await pool(files, 32, async (rel) => {
    if ((await linkOrCopy(path.join(source, rel), path.join(target, rel))) === 'copy') copied++
  })
  for (const rel of tree.links.filter(kept))
    await fs.symlink(await fs.readlink(path.join(source, rel)), path.join(target, rel))
  return { linked: files.length - copied, copied }
}

/**
 * Carries `source` over to `target` as hard links, without `excluded` (paths relative to it).
 * GNU `cp -al` does it in one process, about four times faster than a link() call per file from
 * Node (0.5 s instead of 2 s for the 32,000 files of a province); where it is missing or cannot
 * link (another file system), each file is linked, or copied, from here. Removing the excluded
 * paths afterwards removes names in the new tree only, never the base's files.
 */
async function linkTree(source: string, target: string, excluded: string[]): Promise<string> {
  if (process.platform === 'linux') {
    try {
      await promisify(execFile)('cp', ['-al', '--', source, target])
      for (const rel of excluded)
        await fs.rm(path.join(target, rel), { recursive: true, force: true })
      return 'cp -al'
    } catch {
      await fs.rm(target, { recursive: true, force: true })
    }
  }
  const { linked, copied } = await linkEachFile(source, target, excluded)
  return copied ? `${linked} liên kết cứng, ${copied} bản sao` : `${linked} liên kết cứng`
}

/** HTML pages under `root` outside every locality subtree (/dia-phuong/<slug>/), without walking into those. */
async function provincePages(root: string, rel = ''): Promise<string[]> {
  const out: string[] = []
  for (const e of await fs.readdir(path.join(root, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${e.name}` : e.name
    if (e.isDirectory() && path.posix.dirname(child) !== LOCALITIES_DIR && child !== MANIFEST_DIR)
      out.push(...(await provincePages(root, child)))
    else if (e.isFile() && child.endsWith('.html')) out.push(child)
  }
  return out
}

const exists = (file: string) =>
  fs.stat(file).then(
    (s) => s.isFile(),
    () => false,
  )

/** Internal links of a page: href and src values under the mount point, as paths inside the release. */
export function internalLinks(html: string, base: string): string[] {
  const out: string[] = []
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const value = match[1].replace(/&amp;/g, '&')
    if (!value.startsWith(base)) continue // external, anchors, data: URLs, absolute URLs (canonical)
    const rel = decodeURIComponent(value.slice(base.length).replace(/[?#].*$/, ''))
    out.push(rel)
  }
  return out
}

/** The file a link serves: "thu-tuc/x/" → "thu-tuc/x/index.html"; "" → "index.html". */
const fileOf = (rel: string) => (rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel)

async function resolves(releaseRoot: string, rel: string): Promise<boolean> {
  return (
    (await exists(path.join(releaseRoot, fileOf(rel)))) ||
    (!rel.endsWith('/') && (await exists(path.join(releaseRoot, rel, 'index.html'))))
  )
}

const sameBytes = async (a: string, b: string) => {
  const [x, y] = await Promise.all([fs.readFile(a), fs.readFile(b)])
  return x.equals(y)
}

const listSome = (items: string[], n = 8) =>
  items
    .slice(0, n)
    .map((i) => `  - ${i}`)
    .join('\n') + (items.length > n ? `\n  - … và ${items.length - n} mục khác` : '')

/** What the steps of a locality release share: where things are, and what belongs to the locality. */
interface Stage {
  input: LocalityReleaseInput
  baseDir: string
  base: ReleaseManifest
  site: ReleaseManifest['site']
  /** the locality's subtree, "dia-phuong/<slug>" */
  subtree: string
  inSubtree: (rel: string) => boolean
  /** the build's output, then the release being assembled, both under the staging folder */
  built: string
  assembled: string
}

/**
 * Builds the locality's pages and assembles the new release directory beside the live one
 * (not yet current: the caller switches). On any failure the staging files are removed.
 */
export async function stageLocalityRelease(
  input: LocalityReleaseInput,
): Promise<StagedLocalityRelease> {
  const note = input.note ?? (() => {})
  const { locality, releaseId, baseReleaseId } = input
  // From the bucket first when another instance built it (RELEASES_BUCKET).
  const baseDir = await ensureLocalRelease(baseReleaseId)
  const { base, site } = await readBase(baseDir, baseReleaseId)
  const subtree = localitySubtree(locality.slug)
  const staging = stagingDir(releaseId)
  const stage: Stage = {
    input,
    baseDir,
    base,
    site,
    subtree,
    inSubtree: (rel) => rel === subtree || rel.startsWith(`${subtree}/`),
    built: path.join(staging, 'site'),
    assembled: path.join(staging, 'release'),
  }
  try {
    let started = performance.now()
    const { buildLog, builtFiles, newPages } = await buildLocality(stage)
    const buildMs = performance.now() - started
    note(
      `Đã dựng ${newPages.length} trang và chỉ mục tìm kiếm của ${locality.name} (${formatDuration(buildMs)})`,
    )

    started = performance.now()
    const { oldPages, carriedBy, carriedBundles } = await carryOverBase(stage)
    const outbound = await outboundLinks(stage, newPages)
    const { added, replaced } = await addSharedFiles(stage, builtFiles, outbound)
    const assembleMs = performance.now() - started
    note(
      `Đã giữ nguyên các tệp khác của bản ${baseReleaseId} (${carriedBy}); ` +
        `thêm ${added.length}, thay ${replaced.length} tệp dùng chung (${formatDuration(assembleMs)})` +
        (carriedBundles.length
          ? `; giữ lại bộ tìm kiếm cũ của ${locality.name} cho các trang đang mở`
          : ''),
    )

    started = performance.now()
    await checkOutboundLinks(stage, outbound)
    await checkNoDanglingLinks(stage, oldPages, newPages)
    const checkMs = performance.now() - started

    // The record of where every page came from, then the directory under its own name.
    const manifest = localityManifest(stage, { added, replaced })
    await writeManifest(
      stage.assembled,
      manifest,
      path.join(input.snapshotDir, 'snapshot.json'),
      baseDir,
    )
    await fs.rename(stage.assembled, releaseDir(releaseId))
    return {
      releaseId,
      manifest,
      pagesBuilt: newPages.length,
      carriedBy,
      filesAdded: added,
      filesReplaced: replaced,
      buildLog,
      timings: { buildMs, assembleMs, checkMs },
    }
  } finally {
    await fs.rm(staging, { recursive: true, force: true })
  }
}

/** The live release to build on: whole on disk, and built for the origin and mount point of now. */
async function readBase(
  baseDir: string,
  baseReleaseId: string,
): Promise<{ base: ReleaseManifest; site: ReleaseManifest['site'] }> {
  if (!(await exists(path.join(baseDir, 'index.html')))) {
    throw new LocalityReleaseError(
      `Bản phát hành đang hiển thị (${baseReleaseId}) không còn đầy đủ trên đĩa; hãy xuất bản toàn tỉnh.`,
    )
  }
  const base = await readManifest(baseDir)
  const site = siteConfig()
  if (site.url !== base.site.url || site.base !== base.site.base) {
    throw new LocalityReleaseError(
      `Cấu hình trang công khai đã đổi (SITE_URL ${base.site.url} → ${site.url}, SITE_BASE ${base.site.base} → ${site.base}) so với bản ${baseReleaseId}; ` +
        'các trang của một địa phương phải khớp với phần còn lại của trang. Hãy xuất bản toàn tỉnh.',
    )
  }
  return { base, site }
}

/** Step 1: only the locality's pages, its index, and the assets and files they use. */
async function buildLocality(
  stage: Stage,
): Promise<{ buildLog: string; builtFiles: string[]; newPages: string[] }> {
  const { input, subtree } = stage
  const buildLog = await buildSite({
    snapshotDir: input.snapshotDir,
    outDir: stage.built,
    env: { SITE_ONLY_LOCALITY: input.locality.slug },
  })
  const builtFiles = (await walk(stage.built)).files
  const newPages = builtFiles.filter((f) => stage.inSubtree(f) && f.endsWith('.html'))
  if (!newPages.length)
    throw new LocalityReleaseError(
      `Build không tạo ra trang nào cho ${input.locality.name} (/${subtree}/).`,
    )
  return { buildLog, builtFiles, newPages }
}

/**
 * Step 2: the base's files as hard links, without the locality's old subtree and the base's
 * record, then the locality's new subtree moved in. Returns the locality's pages in the base.
 */
async function carryOverBase(
  stage: Stage,
): Promise<{ oldPages: string[]; carriedBy: string; carriedBundles: string[] }> {
  const { baseDir, subtree, assembled } = stage
  const oldPages = (
    await walk(path.join(baseDir, subtree)).catch(() => ({ files: [] as string[] }))
  ).files
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${subtree}/${f}`)
  // The base's .release/ goes too: the new release writes its own (never through a link).
  const carriedBy = await linkTree(baseDir, assembled, [subtree, MANIFEST_DIR])
  await fs.mkdir(path.dirname(path.join(assembled, subtree)), { recursive: true })
  await fs.rename(path.join(stage.built, subtree), path.join(assembled, subtree))
  // The locality's search page open at the switch keeps its index (searchBundles.ts); the
  // province's bundles came over with the rest of the base.
  const carriedBundles = await carryOverSearchBundles(
    baseDir,
    assembled,
    stage.base.site.base,
    `${subtree}/`,
  )
  return { oldPages, carriedBy, carriedBundles }
}

/** Step 3: what the new pages link to outside their subtree: target → first page linking it. */
async function outboundLinks(stage: Stage, newPages: string[]): Promise<Map<string, string>> {
  const outbound = new Map<string, string>()
  for (const page of newPages) {
    const html = await fs.readFile(path.join(stage.assembled, page), 'utf8')
    for (const link of internalLinks(html, stage.site.base))
      if (!stage.inSubtree(link) && !outbound.has(link)) outbound.set(link, page)
  }
  return outbound
}

/**
 * Assets and linked form files come from the build: added when new, replaced (as a new file,
 * never written through a link) when their bytes changed. Unlinked form files are left out.
 */
async function addSharedFiles(
  stage: Stage,
  builtFiles: string[],
  outbound: Map<string, string>,
): Promise<{ added: string[]; replaced: string[] }> {
  const added: string[] = []
  const replaced: string[] = []
  for (const rel of builtFiles.filter((f) => !stage.inSubtree(f))) {
    if (rel.startsWith('files/') && !outbound.has(rel)) continue
    const target = path.join(stage.assembled, rel)
    const source = path.join(stage.built, rel)
    if (await exists(target)) {
      if (await sameBytes(target, source)) continue
      await fs.rm(target)
      replaced.push(rel)
    } else {
      await fs.mkdir(path.dirname(target), { recursive: true })
      added.push(rel)
    }
    await fs.rename(source, target)
  }
  return { added, replaced }
}

const pageAndLink = (page: string, link: string) =>
  `/${page.replace(/index\.html$/, '')} → /${link}`

/** Step 4: the result must hold together: no link from the new pages to a missing page… */
async function checkOutboundLinks(stage: Stage, outbound: Map<string, string>): Promise<void> {
  const missing: string[] = []
  for (const [link, page] of outbound)
    if (!(await resolves(stage.assembled, link))) missing.push(pageAndLink(page, link))
  if (missing.length) {
    throw new LocalityReleaseError(
      `Các trang mới của ${stage.input.locality.name} liên kết tới ${missing.length} trang chưa có trên trang công khai (bản ${stage.input.baseReleaseId}), ` +
        `thường do thủ tục mới hoặc đổi tên trong danh mục của tỉnh:\n${listSome(missing)}\nHãy xuất bản toàn tỉnh.`,
    )
  }
}

/** …and none from a carried-over page to a page of the locality that is gone. */
async function checkNoDanglingLinks(
  stage: Stage,
  oldPages: string[],
  newPages: string[],
): Promise<void> {
  const newSet = new Set(newPages)
  const removed = new Set(oldPages.filter((p) => !newSet.has(p)))
  if (!removed.size) return
  const dangling: string[] = []
  for (const page of await provincePages(stage.assembled)) {
    const html = await fs.readFile(path.join(stage.assembled, page), 'utf8')
    for (const link of internalLinks(html, stage.site.base))
      if (removed.has(fileOf(link))) dangling.push(pageAndLink(page, link))
  }
  if (dangling.length) {
    throw new LocalityReleaseError(
      `${stage.input.locality.name} không còn ${removed.size} trang mà các trang cấp tỉnh đang liên kết tới (thủ tục đã ngừng áp dụng hoặc đổi tên):\n` +
        `${listSome(dangling)}\nHãy xuất bản toàn tỉnh để cập nhật cả hai.`,
    )
  }
}

/** Step 5: the base's sources, with this locality's pages now from this release's snapshot. */
function localityManifest(
  { input, base, site }: Stage,
  files: { added: string[]; replaced: string[] },
): ReleaseManifest {
  const { releaseId, locality } = input
  return {
    version: MANIFEST_VERSION,
    releaseId,
    scope: 'locality',
    createdAt: input.createdAt,
    contentHash: input.contentHash,
    site,
    baseReleaseId: input.baseReleaseId,
    locality,
    sources: {
      province: base.sources.province,
      localities: {
        ...base.sources.localities,
        [locality.slug]: { releaseId, name: locality.name, publishedAt: input.createdAt },
      },
    },
    files,
  }
}
