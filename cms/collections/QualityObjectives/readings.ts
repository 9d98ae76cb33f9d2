import type { PayloadRequest } from 'payload'

import { idOf } from '../../lib/idOf'
import { complianceRate } from './figures'
import { OBJECTIVE_MEASURES, measureSources } from './objectives'
import { reviewMissedObjectives } from './reviewOnMiss'

const COMPLIANCE_MEASURES = OBJECTIVE_MEASURES.filter((m) => measureSources[m] === 'compliance')

/**
 * The nightly reading of the compliance checks for each locality with an approved objective on
 * posting: one reading per locality and month (`compliance-readings`), overwritten each night, so
 * the month's last night gives its standing. Then those objectives are judged, so two months
 * missed in a row open their review task as results do. Writes with `req`.
 */
export async function recordComplianceReadings(
  req: PayloadRequest,
  today: string,
): Promise<{ recorded: number; opened: number }> {
  const { payload } = req
  const { docs } = await payload.find({
    collection: 'quality-objectives',
    where: {
      and: [{ _status: { equals: 'published' } }, { measure: { in: COMPLIANCE_MEASURES } }],
    },
    select: { locality: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const localities = [...new Set(docs.map((d) => idOf(d.locality)).filter(Boolean))] as string[]
  const period = today.slice(0, 7)
  let opened = 0
  for (const locality of localities) {
    const rate = await complianceRate(payload, locality, req)
    const data = {
      locality,
      period,
      applied: rate.kind === 'rate' ? rate.denominator : 0,
      compliant: rate.kind === 'rate' ? rate.numerator : 0,
    }
    const {
      docs: [existing],
    } = await payload.find({
      collection: 'compliance-readings',
      where: { and: [{ locality: { equals: locality } }, { period: { equals: period } }] },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    if (existing)
      await payload.update({
        collection: 'compliance-readings',
        id: existing.id,
        data,
        overrideAccess: true,
        req,
      })
    else
      await payload.create({ collection: 'compliance-readings', data, overrideAccess: true, req })
    opened += (await reviewMissedObjectives(req, locality, today)).length
  }
  return { recorded: localities.length, opened }
}
