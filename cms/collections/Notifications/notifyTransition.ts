import type { PayloadRequest, Where } from 'payload'

import type { User } from '../../payload-types'
import {
  actionLabels,
  isInScope,
  stateLabels,
  WORKFLOW_ACTIONS,
  type WorkflowAction,
  type WorkflowDocument,
} from '../../workflow/rules'
import type { TransitionSubscriber } from '../../workflow/types'

/** Who hears of a transition: the next people to act, or the authors when it comes back to them. */
async function recipients(
  req: PayloadRequest,
  action: WorkflowAction,
  doc: WorkflowDocument,
): Promise<User[]> {
  const authors = [
    ...new Set([...doc.authorIDs, ...(doc.submittedByID ? [doc.submittedByID] : [])]),
  ]
  const byRole = async (roles: string[]) => {
    // Administrators are not paged for every document; the people holding the role are.
    const where: Where = { roles: { in: roles } }
    const { docs } = await req.payload.find({
      collection: 'users',
      where,
      depth: 0,
      limit: 200,
      pagination: false,
      overrideAccess: true,
      req,
    })
    return docs.filter((user) => isInScope(user, doc.localityID))
  }
  let users: User[] = []
  if (action === 'submit') users = await byRole(['reviewer', 'approver'])
  else if (action === 'approve') users = await byRole(['publisher', 'approver'])
  else if (authors.length) {
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { id: { in: authors } },
      depth: 0,
      limit: 200,
      pagination: false,
      overrideAccess: true,
      req,
    })
    users = docs
  }
  if (action === 'approve' && authors.length) {
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { id: { in: authors } },
      depth: 0,
      limit: 200,
      pagination: false,
      overrideAccess: true,
      req,
    })
    users = [...users, ...docs]
  }
  const actor = String(req.user?.id)
  const seen = new Set<string>()
  return users.filter(
    (u) => String(u.id) !== actor && !seen.has(String(u.id)) && seen.add(String(u.id)),
  )
}

/**
 * Tells the people concerned by a workflow action, in the admin (a notification each, written with
 * the transition's `req`, so inside its transaction) and by email through Payload's email adapter
 * (without one, Payload writes the email to the console). The emails go out only after the
 * transaction committed, so no one is mailed about a transition that was rolled back. Email
 * failures are logged, never fatal: the transition has happened. Withdrawing an ISO document
 * (`obsolete`) is not a review step and pages no one.
 */
export const notifyTransition: TransitionSubscriber = async ({
  req,
  collection,
  collectionLabel,
  id,
  action,
  from,
  to,
  doc,
  comment,
  afterCommit,
}) => {
  const link = `/admin/collections/${collection.slug}/${id}`
  // What earlier notifications asked of the document is done once it changes state (a reviewer's
  // sign-off leaves it in review, so the approvers' still stands).
  if (to !== from) {
    await req.payload.update({
      collection: 'notifications',
      where: { and: [{ link: { equals: link } }, { obsolete: { not_equals: true } }] },
      data: { obsolete: true },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  if (!(WORKFLOW_ACTIONS as readonly string[]).includes(action)) return
  const workflowAction = action as WorkflowAction
  const people = await recipients(req, workflowAction, doc)
  const actorName = (req.user as User | null)?.name ?? req.user?.email ?? 'Hệ thống'
  const title = `${actionLabels[workflowAction].vi}: ${doc.title}`
  // "tài liệu ISO", not "tài liệu iso": only the first letter of the label is lowered.
  const label = collectionLabel.charAt(0).toLowerCase() + collectionLabel.slice(1)
  const state = stateLabels[to as keyof typeof stateLabels].vi
  const message = `${actorName} đã ${actionLabels[workflowAction].vi.toLowerCase()} ${label} "${doc.title}". Trạng thái: ${state}.${comment ? `\nÝ kiến: ${comment}` : ''}`
  for (const person of people) {
    await req.payload.create({
      collection: 'notifications',
      data: { title, message, link, recipient: person.id, read: false },
      req,
      overrideAccess: true,
    })
  }
  const { payload } = req
  const serverURL = payload.config.serverURL || process.env.PUBLIC_ADMIN_URL || ''
  afterCommit(
    () =>
      void Promise.allSettled(
        people
          .filter((p) => p.email)
          .map((p) =>
            payload.sendEmail({
              to: p.email,
              subject: `[Thủ tục hành chính] ${title}`,
              text: `${message}\n\n${serverURL}${link}`,
            }),
          ),
      ).then((results) => {
        for (const r of results)
          if (r.status === 'rejected')
            payload.logger.warn({ msg: 'Không gửi được email thông báo', err: r.reason })
      }),
  )
  return people.length ? { message: `Đã thông báo cho ${people.length} người.` } : undefined
}
