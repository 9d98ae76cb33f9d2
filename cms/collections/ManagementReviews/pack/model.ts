/**
 * What the management-review pack prints, already read from the records for the period and worded:
 * the renderer (./renderPack.ts) is a pure function of it. Filled by ./gather.ts.
 *
 * A figure the records do not state is `null` and printed as not known, never as 0.
 */
import type { DossierCounts } from '../../../../content-schemas/serviceResults'

export interface PackPerson {
  name: string
  title: string | null
}

export interface PackObjective {
  title: string
  /** "≥ 98 %" */
  target: string
  /** "Tháng", "Quý", "Năm" */
  judgedPer: string
  /** The objective's periods inside the review's, each with its outcome in words. */
  periods: { label: string; outcome: string }[]
  /** The review period as a whole, when the objective is judged on periods no longer than it. */
  overall: string | null
}

export interface PackAudit {
  code: string
  date: string | null
  scope: string
  auditors: string
  state: string
  findings: { conformity: number; observation: number; nonconformity: number }
}

export interface PackNonconformity {
  code: string
  detectedOn: string | null
  source: string
  description: string
  state: string
}

export interface PackAction {
  code: string
  what: string
  owner: string | null
  due: string | null
  state: string
  overdue: boolean
  /** "KPH-2026-01", "Xem xét của lãnh đạo Quý III/2026" */
  origin: string | null
}

export interface PackIssue {
  code: string
  title: string
  issueNumber: number
  date: string | null
  change: string
  reason: string
}

export interface ManagementReviewPack {
  /** Letterhead lines, superior body first. */
  issuingBody: string[]
  localityName: string
  /** The place named in the date line ("Điện Biên Đông"). */
  place: string
  /** "2026-Q4" */
  period: string
  /** "Quý IV/2026" */
  periodLabel: string
  from: string
  to: string
  /** yyyy-mm-dd the pack was generated: the figures are as the records stood that day. */
  generatedOn: string
  /** Whether the minutes have been approved (issued through the review workflow), and when. */
  minutes: { approved: boolean; approvedOn: string | null }
  meeting: { date: string | null; chair: PackPerson | null; attendees: string | null }
  objectives: PackObjective[]
  results: {
    /** One row per month of the period; `counts` null when the month was not reported. */
    months: { label: string; counts: DossierCounts | null }[]
    /** The period as a whole; null when any month is missing and there is no report for it. */
    total: DossierCounts | null
  }
  audits: PackAudit[]
  nonconformities: {
    items: PackNonconformity[]
    openedInPeriod: number
    closedInPeriod: number
    openAtEnd: number
  }
  actions: PackAction[]
  documents: {
    effective: number
    inReview: number
    reviewOverdue: number
    reviewDueSoon: number
    overTimeLimit: number
    unreadDocuments: number
    unreadPeople: number
    issued: PackIssue[]
  }
  discussion: string | null
  decisions: { kind: string; text: string }[]
  /** The actions this review decided (tracked as corrective actions). */
  decidedActions: PackAction[]
}
