/** The reference data procedures point at: sectors, agencies, legal documents. */
import type {
  Agency as PublishedAgency,
  LegalDocument as PublishedLegalDocument,
  Sector as PublishedSector,
} from '../../../content-schemas'
import { legalKindLabels } from '../../../content-schemas/enumerations'
import type { Agency, LegalDocument, Sector } from '../../payload-types'
import { day, text, type RefIn } from './common'

export const toSector = (s: Sector): PublishedSector => ({
  id: s.id,
  slug: s.slug!,
  name: s.name,
  code: text(s.code),
})

export const toAgency = (a: Agency): PublishedAgency => ({
  id: a.id,
  name: a.name,
  level: a.level ?? null,
})

export const toLegalDocument = (d: LegalDocument, legalRef: RefIn): PublishedLegalDocument => ({
  id: d.id,
  number: d.number,
  // Only the number is certain: the rest stays null when the source does not give it.
  kind: d.kind ?? null,
  kindLabel: d.kind ? legalKindLabels[d.kind].vi : null,
  title: text(d.title),
  issuer: text(d.issuer),
  issueDate: day(d.issueDate),
  effectiveDate: day(d.effectiveDate),
  status: d.status,
  replacedById: legalRef(d.replacedBy),
})
