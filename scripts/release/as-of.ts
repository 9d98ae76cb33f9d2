/**
 * npm run release:as-of -- <time> [--out dir] [--no-build]
 * What citizens saw at <time>: which release was live then (from the release records), and the
 * site rebuilt from its archived snapshot(s) into dist/as-of/<releaseId>/ with the same build as a
 * publish. <time>: 2026-11-23T10:00 or "23/11/2026 10:00"; without an offset it is Vietnam time.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import config from '../../cms/payload.config'
import { releaseAsOf } from '../../cms/collections/Releases/asOf'
import { runMigrations } from '../../cms/db'
import { AS_OF_FORMATS, parseInstant } from '../../release/asOf'
import { rebuildRelease } from '../../release/rebuildRelease'
import { archiveRelease, readArchivedRelease } from '../../release/releaseArchive'
import { releaseDir } from '../../release/releaseStore'
import { ensureNode24 } from '../lib/ensureNode'

ensureNode24()
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, 'no-build': { type: 'boolean' } },
})
const input = positionals.join(' ')
if (!input) {
  console.error(
    `Cách dùng: npm run release:as-of -- <thời điểm> [--out thư-mục] [--no-build]\nThời điểm: ${AS_OF_FORMATS}.`,
  )
  process.exit(1)
}

let at: Date
try {
  at = parseInstant(input)
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}

const payload = await getPayload({ config })
try {
  await runMigrations(payload)
  const answer = await releaseAsOf(payload, at)
  console.log(answer.message)
  const record = answer.record
  if (record && answer.releaseId) {
    const who =
      record.requestedBy && typeof record.requestedBy === 'object'
        ? `${record.requestedBy.name} <${record.requestedBy.email}>`
        : '(không rõ)'
    const locality =
      record.locality && typeof record.locality === 'object'
        ? `, địa phương ${record.locality.name}, các trang khác từ bản ${record.baseReleaseId}`
        : ''
    console.log(
      `  thao tác: ${record.action === 'rollback' ? 'khôi phục' : 'xuất bản'} bởi ${who}; phạm vi ${record.scope ?? 'province'}${locality}`,
    )
    console.log(`  mã nội dung: ${record.contentHash}`)
    if (!(await readArchivedRelease(answer.releaseId))) {
      // Published before the archive existed, and still on disk: archive it now.
      await archiveRelease(releaseDir(answer.releaseId)).catch(() => null)
    }
    if (!values['no-build']) {
      const outDir = values.out ? path.resolve(values.out) : undefined
      const rebuilt = await rebuildRelease(answer.releaseId, {
        outDir,
        expected: record.archivedSnapshots,
        note: (line) => console.log(`  ${line}…`),
      })
      console.log(
        `Đã dựng lại ${rebuilt.pages} trang của bản ${rebuilt.releaseId} từ kho lưu trữ (${rebuilt.builds.length} lần build) → ${rebuilt.outDir}`,
      )
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
