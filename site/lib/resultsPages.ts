/**
 * What the results pages list: the periods that get a page of their own (years and quarters;
 * months appear in their rows), their labels and rows, shared by the province's and the
 * localities' pages.
 */
import {
  comparePeriods,
  monthsOf,
  parsePeriod,
  periodLabel,
  sumCounts,
  type DossierCounts,
} from '../../content-schemas'
import type { Catalogue } from './catalogue'
import { collator, sortName } from './catalogue'
import type { LocalityResults, PeriodResult } from './serviceResults'

/** Periods with a page: years and quarters, newest first. */
export const pagePeriods = (periods: readonly string[]): string[] =>
  periods.filter((p) => parsePeriod(p)?.kind !== 'month').sort((a, b) => comparePeriods(b, a))

/** The months of a period the locality reported, as table rows. */
export function monthRows(results: LocalityResults, period: string) {
  return monthsOf(period)
    .map((m) => results.result(m))
    .filter((r): r is PeriodResult => r !== undefined)
    .map((r) => ({ label: periodLabel(r.period), counts: r.totals }))
}

/** A period's rows per procedure (or sector), named and sorted by name as citizens read them. */
export function procedureRows(
  catalogue: Catalogue,
  result: PeriodResult,
  localProcedurePath?: (code: string) => string | undefined,
) {
  return [...result.rows]
    .map(([key, counts]) => {
      if (key.startsWith('sector:')) {
        // The contract holds that a report's sector is in the release.
        return { label: `Lĩnh vực ${catalogue.sector(key.slice('sector:'.length)).name}`, counts }
      }
      const procedure = catalogue.byCode.get(key)
      return {
        label: procedure ? `${procedure.name} (${key})` : `Thủ tục ${key}`,
        href: procedure ? localProcedurePath?.(key) : undefined,
        counts,
      }
    })
    .sort((a, b) => collator.compare(sortName(a.label), sortName(b.label)))
}

/** A period across the province: each locality with figures for it, and their sum. */
export function provinceRows(catalogue: Catalogue, period: string) {
  const rows: { label: string; slug: string; counts: DossierCounts; demo: boolean }[] = []
  const missing: string[] = []
  for (const local of catalogue.localCatalogues) {
    const result = catalogue.results.byLocality.get(local.locality.id)?.result(period)
    if (result)
      rows.push({
        label: local.locality.name,
        slug: local.locality.slug,
        counts: result.totals,
        demo: result.demo,
      })
    else if (catalogue.results.byLocality.has(local.locality.id)) missing.push(local.locality.name)
  }
  rows.sort((a, b) => collator.compare(a.label, b.label))
  return { rows, missing, total: rows.length ? sumCounts(rows.map((r) => r.counts)) : undefined }
}
