/**
 * Writes procedures as the national database's Excel list (Mã số | Tên | Cơ quan ban hành | Cơ quan
 * thực hiện | Lĩnh vực), the layout `readPortalExcel` (cms/import/formats/portalExcel.ts) reads:
 * reading it back gives the same code, name, sector and implementing agencies.
 *
 * "Cơ quan ban hành" (the ministry that announced the procedure) has no field in the catalogue, so
 * its cells stay empty rather than guessed.
 */
import ExcelJS from 'exceljs'

import type { ImportedProcedure } from '../import/records'

const HEADINGS = ['Mã số', 'Tên', 'Cơ quan ban hành', 'Cơ quan thực hiện', 'Lĩnh vực'] as const
const WIDTHS = [26, 70, 30, 45, 30]

export async function writePortalExcel(procedures: ImportedProcedure[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Danh mục thủ tục hành chính'
  const sheet = workbook.addWorksheet('Danh sách TTHC', {
    views: [{ state: 'frozen', ySplit: 1 }],
  })
  sheet.columns = HEADINGS.map((header, i) => ({ header, width: WIDTHS[i] }))
  sheet.getRow(1).font = { bold: true }
  for (const p of procedures)
    sheet.addRow([
      // Strings, never numbers: Excel would turn "1.001190" into 1.00119.
      p.localCode ?? p.code,
      p.name,
      '',
      // The reader splits agencies on ";" and line breaks.
      p.agencies.implementing.join('; '),
      p.sector,
    ])
  // Text cells: a code typed over in Excel stays text.
  sheet.getColumn(1).numFmt = '@'
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
