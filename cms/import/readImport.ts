/**
 * The one entry point of an import, for the command line and the admin: files in, one
 * `ImportedSet` out. Each file's format is recognised from its content with the registry (or named
 * by the officer); limits are checked before anything is parsed; the sets of all files are merged,
 * and a code that two files both give is an error naming both. Never throws: whatever goes wrong
 * with a file is an error located in that file.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { IMPORT_FORMATS, type ImportFormat } from './formats'
import type { XlsxMemo } from './formats/firstSheet'
import { IMPORT_LIMITS } from './limits'
import type { ImportedProcedure, ImportedSet } from './records'
import type { ImportIssue } from './report'
import { isZipSignature, zipEntryNames } from './zipGuard'

const MB = 1024 * 1024

export interface ImportInput {
  /** the name reports use: the path as given, or the uploaded file's name */
  file: string
  bytes: Uint8Array
}

const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1).replace('.', ',')} MB`
const count = (n: number) => n.toLocaleString('vi-VN')

function fileIssue(file: string, message: string, value: string | null = null): ImportIssue {
  return { file, record: null, row: null, code: null, field: '', value, message, severity: 'error' }
}

const knownFormats = () => IMPORT_FORMATS.map((f) => `${f.name} (${f.label})`).join(', ')

const emptySet = (issues: ImportIssue[] = []): ImportedSet => ({
  procedures: [],
  skeletons: [],
  applications: [],
  decisions: [],
  serviceResults: [],
  issues,
})

/** The format that recognises the bytes, the first in the registry's order. */
function detect(bytes: Uint8Array, file: string, memo: XlsxMemo): ImportFormat | null {
  for (const format of IMPORT_FORMATS) {
    try {
      if (format.detect(bytes, file, memo)) return format
    } catch {
      // A detector that cannot make sense of the bytes does not recognise them.
    }
  }
  return null
}

/** What the bytes look like when no format recognises them, to help the officer. */
function hint(bytes: Uint8Array): string {
  if (!isZipSignature(bytes)) return ''
  const names = zipEntryNames(bytes)
  if (!names) return ' (tệp nén ZIP bị cắt cụt hoặc hỏng: không đọc được mục lục)'
  if (names.includes('word/document.xml')) return ' (tệp Word .docx)'
  return ' (tệp nén ZIP không chứa bảng tính Excel)'
}

/** Reads the files of one import. */
export async function readImport(
  inputs: ImportInput[],
  options: {
    format?: string
    /** told of each file a format read, with what it read (the change set records where each record came from) */
    onRead?: (file: string, format: string, read: Partial<ImportedSet>) => void
  } = {},
): Promise<ImportedSet> {
  let named: ImportFormat | null = null
  if (options.format !== undefined) {
    named = IMPORT_FORMATS.find((f) => f.name === options.format) ?? null
    if (!named)
      return emptySet([
        {
          ...fileIssue(
            '',
            `Không có định dạng "${options.format}". Các định dạng được nhận: ${knownFormats()}.`,
          ),
          field: 'định dạng',
          value: options.format,
        },
      ])
  }
  // Over a limit of the batch, nothing is read: the error names the file that passed it.
  if (inputs.length > IMPORT_LIMITS.files) {
    const over = inputs[IMPORT_LIMITS.files].file
    return emptySet([
      fileIssue(
        over,
        `Lần nhập có ${count(inputs.length)} tệp, từ tệp ${over} là quá giới hạn ${count(IMPORT_LIMITS.files)} tệp mỗi lần nhập: không đọc tệp nào, hãy chia thành nhiều lần nhập.`,
      ),
    ])
  }
  let total = 0
  for (const input of inputs) {
    total += input.bytes.length
    if (total > IMPORT_LIMITS.batchBytes)
      return emptySet([
        fileIssue(
          input.file,
          `Đến tệp ${input.file}, các tệp của lần nhập này đã chiếm hơn ${megabytes(IMPORT_LIMITS.batchBytes)} (giới hạn mỗi lần nhập): không đọc tệp nào, hãy chia thành nhiều lần nhập.`,
        ),
      ])
  }

  const set = emptySet()
  // Where each code was first read, to name both files when another gives it again.
  const procedureFiles = new Map<string, string>()
  const applicationFiles = new Map<string, string>()
  for (const { file, bytes } of inputs) {
    if (bytes.length === 0) {
      set.issues.push(fileIssue(file, `Tệp ${file} rỗng (0 byte).`))
      continue
    }
    if (bytes.length > IMPORT_LIMITS.fileBytes) {
      set.issues.push(
        fileIssue(
          file,
          `Tệp ${file} quá lớn (${megabytes(bytes.length)}); giới hạn ${megabytes(IMPORT_LIMITS.fileBytes)} mỗi tệp.`,
        ),
      )
      continue
    }
    // What detection learnt of the file (its container checked, its first sheet parsed), for the
    // reader; dropped with this file's turn, so no parsed workbook outlives its reading.
    const memo: XlsxMemo = {}
    const format = named ?? detect(bytes, file, memo)
    if (!format) {
      set.issues.push(
        fileIssue(
          file,
          `Không nhận ra định dạng tệp ${file}${hint(bytes)}; các định dạng được nhận: ${knownFormats()}.`,
        ),
      )
      continue
    }
    let read: Partial<ImportedSet>
    try {
      read = await format.read(bytes, file, memo)
    } catch (problem) {
      // A reader must not throw; if one does, the file is refused and the import goes on.
      set.issues.push(
        fileIssue(
          file,
          `Không đọc được tệp ${file} (${format.label}): lỗi không mong đợi của bộ đọc (${problem instanceof Error ? problem.name : 'lỗi'}).`,
        ),
      )
      continue
    }
    options.onRead?.(file, format.name, read)
    set.issues.push(...(read.issues ?? []))
    const once = (procedure: ImportedProcedure) => {
      const first = procedureFiles.get(procedure.code)
      if (first === undefined) {
        procedureFiles.set(procedure.code, file)
        return true
      }
      set.issues.push({
        ...fileIssue(
          file,
          first === file
            ? `Mã thủ tục ${procedure.code} có hai lần trong tệp ${file}.`
            : `Mã thủ tục ${procedure.code} có trong cả tệp ${first} và tệp ${file}: một lần nhập chỉ được có mỗi mã một lần; bản ghi trong tệp ${file} không được nhập.`,
          procedure.code,
        ),
        code: procedure.code,
        field: 'code',
      })
      return false
    }
    set.procedures.push(...(read.procedures ?? []).filter(once))
    set.skeletons.push(...(read.skeletons ?? []).filter(once))
    for (const application of read.applications ?? []) {
      const key = `${application.locality} ${application.procedure}`
      const first = applicationFiles.get(key)
      if (first === undefined) {
        applicationFiles.set(key, file)
        set.applications.push(application)
      } else
        set.issues.push({
          ...fileIssue(
            file,
            `Thủ tục ${application.procedure} của địa phương ${application.locality} có trong cả tệp ${first} và tệp ${file}: dòng trong tệp ${file} không được nhập.`,
            application.procedure,
          ),
          code: application.procedure,
          field: 'code',
        })
    }
    set.decisions.push(...(read.decisions ?? []))
    set.serviceResults.push(...(read.serviceResults ?? []))
  }
  return set
}

/**
 * The files of the given paths, for the command line: a file, or a folder read recursively in
 * name order. Hidden files and folders (".…") are skipped; so are sockets, devices and the like,
 * and symbolic links unless they lead to a regular file inside the folder given. Sizes are checked
 * before a file is read whole.
 */
export async function readImportPaths(
  paths: string[],
  options: { format?: string } = {},
): Promise<ImportedSet> {
  const issues: ImportIssue[] = []
  const found: string[] = []
  const skip = (file: string, message: string) =>
    issues.push({ ...fileIssue(file, message), severity: 'warning' })

  const walk = async (dir: string, root: string): Promise<void> => {
    let names: string[]
    try {
      names = (await fs.readdir(dir)).sort()
    } catch {
      issues.push(fileIssue(dir, `Không đọc được thư mục ${dir}.`))
      return
    }
    for (const name of names) {
      if (name.startsWith('.')) continue
      if (found.length > IMPORT_LIMITS.files) return
      const full = path.join(dir, name)
      const stat = await fs.lstat(full).catch(() => null)
      if (!stat) continue
      if (stat.isDirectory()) await walk(full, root)
      else if (stat.isFile()) found.push(full)
      else if (stat.isSymbolicLink()) {
        // Followed only to a regular file inside the folder: a link must not bring in other files.
        const target = await fs.realpath(full).catch(() => null)
        const targetStat = target ? await fs.stat(target).catch(() => null) : null
        if (target && targetStat?.isFile() && isInside(target, root)) found.push(full)
        else
          skip(
            full,
            `Bỏ qua ${full}: liên kết tượng trưng không trỏ tới một tệp trong thư mục ${root}.`,
          )
      } else skip(full, `Bỏ qua ${full}: không phải tệp thông thường.`)
    }
  }

  for (const given of paths) {
    const stat = await fs.stat(given).catch(() => null)
    if (!stat) issues.push(fileIssue(given, `Không tìm thấy tệp hay thư mục ${given}.`))
    else if (stat.isDirectory()) await walk(given, await fs.realpath(given))
    else if (stat.isFile()) found.push(given)
    else issues.push(fileIssue(given, `${given} không phải tệp thông thường.`))
  }
  if (found.length > IMPORT_LIMITS.files)
    return emptySet([
      ...issues,
      fileIssue(
        paths.join(', '),
        `Có hơn ${count(IMPORT_LIMITS.files)} tệp; giới hạn ${count(IMPORT_LIMITS.files)} tệp mỗi lần nhập: hãy chia thành nhiều lần nhập.`,
      ),
    ])

  const inputs: ImportInput[] = []
  let total = 0
  for (const file of found) {
    const bytes = await readBounded(file, IMPORT_LIMITS.fileBytes)
    if (bytes === 'unreadable') {
      issues.push(fileIssue(file, `Không đọc được tệp ${file}.`))
      continue
    }
    if (bytes === 'too-big') {
      const size = (await fs.stat(file).catch(() => null))?.size ?? IMPORT_LIMITS.fileBytes + 1
      issues.push(
        fileIssue(
          file,
          `Tệp ${file} quá lớn (${megabytes(size)}); giới hạn ${megabytes(IMPORT_LIMITS.fileBytes)} mỗi tệp.`,
        ),
      )
      continue
    }
    total += bytes.length
    if (total > IMPORT_LIMITS.batchBytes)
      return emptySet([
        ...issues,
        fileIssue(
          paths.join(', '),
          `Các tệp của lần nhập này vượt ${megabytes(IMPORT_LIMITS.batchBytes)} tổng cộng: hãy chia thành nhiều lần nhập.`,
        ),
      ])
    inputs.push({ file, bytes })
  }
  const set = await readImport(inputs, options)
  set.issues.unshift(...issues)
  return set
}

const isInside = (target: string, root: string) => {
  const relative = path.relative(root, target)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

/**
 * The file's bytes, or 'too-big' without reading past the limit: the size is checked first, and
 * at most limit + 1 bytes are read, in case the file grows meanwhile.
 */
async function readBounded(
  file: string,
  limit: number,
): Promise<Uint8Array | 'too-big' | 'unreadable'> {
  let handle: fs.FileHandle | null = null
  try {
    handle = await fs.open(file, 'r')
    const { size } = await handle.stat()
    if (size > limit) return 'too-big'
    const buffer = new Uint8Array(Math.min(size, limit) + 1)
    let length = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
      if (length > limit) return 'too-big'
      if (length === buffer.length) break
    }
    return buffer.subarray(0, length)
  } catch {
    return 'unreadable'
  } finally {
    await handle?.close().catch(() => undefined)
  }
}
