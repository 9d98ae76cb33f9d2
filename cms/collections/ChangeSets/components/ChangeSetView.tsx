import type { DocumentViewServerProps } from 'payload'
import React from 'react'

import type { PlanItem } from '../../../import/changeSet/types'
import type { ImportIssue } from '../../../import/report'
import { idOf } from '../../../lib/idOf'
import type { ChangeSet, User } from '../../../payload-types'
import { availableActions, type WorkflowAction } from '../../../workflow/rules'
import { mayImportInto } from '../access'
import { changeSetDocument } from '../transition'
import { ChangeSetPage, type ShownSet } from './ChangeSetPage'

/**
 * The page of one change set (in place of Payload's edit form: nobody edits a set). Reads the set
 * as Payload loaded it for this user, names the people who acted on it (staff may not read one
 * another's accounts, so the names are looked up here, as WorkflowPeople does), and works out
 * with the workflow's own rules which actions to offer; the API decides again on every click.
 */
export async function ChangeSetView({ doc, initPageResult, payload }: DocumentViewServerProps) {
  const set = doc as ChangeSet | undefined
  const user = (initPageResult?.req.user ?? null) as User | null
  if (!set?.id || !user) return null
  const history = (set.history ?? []).filter(Boolean)
  const people = [
    ...new Set(
      [idOf(set.author), idOf(set.submittedBy), ...history.map((h) => idOf(h.by))].filter(
        (id): id is string => id !== null,
      ),
    ),
  ]
  const { docs: users } = await payload.find({
    collection: 'users',
    where: { id: { in: people } },
    select: { name: true, email: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const names = new Map(users.map((u) => [String(u.id), u.name || u.email]))
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? 'Tài khoản đã xoá') : '')

  const localityID = idOf(set.locality)
  let scope = 'Danh mục của tỉnh'
  if (localityID) {
    const locality = await payload
      .findByID({ collection: 'localities', id: localityID, depth: 0, overrideAccess: true })
      .catch(() => null)
    scope = locality ? `${locality.name}${locality.code ? ` (${locality.code})` : ''}` : localityID
  }

  const authorID = idOf(set.author)
  const planned = set.state === 'planned'
  const actions: WorkflowAction[] = planned
    ? []
    : availableActions({
        user,
        canEdit: mayImportInto(user, localityID),
        doc: changeSetDocument(set),
      })
  const wrote = authorID === String(user.id) || idOf(set.submittedBy) === String(user.id)

  const shown: ShownSet = {
    id: String(set.id),
    title: set.title,
    state: set.state,
    scope,
    format: set.format ?? '',
    files: (set.files ?? []).map((f) => ({
      name: f.name,
      format: f.format ?? '',
      size: f.size ?? 0,
    })),
    author: nameOf(authorID),
    changeReason: set.changeReason ?? '',
    counts: {
      new: set.counts?.new ?? 0,
      changed: set.counts?.changed ?? 0,
      unchanged: set.counts?.unchanged ?? 0,
      absent: set.counts?.absent ?? 0,
      errors: set.counts?.errors ?? 0,
      warnings: set.counts?.warnings ?? 0,
    },
    items: ((set.plan ?? []) as unknown as PlanItem[]).filter(Boolean),
    issues: ((set.issues ?? []) as unknown as ImportIssue[]).filter(Boolean),
    history: history.map((h) => ({
      action: h.action,
      from: h.from ?? '',
      to: h.to ?? '',
      by: nameOf(idOf(h.by)),
      at: h.at ?? '',
      comment: h.comment ?? '',
    })),
  }
  return (
    <ChangeSetPage
      set={shown}
      actions={actions}
      mayWrite={planned && authorID === String(user.id)}
      noActionReason={
        planned
          ? authorID === String(user.id)
            ? ''
            : 'Lô mới chạy thử: chỉ người đã nhập lô mới ghi được lô thành bản nháp.'
          : actions.length > 0 || set.state === 'published'
            ? ''
            : set.state === 'in-review' && wrote
              ? 'Bạn đã nhập hoặc gửi lô này: việc xem xét và phê duyệt do người khác thực hiện.'
              : 'Bạn không có thao tác nào với lô này ở bước này.'
      }
    />
  )
}
