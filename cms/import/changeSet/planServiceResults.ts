/**
 * The dry run of results reports (`ImportedServiceReport`, cms/import/formats/resultsExcel.ts): each
 * report is one item of the set, keyed "locality code/period". It creates the locality's report for
 * the period or replaces the one there is, row by row; the reviewer sees every count that changes.
 * What needs the catalogue is judged here: the locality (the set's, when the file does not name
 * one), each row's procedure (by code, or by its exact name when the file gives no code) or sector,
 * and whether the period has begun.
 */
import type { Payload, PayloadRequest } from 'payload'

import {
  DOSSIER_COUNTS,
  dossierCountLabels,
  monthsEnding,
  monthsOf,
  parsePeriod,
  periodLabel,
  total,
  type DossierCounts,
} from '../../../content-schemas/serviceResults'
import { countsOf, periodNotStarted } from '../../collections/ServiceResults/reportRules'
import { vietnamDay } from '../../lib/dates'
import type { AppliedProcedure, Locality, ServiceResult } from '../../payload-types'
import type { ImportedServiceReport } from '../records'
import { shownValue, type ImportIssue } from '../report'
import type { FieldChange, ItemPart } from './diff'
import { nameKey, type KeyIndex } from './plan'
import type { ChangeSetScope, PlanItem } from './types'

/** A row as the collection stores it, references resolved. */
export interface ResultRowData extends DossierCounts {
  procedure: string | null
  sector: string | null
}

/** A report the set writes: the collection's data, references resolved at planning. */
export interface ServiceResultWork {
  item: PlanItem
  record: ImportedServiceReport
  data: {
    locality: string
    periodKind: 'month' | 'quarter' | 'year'
    periodIndex: number | null
    year: number
    source: string
    demo: false
    rows: ResultRowData[]
  }
}

type StoredProcedure = { id: string | number; code: string; name: string }

/** The month before a monthly report's, or nothing for a quarter or a year. */
const previousMonth = (period: string): string[] =>
  parsePeriod(period)?.kind === 'month' ? [monthsEnding(period, 2)[0]!] : []

const countText = (value: number | null | undefined) =>
  value === null || value === undefined ? '(trống)' : value.toLocaleString('vi-VN')

/** One row's counts in a line: "Trực tuyến 3 · Trực tiếp 5 · …", unknown ones as "(trống)". */
const rowText = (counts: Partial<DossierCounts>) =>
  DOSSIER_COUNTS.map((k) => `${dossierCountLabels[k].vi} ${countText(counts[k])}`).join(' · ')

export async function planServiceResults(
  payload: Payload,
  reports: ImportedServiceReport[],
  scope: ChangeSetScope,
  ctx: {
    req?: PayloadRequest
    index: KeyIndex
    localities: Locality[]
    storedByCode: Map<string, StoredProcedure>
    items: PlanItem[]
    issues: ImportIssue[]
    inOpenSet: (doc: { workflow?: { changeSet?: unknown } | null }) => string | null
    now?: Date
  },
): Promise<ServiceResultWork[]> {
  const work: ServiceResultWork[] = []
  if (!reports.length) return work
  const localityByCode = new Map(ctx.localities.map((l) => [l.code ?? '', l]))
  const today = vietnamDay(ctx.now ?? new Date())
  const thisMonth = today.slice(0, 7)
  const sectorNames = new Map([...ctx.index.sectors].map(([key, id]) => [id, key]))
  const procedureByID = new Map([...ctx.storedByCode.values()].map((p) => [String(p.id), p]))
  const byName = new Map<string, StoredProcedure[]>()
  for (const p of ctx.storedByCode.values()) {
    const key = nameKey(p.name)
    byName.set(key, [...(byName.get(key) ?? []), p])
  }

  const localityCodes = new Set(
    reports.map((r) => r.locality ?? scope.locality).filter((c): c is string => Boolean(c)),
  )
  const localityIDs = [...localityCodes].map((c) => localityByCode.get(c)?.id).filter(Boolean)
  const find = async <T>(collection: 'service-results' | 'applied-procedures', where: object) =>
    localityIDs.length
      ? ((
          await payload.find({
            collection,
            where: where as never,
            draft: true,
            depth: 0,
            pagination: false,
            overrideAccess: true,
            req: ctx.req,
          })
        ).docs as unknown as T[])
      : []
  const [existing, applied] = await Promise.all([
    find<ServiceResult>('service-results', {
      locality: { in: localityIDs },
      // …and the month before each monthly report, whose dossiers in progress it carries over.
      period: { in: reports.flatMap((r) => [r.period, ...previousMonth(r.period)]) },
    }),
    find<AppliedProcedure>('applied-procedures', { locality: { in: localityIDs } }),
  ])
  const appliedByLocality = new Map<string, Set<string>>()
  for (const a of applied) {
    const set = appliedByLocality.get(String(a.locality)) ?? new Set<string>()
    set.add(String(a.procedure))
    appliedByLocality.set(String(a.locality), set)
  }

  const seen = new Map<string, string>()
  for (const record of reports) {
    const issue = (
      row: number | null,
      code: string | null,
      field: string,
      value: unknown,
      message: string,
      severity: ImportIssue['severity'] = 'error',
    ) =>
      ctx.issues.push({
        file: record.file,
        record: null,
        row,
        code,
        field,
        value: shownValue(value),
        message,
        severity,
      })
    const errorsBefore = ctx.issues.filter((i) => i.severity === 'error').length

    // The locality: the file's, within the set's scope; or the set's when the file names none.
    const code = record.locality ?? scope.locality
    if (!code) {
      issue(
        null,
        null,
        'Mã đơn vị hành chính',
        null,
        'Tệp không ghi mã đơn vị hành chính và lô nhập không chọn địa phương: hãy chọn địa phương khi nhập, hoặc ghi mã vào ô bên phải nhãn "Mã đơn vị hành chính:".',
      )
      continue
    }
    const locality = localityByCode.get(code)
    if (!locality) {
      issue(
        null,
        null,
        'Mã đơn vị hành chính',
        code,
        'Không có địa phương nào mang mã đơn vị hành chính này.',
      )
      continue
    }
    if (scope.locality !== null && code !== scope.locality) {
      issue(
        null,
        null,
        'Mã đơn vị hành chính',
        code,
        `Báo cáo này của ${locality.name}, ngoài phạm vi của lô nhập (${scope.locality}).`,
      )
      continue
    }
    const key = `${code}/${record.period}`
    const first = seen.get(key)
    if (first !== undefined) {
      issue(
        null,
        null,
        'Kỳ báo cáo',
        periodLabel(record.period),
        `${locality.name} đã có báo cáo ${periodLabel(record.period).toLowerCase()} trong tệp ${first}: một lô nhập chỉ có một báo cáo cho mỗi kỳ.`,
      )
      continue
    }
    seen.set(key, record.file)
    const months = monthsOf(record.period)
    const notStarted = periodNotStarted(record.period, today)
    if (notStarted) issue(null, null, 'Kỳ báo cáo', periodLabel(record.period), notStarted)
    else if (months[months.length - 1]! >= thisMonth)
      issue(
        null,
        null,
        'Kỳ báo cáo',
        periodLabel(record.period),
        `Kỳ báo cáo ${periodLabel(record.period).toLowerCase()} chưa kết thúc: số liệu có thể chưa đủ.`,
        'warning',
      )

    // Each row's procedure or sector.
    const appliedHere = appliedByLocality.get(String(locality.id)) ?? new Set<string>()
    const rows: ResultRowData[] = []
    const rowKeys = new Map<string, number>()
    for (const row of record.rows) {
      let procedure: StoredProcedure | undefined
      let sector: string | null = null
      if (row.code) {
        procedure = ctx.storedByCode.get(row.code)
        if (!procedure) {
          issue(
            row.row,
            row.code,
            'Mã thủ tục',
            row.code,
            'Thủ tục không có trong danh mục của tỉnh.',
          )
          continue
        }
      } else if (row.name) {
        const candidates = byName.get(nameKey(row.name)) ?? []
        const local = candidates.filter((p) => appliedHere.has(String(p.id)))
        const pick = local.length === 1 ? local : candidates
        if (pick.length !== 1) {
          issue(
            row.row,
            null,
            'Tên thủ tục',
            row.name,
            pick.length === 0
              ? 'Không tìm thấy thủ tục nào mang đúng tên này trong danh mục: hãy thêm cột "Mã thủ tục".'
              : `Có ${pick.length} thủ tục cùng tên (${pick.map((p) => p.code).join(', ')}): hãy ghi mã thủ tục.`,
          )
          continue
        }
        procedure = pick[0]
      } else if (row.sector) {
        sector = ctx.index.sectors.get(nameKey(row.sector)) ?? null
        if (!sector) {
          issue(
            row.row,
            null,
            'Lĩnh vực',
            row.sector,
            'Không có lĩnh vực nào mang tên này trong danh mục.',
          )
          continue
        }
      }
      const rowKey = procedure ? `p:${procedure.id}` : `s:${sector}`
      const firstRow = rowKeys.get(rowKey)
      if (firstRow !== undefined) {
        issue(
          row.row,
          procedure?.code ?? null,
          procedure ? 'Mã thủ tục' : 'Lĩnh vực',
          procedure?.code ?? row.sector,
          `Trùng với dòng ${firstRow}: mỗi thủ tục (hoặc lĩnh vực) chỉ có một dòng.`,
        )
        continue
      }
      rowKeys.set(rowKey, row.row)
      if (procedure && !appliedHere.has(String(procedure.id)))
        issue(
          row.row,
          procedure.code,
          'Mã thủ tục',
          procedure.code,
          `${locality.name} chưa có thủ tục này trong danh mục áp dụng; số liệu vẫn được nhập, hãy kiểm tra mã.`,
          'warning',
        )
      rows.push({
        procedure: procedure ? String(procedure.id) : null,
        sector,
        ...row.counts,
      })
    }
    if (ctx.issues.filter((i) => i.severity === 'error').length > errorsBefore) continue

    const [year, second] = record.period.split('-')
    const data: ServiceResultWork['data'] = {
      locality: String(locality.id),
      periodKind: second === undefined ? 'year' : second.startsWith('Q') ? 'quarter' : 'month',
      periodIndex: second === undefined ? null : Number(second.replace('Q', '')),
      year: Number(year),
      source: record.source,
      demo: false,
      rows,
    }
    const rowName = (r: { procedure?: unknown; sector?: unknown }) => {
      if (r.procedure) {
        const p = procedureByID.get(String(r.procedure))
        return p ? `${p.code} – ${p.name}` : String(r.procedure)
      }
      return `Lĩnh vực ${sectorNames.get(String(r.sector)) ?? r.sector}`
    }
    const rowID = (r: { procedure?: unknown; sector?: unknown }) =>
      r.procedure ? `p:${String(r.procedure)}` : `s:${String(r.sector)}`

    const stored = existing.find(
      (e) => String(e.locality) === String(locality.id) && e.period === record.period,
    )
    // What a month carries over is what was still in progress at the end of the month before.
    const [before] = previousMonth(record.period)
    const previous = before
      ? existing.find((e) => String(e.locality) === String(locality.id) && e.period === before)
      : undefined
    if (previous) {
      const pendingThen = new Map(
        (previous.rows ?? []).map((r) => [
          rowID(r),
          total(countsOf(r), ['pendingWithinTime', 'pendingOverdue']),
        ]),
      )
      const differing = rows.flatMap((r) => {
        const then = pendingThen.get(rowID(r))
        return then !== undefined &&
          then !== null &&
          r.carriedOver !== null &&
          r.carriedOver !== then
          ? [`${rowName(r)}: ${r.carriedOver} (cuối ${periodLabel(before).toLowerCase()}: ${then})`]
          : []
      })
      if (differing.length)
        issue(
          null,
          null,
          dossierCountLabels.carriedOver.vi,
          null,
          `Số hồ sơ kỳ trước chuyển sang khác số hồ sơ đang giải quyết cuối ${periodLabel(before).toLowerCase()} trong báo cáo đã có, ở ${differing.length} dòng: ${differing.slice(0, 5).join('; ')}${differing.length > 5 ? `; và ${differing.length - 5} dòng khác` : ''}. Hãy kiểm tra.`,
          'warning',
        )
    }
    const changes: FieldChange[] = []
    if (stored) {
      if ((stored.source ?? '') !== data.source)
        changes.push({
          path: 'source',
          label: 'Nguồn số liệu',
          before: stored.source || '(trống)',
          after: data.source,
        })
      const before = new Map((stored.rows ?? []).map((r) => [rowID(r), r]))
      const after = new Map(rows.map((r) => [rowID(r), r]))
      for (const id of new Set([...before.keys(), ...after.keys()])) {
        const [old, now] = [before.get(id), after.get(id)]
        const name = rowName((now ?? old)!)
        if (!old || !now) {
          changes.push({
            path: `rows.${id}`,
            label: name,
            before: old ? rowText(old as Partial<DossierCounts>) : '(không có dòng)',
            after: now ? rowText(now) : '(không có dòng)',
          })
          continue
        }
        for (const k of DOSSIER_COUNTS)
          if ((old[k] ?? null) !== now[k])
            changes.push({
              path: `rows.${id}.${k}`,
              label: `${name}: ${dossierCountLabels[k].vi}`,
              before: countText(old[k]),
              after: countText(now[k]),
            })
      }
      const busy = changes.length ? ctx.inOpenSet(stored) : null
      if (busy) {
        issue(null, null, 'Kỳ báo cáo', periodLabel(record.period), busy)
        continue
      }
    }
    const contents: ItemPart[] | undefined = stored
      ? undefined
      : [
          { path: 'source', label: 'Nguồn số liệu', value: data.source },
          ...rows.map((r) => ({ path: `rows.${rowID(r)}`, label: rowName(r), value: rowText(r) })),
        ]
    const item: PlanItem = {
      collection: 'service-results',
      key,
      title: `${locality.name} – ${periodLabel(record.period)}`,
      status: !stored ? 'new' : changes.length ? 'changed' : 'unchanged',
      id: stored ? String(stored.id) : null,
      file: record.file,
      changes,
      ...(contents ? { contents } : {}),
    }
    ctx.items.push(item)
    if (item.status !== 'unchanged') work.push({ item, record, data })
  }
  return work
}
