import type { PayloadRequest } from 'payload'

import { vietnamDay } from '../../lib/dates'
import { yearlyCode } from '../CorrectiveActions/rules'

/**
 * The next code of a locality's record for this year ("KPH-2026-03"): one more than the highest
 * sequence so far. The unique `numbering` (locality, year, sequence) refuses a twin written by a
 * concurrent request, which then fails whole rather than saving a duplicate code.
 */
export async function nextYearlyCode(
  req: PayloadRequest,
  collection: 'nonconformities' | 'corrective-actions',
  prefix: string,
  localityID: string,
): Promise<{ code: string; year: number; sequence: number; numbering: string }> {
  const year = Number(vietnamDay(new Date()).slice(0, 4))
  const { docs } = await req.payload.find({
    collection,
    where: { and: [{ locality: { equals: localityID } }, { year: { equals: year } }] },
    sort: '-sequence',
    limit: 1,
    depth: 0,
    select: { sequence: true },
    overrideAccess: true,
    req,
  })
  const sequence = ((docs[0] as { sequence?: number } | undefined)?.sequence ?? 0) + 1
  return {
    code: yearlyCode(prefix, year, sequence),
    year,
    sequence,
    numbering: `${localityID}/${year}/${sequence}`,
  }
}
