import type { Endpoint, PayloadRequest } from 'payload'

import { monthsEnding, parsePeriod, periodLabel } from '../../../content-schemas/serviceResults'
import { writeResultsTemplate } from '../../import/formats/resultsExcel'
import { vietnamDay } from '../../lib/dates'
import { idOf } from '../../lib/idOf'
import { XLSX_CONTENT_TYPE } from '../Localities/importTemplateEndpoint'
import { templateError, templateLocality } from '../Localities/templateLocality'
import { contentDisposition } from '../Media/contentDisposition'

/** The month before this one in Vietnam: the period a desk reports at the start of a month. */
export const lastMonth = (now = new Date()) => monthsEnding(vietnamDay(now).slice(0, 7), 2)[0]!

/**
 * GET /api/localities/:id/results-template?period=2026-11 — the XLSX a desk fills with its results
 * for one period (cms/import/formats/resultsExcel.ts), one row per procedure the locality applies.
 * The period defaults to last month. Served to the same people as the applied-procedures template,
 * with the same answer as an unknown ID to anyone else.
 */
export const resultsTemplateEndpoint: Endpoint = {
  path: '/:id/results-template',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const locality = await templateLocality(req)
    if (locality instanceof Response) return locality
    const asked = new URL(req.url ?? 'http://localhost').searchParams.get('period')
    const period = asked ?? lastMonth()
    if (!parsePeriod(period))
      return templateError(
        400,
        `Kỳ báo cáo "${asked}" không hợp lệ: ghi dạng 2026-11 (tháng), 2026-Q3 (quý) hoặc 2026 (năm).`,
      )
    const applied = await req.payload.find({
      collection: 'applied-procedures',
      where: { locality: { equals: locality.id } },
      draft: true,
      depth: 0,
      pagination: false,
      select: { procedure: true },
      overrideAccess: false,
      req,
    })
    const procedureIDs = [
      ...new Set(applied.docs.map((a) => idOf(a.procedure)).filter((p): p is string => p !== null)),
    ]
    // The applied masters' codes and names are the rows' keys, and no secret (as the other template).
    const procedures = procedureIDs.length
      ? (
          await req.payload.find({
            collection: 'procedures',
            where: { id: { in: procedureIDs } },
            depth: 1,
            pagination: false,
            select: { code: true, name: true, sector: true },
            sort: 'code',
            overrideAccess: true,
            req,
          })
        ).docs
      : []
    const buffer = await writeResultsTemplate({
      locality: { name: locality.name, code: locality.code },
      period,
      procedures: procedures.map((p) => ({
        code: p.code,
        name: p.name,
        sector: typeof p.sector === 'object' && p.sector ? p.sector.name : null,
      })),
    })
    const name = `Mẫu kết quả giải quyết - ${locality.name} - ${periodLabel(period).replace('/', '-')}.xlsx`
    return new Response(new Uint8Array(buffer), {
      headers: {
        'Content-Type': XLSX_CONTENT_TYPE,
        'Content-Disposition': contentDisposition(name, XLSX_CONTENT_TYPE),
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
