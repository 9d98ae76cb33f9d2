import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { exportSnapshot } from './exportSnapshot'
import { LocalityReleaseError, stageLocalityRelease } from '../../release/localityRelease'
import {
  archiveStagedRelease,
  releasesToKeep,
  switchOnly,
  uploadStagedRelease,
  type GoLive,
  type PublishOutcome,
} from './publishRelease'
import {
  currentReleaseId,
  pruneReleases,
  stagingDir,
  withPublishLock,
} from '../../release/releaseStore'
import { writeSnapshot } from '../../release/writeSnapshot'

export const NO_BASE_RELEASE =
  'Chưa có bản phát hành nào trên trang công khai để xuất bản riêng một địa phương: các trang còn lại lấy từ bản đang hiển thị. Hãy xuất bản toàn tỉnh trước.'

/** What the province pages still show after a locality publish, for the release's log and the admin. */
export const provincePagesNote = (provinceReleaseId: string) =>
  `Các trang cấp tỉnh (trang chủ, thủ tục của tỉnh với danh sách địa phương áp dụng, lĩnh vực, cấp thực hiện, A–Z, ` +
  `tìm kiếm toàn tỉnh, danh sách địa phương, thay đổi, dữ liệu mở, sơ đồ trang) và danh mục các địa phương khác giữ nguyên ` +
  `như bản ${provinceReleaseId}; chúng sẽ cập nhật ở lần xuất bản toàn tỉnh tiếp theo.`

export interface LocalityPublishOutcome extends PublishOutcome {
  baseReleaseId: string
  locality: { id: string; slug: string; name: string }
}

/**
 * A locality publish: export the published content → build that locality only → a new release
 * directory with every other page carried over from the live one → atomic switch → prune.
 * Citizens see the old release until the switch; on any failure nothing they see changes.
 */
export async function publishLocalityRelease(
  payload: Payload,
  {
    localityId,
    now = new Date(),
    log = (_: string) => {},
    goLive = switchOnly,
  }: {
    localityId: string
    now?: Date
    log?: (line: string) => void
    goLive?: GoLive<LocalityPublishOutcome>
  },
): Promise<LocalityPublishOutcome> {
  return withPublishLock(async () => {
    const lines: string[] = []
    const note = (line: string) => {
      lines.push(`[${new Date().toISOString()}] ${line}`)
      log(line)
    }
    // Under the lock: the base is what is live now, whatever it was when the publisher clicked.
    const baseReleaseId = await currentReleaseId()
    if (!baseReleaseId) throw new LocalityReleaseError(NO_BASE_RELEASE)

    const exported = await exportSnapshot(payload, { now })
    const { releaseId, contentHash, generatedAt } = exported.snapshot.metadata
    const locality = exported.snapshot.localities.find((l) => l.id === localityId)
    if (!locality)
      throw new LocalityReleaseError(
        'Địa phương này không thuộc tỉnh được xuất bản hoặc chưa được công bố.',
      )
    if (locality.tier === 'province')
      throw new LocalityReleaseError('Đây là cấp tỉnh: hãy chọn “Toàn tỉnh” để xuất bản.')
    const catalogue = exported.snapshot.localCatalogues.find((c) => c.localityId === localityId)
    const applications =
      catalogue?.applications.filter((a) =>
        exported.snapshot.procedures.some(
          (p) => p.code === a.procedureCode && p.validity === 'in-force',
        ),
      ) ?? []
    if (!applications.length) {
      throw new LocalityReleaseError(
        `${locality.name} chưa có thủ tục áp dụng nào đã duyệt để công bố. Nếu địa phương ngừng công bố danh mục, hãy xuất bản toàn tỉnh để gỡ nó khỏi trang công khai.`,
      )
    }
    note(
      `Đã xuất dữ liệu: ${locality.name}, ${applications.length} thủ tục áp dụng; mã nội dung ${contentHash.slice(0, 12)}; bản gốc ${baseReleaseId}`,
    )

    const snapshotDir = path.join(stagingDir(releaseId), 'snapshot')
    let staged
    let archived
    try {
      await writeSnapshot(exported, snapshotDir)
      staged = await stageLocalityRelease({
        snapshotDir,
        releaseId,
        contentHash,
        createdAt: generatedAt,
        locality: { id: locality.id, slug: locality.slug, name: locality.name },
        baseReleaseId,
        note,
      })
      archived = await archiveStagedRelease(releaseId, snapshotDir)
      note(`Đã lưu trữ bản dữ liệu (${archived.stored} tệp mới trong kho lưu trữ)`)
    } finally {
      await fs.rm(stagingDir(releaseId), { recursive: true, force: true })
    }
    const pushed = await uploadStagedRelease(releaseId)
    if (pushed) note(pushed)
    lines.push(staged.buildLog.trim())
    note(
      `Đã chuyển bản đang hiển thị: ${baseReleaseId} → ${releaseId} (chỉ ${locality.name} thay đổi)`,
    )
    note(provincePagesNote(staged.manifest.sources.province))
    const outcome = {
      releaseId,
      contentHash,
      baseReleaseId,
      locality: staged.manifest.locality!,
      // What this release rebuilt; everything else is the base's.
      counts: {
        procedures: applications.length,
        localities: 1,
        applications: applications.length,
        files: staged.filesAdded.length + staged.filesReplaced.length,
        pages: staged.pagesBuilt,
      },
      archivedSnapshots: archived.snapshots,
    }
    await goLive({ ...outcome, log: lines.join('\n') })
    const pruned = await pruneReleases(releasesToKeep())
    if (pruned.length) note(`Đã xóa ${pruned.length} bản cũ: ${pruned.join(', ')}`)

    return { ...outcome, log: lines.join('\n') }
  })
}
