import { comparePeriods, DOSSIER_COUNTS, type ServiceResultReport } from '../../../content-schemas'
import { idOf } from '../../lib/idOf'
import type { ServiceResult } from '../../payload-types'
import { text } from './common'

/**
 * The published service-results reports of the province's localities → the snapshot's reports:
 * rows as count tuples, null kept where the report does not state a count. A row whose procedure
 * or sector is no longer readable is kept by code when known, so the locality's totals stay what
 * the desk reported; one with neither is dropped (the CMS refuses such rows).
 */
export function toServiceResults(
  docs: ServiceResult[],
  {
    codeOf,
    sectorIDs,
    localityIDs,
  }: { codeOf: Map<string, string>; sectorIDs: Set<string>; localityIDs: Set<string> },
): ServiceResultReport[] | undefined {
  if (docs.length === 0) return undefined
  return docs
    .filter((doc) => doc.period && localityIDs.has(idOf(doc.locality) ?? ''))
    .map((doc) => ({
      localityId: idOf(doc.locality)!,
      period: doc.period!,
      demo: doc.demo === true,
      source: text(doc.source),
      rows: (doc.rows ?? []).flatMap((row) => {
        const procedureCode = codeOf.get(idOf(row.procedure) ?? '') ?? null
        const sector = idOf(row.sector)
        const sectorId = !procedureCode && sector && sectorIDs.has(sector) ? sector : null
        if (!procedureCode && !sectorId) return []
        return [
          {
            procedureCode,
            sectorId,
            counts: DOSSIER_COUNTS.map((key) => {
              const value = row[key]
              return typeof value === 'number' ? value : null
            }),
          },
        ]
      }),
    }))
    .sort((a, b) =>
      a.localityId === b.localityId
        ? comparePeriods(a.period, b.period)
        : a.localityId < b.localityId
          ? -1
          : 1,
    )
}
