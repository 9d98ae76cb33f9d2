import type { PayloadRequest } from 'payload'

import { localityIDs } from '../../access/roles'
import { formatDate, vietnamDay } from '../../lib/dates'
import { idOf } from '../../lib/idOf'
import type { QualityDocument, QualityDocumentIssue, User } from '../../payload-types'
import type { TransitionSubscriber } from '../../workflow/types'
import { formatIssueNumber } from '../QualityDocuments/docx/format'
import { issueInForce } from '../QualityDocumentIssues/issueInForce'
import { readersOf, reminderDays, reminderDue } from './rules'

const adminLink = (req: PayloadRequest, slug: string, id: string | number) =>
  `${req.payload.config.routes.admin}/collections/${slug}/${id}`

/** The users who must read `doc`, by its "Người cần đọc" choice (rules.ts). */
async function readersFor(
  req: PayloadRequest,
  doc: QualityDocument,
): Promise<{ id: string; name: string }[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { roles: true, localities: true, unit: true, name: true, email: true },
    req,
  })
  const names = new Map((docs as User[]).map((u) => [String(u.id), u.name || u.email]))
  const ids = readersOf(
    {
      localityID: idOf(doc.locality),
      roles: (doc.readerRoles ?? []) as never,
      userIDs: (doc.readerUsers ?? []).map((u) => idOf(u)!).filter(Boolean),
      unitIDs: (doc.readerUnits ?? []).map((u) => idOf(u)!).filter(Boolean),
    },
    (docs as User[]).map((u) => ({
      id: String(u.id),
      roles: u.roles ?? [],
      localityIDs: localityIDs(u),
      unitID: idOf(u.unit),
    })),
  )
  return ids.map((id) => ({ id, name: names.get(id) ?? id }))
}

/**
 * An issue in force: each of its readers gets a task and a notification (the bell). Once per
 * issue (`readStartedOn`), so the nightly job and the publish never start it twice.
 */
export async function startReading(
  req: PayloadRequest,
  issue: QualityDocumentIssue,
  today: string,
): Promise<number> {
  if (issue.readStartedOn || issue.issueStatus !== 'effective') return 0
  const doc = await req.payload.findByID({
    collection: 'quality-documents',
    id: idOf(issue.document)!,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const readers = await readersFor(req, doc)
  const title = `${doc.code} – ${doc.title}, lần ban hành ${formatIssueNumber(issue.issueNumber)}`
  for (const { id: user, name } of readers) {
    const task = await req.payload.create({
      collection: 'read-acknowledgements',
      data: {
        title,
        document: doc.id,
        issue: issue.id,
        locality: idOf(doc.locality),
        user,
        userName: name,
        state: 'open',
        openedOn: today,
      },
      overrideAccess: true,
      req,
    })
    await req.payload.create({
      collection: 'notifications',
      data: {
        title: `Đọc và xác nhận: ${doc.code}`,
        message: `Tài liệu "${doc.code} – ${doc.title}" lần ban hành ${formatIssueNumber(issue.issueNumber)} đã có hiệu lực. Hãy đọc và xác nhận "Tôi đã đọc và hiểu".`,
        link: adminLink(req, 'read-acknowledgements', task.id),
        recipient: user,
        read: false,
      },
      overrideAccess: true,
      req,
    })
  }
  await req.payload.update({
    collection: 'quality-document-issues',
    id: issue.id,
    data: { readStartedOn: today },
    overrideAccess: true,
    req,
  })
  return readers.length
}

/** Open tasks of the document's other issues (all, when `keepIssue` is null) close as superseded. */
export async function supersedeReading(
  req: PayloadRequest,
  documentID: string | number,
  keepIssue: string | number | null,
  at: string,
): Promise<number> {
  const { docs } = await req.payload.find({
    collection: 'read-acknowledgements',
    where: {
      and: [
        { document: { equals: documentID } },
        { state: { equals: 'open' } },
        ...(keepIssue === null ? [] : [{ issue: { not_equals: keepIssue } }]),
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const task of docs) {
    await req.payload.update({
      collection: 'read-acknowledgements',
      id: task.id,
      data: { state: 'superseded', closedAt: at },
      overrideAccess: true,
      req,
    })
  }
  return docs.length
}

/**
 * A new issue published: the older issues' open tasks are superseded, and the new issue's reading
 * starts now if it is already in force (else the nightly job starts it on its effective date). A
 * withdrawn document is read no more. In the transition's transaction.
 */
export const readingAfterTransition: TransitionSubscriber = async ({
  req,
  collection,
  id,
  action,
  at,
}) => {
  if (collection.slug !== 'quality-documents') return
  if (action === 'obsolete') {
    await supersedeReading(req, id, null, at)
    return
  }
  if (action !== 'publish') return
  const current = await issueInForce(req, id)
  await supersedeReading(req, id, current?.id ?? null, at)
  const today = vietnamDay(at)
  if (current?.effectiveDate && vietnamDay(current.effectiveDate) <= today)
    await startReading(req, current, today)
}

/**
 * Nightly: issues whose effective date has come start their reading, and open tasks get a
 * reminder every `READ_REMINDER_DAYS` (7) days. Idempotent within a day.
 */
export async function nightlyReading(req: PayloadRequest, today: string) {
  let started = 0
  const pending = await req.payload.find({
    collection: 'quality-document-issues',
    where: {
      and: [{ issueStatus: { equals: 'effective' } }, { readStartedOn: { exists: false } }],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const issue of pending.docs) {
    if (issue.effectiveDate && vietnamDay(issue.effectiveDate) <= today)
      started += await startReading(req, issue, today)
  }
  const days = reminderDays()
  let reminded = 0
  const open = await req.payload.find({
    collection: 'read-acknowledgements',
    where: { state: { equals: 'open' } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const task of open.docs) {
    if (
      !reminderDue(
        { openedOn: task.openedOn, lastRemindedOn: task.lastRemindedOn ?? null },
        today,
        days,
      )
    )
      continue
    await req.payload.create({
      collection: 'notifications',
      data: {
        title: `Nhắc đọc và xác nhận: ${task.title}`,
        message: `Bạn chưa xác nhận đã đọc và hiểu "${task.title}" (giao từ ${formatDate(task.openedOn)}).`,
        link: adminLink(req, 'read-acknowledgements', task.id),
        recipient: idOf(task.user)!,
        read: false,
      },
      overrideAccess: true,
      req,
    })
    await req.payload.update({
      collection: 'read-acknowledgements',
      id: task.id,
      data: { lastRemindedOn: today },
      overrideAccess: true,
      req,
    })
    reminded++
  }
  return { started, reminded }
}
