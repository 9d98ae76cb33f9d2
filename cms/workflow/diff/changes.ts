import type { CollectionSlug, Payload, TypedUser } from 'payload'

import { idOf } from '../../lib/idOf'
import { actionLabels, stateLabels, type WorkflowAction, type WorkflowState } from '../rules'
import { diffRows, type DiffRow } from './diffRows'

type Doc = Record<string, unknown>

export interface Changes {
  /** The version citizens see now (the last issued one), or null when none was ever issued. */
  publishedAt: string | null
  /** The version under review: the latest one. */
  state: WorkflowState
  changeReason: string | null
  changeSummary: string | null
  submittedAt: string | null
  rows: DiffRow[]
}

/**
 * The latest version of a document against the last issued one, as the person may read both
 * (their read access decides, through `overrideAccess: false`). Relations are read at depth 1,
 * so that a sector or an agency is named. Null when the document cannot be read.
 */
export async function changesAgainstPublished(
  payload: Payload,
  collection: CollectionSlug,
  id: string | number,
  user: TypedUser | null,
): Promise<Changes | null> {
  const config = payload.collections[collection]?.config
  if (!config) return null
  const latest = (await payload.findByID({
    collection,
    id,
    draft: true,
    depth: 1,
    overrideAccess: false,
    user,
    disableErrors: true,
  })) as Doc | null
  if (!latest) return null
  // Versions are read as drafts are (versionsFollowRead): who may not, reads no changes.
  const found = await payload
    .findVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      sort: '-updatedAt',
      limit: 1,
      depth: 1,
      overrideAccess: false,
      user,
    })
    .catch(() => null)
  if (!found) return null
  const { docs } = found
  const published = (docs[0]?.version as unknown as Doc | undefined) ?? null
  const workflow = (latest.workflow ?? {}) as Doc
  return {
    publishedAt: published ? String(docs[0]!.updatedAt) : null,
    state: (workflow.state as WorkflowState) ?? 'draft',
    changeReason: (workflow.changeReason as string | null) ?? null,
    changeSummary: (workflow.changeSummary as string | null) ?? null,
    submittedAt: (workflow.submittedAt as string | null) ?? null,
    rows: diffRows(published, latest, config.fields),
  }
}

export interface VersionLine {
  id: string
  at: string
  /** What made this version: a workflow step ("Phê duyệt"), or an edit ("Lưu bản nháp"). */
  what: string
  /** Who: the person of the step, or the version's authors for an edit. */
  who: string[]
  state: string
  changeReason: string | null
  published: boolean
}

interface HistoryEntry {
  action?: WorkflowAction
  to?: WorkflowState
  by?: unknown
  at?: string
}

/**
 * A transition writes its history entry and its version at once, in the state it moved to; an
 * edit writes no entry and returns the document to draft.
 */
const SAME_MOMENT_MS = 5_000

/** What made a version, and by whom (user IDs). */
function originOf(version: Doc, at: string): { what: string; by: string[] } {
  const workflow = (version.workflow ?? {}) as Doc
  const history = ((workflow.history as HistoryEntry[] | undefined) ?? []).filter(Boolean)
  const last = history.at(-1)
  const state = (workflow.state as WorkflowState | undefined) ?? 'draft'
  if (
    last?.action &&
    last.at &&
    last.to === state &&
    Math.abs(Date.parse(last.at) - Date.parse(at)) < SAME_MOMENT_MS
  )
    return { what: actionLabels[last.action].vi, by: [idOf(last.by)].filter((p) => p !== null) }
  const authors = ((workflow.authors as unknown[] | undefined) ?? [])
    .map(idOf)
    .filter((p): p is string => p !== null)
  return authors.length > 0
    ? { what: 'Lưu bản nháp', by: authors }
    : { what: 'Nhập dữ liệu', by: [] }
}

/** How many versions one page of the versions list shows. */
export const VERSIONS_PER_PAGE = 50

export interface VersionPage {
  lines: VersionLine[]
  /** 1-based page number shown, and how many pages and versions there are in all. */
  page: number
  totalPages: number
  totalDocs: number
  /** The version citizens see now (the last issued one), wherever it falls in the list. */
  inForceID: string | null
}

/**
 * The versions of a document, newest first, each with what made it, who, when and the author's
 * reason: the versions list. The person's read access decides which versions they see; the names
 * of the people on them are looked up as WorkflowPeople does.
 */
export async function versionLines(
  payload: Payload,
  collection: CollectionSlug,
  id: string | number,
  user: TypedUser | null,
  limit = VERSIONS_PER_PAGE,
): Promise<VersionLine[]> {
  return (await versionPage(payload, collection, id, user, { limit })).lines
}

/**
 * One page of the versions list (`page` from 1, `limit` versions a page), so that a document
 * edited more than a page's worth of times still shows its oldest versions, and which version is
 * in force even when it is on another page (its link compares the others against it).
 */
export async function versionPage(
  payload: Payload,
  collection: CollectionSlug,
  id: string | number,
  user: TypedUser | null,
  { page = 1, limit = VERSIONS_PER_PAGE }: { page?: number; limit?: number } = {},
): Promise<VersionPage> {
  const found = await payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit,
    page: Math.max(1, Math.floor(page) || 1),
    depth: 0,
    overrideAccess: false,
    user,
  })
  const { docs } = found
  // Newest first: on the first page, the first issued version is the one in force.
  let inForce =
    (found.page ?? 1) === 1
      ? docs.find((d) => (d.version as unknown as Doc)._status === 'published')
      : undefined
  if (!inForce && (found.totalPages ?? 1) > 1) {
    const published = await payload.findVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user,
    })
    inForce = published.docs[0]
  }
  const origins = docs.map((d) => originOf(d.version as unknown as Doc, String(d.updatedAt)))
  const ids = [...new Set(origins.flatMap((o) => o.by))]
  const names = new Map<string, string>()
  if (ids.length > 0) {
    const users = await payload.find({
      collection: 'users',
      where: { id: { in: ids } },
      select: { name: true },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
    })
    for (const u of users.docs) names.set(String(u.id), u.name)
  }
  const lines = docs.map((d, index) => {
    const version = d.version as unknown as Doc
    const workflow = (version.workflow ?? {}) as Doc
    const state = (workflow.state as WorkflowState) ?? 'draft'
    return {
      id: String(d.id),
      at: String(d.updatedAt),
      what: origins[index]!.what,
      who: origins[index]!.by.map((p) => names.get(p) ?? 'Tài khoản đã xoá'),
      state: stateLabels[state]?.vi ?? state,
      changeReason: (workflow.changeReason as string | null) ?? null,
      published: version._status === 'published',
    }
  })
  return {
    lines,
    page: found.page ?? 1,
    totalPages: found.totalPages ?? 1,
    totalDocs: found.totalDocs ?? lines.length,
    inForceID: inForce ? String(inForce.id) : null,
  }
}
