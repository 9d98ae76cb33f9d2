/**
 * XLSX and DOCX files are ZIP containers. Before one is handed to a library (which inflates it
 * whole, in memory), its central directory is read with fflate, without inflating any entry, and
 * refused when it could exhaust the server: too big, too many entries, or a zip bomb.
 */
import { unzipSync } from 'fflate'

import type { ImportIssue } from './report'

export const ZIP_LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  entries: 2_000,
  totalUncompressedBytes: 200 * 1024 * 1024,
  ratio: 200,
  /**
   * Below this size an entry cannot hurt, and tiny repetitive XML parts compress beyond the
   * ratio in ordinary files, so the ratio is checked only from here.
   */
  ratioFromBytes: 1024 * 1024,
}

export type ZipKind = 'xlsx' | 'docx'
const KIND_NAMES: Record<ZipKind, string> = {
  xlsx: 'tệp Excel (.xlsx)',
  docx: 'tệp Word (.docx)',
}

const MB = 1024 * 1024
const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1).replace('.', ',')} MB`

/** A local file header starts every ZIP: "PK\x03\x04". */
const isZipSignature = (bytes: Uint8Array) =>
  bytes.length >= 4 &&
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  bytes[2] === 0x03 &&
  bytes[3] === 0x04

/**
 * The problems that make the container unsafe or unreadable, each an error on field 'tệp'; an
 * empty list means the bytes may be given to the library.
 */
export function checkZip(bytes: Uint8Array, file: string, kind: ZipKind = 'xlsx'): ImportIssue[] {
  const issues: ImportIssue[] = []
  const error = (message: string, value: string | null = null) =>
    issues.push({
      file,
      record: null,
      row: null,
      code: null,
      field: 'tệp',
      value,
      message,
      severity: 'error',
    })
  const kindName = KIND_NAMES[kind]

  if (bytes.length > ZIP_LIMITS.fileBytes) {
    error(
      `Tệp ${file} quá lớn (${megabytes(bytes.length)}); giới hạn ${megabytes(ZIP_LIMITS.fileBytes)}.`,
    )
    return issues
  }
  if (!isZipSignature(bytes)) {
    error(`Tệp ${file} không phải ${kindName}: nội dung không có cấu trúc ZIP của ${kindName}.`)
    return issues
  }

  const entries: { name: string; size: number; originalSize: number }[] = []
  try {
    // The filter sees each entry of the central directory; returning false inflates nothing.
    unzipSync(bytes, {
      filter: (entry) => {
        entries.push({ name: entry.name, size: entry.size, originalSize: entry.originalSize })
        return false
      },
    })
  } catch {
    error(
      `Tệp ${file} không phải ${kindName} hợp lệ: tệp bị cắt cụt hoặc hỏng (không đọc được mục lục ZIP).`,
    )
    return issues
  }

  if (entries.length > ZIP_LIMITS.entries) {
    error(
      `Tệp ${file} chứa ${entries.length} thành phần; giới hạn ${ZIP_LIMITS.entries}: không xử lý.`,
      String(entries.length),
    )
  }
  const total = entries.reduce((sum, e) => sum + e.originalSize, 0)
  if (total > ZIP_LIMITS.totalUncompressedBytes) {
    error(
      `Tệp ${file} khi giải nén chiếm ${megabytes(total)}; giới hạn ${megabytes(ZIP_LIMITS.totalUncompressedBytes)}: không xử lý.`,
      megabytes(total),
    )
  }
  for (const entry of entries) {
    if (entry.originalSize < ZIP_LIMITS.ratioFromBytes) continue
    const ratio = entry.originalSize / Math.max(entry.size, 1)
    if (ratio > ZIP_LIMITS.ratio) {
      error(
        `Tệp ${file} có thành phần "${entry.name}" nén với tỷ lệ ${Math.round(ratio)}:1 (giới hạn ${ZIP_LIMITS.ratio}:1), dấu hiệu của tệp nén độc hại (zip bomb): không xử lý.`,
        entry.name,
      )
      break
    }
  }
  return issues
}

/**
 * The names of a ZIP's entries, read from its central directory without inflating any; null when
 * the bytes are not a readable ZIP. Tells an XLSX (xl/workbook.xml) from a DOCX (word/document.xml).
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (!isZipSignature(bytes)) return null
  const names: string[] = []
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        names.push(entry.name)
        return false
      },
    })
  } catch {
    return null
  }
  return names
}
