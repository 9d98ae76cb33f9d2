import type { CollectionSlug, Payload, Where } from 'payload'
import { stringify } from 'qs-esm'

import { LEVELS, levelLabels, type Level } from '../../../content-schemas/enumerations'
import { PART_LABELS, PARTS } from '../../collections/Procedures/requiredParts'
import { liveContentDay } from '../../collections/Releases/publishOnEffectiveDate'
import { formatDate, vietnamDay } from '../../lib/dates'
import { idOf } from '../../lib/idOf'
import { countByLocality } from './countByLocality'
import type { ComplianceScope } from './scope'

/** One line of the overview: a check, how many items fail it, and the filtered list to fix them. */
export interface ComplianceRow {
  /** Stable key, e.g. `procedures.unknown.fees`, for tests and the export. */
  id: string
  group: string
  label: string
  count: number
  /** The admin list showing exactly the items counted, when one exists. */
  href?: string
  /** What the count alone does not say ("trễ 3 ngày", "bản phát hành ngày 01/12/2026"). */
  note?: string
}

export interface CheckContext {
  payload: Payload
  scope: ComplianceScope
  now: Date
}

const DAY_MS = 86_400_000
/** A quality document is "due" for review within this many days of its review date. */
export const REVIEW_SOON_DAYS = 30

/** The admin's list of `collection`, filtered by `where` (Payload's list view reads it from the query). */
export const listHref = (collection: CollectionSlug, where: Where): string =>
  `/admin/collections/${collection}?${stringify({ where }, { addQueryPrefix: false })}`

/** The start of a Vietnamese calendar day (yyyy-mm-dd) as an instant: dates are stored as instants. */
const startOfDay = (day: string) => new Date(`${day}T00:00:00+07:00`)
const nextDay = (day: string) =>
  vietnamDay(new Date(startOfDay(day).getTime() + DAY_MS + 12 * 3_600_000))
const daysBetween = (from: string, to: string) =>
  Math.round((startOfDay(to).getTime() - startOfDay(from).getTime()) / DAY_MS)

const and = (...clauses: (Where | undefined)[]): Where => ({
  and: clauses.filter((c): c is Where => Boolean(c)),
})

/** Items of the reader's localities only, when the reader is not province staff. */
const inScope = (scope: ComplianceScope, field = 'locality'): Where | undefined =>
  scope.province ? undefined : { [field]: { in: scope.localities } }

async function count(payload: Payload, collection: CollectionSlug, where: Where) {
  return (await payload.count({ collection, where, overrideAccess: true })).totalDocs
}

const G_PROCEDURES = 'Thủ tục của tỉnh (NĐ 63/2010, Điều 8)'
const G_APPLIED = 'Thủ tục áp dụng tại địa phương'
const G_PUBLIC = 'Công bố, niêm yết trên trang công khai'
const G_ISO = 'Hệ thống quản lý chất lượng ISO 9001'
const G_LOCALITIES = 'Số thủ tục áp dụng so với danh mục của tỉnh'

/** Master procedures in force with a part the source does not state, or that is missing, per part. */
async function procedureParts({ payload, scope }: CheckContext): Promise<ComplianceRow[]> {
  if (!scope.province) return []
  const inForce: Where = { validity: { equals: 'in-force' } }
  const rows: ComplianceRow[] = []
  for (const [field, what] of [
    ['missingParts', 'còn thiếu (bắt buộc phải có)'],
    ['unknownParts', 'chưa có thông tin (nguồn không nêu)'],
  ] as const) {
    const total = await count(payload, 'procedures', and(inForce, { [field]: { in: PARTS } }))
    rows.push({
      id: `procedures.${field === 'missingParts' ? 'missing' : 'unknown'}`,
      group: G_PROCEDURES,
      label: `Thủ tục có thành phần ${what}`,
      count: total,
      href: listHref('procedures', and(inForce, { [field]: { in: PARTS } })),
    })
    for (const part of PARTS) {
      const where = and(inForce, { [field]: { contains: part } })
      const n = await count(payload, 'procedures', where)
      if (n > 0)
        rows.push({
          id: `procedures.${field === 'missingParts' ? 'missing' : 'unknown'}.${part}`,
          group: G_PROCEDURES,
          label: `— ${PART_LABELS[part]}`,
          count: n,
          href: listHref('procedures', where),
        })
    }
  }
  return rows
}

/** Procedures in force with a dossier component that names a form but has no form file attached. */
async function formsMissing({ payload, scope }: CheckContext): Promise<ComplianceRow[]> {
  if (!scope.province) return []
  const where = and({ validity: { equals: 'in-force' } }, { formsNotAttached: { greater_than: 0 } })
  return [
    {
      id: 'procedures.forms-not-attached',
      group: G_PROCEDURES,
      label: 'Thủ tục có mẫu đơn, tờ khai chưa đính kèm',
      count: await count(payload, 'procedures', where),
      href: listHref('procedures', where),
    },
  ]
}

/**
 * An applied procedure whose master has been abolished (or replaced, which abolishes it). Also read
 * by the quality objective on posting (cms/collections/QualityObjectives/figures.ts).
 */
export const ABOLISHED_MASTER: Where = { 'procedure.validity': { equals: 'abolished' } }

/**
 * A master-change review task still open: the copy's details may no longer hold and the site
 * withholds them. Also read by the quality objective on posting. Clauses to spread into one `and`:
 * a nested one would go past the depth the admin's query string is parsed to in the list's link.
 */
export const MASTER_CHANGE_OPEN: Where[] = [
  { reason: { equals: 'master-change' } },
  { state: { in: ['due', 'overdue'] } },
]

/** Applied procedures whose master has been abolished (or replaced, which abolishes it). */
async function appliedOfAbolished({ payload, scope }: CheckContext): Promise<ComplianceRow[]> {
  const where = and(ABOLISHED_MASTER, inScope(scope))
  return [
    {
      id: 'applied.abolished-master',
      group: G_APPLIED,
      label: 'Thủ tục áp dụng có thủ tục gốc đã bãi bỏ hoặc bị thay thế',
      count: await count(payload, 'applied-procedures', where),
      href: listHref('applied-procedures', where),
    },
  ]
}

/**
 * Locality copies whose details an amended master may have invalidated, awaiting their officers'
 * review (cms/collections/AppliedProcedures/followMaster.ts); the site withholds those details.
 */
async function copiesAwaitingReview({ payload, scope }: CheckContext): Promise<ComplianceRow[]> {
  const where = and(...MASTER_CHANGE_OPEN, inScope(scope))
  return [
    {
      id: 'applied.master-changed',
      group: G_APPLIED,
      label: 'Thủ tục áp dụng chờ rà soát sau khi thủ tục gốc thay đổi',
      count: await count(payload, 'review-tasks', where),
      href: listHref('review-tasks', where),
    },
  ]
}

/**
 * Decisions in force (their effective date has come) that the live province release does not
 * carry yet: TT 02/2017 has procedures posted from that date, so each day after it is late.
 */
async function decisionsNotOnSite({ payload, now }: CheckContext): Promise<ComplianceRow[]> {
  const today = vietnamDay(now)
  const since = await liveContentDay(payload)
  const effective: Where = since
    ? { effectiveDate: { greater_than_equal: startOfDay(nextDay(since)).toISOString() } }
    : { effectiveDate: { exists: true } }
  const where = and({ _status: { equals: 'published' } }, effective, {
    effectiveDate: { less_than: startOfDay(nextDay(today)).toISOString() },
  })
  const n = await count(payload, 'decisions', where)
  let note: string | undefined
  if (n > 0) {
    const [oldest] = (
      await payload.find({
        collection: 'decisions',
        where,
        sort: 'effectiveDate',
        limit: 1,
        depth: 0,
        select: { effectiveDate: true },
        overrideAccess: true,
      })
    ).docs
    const late = oldest?.effectiveDate ? daysBetween(vietnamDay(oldest.effectiveDate), today) : 0
    note =
      late > 0
        ? `Chậm nhất: ${late} ngày sau ngày có hiệu lực ${formatDate(oldest!.effectiveDate)}`
        : 'Có hiệu lực hôm nay'
  }
  return [
    {
      id: 'public.decisions-not-posted',
      group: G_PUBLIC,
      label: since
        ? 'Quyết định đã có hiệu lực nhưng chưa lên trang công khai'
        : 'Quyết định đã có hiệu lực, trang công khai chưa xuất bản lần nào',
      count: n,
      href: listHref('decisions', where),
      ...(note ? { note } : {}),
    },
  ]
}

/** When the live release of the province (or of a locality) went live; null before the first. */
async function liveAt(payload: Payload, locality?: string): Promise<string | null> {
  const [last] = (
    await payload.find({
      collection: 'releases',
      where: and(
        { state: { equals: 'live' } },
        locality
          ? { and: [{ scope: { equals: 'locality' } }, { locality: { equals: locality } }] }
          : { scope: { equals: 'province' } },
      ),
      sort: '-liveAt',
      limit: 1,
      depth: 0,
      select: { liveAt: true },
      overrideAccess: true,
    })
  ).docs
  return last?.liveAt ?? null
}

/**
 * Publishes that failed after the live province release went live, the midnight publish of a
 * decision taking effect included: until one succeeds, the site does not show what they carried.
 * Province staff only (publishing is theirs).
 */
async function failedPublishes({ payload, scope }: CheckContext): Promise<ComplianceRow[]> {
  if (!scope.province) return []
  const live = await liveAt(payload)
  const where = and(
    { action: { equals: 'publish' } },
    { state: { equals: 'failed' } },
    live ? { createdAt: { greater_than: live } } : undefined,
  )
  return [
    {
      id: 'public.failed-publishes',
      group: G_PUBLIC,
      label: 'Lần xuất bản thất bại sau bản phát hành đang dùng (kể cả xuất bản tự động lúc 00:00)',
      count: await count(payload, 'releases', where),
      href: listHref('releases', where),
    },
  ]
}

/** Approved content newer than what citizens see: the release is older than the newest approval. */
async function approvedNotReleased({ payload, scope }: CheckContext): Promise<ComplianceRow[]> {
  const province = await liveAt(payload)
  const published: Where = { _status: { equals: 'published' } }
  const after = (at: string | null): Where | undefined =>
    at ? { updatedAt: { greater_than: at } } : undefined
  const rows: ComplianceRow[] = []
  const note = province
    ? `Bản phát hành toàn tỉnh đang dùng: ${formatDate(province)}`
    : 'Chưa có bản phát hành toàn tỉnh'
  if (scope.province) {
    for (const [collection, label] of [
      ['procedures', 'Thủ tục của tỉnh đã duyệt sau bản phát hành đang dùng'],
      ['decisions', 'Quyết định đã duyệt sau bản phát hành đang dùng'],
    ] as const) {
      const where = and(published, after(province))
      rows.push({
        id: `public.${collection}-not-released`,
        group: G_PUBLIC,
        label,
        count: await count(payload, collection, where),
        href: listHref(collection, where),
        note,
      })
    }
    const where = and(published, after(province))
    rows.push({
      id: 'public.applied-not-released',
      group: G_PUBLIC,
      label: 'Thủ tục áp dụng đã duyệt sau bản phát hành đang dùng',
      count: await count(payload, 'applied-procedures', where),
      href: listHref('applied-procedures', where),
      note,
    })
    return rows
  }
  // A locality's pages are as new as the later of the province release and its own.
  for (const locality of scope.localities) {
    const own = await liveAt(payload, locality)
    const newest =
      [province, own]
        .filter((d): d is string => Boolean(d))
        .sort()
        .at(-1) ?? null
    const where = and(published, { locality: { equals: locality } }, after(newest))
    rows.push({
      id: `public.applied-not-released.${locality}`,
      group: G_PUBLIC,
      label: 'Thủ tục áp dụng đã duyệt sau bản phát hành đang dùng',
      count: await count(payload, 'applied-procedures', where),
      href: listHref('applied-procedures', where),
      note: newest
        ? `Bản phát hành đang dùng: ${formatDate(newest)}`
        : 'Chưa có bản phát hành toàn tỉnh',
    })
  }
  return rows
}

/** Quality documents in force past or near their review date, and review tasks not done. */
async function qualityReviews({ payload, scope, now }: CheckContext): Promise<ComplianceRow[]> {
  const effective: Where = { documentStatus: { equals: 'effective' } }
  const overdue = and(
    effective,
    { nextReviewDate: { less_than: now.toISOString() } },
    inScope(scope),
  )
  const soon = and(
    effective,
    { nextReviewDate: { greater_than_equal: now.toISOString() } },
    {
      nextReviewDate: {
        less_than: new Date(now.getTime() + REVIEW_SOON_DAYS * DAY_MS).toISOString(),
      },
    },
    inScope(scope),
  )
  // Processes a shorter new legal or committed time has overtaken (QualityDocuments/overTimeLimit.ts).
  const overTime = and(effective, { overTimeLimit: { equals: true } }, inScope(scope))
  const tasks = and({ state: { in: ['due', 'overdue'] } }, inScope(scope))
  const lateTasks = and({ state: { equals: 'overdue' } }, inScope(scope))
  // Read and understood (ReadAcknowledgements): documents whose issue in force someone has yet to confirm.
  const unread = and({ state: { equals: 'open' } }, inScope(scope))
  const { docs: unreadTasks } = await payload.find({
    collection: 'read-acknowledgements',
    where: unread,
    select: { document: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const unreadDocuments = new Set(unreadTasks.map((t) => String(idOf(t.document)))).size
  return [
    {
      id: 'iso.review-overdue',
      group: G_ISO,
      label: 'Tài liệu đang hiệu lực đã quá hạn rà soát',
      count: await count(payload, 'quality-documents', overdue),
      href: listHref('quality-documents', overdue),
    },
    {
      id: 'iso.review-soon',
      group: G_ISO,
      label: `Tài liệu đến hạn rà soát trong ${REVIEW_SOON_DAYS} ngày tới`,
      count: await count(payload, 'quality-documents', soon),
      href: listHref('quality-documents', soon),
    },
    {
      id: 'iso.process-over-time',
      group: G_ISO,
      label: 'Quy trình nội bộ đang hiệu lực dài hơn thời hạn giải quyết',
      count: await count(payload, 'quality-documents', overTime),
      href: listHref('quality-documents', overTime),
    },
    {
      id: 'iso.review-tasks-open',
      group: G_ISO,
      label: 'Việc rà soát chưa hoàn thành',
      count: await count(payload, 'review-tasks', tasks),
      href: listHref('review-tasks', tasks),
    },
    {
      id: 'iso.review-tasks-overdue',
      group: G_ISO,
      label: '— trong đó quá hạn',
      count: await count(payload, 'review-tasks', lateTasks),
      href: listHref('review-tasks', lateTasks),
    },
    {
      id: 'iso.read-unconfirmed',
      group: G_ISO,
      label: 'Tài liệu chưa được xác nhận đã đọc',
      count: unreadDocuments,
      href: listHref('read-acknowledgements', unread),
      note: unreadTasks.length ? `${unreadTasks.length} người chưa xác nhận` : undefined,
    },
  ]
}

/**
 * Corrective actions not done whose due day is past in Vietnam (CorrectiveActions/rules.ts
 * `isOverdue`, as a query), and nonconformities not closed.
 */
async function correctiveActions({ payload, scope, now }: CheckContext): Promise<ComplianceRow[]> {
  const overdue = and(
    { state: { equals: 'open' } },
    { dueDate: { less_than: startOfDay(vietnamDay(now)).toISOString() } },
    inScope(scope),
  )
  const notClosed = and({ state: { not_equals: 'closed' } }, inScope(scope))
  return [
    {
      id: 'iso.corrective-actions-overdue',
      group: G_ISO,
      label: 'Hành động khắc phục quá hạn',
      count: await count(payload, 'corrective-actions', overdue),
      href: listHref('corrective-actions', overdue),
    },
    {
      id: 'iso.nonconformities-open',
      group: G_ISO,
      label: 'Sự không phù hợp chưa đóng',
      count: await count(payload, 'nonconformities', notClosed),
      href: listHref('nonconformities', notClosed),
    },
  ]
}

/**
 * Per locality still in existence: how many procedures it applies, against the province's list of
 * procedures in force at its tier (the seeds' town applied 45 of 172).
 */
async function appliedPerLocality({ payload, scope }: CheckContext): Promise<ComplianceRow[]> {
  const localities = (
    await payload.find({
      collection: 'localities',
      where: and(
        { dissolvedOn: { exists: false } },
        { tier: { in: ['district', 'commune'] } },
        scope.province ? undefined : { id: { in: scope.localities } },
      ),
      select: { name: true, tier: true },
      pagination: false,
      limit: 0,
      depth: 0,
      overrideAccess: true,
    })
  ).docs
  if (localities.length === 0) return []
  const listed = new Map<Level, number>()
  for (const tier of LEVELS.filter((t) => localities.some((l) => l.tier === t)))
    listed.set(
      tier,
      await count(
        payload,
        'procedures',
        and(
          { _status: { equals: 'published' } },
          { validity: { equals: 'in-force' } },
          { levels: { contains: tier } },
        ),
      ),
    )
  const applied = await countByLocality(
    payload,
    localities.map((l) => String(l.id)),
  )
  return localities
    .map((locality) => {
      const tier = locality.tier as Level
      return {
        id: `localities.applied.${locality.id}`,
        group: G_LOCALITIES,
        label: locality.name,
        count: applied.get(String(locality.id)) ?? 0,
        href: listHref(
          'applied-procedures',
          and({ locality: { equals: locality.id } }, { _status: { equals: 'published' } }),
        ),
        note: `trên ${listed.get(tier) ?? 0} thủ tục ${levelLabels[tier].vi.toLowerCase()} của tỉnh`,
      }
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'))
}

/** The checks, in the order the overview shows them. */
export const COMPLIANCE_CHECKS: ((ctx: CheckContext) => Promise<ComplianceRow[]>)[] = [
  procedureParts,
  formsMissing,
  appliedOfAbolished,
  copiesAwaitingReview,
  decisionsNotOnSite,
  approvedNotReleased,
  failedPublishes,
  qualityReviews,
  correctiveActions,
  appliedPerLocality,
]

/** Every line of the reader's overview. */
export async function complianceReport(ctx: CheckContext): Promise<ComplianceRow[]> {
  const rows: ComplianceRow[] = []
  for (const check of COMPLIANCE_CHECKS) rows.push(...(await check(ctx)))
  return rows
}
