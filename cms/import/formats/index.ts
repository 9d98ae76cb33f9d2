import type { ImportedSet } from '../records'
import { utf16Encoding } from '../utf8'
import { zipEntryNames } from '../zipGuard'
import { readDecisionDocx } from './decisionDocx'
import { firstSheetRows, type XlsxMemo } from './firstSheet'
import { isLocalityHeader, readLocalityExcel } from './localityExcel'
import { readPortalExcel } from './portalExcel'
import { readPortalJsonBytes } from './portalJson'
import { isResultsHeader, readResultsExcel } from './resultsExcel'

/** A ZIP holding this entry; a ZIP whose directory cannot be read goes to the workbook reader,
 * whose container check names the damage. */
const zipHolds = (bytes: Uint8Array, entry: string, orUnreadable: boolean) => {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false
  const names = zipEntryNames(bytes)
  return names === null ? orUnreadable : names.includes(entry)
}

/**
 * One file format an import reads. The format of a file is recognised from its content (`detect`),
 * never from its name, or named by the officer (`--format`, the admin's choice).
 */
export interface ImportFormat {
  /** what `--format` names it */
  name: string
  /** Vietnamese, for reports and the admin */
  label: string
  /**
   * True when the bytes look like this format. `memo` is shared by the detection and the reading
   * of one file (its workbook's container checked and first sheet parsed once).
   */
  detect(bytes: Uint8Array, file: string, memo?: XlsxMemo): boolean
  /** Reads one file; what the format cannot hold is absent from the result. Never throws. */
  read(bytes: Uint8Array, file: string, memo?: XlsxMemo): Promise<Partial<ImportedSet>>
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b

/** A workbook whose first sheet has the locality template's header in its first rows. */
const isLocalityTemplate = (bytes: Uint8Array, file: string, memo: XlsxMemo = {}) =>
  isZip(bytes) && (firstSheetRows(bytes, 10, memo, file)?.some(isLocalityHeader) ?? false)

/** A workbook whose first sheet has a results report's count headings in its first rows. */
const isResultsReport = (bytes: Uint8Array, file: string, memo: XlsxMemo = {}) =>
  isZip(bytes) && (firstSheetRows(bytes, 15, memo, file)?.some(isResultsHeader) ?? false)

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
    // Any other workbook (the ZIP's directory lists xl/workbook.xml; a DOCX lists
    // word/document.xml instead), or a ZIP too damaged to list: the reader's message says what is
    // wrong with the container or which columns are missing. Nothing is inflated to decide.
    detect: (bytes, file, memo) =>
      zipHolds(bytes, 'xl/workbook.xml', true) &&
      !isLocalityTemplate(bytes, file, memo) &&
      !isResultsReport(bytes, file, memo),
    read: async (bytes, file, memo) => {
      // A list gives only code, name, sector and agencies: its procedures are skeletons.
      const { procedures, issues } = await readPortalExcel(bytes, file, memo)
      return { skeletons: procedures, issues }
    },
  },
  {
    name: 'decision-docx',
    label: 'Phụ lục quyết định công bố TTHC (Word)',
    // A Word document (a ZIP with word/document.xml); whether it has an appendix, the reader says.
    detect: (bytes) => zipHolds(bytes, 'word/document.xml', false),
    read: async (bytes, file) => readDecisionDocx(bytes, file),
  },
  {
    name: 'locality-xlsx',
    label: 'Thủ tục áp dụng tại địa phương (mẫu Excel)',
    detect: isLocalityTemplate,
    read: async (bytes, file, memo) => readLocalityExcel(bytes, file, memo),
  },
  {
    name: 'results-xlsx',
    label: 'Kết quả giải quyết hồ sơ của Bộ phận một cửa (Excel)',
    detect: isResultsReport,
    read: async (bytes, file, memo) => readResultsExcel(bytes, file, memo),
  },
]
