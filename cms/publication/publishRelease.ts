import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { buildSite } from './buildSite'
import { exportSnapshot } from './exportSnapshot'
import { MANIFEST_VERSION, siteConfig, writeManifest } from './releaseManifest'
import { currentReleaseId, pruneReleases, releaseDir, stagingDir, switchCurrent, withPublishLock } from './releaseStore'
import { writeSnapshot } from './writeSnapshot'

export const releasesToKeep = (): number => Number(process.env.RELEASES_KEEP) || 10

export interface PublishOutcome {
  releaseId: string
  contentHash: string
  counts: { procedures: number; localities: number; applications: number; files: number; pages: number }
  log: string
}

/**
 * Makes a built release the one citizens see. The default only switches `current`; the publish job
 * passes one that records the release as live in the database and switches last, inside the same
 * transaction, so a failure before the commit leaves both the records and the link as they were.
 */
export type GoLive<T extends PublishOutcome = PublishOutcome> = (outcome: T) => Promise<void>
export const switchOnly: GoLive = ({ releaseId }) => switchCurrent(releaseId)

async function countPages(dir: string): Promise<number> {
  const entries = await fs.readdir(dir, { recursive: true })
  return entries.filter((e) => e.endsWith('.html')).length
}

/**
 * Builds the whole site from a snapshot directory into a new release directory, beside the live
 * one (not yet current), with its record of sources: every page from this release's own snapshot;
 * locality releases built on it start from there. Returns the build log.
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
    const buildLog = await buildSite({ snapshotDir, outDir: building })
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
  { now = new Date(), log = (_: string) => {}, goLive = switchOnly }: { now?: Date; log?: (line: string) => void; goLive?: GoLive } = {},
): Promise<PublishOutcome> {
  return withPublishLock(async () => {
    const lines: string[] = []
    const note = (line: string) => {
      lines.push(`[${new Date().toISOString()}] ${line}`)
      log(line)
    }
    const exported = await exportSnapshot(payload, { now })
    const { releaseId, contentHash } = exported.snapshot.metadata
    note(`Đã xuất dữ liệu: ${exported.snapshot.procedures.length} thủ tục, mã nội dung ${contentHash.slice(0, 12)}`)

    const staging = stagingDir(releaseId)
    try {
      await writeSnapshot(exported, path.join(staging, 'snapshot'))
      const buildLog = await stageProvinceRelease({
        snapshotDir: path.join(staging, 'snapshot'),
        releaseId,
        contentHash,
        createdAt: exported.snapshot.metadata.generatedAt,
      })
      lines.push(buildLog.trim())
      note('Đã build trang và chỉ mục tìm kiếm')
    } finally {
      await fs.rm(staging, { recursive: true, force: true })
    }
    const previous = await currentReleaseId()
    const counts = {
      procedures: exported.snapshot.procedures.length,
      localities: exported.snapshot.localCatalogues.length,
      applications: exported.snapshot.localCatalogues.reduce((n, c) => n + c.applications.length, 0),
      files: exported.files.length,
      pages: await countPages(releaseDir(releaseId)),
    }
    note(`Đã chuyển bản đang hiển thị: ${previous ?? '(chưa có)'} → ${releaseId}`)
    await goLive({ releaseId, contentHash, counts, log: lines.join('\n') })
    const pruned = await pruneReleases(releasesToKeep())
    if (pruned.length) note(`Đã xóa ${pruned.length} bản cũ: ${pruned.join(', ')}`)

    return { releaseId, contentHash, counts, log: lines.join('\n') }
  })
}
