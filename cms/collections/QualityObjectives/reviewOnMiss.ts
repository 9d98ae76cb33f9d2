import type { PayloadRequest } from 'payload'

import { periodLabel, type DossierCounts } from '../../../content-schemas/serviceResults'
import { vietnamDay } from '../../lib/dates'
import { idOf } from '../../lib/idOf'
import type { QualityObjective } from '../../payload-types'
import type { TransitionSubscriber } from '../../workflow/types'
import { writtenReviewedItems } from '../ChangeSets/reviewedItems'
import { outcomesOf, termsOf } from './figures'
import { currentMissRun, measureLabels, runText, targetText } from './objectives'

/**
 * ISO 9001 10.2: an objective missed two periods in a row needs its locality to look for the
 * cause. For each approved objective of `locality` in effect at `today` (yyyy-mm-dd) whose newest
 * outcomes are a run of at least two misses, one review task (reason `objective-missed`) is opened
 * for the locality's officers, who resolve it with a note of what they did. Idempotent: none is
 * opened while the objective has an open one, nor again for the same run (`objectiveRun`: the
 * run's first period) once resolved; a new run after a met period opens a new one. Writes with
 * `req` (in its transaction) and returns the titles of the tasks opened.
 */
export async function reviewMissedObjectives(
  req: PayloadRequest,
  locality: string,
  today: string = vietnamDay(new Date()),
): Promise<string[]> {
  const { payload } = req
  const { docs } = await payload.find({
    collection: 'quality-objectives',
    where: { and: [{ locality: { equals: locality } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const opened: string[] = []
  const cache = new Map<string, Map<string, DossierCounts>>()
  for (const objective of docs as QualityObjective[]) {
    const { effectiveFrom, effectiveTo } = termsOf(objective)
    if ((effectiveFrom && effectiveFrom > today) || (effectiveTo && effectiveTo < today)) continue
    const run = currentMissRun(await outcomesOf(payload, objective, today, { cache, req }))
    if (!run) continue
    const from = run[0]!.period
    const existing = await payload.count({
      collection: 'review-tasks',
      where: {
        and: [
          { 'document.relationTo': { equals: 'quality-objectives' } },
          { 'document.value': { equals: objective.id } },
          { or: [{ state: { not_equals: 'done' } }, { objectiveRun: { equals: from } }] },
        ],
      },
      overrideAccess: true,
      req,
    })
    if (existing.totalDocs) continue
    const place = await payload.findByID({
      collection: 'localities',
      id: locality,
      depth: 0,
      overrideAccess: true,
      req,
    })
    await payload.create({
      collection: 'review-tasks',
      data: {
        title: `Mục tiêu chất lượng không đạt: ${objective.title}`,
        document: { relationTo: 'quality-objectives', value: objective.id },
        locality,
        localityName: place.name,
        reason: 'objective-missed',
        state: 'due',
        dueDate: today,
        objectiveRun: from,
        note:
          `${measureLabels[objective.measure].vi} không đạt chỉ tiêu ${targetText(objective)} ` +
          `${run.length} kỳ liên tiếp: ${runText(run)}. Hãy tìm nguyên nhân, ghi biện pháp khắc phục ` +
          `và đánh dấu đã rà soát.`,
      },
      overrideAccess: true,
      req,
    })
    opened.push(`${objective.title} (từ ${periodLabel(from).toLowerCase()})`)
  }
  return opened
}

/** The localities whose approved figures or objectives a transition of `slug` changed. */
async function localitiesTouched(req: PayloadRequest, slug: string, id: string): Promise<string[]> {
  const { payload } = req
  let reports: string[] = []
  if (slug === 'service-results' || slug === 'quality-objectives') {
    const doc = await payload.findByID({
      collection: slug,
      id,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const locality = idOf(doc.locality)
    return locality ? [locality] : []
  }
  if (slug === 'change-sets')
    // An import's reports are published with their set: the items it wrote name them.
    reports = (await writtenReviewedItems(req, id))
      .filter((item) => item.collection === 'service-results')
      .map((item) => item.id)
  if (reports.length === 0) return []
  const { docs } = await payload.find({
    collection: 'service-results',
    where: { id: { in: reports } },
    select: { locality: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return [...new Set(docs.map((doc) => idOf(doc.locality)).filter((l): l is string => Boolean(l)))]
}

/**
 * When results are approved for citizens (a report published, on its own or in an import's change
 * set) or an objective is approved, the locality's objectives are judged again, in the
 * transition's transaction. A transition rather than every save: only approved figures count, and
 * a draft saved ten times would judge ten times what no one has checked.
 */
export const reviewObjectivesAfterTransition: TransitionSubscriber = async ({
  req,
  collection,
  id,
  action,
}) => {
  if (action !== 'publish') return
  const opened: string[] = []
  for (const locality of await localitiesTouched(req, collection.slug, id))
    opened.push(...(await reviewMissedObjectives(req, locality)))
  if (opened.length)
    return {
      message: `Đã mở việc rà soát cho mục tiêu không đạt hai kỳ liên tiếp: ${opened.join('; ')}.`,
    }
}
