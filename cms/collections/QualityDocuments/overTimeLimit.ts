/**
 * An internal process (quy trình nội bộ) must fit in the time of the applied procedure it serves
 * (`internalProcess.ts`). A save that does not is refused; but the limit can shorten after the
 * process was approved: a master amended with a shorter legal time, or a locality committing to a
 * shorter one. `overTimeLimit` records, on each process, whether its steps still fit the limit in
 * force (the published applied procedure and master), so the compliance overview counts it with a
 * query. Kept true here: on every save of the process, and after each publish of a master, an
 * applied procedure or an import change set that may have moved the limit.
 */
import type { PayloadRequest } from 'payload'

import { channelLabels, type Channel } from '../../../content-schemas/enumerations'
import { idOf } from '../../lib/idOf'
import type { AppliedProcedure, Locality, Procedure } from '../../payload-types'
import type { TransitionSubscriber } from '../../workflow/types'
import {
  internalProcessError,
  internalProcessLimit,
  type Step,
  type TimeLimit,
} from './internalProcess'

const system = { depth: 0, overrideAccess: true } as const

/**
 * The time an applied procedure's internal process must fit in: its committed time, else its
 * master's shortest legal time. `draft: true` reads the versions being edited (what a save is
 * checked against); false reads what is in force.
 */
export async function processTimeLimit(
  req: PayloadRequest,
  appliedID: string,
  { draft }: { draft: boolean },
): Promise<{ limit: TimeLimit | null; locality: string | null } | null> {
  const applied = (await req.payload
    .findByID({
      collection: 'applied-procedures',
      id: appliedID,
      select: { locality: true, procedure: true, committedTime: true },
      draft,
      req,
      ...system,
    })
    .catch(() => null)) as Pick<AppliedProcedure, 'locality' | 'procedure' | 'committedTime'> | null
  if (!applied) return null
  const localityID = idOf(applied.locality)
  const procedureID = idOf(applied.procedure)
  const [locality, procedure] = await Promise.all([
    localityID
      ? (req.payload
          .findByID({
            collection: 'localities',
            id: localityID,
            select: { name: true },
            req,
            ...system,
          })
          .catch(() => null) as Promise<Pick<Locality, 'name'> | null>)
      : null,
    procedureID
      ? (req.payload
          .findByID({
            collection: 'procedures',
            id: procedureID,
            select: { methods: true },
            draft,
            req,
            ...system,
          })
          .catch(() => null) as Promise<Pick<Procedure, 'methods'> | null>)
      : null,
  ])
  return {
    locality: localityID,
    limit: internalProcessLimit({
      committedTime: applied.committedTime,
      localityName: locality?.name ?? 'địa phương',
      methods: procedure?.methods ?? [],
      channelLabel: (c) => channelLabels[c as Channel]?.vi ?? c,
    }),
  }
}

/** Whether `steps` take longer than the time in force of applied procedure `appliedID`. */
export async function isOverTimeLimit(
  req: PayloadRequest,
  steps: Step[],
  appliedID: string | null,
): Promise<boolean> {
  if (!appliedID || steps.length === 0) return false
  const inForce = await processTimeLimit(req, appliedID, { draft: false })
  return internalProcessError(steps, inForce?.limit ?? null) !== null
}

/**
 * Re-judges the internal processes of these applied procedures against the time now in force.
 * Bookkeeping through the adapter (no hooks, no new version): the process itself did not change.
 * Returns how many processes are newly over their limit.
 */
export async function recheckProcessesOf(
  req: PayloadRequest,
  appliedIDs: string[],
): Promise<number> {
  if (appliedIDs.length === 0) return 0
  const { docs } = await req.payload.find({
    collection: 'quality-documents',
    where: { appliedProcedure: { in: appliedIDs } },
    select: { steps: true, appliedProcedure: true, overTimeLimit: true },
    pagination: false,
    limit: 0,
    req,
    ...system,
  })
  // An applied procedure's limit is read once, however many processes (drafts, units) serve it.
  const limits = new Map<string, Promise<TimeLimit | null>>()
  const limitOf = (appliedID: string) => {
    if (!limits.has(appliedID))
      limits.set(
        appliedID,
        processTimeLimit(req, appliedID, { draft: false }).then((r) => r?.limit ?? null),
      )
    return limits.get(appliedID)!
  }
  let newlyOver = 0
  for (const doc of docs) {
    const appliedID = idOf(doc.appliedProcedure)
    const steps = (doc.steps ?? []) as Step[]
    const over =
      appliedID !== null &&
      steps.length > 0 &&
      internalProcessError(steps, await limitOf(appliedID)) !== null
    if (Boolean(doc.overTimeLimit) === over) continue
    if (over) newlyOver++
    await req.payload.db.updateOne({
      collection: 'quality-documents',
      id: doc.id,
      data: { overTimeLimit: over },
      req,
      returning: false,
    })
  }
  return newlyOver
}

/** The applied procedures of these masters. */
async function appliedOf(req: PayloadRequest, procedureIDs: string[]): Promise<string[]> {
  if (procedureIDs.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'applied-procedures',
    where: { procedure: { in: procedureIDs } },
    select: {},
    pagination: false,
    limit: 0,
    req,
    ...system,
  })
  return docs.map((d) => String(d.id))
}

/**
 * Subscribed to the review workflow: a publish of a master, an applied procedure, or an import set
 * amending either, may shorten the time their internal processes must fit in.
 */
export const recheckProcessesAfterTransition: TransitionSubscriber = async ({
  req,
  collection,
  id,
  action,
}) => {
  if (action !== 'publish') return
  let applied: string[]
  if (collection.slug === 'procedures') applied = await appliedOf(req, [id])
  else if (collection.slug === 'applied-procedures') applied = [id]
  else if (collection.slug === 'change-sets') {
    const set = (await req.payload.findByID({
      collection: 'change-sets',
      id,
      select: { plan: true },
      req,
      ...system,
    })) as { plan?: unknown }
    const items = ((set.plan ?? []) as { collection?: string; id?: string | null }[]).filter(
      (i) => i?.id,
    )
    const masters = items.filter((i) => i.collection === 'procedures').map((i) => i.id!)
    applied = [
      ...(await appliedOf(req, masters)),
      ...items.filter((i) => i.collection === 'applied-procedures').map((i) => i.id!),
    ]
  } else return
  const newlyOver = await recheckProcessesOf(req, [...new Set(applied)])
  return newlyOver
    ? {
        message: `${newlyOver} quy trình nội bộ nay dài hơn thời hạn giải quyết: xem Tổng quan tuân thủ.`,
      }
    : undefined
}

/**
 * Fills `overTimeLimit` of every internal process stored before it existed (a migration), as the
 * next publish touching it would. Returns how many are over their limit.
 */
export async function recordOverTimeLimit(req: PayloadRequest): Promise<number> {
  const { docs } = await req.payload.find({
    collection: 'quality-documents',
    where: { appliedProcedure: { exists: true } },
    select: { appliedProcedure: true },
    pagination: false,
    limit: 0,
    req,
    ...system,
  })
  const applied = [
    ...new Set(docs.map((d) => idOf(d.appliedProcedure)).filter((x): x is string => !!x)),
  ]
  return recheckProcessesOf(req, applied)
}
