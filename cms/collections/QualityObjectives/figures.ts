import type { Payload, PayloadRequest, Where } from 'payload'

import {
  DOSSIER_COUNTS,
  type DossierCounts,
  type Rate,
} from '../../../content-schemas/serviceResults'
import { vietnamDay } from '../../lib/dates'
import { idOf } from '../../lib/idOf'
import type { QualityObjective } from '../../payload-types'
import { ABOLISHED_MASTER, MASTER_CHANGE_OPEN } from '../../views/Compliance/checks'
import {
  evaluateObjective,
  latestPeriod,
  measureSources,
  reportTotal,
  type Figures,
  type ObjectiveTerms,
  type PeriodOutcome,
} from './objectives'

/** How many periods the dashboard's trend shows, and the review check looks back over. */
export const TREND_PERIODS = 12

const published: Where = { _status: { equals: 'published' } }

/**
 * A locality's published results reports, each summed over its rows (a report under review again
 * counts as last approved: Payload keeps the published version in the collection).
 */
export async function localityReports(
  payload: Payload,
  locality: string,
  req?: PayloadRequest,
): Promise<Map<string, DossierCounts>> {
  const { docs } = await payload.find({
    collection: 'service-results',
    where: { and: [{ locality: { equals: locality } }, published] },
    select: { period: true, rows: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  const reports = new Map<string, DossierCounts>()
  for (const doc of docs) {
    if (!doc.period) continue
    const rows = (doc.rows ?? []).map(
      (row) =>
        Object.fromEntries(
          DOSSIER_COUNTS.map((key) => [key, (row as Record<string, unknown>)[key] ?? null]),
        ) as DossierCounts,
    )
    reports.set(doc.period, reportTotal(rows))
  }
  return reports
}

/**
 * The compliance checks for a locality, read now: of its published applied procedures, those that
 * pass the overview's checks on what is posted (cms/views/Compliance/checks.ts, the same filters):
 * their master still in force, and no open review of details an amended master may have
 * invalidated. No applied procedure: nothing to measure.
 */
export async function complianceRate(
  payload: Payload,
  locality: string,
  req?: PayloadRequest,
): Promise<Rate> {
  const options = { overrideAccess: true, ...(req ? { req } : {}) } as const
  const mine: Where = { and: [{ locality: { equals: locality } }, published] }
  const applied = (
    await payload.count({ collection: 'applied-procedures', where: mine, ...options })
  ).totalDocs
  if (applied === 0) return { kind: 'no-dossiers' }
  const tasks = await payload.find({
    collection: 'review-tasks',
    where: { and: [...MASTER_CHANGE_OPEN, { locality: { equals: locality } }] },
    select: { document: true },
    depth: 0,
    limit: 0,
    pagination: false,
    ...options,
  })
  const awaitingReview = tasks.docs
    .filter((task) => task.document?.relationTo === 'applied-procedures')
    .map((task) => idOf(task.document))
    .filter((id): id is string => Boolean(id))
  const failing = (
    await payload.count({
      collection: 'applied-procedures',
      where: {
        and: [
          mine,
          awaitingReview.length
            ? { or: [ABOLISHED_MASTER, { id: { in: awaitingReview } }] }
            : ABOLISHED_MASTER,
        ],
      },
      ...options,
    })
  ).totalDocs
  const compliant = applied - failing
  return {
    kind: 'rate',
    percent: (compliant / applied) * 100,
    numerator: compliant,
    denominator: applied,
  }
}

export const termsOf = (objective: QualityObjective): ObjectiveTerms => ({
  measure: objective.measure,
  comparator: objective.comparator,
  target: objective.target,
  periodKind: objective.periodKind,
  effectiveFrom: objective.effectiveFrom ? vietnamDay(objective.effectiveFrom) : null,
  effectiveTo: objective.effectiveTo ? vietnamDay(objective.effectiveTo) : null,
})

/**
 * A locality's recorded compliance readings by month (the nightly job's, ./readings.ts), and the
 * checks read now for the current month.
 */
export async function complianceReadings(
  payload: Payload,
  locality: string,
  today: string,
  req?: PayloadRequest,
): Promise<Map<string, Rate>> {
  const { docs } = await payload.find({
    collection: 'compliance-readings',
    where: { locality: { equals: locality } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  const readings = new Map<string, Rate>()
  for (const doc of docs)
    readings.set(
      doc.period,
      doc.applied === 0
        ? { kind: 'no-dossiers' }
        : {
            kind: 'rate',
            percent: (doc.compliant / doc.applied) * 100,
            numerator: doc.compliant,
            denominator: doc.applied,
          },
    )
  readings.set(today.slice(0, 7), await complianceRate(payload, locality, req))
  return readings
}

/** The figures an objective is judged on, read for its locality. */
export async function figuresFor(
  payload: Payload,
  objective: QualityObjective,
  today: string,
  cache: Map<string, Map<string, DossierCounts>> = new Map(),
  req?: PayloadRequest,
): Promise<Figures> {
  const locality = idOf(objective.locality)!
  if (measureSources[objective.measure] === 'compliance')
    return {
      reports: new Map(),
      compliance: await complianceReadings(payload, locality, today, req),
    }
  let reports = cache.get(locality)
  if (!reports) {
    reports = await localityReports(payload, locality, req)
    cache.set(locality, reports)
  }
  return { reports }
}

/** The outcomes of an objective's last periods at `today` (yyyy-mm-dd), oldest first. */
export async function outcomesOf(
  payload: Payload,
  objective: QualityObjective,
  today: string,
  { cache, req }: { cache?: Map<string, Map<string, DossierCounts>>; req?: PayloadRequest } = {},
): Promise<PeriodOutcome[]> {
  const terms = termsOf(objective)
  const figures = await figuresFor(payload, objective, today, cache, req)
  return evaluateObjective(terms, figures, latestPeriod(terms, today), TREND_PERIODS)
}
