import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { buildSite } from '../../release/buildSite'
import { archiveRelease } from '../../release/releaseArchive'
import { exportSnapshot, gapsLine } from './exportSnapshot'
import {
  MANIFEST_VERSION,
  readManifest,
  siteConfig,
  writeManifest,
} from '../../release/releaseManifest'
import {
  currentReleaseId,
  ensureLocalRelease,
  pruneReleases,
  releaseDir,
  stagingDir,
  switchCurrent,
  uploadRelease,
  withPublishLock,
} from '../../release/releaseStore'
import { carryOverSearchBundles } from '../../release/searchBundles'
import { writeSnapshot } from '../../release/writeSnapshot'

export const releasesToKeep = (): number => Number(process.env.RELEASES_KEEP) || 10

export interface PublishOutcome {
  releaseId: string
  contentHash: string
  counts: {
    procedures: number
    localities: number
    applications: number
    files: number
    pages: number
  }
  log: string
  /** releaseId → archived snapshot descriptor (releaseArchive.ts), for every snapshot its pages come from */
  archivedSnapshots: Record<string, string>
}

/**
 * Archives a staged release before it goes live, so nothing is shown that is not kept; on failure
 * the directory is removed and the live release stays. `filesFrom`: the export's form files.
 */
export async function archiveStagedRelease(
  releaseId: string,
  filesFrom: string,
): Promise<{ snapshots: Record<string, string>; stored: number }> {
  try {
    return await archiveRelease(releaseDir(releaseId), { filesFrom: [filesFrom] })
  } catch (error) {
    await fs.rm(releaseDir(releaseId), { recursive: true, force: true })
    throw new Error(
      `Không lưu trữ được bản phát hành ${releaseId}, nên chưa đưa lên: ${(error as Error).message}`,
      {
        cause: error,
      },
    )
  }
}

/**
 * Pushes an archived release to the bucket (RELEASES_BUCKET) before it goes live, outside the
 * going-live transaction; on failure the directory is removed and the live release stays. Returns
 * the log line, or null when releases live on disk only.
 */
export async function uploadStagedRelease(releaseId: string): Promise<string | null> {
  try {
    return await uploadRelease(releaseId)
  } catch (error) {
    await fs.rm(releaseDir(releaseId), { recursive: true, force: true })
    throw new Error(
      `Không tải được bản phát hành ${releaseId} lên kho, nên chưa đưa lên: ${(error as Error).message}`,
      { cause: error },
    )
  }
}

/**
 * Makes a built release the one citizens see. The default only switches `current`; the publish job
 * passes one that records the release as live in the database and switches last, inside the same
 * transaction, so a failure before the commit leaves both the records and the link as they were.
 */
export type GoLive<T extends PublishOutcome = PublishOutcome> = (outcome: T) => Promise<void>
export const switchOnly: GoLive = async ({ releaseId }) => {
  await switchCurrent(releaseId)
}

async function countPages(dir: string): Promise<number> {
  const entries = await fs.readdir(dir, { recursive: true })
  return entries.filter((e) => e.endsWith('.html')).length
}

/**
 * Builds the whole site from a snapshot directory into a new release directory, beside the live
 * one (not yet current), with its record of sources: every page from this release's own snapshot;
 * locality releases built on it start from there. The live release's search bundles are carried
 * over for the pages open at the switch. Returns the build log.
 */
export async function stageProvinceRelease({
  snapshotDir,
  releaseId,
  contentHash,
  createdAt,
}: {
  snapshotDir: string
  releaseId: string
  contentHash: string
  createdAt: string
}): Promise<string> {
  const building = path.join(stagingDir(releaseId), 'site')
  try {
    let buildLog = await buildSite({ snapshotDir, outDir: building })
    // Pages open in browsers at the switch keep searching the index they loaded (searchBundles.ts).
    const previous = await currentReleaseId()
    // From the bucket when another instance built it; without it, open pages only lose their search.
    const previousDir = previous ? await ensureLocalRelease(previous).catch(() => null) : null
    if (previous && previousDir) {
      const base = await readManifest(previousDir).then(
        (m) => m.site.base,
        () => null,
      )
      const carried = base ? await carryOverSearchBundles(previousDir, building, base) : []
      if (carried.length)
        buildLog += `\nGiữ lại ${carried.length} bộ tìm kiếm của bản ${previous} cho các trang đang mở: ${carried.join(', ')}`
    }
    await writeManifest(
      building,
      {
        version: MANIFEST_VERSION,
        releaseId,
        scope: 'province',
        createdAt,
        contentHash,
        site: siteConfig(),
        baseReleaseId: null,
        locality: null,
        sources: { province: releaseId, localities: {} },
      },
      path.join(snapshotDir, 'snapshot.json'),
    )
    await fs.rename(building, releaseDir(releaseId))
    return buildLog
  } finally {
    await fs.rm(building, { recursive: true, force: true })
  }
}

/**
 * export → build → index → an immutable release directory → atomic switch of "current".
 * Until the switch nothing citizens see changes; on any failure the staging files are removed
 * and the live release stays exactly as it was.
 */
export async function publishRelease(
  payload: Payload,
  {
    now = new Date(),
    log = (_: string) => {},
    goLive = switchOnly,
  }: { now?: Date; log?: (line: string) => void; goLive?: GoLive } = {},
): Promise<PublishOutcome> {
  return withPublishLock(async () => {
    const lines: string[] = []
    const note = (line: string) => {
      lines.push(`[${new Date().toISOString()}] ${line}`)
      log(line)
    }
    const exported = await exportSnapshot(payload, { now })
    const { releaseId, contentHash } = exported.snapshot.metadata
    note(
      `Đã xuất dữ liệu: ${exported.snapshot.procedures.length} thủ tục, mã nội dung ${contentHash.slice(0, 12)}`,
    )
    if (exported.gaps.length) note(gapsLine(exported.gaps))

    const staging = stagingDir(releaseId)
    let archived
    try {
      await writeSnapshot(exported, path.join(staging, 'snapshot'))
      const buildLog = await stageProvinceRelease({
        snapshotDir: path.join(staging, 'snapshot'),
        releaseId,
        contentHash,
        createdAt: exported.snapshot.metadata.generatedAt,
      })
      lines.push(buildLog.trim())
      note('Đã dựng trang và chỉ mục tìm kiếm')
      archived = await archiveStagedRelease(releaseId, path.join(staging, 'snapshot'))
      note(`Đã lưu trữ bản dữ liệu (${archived.stored} tệp mới trong kho lưu trữ)`)
    } finally {
      await fs.rm(staging, { recursive: true, force: true })
    }
    const pushed = await uploadStagedRelease(releaseId)
    if (pushed) note(pushed)
    const previous = await currentReleaseId()
    const counts = {
      procedures: exported.snapshot.procedures.length,
      localities: exported.snapshot.localCatalogues.length,
      applications: exported.snapshot.localCatalogues.reduce(
        (n, c) => n + c.applications.length,
        0,
      ),
      files: exported.files.length,
      pages: await countPages(releaseDir(releaseId)),
    }
    note(`Đã chuyển bản đang hiển thị: ${previous ?? '(chưa có)'} → ${releaseId}`)
    await goLive({
      releaseId,
      contentHash,
      counts,
      log: lines.join('\n'),
      archivedSnapshots: archived.snapshots,
    })
    const pruned = await pruneReleases(releasesToKeep())
    if (pruned.length) note(`Đã xóa ${pruned.length} bản cũ: ${pruned.join(', ')}`)

    return {
      releaseId,
      contentHash,
      counts,
      log: lines.join('\n'),
      archivedSnapshots: archived.snapshots,
    }
  })
}
