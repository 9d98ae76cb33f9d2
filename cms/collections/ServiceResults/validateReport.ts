import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { periodLabel, type PeriodKind } from '../../../content-schemas/serviceResults'
import { vietnamDay } from '../../lib/dates'
import { idOf } from '../../lib/idOf'
import { refuse, type FieldRefusal } from '../../lib/refuse'
import { countsOf, periodNotStarted, periodOf, rowRefusals, type ReportRow } from './reportRules'

type Data = Record<string, unknown>

async function namesOf(
  req: PayloadRequest,
  collection: 'procedures' | 'sectors',
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: [...new Set(ids)] } },
    select: { code: true, name: true },
    depth: 0,
    draft: false,
    limit: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  return new Map(
    (docs as { id: string; code?: string | null; name?: string | null }[]).map((doc) => [
      String(doc.id),
      [doc.code, doc.name].filter(Boolean).join(' '),
    ]),
  )
}

/**
 * Runs on every save, draft or not: the period, the title, each row's grain and sums, and one
 * report per locality and period. A wrong report is refused with the row and the numbers that
 * disagree, at the field the officer must correct.
 */
export const validateReport: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data } as Data
  const localityID = idOf(merged.locality)
  const refusals: FieldRefusal[] = []
  if (!localityID) refusals.push({ path: 'locality', message: 'Hãy chọn địa phương báo cáo.' })

  const period = periodOf({
    periodKind: merged.periodKind as PeriodKind | null,
    year: merged.year as number | null,
    periodIndex: merged.periodIndex as number | null,
  })
  if ('refusals' in period) refusals.push(...period.refusals)
  else {
    const notStarted = periodNotStarted(period.key, vietnamDay(new Date()))
    if (notStarted) refusals.push({ path: 'year', message: notStarted })
  }

  const storedRows = (Array.isArray(merged.rows) ? merged.rows : []) as Data[]
  const rows: ReportRow[] = storedRows.map((row) => ({
    procedure: idOf(row.procedure),
    sector: idOf(row.sector),
    counts: countsOf(row),
  }))
  const [procedureNames, sectorNames, locality, duplicate] = await Promise.all([
    namesOf(
      req,
      'procedures',
      rows.flatMap((r) => (r.procedure ? [r.procedure] : [])),
    ),
    namesOf(
      req,
      'sectors',
      rows.flatMap((r) => (r.sector ? [r.sector] : [])),
    ),
    localityID
      ? req.payload.findByID({
          collection: 'localities',
          id: localityID,
          select: { name: true },
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        })
      : null,
    localityID && 'key' in period
      ? req.payload.find({
          collection: 'service-results',
          where: {
            and: [
              { locality: { equals: localityID } },
              { period: { equals: period.key } },
              ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
            ],
          },
          select: { title: true },
          depth: 0,
          limit: 1,
          pagination: false,
          req,
          overrideAccess: true,
        })
      : null,
  ])
  const rowName = (row: ReportRow, index: number) => {
    const what = row.procedure
      ? procedureNames.get(row.procedure)
      : row.sector
        ? sectorNames.get(row.sector)
        : undefined
    return `Dòng ${index + 1}${what ? ` (${what})` : ''}`
  }
  rows.forEach((row, index) => {
    if (row.procedure && !procedureNames.has(row.procedure))
      refusals.push({
        path: `rows.${index}.procedure`,
        message: `Dòng ${index + 1}: không có thủ tục này trong danh mục.`,
      })
  })
  refusals.push(...rowRefusals(rows, rowName))
  if (duplicate?.docs.length && 'key' in period)
    refusals.push({
      path: 'periodIndex',
      message: `${locality?.name ?? 'Địa phương này'} đã có báo cáo ${periodLabel(period.key)}; hãy sửa báo cáo đã có.`,
    })
  if (refusals.length) refuse(req, 'service-results', refusals)

  const key = (period as { key: string }).key
  return {
    ...data,
    period: key,
    title: `${locality?.name ?? ''} – ${periodLabel(key)}`,
  }
}
