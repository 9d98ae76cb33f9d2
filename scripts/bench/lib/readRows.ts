/**
 * The read rows of issue 13, item 5, defined once: bench:cms (scripts/bench/cms.ts) times them,
 * scripts/bench/reads.ts profiles and splits them. Call `i` picks the locality, sector or
 * procedure, so that consecutive calls read different rows of the data set.
 */
import type { Payload, Where } from 'payload'

import type { Dataset } from './dataset'

/** The data set's localities, sectors and procedures, picked by call number. */
export function picks(data: Dataset) {
  const at = <T>(list: T[], i: number, stride = 1): T =>
    list[(((i * stride) % list.length) + list.length) % list.length]
  const locality = (i: number) => at(data.communes, i).id
  const sector = (i: number) => at(data.sectorIDs, i)
  return {
    at,
    locality,
    sector,
    procedure: (i: number) => at(data.procedureIDs, i, 7),
    byLocality: (i: number): Where => ({ locality: { equals: locality(i) } }),
    bySectorAndLevel: (i: number): Where => ({
      and: [{ sector: { equals: sector(i) } }, { levels: { contains: 'commune' } }],
    }),
  }
}

export type ReadRow = '1' | '2' | '2b' | '3'
export type Read = (i: number, overrideAccess: boolean) => Promise<unknown>

export function readRows(payload: Payload, data: Dataset): Record<ReadRow, Read> {
  const { procedure, byLocality, bySectorAndLevel } = picks(data)
  return {
    '1': (i, overrideAccess) =>
      payload.find({
        collection: 'applied-procedures',
        where: byLocality(i),
        limit: 50,
        depth: 1,
        overrideAccess,
      }),
    '2': (i, overrideAccess) =>
      payload.find({
        collection: 'procedures',
        where: bySectorAndLevel(i),
        limit: 50,
        depth: 1,
        overrideAccess,
      }),
    '2b': (i, overrideAccess) =>
      payload.find({
        collection: 'procedures',
        where: bySectorAndLevel(i),
        limit: 50,
        depth: 0,
        overrideAccess,
      }),
    '3': (i, overrideAccess) =>
      payload.findByID({ collection: 'procedures', id: procedure(i), depth: 2, overrideAccess }),
  }
}
