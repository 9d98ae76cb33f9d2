/**
 * Locality copies follow their master. Subscribed to the review workflow's transitions: when an
 * amended master procedure is published (on its own, or as an item of an import change set), each
 * locality's applied procedure whose own details may no longer hold (`masterConflicts`) gets a
 * review task for that locality's officers, with the master's changes; the master's history gets
 * an audit entry naming the source of the change. When a master is abolished or replaced (by hand,
 * or by a published decision), every locality applying it is told.
 */
import type { PayloadRequest, Where } from 'payload'

import { diffProcedure, formatChange, type FieldChange } from '../../import/changeSet/diff'
import type { PlanItem } from '../../import/changeSet/types'
import { importedFromStored, loadNaturalKeys, type NaturalKeys } from '../../import/stored'
import { formatDate } from '../../lib/dates'
import { idOf } from '../../lib/idOf'
import type { AppliedProcedure, Decision, Procedure, User } from '../../payload-types'
import type { TransitionSubscriber } from '../../workflow/types'
import { recordAudit } from '../AuditLog/recordAudit'
import { masterConflicts, type MasterConflict } from './masterConflicts'

/** What the subscriber reads of an applied procedure. */
const APPLIED_FIELDS = {
  title: true,
  locality: true,
  procedure: true,
  committedTime: true,
  receivingAddress: true,
  onlineServiceUrl: true,
  localNotes: true,
} as const

const system = { depth: 0, overrideAccess: true, pagination: false, limit: 0 } as const

export const followMasterAfterTransition: TransitionSubscriber = async ({
  req,
  collection,
  id,
  action,
  at,
}) => {
  if (action !== 'publish') return
  if (collection.slug === 'procedures') {
    const source = await sourceOfVersion(req, id)
    const outcome = await followMasters(req, [id], source, at)
    return outcome.tasks
      ? { message: `Đã tạo ${outcome.tasks} việc rà soát cho địa phương áp dụng thủ tục.` }
      : undefined
  }
  if (collection.slug === 'decisions') {
    await notifyDecision(req, id)
    return
  }
  if (collection.slug === 'change-sets') {
    const set = (await req.payload.findByID({
      collection: 'change-sets',
      id,
      depth: 0,
      select: { title: true, changeReason: true, plan: true, files: true },
      overrideAccess: true,
      req,
    })) as {
      title: string
      changeReason?: string | null
      plan?: unknown
      files?: { name: string }[] | null
    }
    const items = ((set.plan ?? []) as PlanItem[]).filter(Boolean)
    const amended = items.filter(
      (i) => i.collection === 'procedures' && i.status === 'changed' && i.id,
    )
    const files = (set.files ?? []).map((f) => f.name).join(', ')
    const source = `lô nhập "${set.title}"${files ? ` (tệp ${files})` : ''}${set.changeReason ? `, lý do: ${set.changeReason}` : ''}`
    const outcome = await followMasters(
      req,
      amended.map((i) => i.id!),
      source,
      at,
      id,
    )
    for (const decision of items.filter((i) => i.collection === 'decisions' && i.id))
      await notifyDecision(req, decision.id!)
    return outcome.tasks
      ? {
          message: `Đã tạo ${outcome.tasks} việc rà soát cho địa phương áp dụng thủ tục đã sửa đổi.`,
        }
      : undefined
  }
}

/** The reason a single procedure's version gives for itself. */
async function sourceOfVersion(req: PayloadRequest, id: string): Promise<string> {
  const doc = (await req.payload.findByID({
    collection: 'procedures',
    id,
    depth: 0,
    select: { workflow: true },
    overrideAccess: true,
    req,
  })) as Pick<Procedure, 'workflow'>
  const reason = doc.workflow?.changeReason?.trim()
  return reason ? `lý do thay đổi: ${reason}` : 'chỉnh sửa trong trang quản trị'
}

/** The master's last two published versions: the one just published, and the one before it. */
async function lastTwoPublished(
  req: PayloadRequest,
  id: string,
): Promise<[Procedure, Procedure] | null> {
  const { docs } = await req.payload.findVersions({
    collection: 'procedures',
    where: {
      and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }],
    },
    sort: '-createdAt',
    limit: 2,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs.length < 2) return null
  return [docs[1]!.version as Procedure, docs[0]!.version as Procedure]
}

/**
 * The published decisions that amend each procedure, newest first, as "Quyết định … ngày …":
 * one query for the whole set.
 */
async function amendingDecisions(
  req: PayloadRequest,
  ids: string[],
): Promise<Map<string, string[]>> {
  const byProcedure = new Map<string, string[]>()
  if (!ids.length) return byProcedure
  const { docs } = await req.payload.find({
    collection: 'decisions',
    where: {
      and: [{ 'entries.procedure': { in: ids } }, { _status: { equals: 'published' } }],
    },
    sort: '-signedDate',
    select: { number: true, signedDate: true, entries: true },
    ...system,
    req,
  })
  for (const d of docs as Decision[]) {
    const name = `Quyết định ${d.number}${d.signedDate ? ` ngày ${formatDate(d.signedDate)}` : ''}`
    for (const entry of d.entries ?? []) {
      const id = idOf(entry.procedure)
      if (entry.change !== 'amended' || !id) continue
      const names = byProcedure.get(id) ?? []
      if (!names.includes(name)) byProcedure.set(id, [...names, name])
    }
  }
  return byProcedure
}

async function localityOfficers(req: PayloadRequest, localityID: string): Promise<User[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ roles: { in: ['locality-officer'] } }, { localities: { in: [localityID] } }] },
    ...system,
    req,
  })
  return docs as User[]
}

async function notify(
  req: PayloadRequest,
  users: User[],
  title: string,
  message: string,
  link: string,
): Promise<void> {
  for (const user of users)
    await req.payload.create({
      collection: 'notifications',
      data: { title, message, link, recipient: user.id, read: false },
      overrideAccess: true,
      depth: 0,
      req,
    })
}

/**
 * Each amended master: compares its last two published versions, records the change on the
 * master's history (audit), and opens or updates a task on each applied procedure in conflict.
 */
export async function followMasters(
  req: PayloadRequest,
  ids: string[],
  source: string,
  at: string,
  changeSet?: string,
): Promise<{ tasks: number }> {
  let tasks = 0
  let keys: NaturalKeys | null = null
  if (!ids.length) return { tasks }
  // Read once for the whole set: the decisions amending these masters, and every copy of them.
  const amending = await amendingDecisions(req, ids)
  const { docs: copies } = await req.payload.find({
    collection: 'applied-procedures',
    where: { procedure: { in: ids } },
    select: APPLIED_FIELDS,
    ...system,
    req,
  })
  const copiesOf = new Map<string, AppliedProcedure[]>()
  for (const copy of copies as AppliedProcedure[]) {
    const master = idOf(copy.procedure)!
    copiesOf.set(master, [...(copiesOf.get(master) ?? []), copy])
  }
  for (const id of ids) {
    const versions = await lastTwoPublished(req, id)
    if (!versions) continue
    keys ??= await loadNaturalKeys(req.payload)
    const [old, now] = versions
    const before = importedFromStored(old, keys)
    const after = importedFromStored(now, keys)
    const changes = diffProcedure(before, after)
    if (!changes.length) continue
    const decisions = amending.get(id) ?? []
    const by = [...decisions, source].join('; ')
    await recordAudit(req, {
      event: 'workflow',
      summary: `Sửa đổi thủ tục ${now.code} "${now.name}" theo ${by}: ${changes.map((c) => c.label).join('; ')}`,
      targetCollection: 'procedures',
      targetId: id,
      details: { source, decisions, changeSet: changeSet ?? null, changes },
    })
    if (now.validity === 'abolished' && old.validity !== 'abolished') {
      await notifyAbolished(req, [{ id, replacement: null }], `theo ${by}`)
      continue
    }
    for (const copy of copiesOf.get(id) ?? []) {
      const conflicts = masterConflicts(before, after, copy, changes)
      if (!conflicts.length) continue
      await openTask(req, copy, now, { changes, conflicts, by, at })
      tasks++
    }
  }
  return { tasks }
}

async function openTask(
  req: PayloadRequest,
  copy: AppliedProcedure,
  master: Procedure,
  {
    changes,
    conflicts,
    by,
    at,
  }: { changes: FieldChange[]; conflicts: MasterConflict[]; by: string; at: string },
): Promise<void> {
  const localityID = idOf(copy.locality)!
  const locality = await req.payload.findByID({
    collection: 'localities',
    id: localityID,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const open: Where = {
    and: [
      { 'document.relationTo': { equals: 'applied-procedures' } },
      { 'document.value': { equals: copy.id } },
      { reason: { equals: 'master-change' } },
      { state: { not_equals: 'done' } },
    ],
  }
  const { docs } = await req.payload.find({
    collection: 'review-tasks',
    where: open,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const existing = docs[0] as
    { id: string; conflicts?: unknown; masterChanges?: unknown } | undefined
  // A second amendment before the first was reviewed: the task holds both, the newest reasons last.
  const merged = new Map<string, MasterConflict>()
  for (const c of [...((existing?.conflicts as MasterConflict[] | null) ?? []), ...conflicts])
    merged.set(c.field, c)
  const allChanges = [...((existing?.masterChanges as FieldChange[] | null) ?? []), ...changes]
  const note = `Thủ tục gốc ${master.code} được sửa đổi theo ${by}. Hãy rà soát: ${conflicts.map((c) => c.label.toLowerCase()).join(', ')}.`
  const data = {
    masterChanges: allChanges,
    conflicts: [...merged.values()],
    note,
    dueDate: at,
  }
  const task = existing
    ? await req.payload.update({
        collection: 'review-tasks',
        id: existing.id,
        data,
        overrideAccess: true,
        depth: 0,
        req,
      })
    : await req.payload.create({
        collection: 'review-tasks',
        data: {
          ...data,
          title: copy.title ?? `${master.code} – ${master.name} (${locality.name})`,
          document: { relationTo: 'applied-procedures', value: copy.id },
          locality: localityID,
          localityName: locality.name,
          reason: 'master-change',
          state: 'due',
        },
        overrideAccess: true,
        depth: 0,
        req,
      })
  await notify(
    req,
    await localityOfficers(req, localityID),
    `Thủ tục gốc thay đổi: ${master.code} – ${master.name}`,
    `${note}\n${changes.map(formatChange).join('\n')}`,
    `/admin/collections/review-tasks/${task.id}`,
  )
}

/** A published decision: the procedures it abolishes or replaces are announced to their localities. */
async function notifyDecision(req: PayloadRequest, id: string): Promise<void> {
  const decision = (await req.payload.findByID({
    collection: 'decisions',
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })) as Decision
  const gone: { id: string; replacement: string | null }[] = []
  for (const entry of decision.entries ?? []) {
    if (entry.change === 'abolished' && idOf(entry.procedure))
      gone.push({ id: idOf(entry.procedure)!, replacement: null })
    if (entry.change === 'replaced' && idOf(entry.replaces))
      gone.push({ id: idOf(entry.replaces)!, replacement: idOf(entry.procedure) })
  }
  if (!gone.length) return
  const from = decision.effectiveDate
    ? `, có hiệu lực từ ngày ${formatDate(decision.effectiveDate)}`
    : ', chưa có thông tin về ngày có hiệu lực'
  await notifyAbolished(req, gone, `theo Quyết định ${decision.number}${from}`)
}

/** Every locality applying each procedure hears that it is abolished or replaced, and by what. */
async function notifyAbolished(
  req: PayloadRequest,
  gone: { id: string; replacement: string | null }[],
  by: string,
): Promise<void> {
  const name = async (procedureID: string) => {
    const p = (await req.payload.findByID({
      collection: 'procedures',
      id: procedureID,
      depth: 0,
      select: { code: true, name: true },
      overrideAccess: true,
      req,
    })) as Pick<Procedure, 'code' | 'name'>
    return `${p.code} – ${p.name}`
  }
  for (const { id, replacement } of gone) {
    const { docs } = await req.payload.find({
      collection: 'applied-procedures',
      where: { procedure: { equals: id } },
      select: { locality: true },
      draft: true,
      ...system,
      req,
    })
    const localities = [...new Set((docs as AppliedProcedure[]).map((a) => idOf(a.locality)!))]
    if (!localities.length) continue
    const title = `${replacement ? 'Thủ tục bị thay thế' : 'Thủ tục bị bãi bỏ'}: ${await name(id)}`
    const message = replacement
      ? `Thủ tục ${await name(id)} mà địa phương đang áp dụng được thay thế bằng ${await name(replacement)} ${by}. Hãy áp dụng thủ tục thay thế.`
      : `Thủ tục ${await name(id)} mà địa phương đang áp dụng bị bãi bỏ ${by}. Trang của thủ tục sẽ rời danh mục công khai từ ngày đó.`
    for (const locality of localities)
      await notify(
        req,
        await localityOfficers(req, locality),
        title,
        message,
        `/admin/collections/applied-procedures?where[procedure][equals]=${id}`,
      )
  }
}
