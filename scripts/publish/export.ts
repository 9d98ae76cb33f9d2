/**
 * npm run export -- [--out dir] [--province slug]
 *   Exports the published catalogue of a province as a release snapshot (snapshot.json + files/).
 * npm run export -- --format portal-json|xlsx <file> [--draft]
 *   Exports every procedure in a national shape (cms/export/), published versions unless --draft.
 * Bad arguments: the usage in Vietnamese and exit code 2, before the database is opened.
 */
import path from 'node:path'

import type { Payload } from 'payload'

import { rootDir } from '../../cms/lib/paths'
import { ensureNode24 } from '../lib/ensureNode'
import { EXPORT_USAGE, parseExportArgs, type ExportArgs } from './exportArgs'

ensureNode24()
const args = parseExportArgs(process.argv.slice(2))
if (args.kind === 'usage') {
  console.error(`Lỗi tham số: ${args.error}\n\n${EXPORT_USAGE}`)
  process.exit(2)
}

async function exportSnapshotTo(
  payload: Payload,
  { out, province }: { out?: string; province?: string },
) {
  const { exportSnapshot } = await import('../../cms/publication/exportSnapshot')
  const { writeSnapshot } = await import('../../release/writeSnapshot')
  const result = await exportSnapshot(payload, { provinceSlug: province })
  const dir = path.resolve(out ?? path.join(rootDir, 'dist', 'snapshot'))
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
}

async function exportPortalTo(payload: Payload, args: Extract<ExportArgs, { kind: 'portal' }>) {
  const { exportProcedures, exportSummary } = await import('../../cms/export/exportProcedures')
  // npm runs scripts in the package's folder; a relative name means the folder the officer typed in.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), args.file)
  const report = await exportProcedures(payload, { ...args, file })
  for (const line of exportSummary(report, args)) console.log(line)
}

// Payload opens the database DATABASE_URI names, as npm start does.
const { getPayload } = await import('payload')
const { default: config } = await import('../../cms/payload.config')
const payload = await getPayload({ config })
try {
  if (args.kind === 'snapshot') await exportSnapshotTo(payload, args)
  else await exportPortalTo(payload, args)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
// The PostgreSQL adapter keeps its pool open after destroy (tests/helpers/payload.ts): without
// this the command would print its summary and never return.
process.exit()
