import { NotFound, type CollectionBeforeChangeHook, type PayloadRequest, type Where } from 'payload'

import { applicationErrors, appliedTitle, type ApplicationInput } from './applicationRules'
import { batchedHook, type BatchItem } from '../../lib/bulkHooks'
import { idOf } from '../../lib/idOf'
import { refuse } from '../../lib/refuse'
import type { Locality, Procedure } from '../../payload-types'

type Data = Record<string, unknown>

/**
 * Only what the rules and the title read (ApplicationInput, appliedTitle): a master procedure is
 * hundreds of fields, read on every save of an application, and a province's batch names hundreds.
 */
const SELECT = {
  procedures: {
    code: true,
    name: true,
    validity: true,
    levels: true,
    methods: { channel: true, processingTime: true, processingTimeUnit: true },
  },
  localities: { name: true, unitType: true, dissolvedOn: true },
} as const

/** The locality and master an application names, or the error the hook gives when one is unset. */
function pairOf(data: Data, originalDoc: Data | undefined, req: PayloadRequest) {
  const localityID = idOf(data.locality ?? originalDoc?.locality)
  const procedureID = idOf(data.procedure ?? originalDoc?.procedure)
  if (!localityID || !procedureID) {
    refuse(req, 'applied-procedures', [
      ...(localityID ? [] : [{ path: 'locality', message: 'Hãy chọn địa phương áp dụng.' }]),
      ...(procedureID
        ? []
        : [{ path: 'procedure', message: 'Hãy chọn thủ tục trong danh mục của tỉnh.' }]),
    ])
  }
  return { localityID, procedureID }
}

/** The rules and the title, once the master, the locality and any duplicate are known. */
function judged(
  data: Data,
  procedure: Procedure,
  locality: Locality,
  duplicate: boolean,
  req: PayloadRequest,
): Data {
  const errors = applicationErrors({
    procedure: procedure as ApplicationInput['procedure'],
    locality: locality as ApplicationInput['locality'],
    committedTime: data.committedTime as ApplicationInput['committedTime'],
    appliedFrom: data.appliedFrom as string | null | undefined,
  })
  if (duplicate) {
    errors.push({
      path: 'procedure',
      message: `${locality.name} đã áp dụng thủ tục ${procedure.code}; hãy sửa bản đã có.`,
    })
  }
  if (errors.length) refuse(req, 'applied-procedures', errors)
  return { ...data, title: appliedTitle(procedure, locality) }
}

/**
 * Runs on every save, draft or not: the pair (locality, procedure) must make sense from the start.
 * That the officer may write for that locality is judged before (judgeFinalDocument, reviewWorkflowPlugin).
 */
export const validateApplication: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const { localityID, procedureID } = pairOf(data, originalDoc, req)

  // The master may be a draft the officer cannot read; the rules need it all the same.
  const [procedure, locality, duplicates] = await Promise.all([
    req.payload.findByID({
      collection: 'procedures',
      id: procedureID,
      select: SELECT.procedures,
      depth: 0,
      draft: false,
      req,
      overrideAccess: true,
    }),
    req.payload.findByID({
      collection: 'localities',
      id: localityID,
      select: SELECT.localities,
      depth: 0,
      req,
      overrideAccess: true,
    }),
    req.payload.find({
      collection: 'applied-procedures',
      where: {
        and: [
          { locality: { equals: localityID } },
          { procedure: { equals: procedureID } },
          ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      depth: 0,
      limit: 1,
      pagination: false,
      req,
      overrideAccess: true,
    }),
  ])
  return judged(
    data,
    procedure as unknown as Procedure,
    locality as unknown as Locality,
    duplicates.docs.length > 0,
    req,
  )
}

/**
 * The same for many applications at once (the bulk write path): three queries for the batch
 * instead of three per document. Items are judged in order, so a pair repeated within the batch is
 * refused at its second occurrence, as saving them one by one would.
 */
async function validateApplications({
  items,
  req,
}: {
  items: BatchItem[]
  req: PayloadRequest
}): Promise<Data[]> {
  const pairs = items.map(({ data, originalDoc }) => pairOf(data, originalDoc, req))
  const byID = async <T extends { id: string }>(
    collection: 'procedures' | 'localities',
    ids: string[],
  ) => {
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: [...new Set(ids)] } },
      select: SELECT[collection],
      depth: 0,
      draft: false,
      limit: 0,
      pagination: false,
      req,
      overrideAccess: true,
    })
    return new Map((docs as unknown as T[]).map((doc) => [String(doc.id), doc]))
  }
  const existing: Where = {
    and: [
      { locality: { in: [...new Set(pairs.map((p) => p.localityID))] } },
      { procedure: { in: [...new Set(pairs.map((p) => p.procedureID))] } },
    ],
  }
  // One after the other: the queries share the transaction's one connection.
  const procedures = await byID<Procedure>(
    'procedures',
    pairs.map((p) => p.procedureID),
  )
  const localities = await byID<Locality>(
    'localities',
    pairs.map((p) => p.localityID),
  )
  const applied = await req.payload.find({
    collection: 'applied-procedures',
    where: existing,
    select: { locality: true, procedure: true },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const key = (localityID: string, procedureID: string) => `${localityID} ${procedureID}`
  const holders = new Map<string, Set<string>>()
  const hold = (pair: string, id: string) =>
    holders.set(pair, (holders.get(pair) ?? new Set()).add(id))
  for (const doc of applied.docs)
    hold(key(idOf(doc.locality)!, idOf(doc.procedure)!), String(doc.id))

  return items.map(({ data, originalDoc }, index) => {
    const { localityID, procedureID } = pairs[index]!
    const procedure = procedures.get(procedureID)
    const locality = localities.get(localityID)
    if (!procedure || !locality) throw new NotFound(req.t)
    const pair = key(localityID, procedureID)
    const own = originalDoc?.id ? String(originalDoc.id) : undefined
    const duplicate = [...(holders.get(pair) ?? [])].some((id) => id !== own)
    const result = judged(data, procedure, locality, duplicate, req)
    hold(pair, own ?? `new ${index}`)
    return result
  })
}

batchedHook(validateApplication, validateApplications)
