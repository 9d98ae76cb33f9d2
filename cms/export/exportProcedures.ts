/**
 * The catalogue's procedures in the national shapes, for `npm run export -- --format …`: read from
 * the database (published versions, or the latest drafts), mapped to natural keys, written, and
 * read back with the importer's own reader, so the summary says whether an import of the file
 * would take every procedure.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { readPortalExcel } from '../import/formats/portalExcel'
import { readPortalJson } from '../import/formats/portalJson'
import type { ImportedProcedure } from '../import/records'
import { formatIssue, type ImportIssue } from '../import/report'
import { importedFromStored, loadNaturalKeys } from '../import/stored'
import type { Procedure } from '../payload-types'
import { writePortalExcel } from './portalExcel'
import { writePortalJson } from './portalJson'

export const EXPORT_FORMATS = ['portal-json', 'xlsx'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** The parts a procedure's source may leave unstated, as the summary names them. */
const UNKNOWN_PARTS: [label: string, isUnknown: (p: ImportedProcedure) => boolean][] = [
  ['đối tượng thực hiện', (p) => p.subjectsGap.kind === 'unknown'],
  ['cơ quan thực hiện', (p) => p.agencies.implementingGap.kind === 'unknown'],
  ['trình tự thực hiện', (p) => p.stepsGap.kind === 'unknown'],
  ['cách thức thực hiện', (p) => p.methodsGap.kind === 'unknown'],
  ['thời hạn giải quyết', (p) => p.methods.some((m) => m.processingTimeGap.kind === 'unknown')],
  ['phí, lệ phí', (p) => p.methods.some((m) => m.feesGap.kind === 'unknown')],
  ['thành phần hồ sơ', (p) => p.dossierGap.kind === 'unknown'],
  ['kết quả thực hiện', (p) => p.resultsGap.kind === 'unknown'],
  ['yêu cầu, điều kiện', (p) => p.requirementsGap.kind === 'unknown'],
]

export const unknownPartsOf = (p: ImportedProcedure): string[] =>
  UNKNOWN_PARTS.filter(([, isUnknown]) => isUnknown(p)).map(([label]) => label)

/**
 * Every procedure in the catalogue's natural keys, sorted by code. Published: the version citizens
 * see (the main document when it is published; Payload keeps a newer draft in the versions table).
 * Drafts: the latest version of each, published or not. Abolished procedures are left out: the
 * national shape carries procedures in force, and the reader reads every record as in force.
 */
export async function storedProcedures(
  payload: Payload,
  { draft = false }: { draft?: boolean } = {},
): Promise<{ procedures: ImportedProcedure[]; abolished: number }> {
  const [found, keys] = await Promise.all([
    payload.find({
      collection: 'procedures',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      draft,
      ...(draft ? {} : { where: { _status: { equals: 'published' } } }),
    }),
    loadNaturalKeys(payload),
  ])
  const all = (found.docs as Procedure[]).map((doc) => importedFromStored(doc, keys))
  const procedures = all
    .filter((p) => p.validity === 'in-force')
    .sort((a, b) =>
      a.code === b.code
        ? (a.localCode ?? '').localeCompare(b.localCode ?? '')
        : a.code < b.code
          ? -1
          : 1,
    )
  return { procedures, abolished: all.length - procedures.length }
}

export interface ExportReport {
  format: ExportFormat
  file: string
  procedures: number
  abolished: number
  /** procedures with at least one part their source does not state */
  withUnknownParts: number
  /** per part, how many procedures leave it unknown */
  unknownParts: Record<string, number>
  /** what the importer's reader says of the written file (errors: records it would refuse) */
  readBack: ImportIssue[]
}

/** Writes the file whole or not at all: a failure midway leaves no half-written file behind. */
async function writeWhole(file: string, bytes: string | Buffer) {
  await fs.mkdir(path.dirname(file), { recursive: true })
  const partial = `${file}.${process.pid}.tmp`
  try {
    await fs.writeFile(partial, bytes)
    await fs.rename(partial, file)
  } finally {
    await fs.rm(partial, { force: true })
  }
}

export async function exportProcedures(
  payload: Payload,
  { format, file, draft = false }: { format: ExportFormat; file: string; draft?: boolean },
): Promise<ExportReport> {
  const { procedures, abolished } = await storedProcedures(payload, { draft })
  const name = path.basename(file)
  let readBack: ImportIssue[]
  if (format === 'portal-json') {
    const text = writePortalJson(procedures)
    await writeWhole(file, text)
    readBack = readPortalJson(text, name).issues
  } else {
    const bytes = await writePortalExcel(procedures)
    await writeWhole(file, bytes)
    // The list has no levels: the reader's one warning per row is expected, not news.
    readBack = (await readPortalExcel(bytes, name)).issues.filter(
      (issue) => issue.severity === 'error',
    )
  }
  const unknownParts: Record<string, number> = {}
  let withUnknownParts = 0
  for (const p of procedures) {
    const parts = unknownPartsOf(p)
    if (parts.length) withUnknownParts++
    for (const part of parts) unknownParts[part] = (unknownParts[part] ?? 0) + 1
  }
  return {
    format,
    file,
    procedures: procedures.length,
    abolished,
    withUnknownParts,
    unknownParts,
    readBack,
  }
}

const SHOWN_ISSUES = 50

/** The Vietnamese summary the command prints. */
export function exportSummary(report: ExportReport, { draft }: { draft: boolean }): string[] {
  const lines = [
    `Đã xuất ${report.procedures} thủ tục (${draft ? 'bản nháp mới nhất' : 'bản đã xuất bản'}) → ${report.file}`,
  ]
  if (report.format === 'xlsx')
    lines.push(
      'Danh sách Excel chỉ gồm mã số, tên, cơ quan thực hiện và lĩnh vực; cột "Cơ quan ban hành" để trống (danh mục không lưu).',
    )
  if (report.abolished)
    lines.push(
      `Không xuất ${report.abolished} thủ tục đã bãi bỏ (dạng dữ liệu quốc gia chỉ gồm thủ tục còn hiệu lực).`,
    )
  if (report.withUnknownParts) {
    lines.push(
      `${report.withUnknownParts} thủ tục có phần chưa có thông tin (ghi "Không có thông tin"):`,
    )
    for (const [part, count] of Object.entries(report.unknownParts))
      lines.push(`  - ${part}: ${count} thủ tục`)
  } else lines.push('Không thủ tục nào có phần chưa có thông tin.')
  const errors = report.readBack.filter((i) => i.severity === 'error')
  if (report.readBack.length === 0)
    lines.push('Đọc lại tệp bằng trình nhập: không có lỗi hay cảnh báo.')
  else {
    lines.push(
      `Đọc lại tệp bằng trình nhập: ${errors.length} lỗi (bản ghi sẽ không nhập được), ${report.readBack.length - errors.length} cảnh báo:`,
    )
    // Errors first; a province's worth of warnings would bury the summary.
    const shown = [...errors, ...report.readBack.filter((i) => i.severity !== 'error')]
    for (const issue of shown.slice(0, SHOWN_ISSUES)) lines.push(`  ${formatIssue(issue)}`)
    if (shown.length > SHOWN_ISSUES)
      lines.push(`  … và ${shown.length - SHOWN_ISSUES} vấn đề khác.`)
  }
  return lines
}
