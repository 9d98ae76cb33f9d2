/**
 * npm run export -- [--out dir] [--province slug]
 * Exports the published catalogue of a province as a release snapshot (snapshot.json + files/).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import config from '../../cms/payload.config'
import { exportSnapshot } from '../../cms/publication/exportSnapshot'
import { rootDir } from '../../cms/lib/paths'
import { ensureNode24 } from '../lib/ensureNode'
import { writeSnapshot } from '../../release/writeSnapshot'

ensureNode24()
const { values } = parseArgs({ options: { out: { type: 'string' }, province: { type: 'string' } } })

const payload = await getPayload({ config })
try {
  const result = await exportSnapshot(payload, { provinceSlug: values.province })
  const dir = path.resolve(values.out ?? path.join(rootDir, 'dist', 'snapshot'))
  const file = await writeSnapshot(result, dir)
  const { metadata, procedures, localCatalogues } = result.snapshot
  console.log(
    `Đã xuất ${procedures.length} thủ tục, ${localCatalogues.length} danh mục địa phương, ${result.files.length} tệp → ${file}`,
  )
  console.log(`Mã nội dung: ${metadata.contentHash}`)
  if (result.gaps.length) {
    console.log(`${result.gaps.length} thủ tục có phần chưa có thông tin:`)
    for (const gap of result.gaps)
      console.log(
        `  - ${gap.code} "${gap.name}": ${gap.parts.map((p) => `${p.part} (nguồn: ${p.source})`).join('; ')}`,
      )
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
