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
  xlsx: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', detected: 'xlsx' },
  odt: { mimeType: 'application/vnd.oasis.opendocument.text', detected: 'odt' },
  ods: { mimeType: 'application/vnd.oasis.opendocument.spreadsheet', detected: 'ods' },
}

export const ALLOWED_EXTENSIONS = Object.keys(ALLOWED)
export const ALLOWED_MIME_TYPES = Object.values(ALLOWED).map((a) => a.mimeType)

/** 20 MB by default: a scanned decision of a few dozen pages fits. */
export const maxUploadBytes = (): number => Number(process.env.UPLOAD_MAX_BYTES) || 20 * 1024 * 1024

const megabytes = (bytes: number) =>
  `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`

export interface IncomingFile {
  name: string
  size: number
  data?: Buffer
  tempFilePath?: string
}

/** A Vietnamese message naming the file and what is wrong with it, or null when it may be stored. */
export async function uploadError(file: IncomingFile): Promise<string | null> {
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
    const buffer = file.data && file.data.length > 0 ? file.data : file.tempFilePath ? await readFile(file.tempFilePath) : undefined
    const tail = buffer?.subarray(Math.max(0, buffer.length - 1024)).toString('latin1') ?? ''
    if (!tail.includes('%%EOF') || !tail.includes('xref')) {
      return `Tệp PDF "${file.name}" bị hỏng hoặc không đầy đủ; hãy xuất lại tệp rồi tải lên.`
    }
  }
  return null
}
