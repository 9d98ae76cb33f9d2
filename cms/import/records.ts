/**
 * What an importer produces, whatever the format it read: the procedure as Payload stores it
 * (field names as in `Procedure`, cms/payload-types.ts), except that references are natural keys,
 * because the file cannot know database IDs. The writer resolves them as the seed loaders do
 * (scripts/seed/loaders/keys.ts): sector and agencies by name, legal documents by number, forms
 * by file name, related procedures by code.
 *
 * Every field is present: `null` where nothing is stated, never `undefined`, because Payload fills
 * defaults on undefined (formalityType would become "standard", saying more than the source).
 */
import type { Procedure } from '../payload-types'

/**
 * Why a part is empty, as the gap fields store it (cms/fields/gap.ts). Only fees and requirements
 * may be explicitly none; the other parts are stated or unknown.
 */
export interface ImportedGap<Kind extends 'none' | 'unknown' = 'unknown'> {
  kind: Kind | null
  source: string | null
}
export type NoneOrUnknownGap = ImportedGap<'none' | 'unknown'>

/** The gap of a part that has content, or that has none and needs none. */
export const NO_GAP: ImportedGap = { kind: null, source: null }
export const unknownGap = (source: string): ImportedGap => ({ kind: 'unknown', source })

type Method = NonNullable<Procedure['methods']>[number]
type Fee = NonNullable<Method['fees']>[number]

export interface ImportedFee {
  amount: NonNullable<Fee['amount']> | null
  currency: NonNullable<Fee['currency']> | null
  description: string | null
}

export interface ImportedMethod {
  channel: Method['channel']
  processingTime: number | null
  processingTimeUnit: NonNullable<Method['processingTimeUnit']> | null
  description: string | null
  processingTimeText: string | null
  processingTimeGap: ImportedGap
  fees: ImportedFee[]
  feesGap: NoneOrUnknownGap
}

export interface ImportedComponent {
  name: string
  description: string | null
  originals: number
  copies: number
  required: boolean
  /** the form's file name (natural key of `media`), or null */
  form: string | null
}

export interface ImportedCase {
  name: string
  components: ImportedComponent[]
}

export interface ImportedLegalReference {
  number: string
  /** null: the source cites the text by number alone */
  title: string | null
}

type RichText = NonNullable<Procedure['steps']>

export interface ImportedProcedure {
  code: Procedure['code']
  localCode: string | null
  name: Procedure['name']
  validity: Procedure['validity']
  levels: Procedure['levels']
  /** the sector's name */
  sector: string
  formalityType: NonNullable<Procedure['formalityType']> | null
  /** null: the source does not say (never read as "not online") */
  onlineServiceLevel: NonNullable<Procedure['onlineServiceLevel']> | null
  subjects: NonNullable<Procedure['subjects']>
  subjectsGap: ImportedGap
  description: string | null
  /** agency names per role */
  agencies: {
    implementing: string[]
    competent: string[]
    coordinating: string[]
    authorised: string[]
    implementingGap: ImportedGap
  }
  steps: RichText | null
  stepsGap: ImportedGap
  methods: ImportedMethod[]
  methodsGap: ImportedGap
  dossierCases: ImportedCase[]
  dossierGap: ImportedGap
  results: { name: string; code: string | null }[]
  resultsGap: ImportedGap
  requirements: RichText | null
  requirementsGap: NoneOrUnknownGap
  legalBasis: ImportedLegalReference[]
  keywords: string[]
  synonyms: string[]
  /** national codes */
  relatedProcedures: string[]
}

/**
 * Compile-time check: apart from the references by natural key, an imported procedure is
 * Payload's procedure data, so the writer passes it on unchanged.
 */
type ByKey = 'sector' | 'agencies' | 'legalBasis' | 'dossierCases' | 'relatedProcedures'
export const asProcedureData = (
  procedure: Omit<ImportedProcedure, ByKey>,
): Omit<Partial<Procedure>, ByKey> => procedure
