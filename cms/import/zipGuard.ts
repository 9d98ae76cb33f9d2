/**
 * XLSX and DOCX files are ZIP containers. Before one is handed to a library (which inflates it
 * whole, in memory), it is checked here and refused when it could exhaust the server: too big,
 * too many entries, or a zip bomb. Two passes, both bounded:
 *
 * 1. the central directory alone (nothing inflated): sizes and ratios as the archive declares them;
 * 2. each entry inflated, counting what really comes out and stopping as soon as an entry gives
 *    more than it declared or than the caps: declared sizes are written by whoever made the file
 *    and a forged one would otherwise slip through pass 1.
 *
 * The central directory is read by hand (fflate's `unzipSync` filter gives names and sizes but not
 * where an entry's data starts, and its streaming `Unzip` follows the local headers, which may
 * disagree with the central directory the libraries read): both passes see what exceljs (JSZip)
 * and the DOCX reader will see.
 */
import zlib from 'node:zlib'

import type { ImportIssue } from './report'

const MB = 1024 * 1024

export const ZIP_LIMITS = {
  fileBytes: 50 * MB,
  entries: 2_000,
  /** one entry, inflated */
  entryUncompressedBytes: 100 * MB,
  totalUncompressedBytes: 200 * MB,
  ratio: 200,
  /**
   * Below this size an entry cannot hurt, and tiny repetitive XML parts compress beyond the
   * ratio in ordinary files, so the ratio is checked only from here.
   */
  ratioFromBytes: 1 * MB,
}

export type ZipKind = 'xlsx' | 'docx'
const KIND_NAMES: Record<ZipKind, string> = {
  xlsx: 'tệp Excel (.xlsx)',
  docx: 'tệp Word (.docx)',
}

const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1).replace('.', ',')} MB`

/** A local file header starts every ZIP: "PK\x03\x04". */
export const isZipSignature = (bytes: Uint8Array) =>
  bytes.length >= 4 &&
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  bytes[2] === 0x03 &&
  bytes[3] === 0x04

/** One entry as the central directory declares it. */
export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflated; anything else no library here reads */
  method: number
  /** compressed size */
  size: number
  /** declared uncompressed size */
  originalSize: number
  /** offset of the entry's local header */
  headerOffset: number
}

class ZipFormatError extends Error {}

/**
 * The central directory's entries, without inflating anything; throws ZipFormatError when there
 * is none to read (not a ZIP, truncated, inconsistent).
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const fail = (): never => {
    throw new ZipFormatError()
  }
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : fail())
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : fail())
  const u64 = (at: number) => {
    const value = u32(at) + u32(at + 4) * 2 ** 32
    return Number.isSafeInteger(value) ? value : fail()
  }

  // The end-of-central-directory record: 22 bytes plus a comment of at most 65,535.
  let end = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--)
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at
      break
    }
  if (end < 0) fail()
  let count = u16(end + 10)
  let offset = u32(end + 16)
  if (count === 0xffff || offset === 0xffffffff) {
    // ZIP64: the locator just before points to the ZIP64 end record.
    if (end < 20 || u32(end - 20) !== 0x07064b50) fail()
    const end64 = u64(end - 12)
    if (u32(end64) !== 0x06064b50) fail()
    count = u64(end64 + 32)
    offset = u64(end64 + 48)
  }
  if (count > bytes.length / 46) fail()

  const entries: ZipEntry[] = []
  const decoder = new TextDecoder()
  for (let i = 0; i < count; i++) {
    if (u32(offset) !== 0x02014b50) fail()
    const nameLength = u16(offset + 28)
    const extraLength = u16(offset + 30)
    const commentLength = u16(offset + 32)
    const nameEnd = offset + 46 + nameLength
    if (nameEnd + extraLength > bytes.length) fail()
    let size = u32(offset + 20)
    let originalSize = u32(offset + 24)
    let headerOffset = u32(offset + 42)
    // ZIP64 extra field: the 8-byte values of those fields that hold 0xFFFFFFFF, in this order.
    for (let at = nameEnd; at + 4 <= nameEnd + extraLength;) {
      const id = u16(at)
      const length = u16(at + 2)
      if (id === 0x0001) {
        let field = at + 4
        const next = () => {
          const value = u64(field)
          field += 8
          return value
        }
        if (originalSize === 0xffffffff) originalSize = next()
        if (size === 0xffffffff) size = next()
        if (headerOffset === 0xffffffff) headerOffset = next()
      }
      at += 4 + length
    }
    entries.push({
      name: decoder.decode(bytes.subarray(offset + 46, nameEnd)),
      method: u16(offset + 10),
      size,
      originalSize,
      headerOffset,
    })
    offset = nameEnd + extraLength + commentLength
  }
  return entries
}

/** The names in the central directory, or null when the bytes are not a readable ZIP. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (!isZipSignature(bytes)) return null
  try {
    return zipEntries(bytes).map((e) => e.name)
  } catch (problem) {
    if (problem instanceof ZipFormatError) return null
    throw problem
  }
}

/** Where the compressed data of an entry lies, from its local header. */
function dataOf(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const at = entry.headerOffset
  if (at + 30 > bytes.length) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.getUint32(at, true) !== 0x04034b50) return null
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  if (start + entry.size > bytes.length) return null
  return bytes.subarray(start, start + entry.size)
}

/**
 * An entry's data inflated, stopping once it passes `cap` bytes: the data, 'over' past the cap,
 * or 'corrupt' when it cannot be inflated. Node's zlib, not fflate: about five times faster (a
 * locality's 100 kB template inflates to 1 MB, checked for each of a province's 149 files), and
 * `maxOutputLength` stops it at the cap, so at most the cap is ever held.
 */
function inflateEntry(
  data: Uint8Array,
  method: number,
  cap: number,
): Uint8Array | 'over' | 'corrupt' {
  if (method === 0) return data.length > cap ? 'over' : data
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(cap, 1) })
  } catch (problem) {
    return (problem as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'over' : 'corrupt'
  }
}

/**
 * The inflated data of the entries `wanted` names, for a reader, once `checkZip` found the
 * container safe (entries that are missing, or not stored or deflated, are left out).
 */
export function inflateEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>()
  for (const entry of zipEntries(bytes)) {
    if (!wanted(entry.name) || (entry.method !== 0 && entry.method !== 8)) continue
    const data = dataOf(bytes, entry)
    const inflated = data && inflateEntry(data, entry.method, entry.originalSize)
    if (inflated instanceof Uint8Array) out.set(entry.name, inflated)
  }
  return out
}

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

  let entries: ZipEntry[]
  try {
    entries = zipEntries(bytes)
  } catch (problem) {
    if (!(problem instanceof ZipFormatError)) throw problem
    error(
      `Tệp ${file} không phải ${kindName} hợp lệ: tệp bị cắt cụt hoặc hỏng (không đọc được mục lục ZIP).`,
    )
    return issues
  }

  // Pass 1: what the archive declares.
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
  const bombMessage = (entry: ZipEntry, ratio: number) =>
    `Tệp ${file} có thành phần "${entry.name}" nén với tỷ lệ ${Math.round(ratio)}:1 (giới hạn ${ZIP_LIMITS.ratio}:1), dấu hiệu của tệp nén độc hại (zip bomb): không xử lý.`
  for (const entry of entries) {
    if (entry.originalSize < ZIP_LIMITS.ratioFromBytes) continue
    const ratio = entry.originalSize / Math.max(entry.size, 1)
    if (ratio > ZIP_LIMITS.ratio) {
      error(bombMessage(entry, ratio), entry.name)
      break
    }
  }
  const big = entries.find((e) => e.originalSize > ZIP_LIMITS.entryUncompressedBytes)
  if (big && !issues.length)
    error(
      `Tệp ${file} có thành phần "${big.name}" khi giải nén chiếm ${megabytes(big.originalSize)}; giới hạn ${megabytes(ZIP_LIMITS.entryUncompressedBytes)} mỗi thành phần: không xử lý.`,
      big.name,
    )
  if (issues.length) return issues

  // Pass 2: what the entries really hold. An entry may not give more than it declared (pass 1
  // checked the declared sizes), nor more than the caps whatever it declared.
  let inflated = 0
  for (const entry of entries) {
    const broken = () =>
      error(
        `Tệp ${file} không phải ${kindName} hợp lệ: thành phần "${entry.name}" bị hỏng, không giải nén được.`,
        entry.name,
      )
    if (entry.method !== 0 && entry.method !== 8) {
      error(
        `Tệp ${file} có thành phần "${entry.name}" nén theo phương thức ${entry.method}, không được hỗ trợ (chỉ đọc tệp nén kiểu Deflate).`,
        entry.name,
      )
      return issues
    }
    const data = dataOf(bytes, entry)
    if (!data) {
      broken()
      return issues
    }
    const cap = Math.min(
      entry.originalSize,
      ZIP_LIMITS.entryUncompressedBytes,
      ZIP_LIMITS.totalUncompressedBytes - inflated,
    )
    const result = inflateEntry(data, entry.method, cap)
    if (result === 'corrupt') {
      broken()
      return issues
    }
    // Past the cap: one byte more than it is the count known (inflation stopped there).
    const real = result === 'over' ? cap + 1 : result.length
    if (real > entry.originalSize) {
      error(
        `Tệp ${file} có thành phần "${entry.name}" khai báo ${entry.originalSize} byte khi giải nén nhưng thực tế nhiều hơn (đã dừng giải nén ở ${megabytes(real)}): kích thước bị khai man, dấu hiệu của tệp nén độc hại (zip bomb): không xử lý.`,
        entry.name,
      )
      return issues
    }
    inflated += real
    if (inflated > ZIP_LIMITS.totalUncompressedBytes) {
      error(
        `Tệp ${file} khi giải nén thực tế vượt ${megabytes(ZIP_LIMITS.totalUncompressedBytes)}: không xử lý.`,
        entry.name,
      )
      return issues
    }
    if (real >= ZIP_LIMITS.ratioFromBytes && real / Math.max(entry.size, 1) > ZIP_LIMITS.ratio) {
      error(bombMessage(entry, real / Math.max(entry.size, 1)), entry.name)
      return issues
    }
  }
  return issues
}
