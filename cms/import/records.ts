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
import type { DecisionChange, ProcedureLevel, TimeUnit } from '../../content-schemas/enumerations'
import type { DossierCounts } from '../../content-schemas/serviceResults'
import type { Procedure } from '../payload-types'
import type { ImportIssue } from './report'

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

/**
 * A locality's application of a master procedure, as the locality's XLSX template gives it.
 * References are natural keys: the locality by its administrative-unit code, the procedure by its
 * national code, the applying decision by its number. `null`: the row gives no local value, so the
 * master's holds (an empty override cell never means "none").
 */
export interface ImportedApplication {
  /** `Localities.code` */
  locality: string
  /** the master procedure's national code */
  procedure: string
  /** yyyy-mm-dd */
  appliedFrom: string | null
  /** the applying decision's number, e.g. "45/QĐ-UBND" */
  applyingDecision: string | null
  committedTime: { value: number; unit: TimeUnit } | null
  receivingAddress: string | null
  officerInCharge: string | null
  unitInCharge: string | null
  onlineServiceUrl: string | null
  localNotes: string | null
}

/** One line of a decision's appendix: a procedure announced as new, amended, replaced or abolished. */
export interface ImportedDecisionEntry {
  change: DecisionChange
  /** the national code */
  code: string
  name: string
  /** the sector's name, when the appendix gives it */
  sector: string | null
  /** the implementing agency's name, when the appendix gives it */
  implementingAgency: string | null
  /** the level of the appendix section the line sits in, when the appendix says */
  level: ProcedureLevel | null
  /** for a replacement: the national code of the procedure it replaces, when the appendix gives it */
  replaces: string | null
  /**
   * the legal text the appendix names for the change (amendment, replacement, abolition); the DOCX
   * reader puts before it what changed ("Thời hạn giải quyết; Nghị định 07/2025/NĐ-CP") when the
   * appendix has a column for that, as the Decisions field "Nội dung sửa đổi, căn cứ" holds both
   */
  whatChanged: string | null
}

/** A provincial announcement decision read from its appendix. */
export interface ImportedDecision {
  /** "123/QĐ-UBND", or null when the document does not say */
  number: string | null
  /** the decision's trích yếu, or null */
  title: string | null
  /** yyyy-mm-dd, or null */
  signedDate: string | null
  entries: ImportedDecisionEntry[]
}

/** One row of a results report: a procedure (by code, or by name when the file gives none) or a sector. */
export interface ImportedResultRow {
  /** the row of the sheet, for the plan's messages */
  row: number
  /** the national code, or null */
  code: string | null
  /** a procedure named without its code (the plan finds it by name), or null */
  name: string | null
  /** the sector's name: the row's grain when it has neither code nor name */
  sector: string | null
  counts: DossierCounts
}

/** A one-stop desk's results for one period, as a workbook gives them (cms/import/formats/resultsExcel.ts). */
export interface ImportedServiceReport {
  file: string
  /** `Localities.code`, or null when the file does not say (the set's locality is meant) */
  locality: string | null
  /** period key: "2026-11", "2026-Q3", "2026" */
  period: string
  /** where the figures come from, as the file says, else the file's name */
  source: string
  rows: ImportedResultRow[]
}

/** Everything one import read, whatever its files and formats: the input of the change set. */
export interface ImportedSet {
  /** full national records: every part they state or leave unknown replaces the catalogue's */
  procedures: ImportedProcedure[]
  /**
   * procedures known only from a list or a decision's appendix (code, name, sector, agency): created
   * with every other part unknown when the code is new; when the code is already in the catalogue,
   * only what the list states (name, sector, implementing agency when given) is compared, since a
   * list says nothing of the rest.
   */
  skeletons: ImportedProcedure[]
  applications: ImportedApplication[]
  decisions: ImportedDecision[]
  /** service-results reports, one per file */
  serviceResults: ImportedServiceReport[]
  issues: ImportIssue[]
}
