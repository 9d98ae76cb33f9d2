import type { AbolishedProcedure, Decision, Locality, Procedure } from '../../content-schemas'
import { paths } from '../../content-schemas/urls'
import type { Catalogue } from './catalogue'
import { formatDate } from './format'

/** What the old address of a procedure that left the catalogue says (AbolishedNotice.astro). */
export interface AbolishedView {
  code: string
  name: string
  /** "Thủ tục đã bãi bỏ từ ngày 03/12/2026." or, with no decision in the release, no date */
  statement: string
  decision: Decision | null
  replacement: { name: string; path: string } | null
  /** where to look instead: the locality's catalogue and search, or the province's */
  homePath: string
  searchPath: string
}

/**
 * The notice of `abolished`, at the province's address or at `locality`'s. The replacement links
 * to the locality's own page for it when the locality applies it, else to the province's.
 */
export function abolishedView(
  catalogue: Catalogue,
  abolished: AbolishedProcedure,
  locality?: Locality,
): AbolishedView {
  const since = formatDate(abolished.since)
  const decision = abolished.decisionId ? catalogue.decision(abolished.decisionId) : null
  const replaced: Procedure | undefined = abolished.replacementCode
    ? catalogue.byCode.get(abolished.replacementCode)
    : undefined
  const localReplacement =
    replaced && locality
      ? catalogue.localCatalogues
          .find((c) => c.locality.id === locality.id)
          ?.byCode.get(replaced.code)
      : undefined
  return {
    code: abolished.code,
    name: abolished.name,
    // The source may not say when: the notice then says so rather than print a date it lacks.
    statement: since
      ? `Thủ tục đã bãi bỏ từ ngày ${since}.`
      : 'Thủ tục đã bãi bỏ. Chưa có thông tin về ngày bãi bỏ.',
    decision,
    replacement: replaced
      ? {
          name: replaced.name,
          path: localReplacement
            ? paths.localProcedure(locality!, replaced)
            : paths.procedure(replaced),
        }
      : null,
    homePath: locality ? paths.locality(locality) : paths.home,
    searchPath: locality ? paths.localSearch(locality) : paths.search,
  }
}
