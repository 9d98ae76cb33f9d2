import ExcelJS from 'exceljs'
import type { Endpoint, PayloadRequest } from 'payload'

import { formatDate, vietnamDay } from '../../lib/dates'
import type { User } from '../../payload-types'
import { complianceReport, type ComplianceRow } from './checks'
import { complianceScope } from './scope'

export const COMPLIANCE_XLSX_PATH = '/compliance/xlsx'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The overview as a workbook: the same lines as the dashboard, for a report or a meeting. */
export async function writeComplianceXlsx(rows: ComplianceRow[], now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Danh mục thủ tục hành chính'
  const sheet = workbook.addWorksheet('Tổng quan tuân thủ', {
    views: [{ state: 'frozen', ySplit: 2 }],
  })
  sheet.addRow([`Tổng quan tuân thủ ngày ${formatDate(now)}`]).font = { bold: true }
  sheet.addRow(['Nhóm', 'Nội dung kiểm tra', 'Số lượng', 'Ghi chú']).font = { bold: true }
  sheet.columns = [{ width: 45 }, { width: 70 }, { width: 12 }, { width: 50 }]
  for (const row of rows)
    sheet.addRow([row.group, row.label.replace(/^— /, '   '), row.count, row.note ?? ''])
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** GET /api/compliance/xlsx — the signed-in reader's overview, scoped as on the dashboard. */
export const complianceXlsxEndpoint: Endpoint = {
  path: COMPLIANCE_XLSX_PATH,
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const scope = complianceScope(req.user as User | null)
    if (!scope)
      return Response.json(
        { errors: [{ message: 'Hãy đăng nhập bằng tài khoản cán bộ để xem tổng quan tuân thủ.' }] },
        { status: req.user ? 403 : 401 },
      )
    const now = new Date()
    const rows = await complianceReport({ payload: req.payload, scope, now })
    const name = `tong-quan-tuan-thu-${vietnamDay(now)}.xlsx`
    return new Response(new Uint8Array(await writeComplianceXlsx(rows, now)), {
      headers: {
        'Content-Type': XLSX_TYPE,
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
