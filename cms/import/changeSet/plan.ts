/**
 * The dry run of an import: what the set would create, change, leave alone, and what the catalogue
 * holds in scope that the file does not (reported, never deleted). Reads the catalogue once (latest
 * version of each document, drafts included: the reviewer compares with what is being worked on),
 * resolves every natural key, judges each item with its collection's own rules, and writes nothing.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { TimeUnit, UnitType } from '../../../content-schemas/enumerations'
import { formatProcessingTime } from '../../../content-schemas/processingTime'
import { idOf } from '../../lib/idOf'
import { applicationErrors } from '../../collections/AppliedProcedures/applicationRules'
import { procedureErrors } from '../../collections/Procedures/procedureRules'
import { partStatuses, type ProcedureParts } from '../../collections/Procedures/requiredParts'
import type { AppliedProcedure, Locality, Procedure } from '../../payload-types'
import type {
  ImportedApplication,
  ImportedDecision,
  ImportedLegalReference,
  ImportedProcedure,
  ImportedSet,
} from '../records'
import { shownValue, type ImportIssue } from '../report'
import { importedFromStored, loadNaturalKeys } from '../stored'
import {
  diffProcedure,
  readableContents,
  SKELETON_PATHS,
  type FieldChange,
  type ItemPart,
} from './diff'
import {
  countPlan,
  type ChangeSetPlan,
  type ChangeSetScope,
  type ItemCollection,
  type PlanItem,
} from './types'
import { planServiceResults, type ServiceResultWork } from './planServiceResults'
import { keepUnstated, type TakeUnstated } from './sync'
import { plannedWrites, refusedWrites } from './writeAccess'

/** Names compared as an officer would: Unicode-normalised, trimmed, spaces collapsed, any case. */
export const nameKey = (name: string): string =>
  name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi')

/** IDs by natural key, for the documents already in the catalogue. */
export interface KeyIndex {
  sectors: Map<string, string>
  agencies: Map<string, string>
  legalDocuments: Map<string, string>
  media: Map<string, string>
  procedures: Map<string, string>
  localities: Map<string, string>
}

/** A procedure the set writes, by natural keys; the writer resolves them once the new references exist. */
export interface ProcedureWork {
  item: PlanItem
  record: ImportedProcedure
}

export interface ApplicationWork {
  item: PlanItem
  record: ImportedApplication
}

export interface DecisionWork {
  item: PlanItem
  record: ImportedDecision
}

/** The dry run and what writing it takes. */
export interface PlannedSet {
  plan: ChangeSetPlan
  index: KeyIndex
  newSectors: string[]
  newAgencies: string[]
  newLegalDocuments: ImportedLegalReference[]
  procedures: ProcedureWork[]
  applications: ApplicationWork[]
  decisions: DecisionWork[]
  serviceResults: ServiceResultWork[]
  /** the province, which issues announcement decisions; null when the catalogue has none or several */
  provinceID: string | null
}

type StoredProcedure = Procedure & { id: string }

/** The file each record came from: the readers give it in the gaps' sources, the caller knows it for sure. */
export type FileOf = (kind: 'procedure' | 'application' | 'decision', key: string) => string | null

/** What planning applications and decisions reads of a procedure (`planApplications`, `planDecisions`). */
const MASTER_FIELDS = {
  code: true,
  name: true,
  validity: true,
  levels: true,
  methods: { channel: true, processingTime: true, processingTimeUnit: true },
} as const

export async function planChangeSet(
  payload: Payload,
  set: ImportedSet,
  scope: ChangeSetScope,
  {
    req,
    fileOf = () => null,
    takeUnstated = new Set(),
  }: {
    req?: PayloadRequest
    fileOf?: FileOf
    /** the parts (`code` or `code:path`) whose silence in the new record the officer takes */
    takeUnstated?: TakeUnstated
  } = {},
): Promise<PlannedSet> {
  const issues: ImportIssue[] = [...set.issues]
  const items: PlanItem[] = []
  const error = (
    file: string | null,
    code: string | null,
    field: string,
    value: unknown,
    message: string,
    severity: ImportIssue['severity'] = 'error',
  ) =>
    issues.push({
      file: file ?? '',
      record: null,
      row: null,
      code,
      field,
      value: shownValue(value),
      message,
      severity,
    })

  const all = async <T>(collection: string, options: Record<string, unknown> = {}) =>
    (
      await payload.find({
        collection: collection as never,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
        ...options,
      })
    ).docs as unknown as T[]
  const [keys, stored, localities, applied] = await Promise.all([
    loadNaturalKeys(payload),
    // The latest version of each procedure, drafts included. A set without procedures needs only
    // what its applications are checked against: at province scale, reading every procedure whole
    // (its arrays joined, every field traversed) was most of planning 20,000 applications.
    all<StoredProcedure>('procedures', {
      draft: true,
      ...(set.procedures.length || set.skeletons.length ? {} : { select: MASTER_FIELDS }),
    }),
    all<Locality>('localities'),
    set.applications.length
      ? all<AppliedProcedure>('applied-procedures', { draft: true })
      : Promise.resolve([]),
  ])
  const reverse = (map: Map<string, string | { number: string }>, fold = true) =>
    new Map(
      [...map].map(([id, value]) => {
        const key = typeof value === 'string' ? value : value.number
        return [fold ? nameKey(key) : key, id]
      }),
    )
  const index: KeyIndex = {
    sectors: reverse(keys.sectors),
    agencies: reverse(keys.agencies),
    legalDocuments: reverse(keys.legalDocuments),
    media: reverse(keys.media, false),
    procedures: reverse(keys.procedures, false),
    localities: new Map(localities.map((l) => [l.code ?? '', String(l.id)])),
  }
  const storedByCode = new Map(stored.map((p) => [p.code, p]))
  const openSets = new Map(
    (
      await all<{ id: string; title: string }>('change-sets', {
        where: { state: { not_in: ['planned', 'published'] } },
        select: { title: true },
      })
    ).map((set) => [String(set.id), set.title]),
  )
  /** A document whose latest version belongs to a set still under review may not join another. */
  const inOpenSet = (doc: { workflow?: { changeSet?: unknown } | null }): string | null => {
    const id = idOf(doc.workflow?.changeSet)
    const title = id ? openSets.get(id) : undefined
    return title
      ? `Mục này đang thuộc lô nhập "${title}", chưa ban hành: hãy hoàn tất hoặc rút lại lô đó trước khi nhập thay đổi mới.`
      : null
  }

  // Reference data the file names that the catalogue lacks: items of the set, created with it.
  const newSectors = new Map<string, string>()
  const newAgencies = new Map<string, string>()
  const newLegal = new Map<string, ImportedLegalReference>()
  const procedures: ProcedureWork[] = []

  if (scope.locality !== null && (set.procedures.length || set.skeletons.length)) {
    error(
      null,
      null,
      '',
      null,
      'Lô nhập của một địa phương chỉ được chứa thủ tục áp dụng tại địa phương; danh mục thủ tục của tỉnh do cán bộ pháp chế tỉnh nhập.',
    )
  }

  // A full record and a list may name the same code: the full record says more and wins.
  const fullCodes = new Set(set.procedures.map((p) => p.code))
  const skeletons = set.skeletons.filter((s) => {
    if (!fullCodes.has(s.code)) return true
    error(
      fileOf('procedure', s.code),
      s.code,
      'code',
      s.code,
      'Mã này có cả hồ sơ đầy đủ trong lô nhập; dòng danh sách được bỏ qua.',
      'warning',
    )
    return false
  })
  const setCodes = new Set([...fullCodes, ...skeletons.map((s) => s.code)])

  for (const [record, skeleton] of [
    ...set.procedures.map((p) => [p, false] as const),
    ...skeletons.map((p) => [p, true] as const),
  ]) {
    const file = fileOf('procedure', record.code)
    const problem = (field: string, value: unknown, message: string, severity?: 'warning') =>
      error(file, record.code, field, value, message, severity)
    const existing = storedByCode.get(record.code)
    const before = existing ? importedFromStored(existing, keys) : null

    if (!record.sector.trim()) problem('sector', record.sector, 'Thủ tục phải thuộc một lĩnh vực.')
    else if (!index.sectors.has(nameKey(record.sector)))
      newSectors.set(nameKey(record.sector), record.sector.trim())
    for (const role of ['implementing', 'competent', 'coordinating', 'authorised'] as const)
      for (const name of record.agencies[role])
        if (!index.agencies.has(nameKey(name))) newAgencies.set(nameKey(name), name.trim())
    for (const legal of record.legalBasis)
      if (!index.legalDocuments.has(nameKey(legal.number)))
        newLegal.set(nameKey(legal.number), legal)

    // What the catalogue keeps for itself, or the source leaves out, stays as the catalogue has it.
    let after: ImportedProcedure = {
      ...record,
      synonyms: before?.synonyms ?? [],
      keywords: record.keywords.length ? record.keywords : (before?.keywords ?? []),
      description: record.description ?? before?.description ?? null,
      dossierCases: record.dossierCases.map((c, ci) => ({
        ...c,
        components: c.components.map((component, pi) => {
          if (!component.form || index.media.has(component.form)) return component
          problem(
            `dossierCases[${ci}].components[${pi}].form`,
            component.form,
            'Không tìm thấy tệp mẫu này trong Tệp đính kèm; thành phần hồ sơ được ghi không kèm mẫu. Hãy tải mẫu lên rồi gắn vào thủ tục.',
            'warning',
          )
          return { ...component, form: null }
        }),
      })),
      relatedProcedures: record.relatedProcedures.filter((code) => {
        if (index.procedures.has(code) || setCodes.has(code)) return true
        problem(
          'relatedProcedures',
          code,
          'Thủ tục liên quan không có trong danh mục cũng như trong lô nhập; bỏ qua liên kết này.',
          'warning',
        )
        return false
      }),
    }
    // A sync: what the new record does not state keeps the catalogue's value, said in the dry run.
    let kept: FieldChange[] = []
    if (!skeleton && before) ({ record: after, kept } = keepUnstated(before, after, takeUnstated))
    if (skeleton && before) {
      // A list states name, sector and, when the cell is filled, the implementing agency; nothing else.
      after = {
        ...before,
        name: record.name,
        sector: record.sector,
        agencies: record.agencies.implementing.length
          ? {
              ...before.agencies,
              implementing: record.agencies.implementing,
              implementingGap: { kind: null, source: null },
            }
          : before.agencies,
      }
    }

    // The collection's own rules, and NĐ 63's parts: the set is submitted as a whole.
    for (const rule of procedureErrors(after))
      problem(rule.path, valueAt(after, rule.path), rule.message)
    for (const part of partStatuses(after as unknown as ProcedureParts))
      if (part.state === 'missing') problem(part.path, null, part.message!)

    const contentChanges: FieldChange[] = before
      ? diffProcedure(before, after, {
          only: skeleton
            ? SKELETON_PATHS.filter(
                (p) => p !== 'agencies.implementing' || record.agencies.implementing.length > 0,
              )
            : undefined,
        })
      : []
    const changes = [...contentChanges, ...kept]
    const busy = existing && contentChanges.length ? inOpenSet(existing) : null
    if (busy) problem('code', record.code, busy)
    const item: PlanItem = {
      collection: 'procedures',
      key: record.code,
      title: record.name,
      status: !before ? 'new' : contentChanges.length ? 'changed' : 'unchanged',
      id: existing ? String(existing.id) : null,
      ...(skeleton ? { skeleton: true } : {}),
      file,
      changes,
      ...(before ? {} : { contents: readableContents(after) }),
    }
    items.push(item)
    if (item.status !== 'unchanged') procedures.push({ item, record: after })
  }

  const reference = (collection: ItemCollection, names: string[]) =>
    names.map((name): PlanItem => ({
      collection,
      key: name,
      title: name,
      status: 'new',
      id: null,
      file: null,
      changes: [],
    }))
  items.unshift(
    ...reference('sectors', [...newSectors.values()]),
    ...reference('agencies', [...newAgencies.values()]),
    ...reference(
      'legal-documents',
      [...newLegal.values()].map((l) => l.number),
    ),
  )

  if (scope.locality === null && setCodes.size > 0) {
    for (const p of stored)
      if (!setCodes.has(p.code))
        items.push({
          collection: 'procedures',
          key: p.code,
          title: p.name,
          status: 'absent',
          id: String(p.id),
          file: null,
          changes: [],
        })
  }

  const applications = planApplications(set, scope, {
    index,
    localities,
    applied,
    storedByCode,
    newProcedures: new Map(
      procedures.filter((w) => w.item.status === 'new').map((w) => [w.record.code, w.record]),
    ),
    items,
    fileOf,
    error,
    inOpenSet,
  })

  const provinces = localities.filter((l) => l.unitType === 'province')
  const provinceID = provinces.length === 1 ? String(provinces[0]!.id) : null
  const decisions = set.decisions.length
    ? await planDecisions(payload, set, scope, {
        req,
        provinceID,
        storedByCode,
        setCodes,
        fileOf,
        items,
        error,
        inOpenSet,
      })
    : []

  const serviceResults = await planServiceResults(payload, set.serviceResults ?? [], scope, {
    req,
    index,
    localities,
    storedByCode,
    items,
    issues,
    inOpenSet,
  })

  // What the write would refuse this person (the collections' own access), said now, per record.
  issues.push(
    ...(await refusedWrites(
      req,
      plannedWrites({ procedures, applications, decisions, serviceResults, index, provinceID }),
      localities,
    )),
  )

  return {
    plan: { items, issues, counts: countPlan(items, issues) },
    index,
    newSectors: [...newSectors.values()],
    newAgencies: [...newAgencies.values()],
    newLegalDocuments: [...newLegal.values()],
    procedures,
    applications,
    decisions,
    serviceResults,
    provinceID,
  }
}

function valueAt(record: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], record)
}

const APPLICATION_FIELDS = {
  appliedFrom: 'Áp dụng từ ngày',
  committedTime: 'Thời hạn cam kết',
  receivingAddress: 'Địa chỉ tiếp nhận',
  officerInCharge: 'Cán bộ phụ trách',
  unitInCharge: 'Đơn vị phụ trách',
  onlineServiceUrl: 'Đường dẫn dịch vụ công trực tuyến',
  localNotes: 'Ghi chú của địa phương',
} as const
type ApplicationField = keyof typeof APPLICATION_FIELDS

/** Dates read as people write them (dd/mm/yyyy); the rest as one line. */
function applicationValue(field: ApplicationField, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)'
  if (field === 'appliedFrom') {
    const [y, m, d] = String(value).slice(0, 10).split('-')
    return `${d}/${m}/${y}`
  }
  if (field === 'committedTime') {
    const t = value as { value?: number | null; unit?: TimeUnit | null }
    if (typeof t.value !== 'number' || !t.unit) return '(trống)'
    return formatProcessingTime({ value: t.value, unit: t.unit })
  }
  return String(value).replace(/\s+/g, ' ').trim()
}

/** A new applied procedure's own values; an empty cell takes the master's. */
const applicationContents = (record: Record<ApplicationField, unknown>): ItemPart[] =>
  (Object.keys(APPLICATION_FIELDS) as ApplicationField[]).map((field) => ({
    path: field,
    label: APPLICATION_FIELDS[field],
    value:
      record[field] === null ? '(theo danh mục của tỉnh)' : applicationValue(field, record[field]),
  }))

function planApplications(
  set: ImportedSet,
  scope: ChangeSetScope,
  ctx: {
    index: KeyIndex
    localities: Locality[]
    applied: AppliedProcedure[]
    storedByCode: Map<string, StoredProcedure>
    newProcedures: Map<string, ImportedProcedure>
    items: PlanItem[]
    fileOf: FileOf
    inOpenSet: (doc: { workflow?: { changeSet?: unknown } | null }) => string | null
    error: (
      file: string | null,
      code: string | null,
      field: string,
      value: unknown,
      message: string,
      severity?: ImportIssue['severity'],
    ) => void
  },
): ApplicationWork[] {
  const work: ApplicationWork[] = []
  if (!set.applications.length) return work
  const localityByCode = new Map(ctx.localities.map((l) => [l.code ?? '', l]))
  const appliedByKey = new Map(
    ctx.applied.map((a) => [`${String(a.locality)}/${String(a.procedure)}`, a]),
  )
  const codeByID = new Map([...ctx.storedByCode.values()].map((p) => [String(p.id), p.code]))
  const seen = new Set<string>()
  for (const record of set.applications) {
    const key = `${record.locality}/${record.procedure}`
    const file = ctx.fileOf('application', key)
    const problem = (field: string, value: unknown, message: string) =>
      ctx.error(file, record.procedure, field, value, message)
    const locality = localityByCode.get(record.locality)
    if (!locality) {
      problem('locality', record.locality, 'Không có địa phương nào mang mã đơn vị hành chính này.')
      continue
    }
    if (scope.locality !== null && record.locality !== scope.locality) {
      problem(
        'locality',
        record.locality,
        `Dòng này thuộc ${locality.name}, ngoài phạm vi của lô nhập (${scope.locality}).`,
      )
      continue
    }
    if (seen.has(key)) {
      problem('procedure', record.procedure, 'Thủ tục này xuất hiện hai lần cho cùng địa phương.')
      continue
    }
    seen.add(key)
    const stored = ctx.storedByCode.get(record.procedure)
    const master = stored ?? ctx.newProcedures.get(record.procedure)
    if (!master) {
      problem(
        'procedure',
        record.procedure,
        'Thủ tục không có trong danh mục của tỉnh (cũng không có trong lô nhập).',
      )
      continue
    }
    const committedTime = record.committedTime
      ? { value: record.committedTime.value, unit: record.committedTime.unit }
      : null
    for (const rule of applicationErrors({
      procedure: {
        name: master.name,
        code: master.code,
        validity: master.validity,
        levels: master.levels,
        methods: (master.methods ?? []).map((m) => ({
          channel: m.channel,
          processingTime: m.processingTime,
          processingTimeUnit: m.processingTimeUnit,
        })),
      },
      locality: {
        name: locality.name,
        unitType: locality.unitType as UnitType,
        dissolvedOn: locality.dissolvedOn,
      },
      committedTime,
      appliedFrom: record.appliedFrom,
    }))
      problem(rule.path, valueAt({ ...record, committedTime }, rule.path), rule.message)

    const existing = stored
      ? appliedByKey.get(`${String(locality.id)}/${String(stored.id)}`)
      : undefined
    const changes: FieldChange[] = []
    if (existing) {
      // An empty cell means "the master's holds": only the values the row gives are compared.
      for (const field of Object.keys(APPLICATION_FIELDS) as ApplicationField[]) {
        const now = field === 'committedTime' ? committedTime : record[field]
        if (now === null) continue
        const old = applicationValue(field, existing[field])
        const next = applicationValue(field, now)
        if (old !== next)
          changes.push({ path: field, label: APPLICATION_FIELDS[field], before: old, after: next })
      }
    }
    const busy = existing && changes.length ? ctx.inOpenSet(existing) : null
    if (busy) problem('procedure', record.procedure, busy)
    const item: PlanItem = {
      collection: 'applied-procedures',
      key,
      title: `${master.code} – ${master.name} (${locality.name})`,
      status: !existing ? 'new' : changes.length ? 'changed' : 'unchanged',
      id: existing ? String(existing.id) : null,
      file,
      changes,
      ...(existing ? {} : { contents: applicationContents({ ...record, committedTime }) }),
    }
    ctx.items.push(item)
    if (item.status !== 'unchanged') work.push({ item, record })
  }
  // Looked up by key, not searched per row: at province scale (20,000 stored, 20,000 in the set)
  // a search per stored row is hundreds of millions of comparisons.
  const localityByID = new Map(ctx.localities.map((l) => [String(l.id), l]))
  const localitiesInSet = new Set(set.applications.map((a) => a.locality))
  for (const existing of ctx.applied) {
    const locality = localityByID.get(String(existing.locality))
    if (!locality || (scope.locality !== null && locality.code !== scope.locality)) continue
    if (scope.locality === null && !(locality.code && localitiesInSet.has(locality.code))) continue
    const code = codeByID.get(String(existing.procedure))
    if (!code || seen.has(`${locality.code}/${code}`)) continue
    ctx.items.push({
      collection: 'applied-procedures',
      key: `${locality.code}/${code}`,
      title: existing.title ?? code,
      status: 'absent',
      id: String(existing.id),
      file: null,
      changes: [],
    })
  }
  return work
}

const changeLabels: Record<string, string> = {
  new: 'Ban hành mới',
  amended: 'Sửa đổi, bổ sung',
  replaced: 'Thay thế',
  abolished: 'Bãi bỏ',
}

/** A decision's entries as one readable line each: "Sửa đổi, bổ sung: 1.001193". */
const entriesText = (entries: { change: string; code: string }[]) =>
  entries.map((e) => `${changeLabels[e.change] ?? e.change}: ${e.code}`).join('; ') || '(trống)'

const dayText = (date: string | null | undefined) => {
  if (!date) return '(trống)'
  const [y, m, d] = date.slice(0, 10).split('-')
  return `${d}/${m}/${y}`
}

/**
 * Announcement decisions read from an appendix: a draft decision of the province whose entries
 * link to the procedures by code (in the catalogue or new in this set). What an appendix never
 * says (the signer, the effective date) is left for the officer to complete before publishing.
 */
async function planDecisions(
  payload: Payload,
  set: ImportedSet,
  scope: ChangeSetScope,
  ctx: {
    req?: PayloadRequest
    provinceID: string | null
    storedByCode: Map<string, StoredProcedure>
    setCodes: Set<string>
    fileOf: FileOf
    inOpenSet: (doc: { workflow?: { changeSet?: unknown } | null }) => string | null
    items: PlanItem[]
    error: (
      file: string | null,
      code: string | null,
      field: string,
      value: unknown,
      message: string,
      severity?: ImportIssue['severity'],
    ) => void
  },
): Promise<DecisionWork[]> {
  const work: DecisionWork[] = []
  const { docs: stored } = await payload.find({
    collection: 'decisions',
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req: ctx.req,
  })
  const codeByID = new Map([...ctx.storedByCode.values()].map((p) => [String(p.id), p.code]))
  set.decisions.forEach((record, n) => {
    const where = record.number ?? `quyết định thứ ${n + 1}`
    const problem = (
      field: string,
      value: unknown,
      message: string,
      severity?: 'warning',
      code: string | null = null,
    ) =>
      ctx.error(
        ctx.fileOf('decision', where),
        code,
        field,
        value,
        `Quyết định ${where}: ${message}`,
        severity,
      )
    if (scope.locality !== null)
      return problem(
        '',
        null,
        'Quyết định công bố thuộc lô nhập của tỉnh, không của một địa phương.',
      )
    if (!record.number)
      return problem(
        'number',
        null,
        'Không đọc được số quyết định; hãy ghi số vào văn bản rồi nhập lại.',
      )
    if (!ctx.provinceID)
      return problem(
        'locality',
        null,
        'Danh mục địa phương không có đúng một tỉnh, nên không biết tỉnh ban hành quyết định.',
      )
    record.entries.forEach((entry, i) => {
      if (!ctx.storedByCode.has(entry.code) && !ctx.setCodes.has(entry.code))
        problem(
          `entries[${i}].code`,
          entry.code,
          'Thủ tục không có trong danh mục cũng như trong lô nhập.',
          undefined,
          entry.code,
        )
      if (
        entry.replaces &&
        !ctx.storedByCode.has(entry.replaces) &&
        !ctx.setCodes.has(entry.replaces)
      )
        problem(
          `entries[${i}].replaces`,
          entry.replaces,
          'Thủ tục bị thay thế không có trong danh mục; bỏ qua liên kết này.',
          'warning',
          entry.code,
        )
    })
    const missing = [
      ...(record.title ? [] : ['trích yếu']),
      ...(record.signedDate ? [] : ['ngày ký']),
      'người ký',
      'ngày có hiệu lực',
    ]
    problem(
      '',
      null,
      `Phụ lục không ghi ${missing.join(', ')}: hãy bổ sung trong bản nháp quyết định trước khi ban hành lô.`,
      'warning',
    )
    const existing = stored.find((d) => d.number === record.number)
    const changes: FieldChange[] = []
    if (existing) {
      const before = (existing.entries ?? []).map((e) => ({
        change: e.change,
        code: codeByID.get(String(e.procedure)) ?? String(e.procedure),
      }))
      const compare = (path: string, label: string, old: string, now: string) => {
        if (old !== now) changes.push({ path, label, before: old, after: now })
      }
      compare('entries', 'Danh mục thủ tục', entriesText(before), entriesText(record.entries))
      if (record.title) compare('title', 'Trích yếu', existing.title ?? '(trống)', record.title)
      if (record.signedDate)
        compare('signedDate', 'Ngày ký', dayText(existing.signedDate), dayText(record.signedDate))
    }
    const busy = existing && changes.length ? ctx.inOpenSet(existing) : null
    if (busy) problem('number', record.number, busy)
    const item: PlanItem = {
      collection: 'decisions',
      key: record.number,
      title: record.title ?? record.number,
      status: !existing ? 'new' : changes.length ? 'changed' : 'unchanged',
      id: existing ? String(existing.id) : null,
      file: null,
      changes,
    }
    ctx.items.push(item)
    if (item.status !== 'unchanged') work.push({ item, record })
  })
  return work
}
