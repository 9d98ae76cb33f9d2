import ExcelJS from 'exceljs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { arbitraryCatalogue } from '../tooling/arbitraryProcedure'
import { readPortalExcel } from '../../cms/import/formats/portalExcel'
import type { ImportedProcedure } from '../../cms/import/records'
import { writePortalExcel } from '../../cms/export/portalExcel'

/** What the Excel list carries of a procedure. */
const listed = (p: ImportedProcedure) => ({
  code: p.code,
  localCode: p.localCode,
  name: p.name,
  sector: p.sector,
  implementing: p.agencies.implementing,
  implementingUnknown: p.agencies.implementingGap.kind === 'unknown',
})

describe('writePortalExcel', () => {
  it('reads back with readPortalExcel to the same codes, names, sectors and agencies', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryCatalogue(6), async (procedures) => {
        const bytes = await writePortalExcel(procedures)
        const { procedures: read, issues } = await readPortalExcel(bytes, 'danh-sach.xlsx')
        expect(issues.filter((i) => i.severity === 'error')).toEqual([])
        // The list has no levels: one warning per row, nothing else.
        expect(issues.map((i) => i.row)).toEqual(procedures.map((_, i) => i + 2))
        expect(read.map(listed)).toEqual(procedures.map(listed))
      }),
      { numRuns: 40 },
    )
  })

  it('has the national layout, with codes as text', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(
      (await writePortalExcel([
        {
          code: '1.001190',
          localCode: null,
          name: 'Đăng ký thường trú',
          sector: 'Cư trú',
          agencies: {
            implementing: ['Công an cấp xã', 'Công an cấp huyện'],
            competent: [],
            coordinating: [],
            authorised: [],
            implementingGap: { kind: null, source: null },
          },
        } as unknown as ImportedProcedure,
      ])) as never,
    )
    const sheet = workbook.worksheets[0]
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Mã số',
      'Tên',
      'Cơ quan ban hành',
      'Cơ quan thực hiện',
      'Lĩnh vực',
    ])
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '1.001190',
      'Đăng ký thường trú',
      '',
      'Công an cấp xã; Công an cấp huyện',
      'Cư trú',
    ])
  })
})
