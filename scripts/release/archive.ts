/**
 * npm run release:archive
 * Archives every release directory still on disk (those published before the archive existed),
 * records every switch the release records know of, then reads every archived file back and
 * checks it against its sha256. Exits non-zero when something is missing or damaged.
 */
import { getPayload } from 'payload'

import config from '../../cms/payload.config'
import { archiveExisting } from '../../cms/collections/Releases/archiveSwitch'
import { runMigrations } from '../../cms/db'
import { archiveDir } from '../../release/paths'
import { verifyArchive } from '../../release/releaseArchive'
import { ensureNode24 } from '../lib/ensureNode'

ensureNode24()
const payload = await getPayload({ config })
try {
  await runMigrations(payload)
  console.log(`Kho lưu trữ: ${archiveDir()}`)
  const archived = await archiveExisting(payload, (line) => console.log(line))
  const verified = await verifyArchive()
  console.log(
    `Đã kiểm tra ${verified.objects} tệp và ${verified.releases} hồ sơ bản phát hành theo mã SHA-256.`,
  )
  const problems = [...archived.problems, ...verified.problems]
  for (const problem of problems) console.error(`  - ${problem}`)
  if (verified.problems.length) process.exitCode = 1
  else
    console.log(
      archived.problems.length
        ? 'Các tệp trong kho đều nguyên vẹn; xem các ghi chú ở trên.'
        : 'Các tệp trong kho đều nguyên vẹn.',
    )
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
