/**
 * Reads the management-review pack's inputs (TCVN ISO 9001:2015, 9.3.2) for a locality and period
 * from the records: each part from the collection that owns it, with the same rules the rest of
 * the system judges by (objectives, results, document review dates). Counts are database counts.
 */
import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import {
  monthsOf,
  parsePeriod,
  periodKindLabels,
  periodLabel,
} from '../../../../content-schemas/serviceResults'
import { vietnamDay } from '../../../lib/dates'
import { idOf } from '../../../lib/idOf'
import type { CorrectiveAction, Locality, ManagementReview, User } from '../../../payload-types'
import { placeName } from '../../Localities/placeName'
import { figuresFor, localityReports, termsOf } from '../../QualityObjectives/figures'
import {
  countsOfPeriod,
  evaluatePeriod,
  inEffect,
  outcomeText,
  targetText,
} from '../../QualityObjectives/objectives'
import { asciiSlug } from '../../QualityDocuments/docx/filename'
import { issuingBody } from '../../QualityDocuments/toExportModel'
import { REVIEW_SOON_DAYS } from '../../../views/Compliance/checks'
import { decisionKindLabels, type DecisionKind } from '../decisions'
import { periodBounds } from '../period'
import { actionStateLabels, isOverdue } from '../../CorrectiveActions/rules'
import { auditStateLabels } from '../../InternalAudits/rules'
import { nonconformityStateLabels, sourceLabels } from '../../Nonconformities/rules'
import type {
  ManagementReviewPack,
  PackAction,
  PackAudit,
  PackObjective,
  PackPerson,
} from './model'

const DAY_MS = 86_400_000
/** The start of a Vietnamese calendar day as an instant: dates are stored as instants. */
const startOfDay = (day: string) => new Date(`${day}T00:00:00+07:00`)

const day = (value: string | null | undefined) => (value ? vietnamDay(value) : null)
type Named = { code?: string | null; name?: string | null; title?: string | null }
/** "QT-CT-03; Bộ phận Một cửa": each populated relation by its code, else its name or title. */
const names = (docs: unknown): string =>
  (Array.isArray(docs) ? (docs as (Named | string)[]) : [])
    .map((d) => (typeof d === 'object' && d ? (d.code ?? d.name ?? d.title) : null))
    .filter(Boolean)
    .join('; ')

/** A day range as instants: dates are stored as instants (a Vietnam day at 00:00 +07:00). */
const within = (field: string, bounds: { from: string; to: string }): Where[] => [
  { [field]: { greater_than_equal: startOfDay(bounds.from).toISOString() } },
  { [field]: { less_than: new Date(startOfDay(bounds.to).getTime() + DAY_MS).toISOString() } },
]

/**
 * The objective's own periods inside the review's: a monthly objective's three months of a
 * quarter, a quarterly one's four quarters of a year; a yearly objective reviewed in a quarter is
 * judged on its year.
 */
function objectivePeriods(kind: 'month' | 'quarter' | 'year', review: string): string[] {
  const period = parsePeriod(review)!
  if (kind === 'month') return monthsOf(review)
  if (kind === 'quarter')
    return period.kind === 'year' ? [1, 2, 3, 4].map((q) => `${period.year}-Q${q}`) : [review]
  return [String(period.year)]
}

async function person(req: PayloadRequest, user: unknown): Promise<PackPerson | null> {
  const id = idOf(user as string)
  const found =
    user && typeof user === 'object'
      ? (user as User)
      : id
        ? await req.payload
            .findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })
            .catch(() => null)
        : null
  return found ? { name: found.name, title: found.position ?? null } : null
}

async function objectivesOf(
  req: PayloadRequest,
  locality: string,
  review: string,
  today: string,
): Promise<PackObjective[]> {
  const { docs } = await req.payload.find({
    collection: 'quality-objectives',
    where: { and: [{ locality: { equals: locality } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const cache = new Map()
  const thisMonth = today.slice(0, 7)
  const objectives: PackObjective[] = []
  for (const objective of docs.sort((a, b) => a.title.localeCompare(b.title, 'vi'))) {
    const terms = termsOf(objective)
    if (!inEffect(terms, review)) continue
    const figures = await figuresFor(req.payload, objective, today, cache, req)
    const outcome = (key: string) =>
      monthsOf(key)[0]! > thisMonth
        ? 'Chưa đến kỳ'
        : outcomeText(terms.measure, evaluatePeriod(terms, key, figures))
    const periods = objectivePeriods(terms.periodKind, review).filter((key) => inEffect(terms, key))
    objectives.push({
      title: objective.title,
      target: targetText(terms),
      judgedPer: periodKindLabels[terms.periodKind].vi,
      periods: periods.map((key) => ({ label: periodLabel(key), outcome: outcome(key) })),
      // A yearly objective in a quarter's review has no quarter figure of its own.
      overall:
        monthsOf(review).length >= monthsOf(periods[0] ?? review).length ? outcome(review) : null,
    })
  }
  return objectives
}

async function count(req: PayloadRequest, collection: CollectionSlug, where: Where) {
  return (await req.payload.count({ collection, where, overrideAccess: true, req })).totalDocs
}

async function documentsOf(
  req: PayloadRequest,
  locality: string,
  bounds: { from: string; to: string },
  now: Date,
): Promise<ManagementReviewPack['documents']> {
  const mine: Where = { locality: { equals: locality } }
  const effective: Where = { and: [mine, { documentStatus: { equals: 'effective' } }] }
  // A document being revised keeps its issue in force in the collection; its draft is a version.
  const inReview = (
    await req.payload.countVersions({
      collection: 'quality-documents',
      where: {
        and: [
          { latest: { equals: true } },
          { 'version.locality': { equals: locality } },
          {
            'version.workflow.state': {
              in: ['draft', 'in-review', 'changes-requested', 'approved'],
            },
          },
        ],
      },
      overrideAccess: true,
      req,
    })
  ).totalDocs
  const unread = await req.payload.find({
    collection: 'read-acknowledgements',
    where: { and: [mine, { state: { equals: 'open' } }] },
    select: { document: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const issues = await req.payload.find({
    collection: 'quality-document-issues',
    where: {
      and: [{ 'document.locality': { equals: locality } }, ...within('issueDate', bounds)],
    },
    sort: 'issueDate',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const titles = new Map<string, string>()
  const ids = [
    ...new Set(issues.docs.map((i) => idOf(i.document)).filter((id): id is string => !!id)),
  ]
  if (ids.length) {
    const { docs } = await req.payload.find({
      collection: 'quality-documents',
      where: { id: { in: ids } },
      select: { title: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) titles.set(String(doc.id), doc.title)
  }
  return {
    effective: await count(req, 'quality-documents', effective),
    inReview,
    reviewOverdue: await count(req, 'quality-documents', {
      and: [effective, { nextReviewDate: { less_than: now.toISOString() } }],
    }),
    reviewDueSoon: await count(req, 'quality-documents', {
      and: [
        effective,
        { nextReviewDate: { greater_than_equal: now.toISOString() } },
        {
          nextReviewDate: {
            less_than: new Date(now.getTime() + REVIEW_SOON_DAYS * DAY_MS).toISOString(),
          },
        },
      ],
    }),
    overTimeLimit: await count(req, 'quality-documents', {
      and: [effective, { overTimeLimit: { equals: true } }],
    }),
    unreadDocuments: new Set(unread.docs.map((t) => String(idOf(t.document)))).size,
    unreadPeople: unread.docs.length,
    // In the order they were issued; one document's issues of the same day by number.
    issued: issues.docs
      .sort(
        (a, b) =>
          (a.issueDate ?? '').slice(0, 10).localeCompare((b.issueDate ?? '').slice(0, 10)) ||
          (a.code ?? '').localeCompare(b.code ?? '', 'vi') ||
          a.issueNumber - b.issueNumber,
      )
      .map((issue) => ({
        code: issue.code ?? '',
        title: titles.get(String(idOf(issue.document))) ?? '',
        issueNumber: issue.issueNumber,
        date: issue.issueDate ? vietnamDay(issue.issueDate) : null,
        change: issue.change ?? '',
        reason: issue.reason ?? '',
      })),
  }
}

/** The locality's internal audits held (or, not yet held, planned) in the period, with their findings counted. */
async function auditsOf(
  req: PayloadRequest,
  locality: string,
  bounds: { from: string; to: string },
): Promise<PackAudit[]> {
  const { docs } = await req.payload.find({
    collection: 'internal-audits',
    where: {
      and: [
        { locality: { equals: locality } },
        {
          or: [
            { and: within('actualDate', bounds) },
            { and: [{ actualDate: { exists: false } }, ...within('plannedDate', bounds)] },
          ],
        },
      ],
    },
    sort: 'plannedDate',
    depth: 1,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const audits: PackAudit[] = []
  for (const audit of docs) {
    const findings = { conformity: 0, observation: 0, nonconformity: 0 }
    for (const type of Object.keys(findings) as (keyof typeof findings)[])
      findings[type] = (
        await req.payload.count({
          collection: 'audit-findings',
          where: { and: [{ audit: { equals: audit.id } }, { type: { equals: type } }] },
          overrideAccess: true,
          req,
        })
      ).totalDocs
    audits.push({
      code: audit.code,
      date: day(audit.actualDate ?? audit.plannedDate),
      scope: [
        names(audit.scopeDocuments),
        names(audit.scopeUnits),
        names(audit.scopeProcedures),
        audit.scopeNote ?? '',
      ]
        .filter(Boolean)
        .join('; '),
      auditors: audit.teamNames ?? '',
      state: auditStateLabels[audit.state].vi,
      findings,
    })
  }
  return audits
}

const packAction = (
  action: CorrectiveAction,
  today: string,
  origin: string | null,
): PackAction => ({
  code: action.code ?? '',
  what: action.action,
  owner: action.ownerName ?? null,
  due: day(action.dueDate),
  state: actionStateLabels[action.state ?? 'open'].vi,
  overdue: isOverdue({ state: action.state ?? 'open', dueDay: day(action.dueDate) }, today),
  origin,
})

/**
 * The nonconformities of the period: found in it, or found before and not closed by its start; and
 * their corrective actions.
 */
async function nonconformitiesOf(
  req: PayloadRequest,
  locality: string,
  bounds: { from: string; to: string },
  today: string,
): Promise<Pick<ManagementReviewPack, 'nonconformities' | 'actions'>> {
  const end = new Date(startOfDay(bounds.to).getTime() + DAY_MS).toISOString()
  const start = startOfDay(bounds.from).toISOString()
  const { docs } = await req.payload.find({
    collection: 'nonconformities',
    where: {
      and: [
        { locality: { equals: locality } },
        { detectedOn: { less_than: end } },
        {
          or: [{ state: { not_equals: 'closed' } }, { closedAt: { greater_than_equal: start } }],
        },
      ],
    },
    sort: 'detectedOn',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const codes = new Map(docs.map((nc) => [String(nc.id), nc.code ?? '']))
  const actions = docs.length
    ? (
        await req.payload.find({
          collection: 'corrective-actions',
          where: { nonconformity: { in: [...codes.keys()] } },
          sort: 'dueDate',
          depth: 0,
          limit: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
      ).docs
    : []
  const inPeriod = (value: string | null | undefined) =>
    Boolean(value) && value! >= start && value! < end
  return {
    nonconformities: {
      items: docs.map((nc) => ({
        code: nc.code ?? '',
        detectedOn: day(nc.detectedOn),
        source: sourceLabels[nc.source].vi,
        description: nc.description,
        state: nonconformityStateLabels[nc.state ?? 'open'].vi,
      })),
      openedInPeriod: docs.filter((nc) => inPeriod(nc.detectedOn)).length,
      closedInPeriod: docs.filter((nc) => nc.state === 'closed' && inPeriod(nc.closedAt)).length,
      openAtEnd: docs.filter((nc) => nc.state !== 'closed' || !nc.closedAt || nc.closedAt >= end)
        .length,
    },
    actions: actions.map((action) =>
      packAction(action, today, codes.get(String(idOf(action.nonconformity))) ?? null),
    ),
  }
}

/** The actions this review decided. */
async function decidedActionsOf(
  req: PayloadRequest,
  review: ManagementReview,
  today: string,
): Promise<PackAction[]> {
  const { docs } = await req.payload.find({
    collection: 'corrective-actions',
    where: { managementReview: { equals: review.id } },
    sort: 'dueDate',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((action) => packAction(action, today, null))
}

/** The pack of `review` (its latest version), with the records as they stand at `now`. */
export async function gatherPack(
  req: PayloadRequest,
  review: ManagementReview,
  now: Date = new Date(),
): Promise<ManagementReviewPack> {
  const localityID = idOf(review.locality)!
  const period = review.period!
  const today = vietnamDay(now)
  const bounds = periodBounds(period)
  const locality = (await req.payload.findByID({
    collection: 'localities',
    id: localityID,
    depth: 0,
    overrideAccess: true,
    req,
  })) as Locality
  const reports = await localityReports(req.payload, localityID, req)
  const workflow = review.workflow ?? {}
  const approved = review._status === 'published' && workflow.state === 'published'
  return {
    issuingBody: await issuingBody(req.payload, req, { locality }),
    localityName: locality.name,
    place: placeName(locality.name, locality.unitType),
    period,
    periodLabel: periodLabel(period),
    from: bounds.from,
    to: bounds.to,
    generatedOn: today,
    minutes: {
      approved,
      approvedOn: approved && workflow.approvedAt ? vietnamDay(workflow.approvedAt) : null,
    },
    meeting: {
      date: review.meetingDate ? vietnamDay(review.meetingDate) : null,
      chair: await person(req, review.chair),
      attendees: review.attendees ?? null,
    },
    objectives: await objectivesOf(req, localityID, period, today),
    results: {
      months: monthsOf(period).map((month) => ({
        label: periodLabel(month),
        counts: reports.get(month) ?? null,
      })),
      total: countsOfPeriod(period, reports),
    },
    audits: await auditsOf(req, localityID, bounds),
    ...(await nonconformitiesOf(req, localityID, bounds, today)),
    documents: await documentsOf(req, localityID, bounds, now),
    discussion: review.discussion ?? null,
    decisions: (review.decisions ?? []).map((d) => ({
      kind: decisionKindLabels[d.kind as DecisionKind]?.vi ?? d.kind,
      text: d.decision,
    })),
    decidedActions: await decidedActionsOf(req, review, today),
  }
}

/**
 * "XXLD_Thi-tran-Dien-Bien-Dong_Quy-IV-2026.docx"; a pack whose minutes are not approved says so
 * (…-DU-THAO), as a draft quality document's file does. ASCII, as the other exports' names.
 */
export function packFilename(
  pack: Pick<ManagementReviewPack, 'periodLabel' | 'localityName' | 'minutes'>,
): string {
  const name = ['XXLD', asciiSlug(pack.localityName), asciiSlug(pack.periodLabel)].join('_')
  return `${name}${pack.minutes.approved ? '' : '-DU-THAO'}.docx`
}
