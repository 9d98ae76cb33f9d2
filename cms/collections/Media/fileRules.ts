import { readFile } from 'node:fs/promises'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'

/**
 * Forms and scans only: the desk prints them and citizens download them on any phone.
 * Old .doc/.xls files are OLE compound files ("cfb") to content sniffing.
 */
const ALLOWED: Record<string, { mimeType: string; detected: string }> = {
  pdf: { mimeType: 'application/pdf', detected: 'pdf' },
  doc: { mimeType: 'application/msword', detected: 'cfb' },
  docx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    detected: 'docx',
  },
  xls: { mimeType: 'application/vnd.ms-excel', detected: 'cfb' },
  xlsx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    detected: 'xlsx',
  },
  odt: { mimeType: 'application/vnd.oasis.opendocument.text', detected: 'odt' },
  ods: { mimeType: 'application/vnd.oasis.opendocument.spreadsheet', detected: 'ods' },
}

export const ALLOWED_EXTENSIONS = Object.keys(ALLOWED)
export const ALLOWED_MIME_TYPES = Object.values(ALLOWED).map((a) => a.mimeType)

/** 20 MB by default: a scanned decision of a few dozen pages fits. */
export const maxUploadBytes = (): number => Number(process.env.UPLOAD_MAX_BYTES) || 20 * 1024 * 1024

export const megabytes = (bytes: number) =>
  `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`

export interface IncomingFile {
  name: string
  size: number
  data?: Buffer
  tempFilePath?: string
}

/** Control characters (NUL included) as "\uFFFD", so that a message can quote the name safely. */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const printable = (name: string) => name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD')

/**
 * What is wrong with a file's name, or null. The name becomes a path on disk and in URLs, so it is
 * refused rather than quietly changed: the person who uploads sees which name to fix.
 */
export function fileNameError(name: string): string | null {
  const shown = printable(name)
  if (name.trim() === '') return 'Tệp tải lên không có tên; hãy đặt tên tệp rồi tải lên lại.'
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) {
    return `Tên tệp "${shown}" chứa ký tự điều khiển (ví dụ ký tự NUL) không được phép; hãy đổi tên tệp rồi tải lên lại.`
  }
  if (/[/\\]/.test(name))
    return `Tên tệp "${shown}" chứa dấu gạch chéo ("/" hoặc "\\"); hãy đổi tên tệp rồi tải lên lại.`
  if (name.includes('..'))
    return `Tên tệp "${shown}" chứa hai dấu chấm liền nhau (".."); hãy đổi tên tệp rồi tải lên lại.`
  if (Buffer.byteLength(name, 'utf8') > 240)
    return `Tên tệp "${shown}" quá dài (tối đa 240 byte); hãy đặt tên ngắn hơn.`
  return null
}

/** A Vietnamese message naming the file and what is wrong with it, or null when it may be stored. */
export async function uploadError(file: IncomingFile): Promise<string | null> {
  const nameError = fileNameError(file.name)
  if (nameError) return nameError
  const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : ''
  const allowed = ALLOWED[extension]
  if (!allowed) {
    return `Tệp "${file.name}" không được chấp nhận: chỉ nhận tệp PDF, DOC, DOCX, XLS, XLSX, ODT hoặc ODS.`
  }
  if (file.size > maxUploadBytes()) {
    return `Tệp "${file.name}" dung lượng ${megabytes(file.size)}, vượt quá giới hạn ${megabytes(maxUploadBytes())}.`
  }
  const detected =
    file.data && file.data.length > 0
      ? await fileTypeFromBuffer(file.data)
      : file.tempFilePath
        ? await fileTypeFromFile(file.tempFilePath)
        : undefined
  if (detected?.ext !== allowed.detected) {
    return `Nội dung tệp "${file.name}" không phải là tệp ${extension.toUpperCase()} hợp lệ (đuôi tệp không khớp với nội dung).`
  }
  if (extension === 'pdf') {
    // Payload refuses truncated PDFs too, but in English; say it first, in Vietnamese.
    const buffer =
      file.data && file.data.length > 0
        ? file.data
        : file.tempFilePath
          ? await readFile(file.tempFilePath)
          : undefined
    const tail = buffer?.subarray(Math.max(0, buffer.length - 1024)).toString('latin1') ?? ''
    if (!tail.includes('%%EOF') || !tail.includes('xref')) {
      return `Tệp PDF "${file.name}" bị hỏng hoặc không đầy đủ; hãy xuất lại tệp rồi tải lên.`
    }
  }
  return null
}
