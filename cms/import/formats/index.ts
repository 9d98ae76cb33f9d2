import type { ImportedSet } from '../records'
import { utf16Encoding } from '../utf8'
import { zipEntryNames } from '../zipGuard'
import { readPortalExcel } from './portalExcel'
import { readPortalJsonBytes } from './portalJson'

/**
 * One file format an import reads. The format of a file is recognised from its content (`detect`),
 * never from its name, or named by the officer (`--format`, the admin's choice).
 */
export interface ImportFormat {
  /** what `--format` names it */
  name: string
  /** Vietnamese, for reports and the admin */
  label: string
  /** true when the bytes look like this format */
  detect(bytes: Uint8Array, file: string): boolean
  /** Reads one file; what the format cannot hold is absent from the result. Never throws. */
  read(bytes: Uint8Array, file: string): Promise<Partial<ImportedSet>>
}

/** Registry of the formats an import reads, in the order detection tries them. */
export const IMPORT_FORMATS: ImportFormat[] = [
  {
    name: 'portal-json',
    label: 'Hồ sơ TTHC của CSDL quốc gia (JSON)',
    detect: (bytes) => {
      // The first character that is not a byte-order mark or white space opens a JSON value. JSON
      // saved as UTF-16 is recognised too, so that its reader says which encoding to save it in.
      const utf16 = utf16Encoding(bytes)
      const start = new TextDecoder(
        utf16 === 'UTF-16 BE' ? 'utf-16be' : utf16 ? 'utf-16le' : 'utf-8',
      )
        .decode(bytes.subarray(0, 64))
        .replace(/^\uFEFF/, '')
        .trimStart()
      return start.startsWith('{') || start.startsWith('[')
    },
    read: async (bytes, file) => readPortalJsonBytes(bytes, file),
  },
  {
    name: 'portal-xlsx',
    label: 'Danh sách TTHC xuất từ CSDL quốc gia (Excel)',
    // A ZIP whose central directory lists a workbook (a DOCX lists word/document.xml instead);
    // read without inflating anything. Which list it is, the reader's header check says.
    detect: (bytes) => zipEntryNames(bytes)?.includes('xl/workbook.xml') ?? false,
    read: async (bytes, file) => {
      // A list gives only code, name, sector and agencies: its procedures are skeletons.
      const { procedures, issues } = await readPortalExcel(bytes, file)
      return { skeletons: procedures, issues }
    },
  },
]
