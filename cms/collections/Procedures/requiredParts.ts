/**
 * Nghị định 63/2010/NĐ-CP Art. 8(2): the parts every announced procedure must state. Forms and
 * result templates are required only "where the procedure has them", so they are not checked here.
 *
 * A part is *stated* when it has content. When it is empty, its gap says why: `none` (explicitly:
 * free, no condition; fees and requirements only) or `unknown` (the source does not state it, and
 * the gap names that source). Empty with no gap is *missing*, which the law refuses. Content always
 * wins over a gap.
 */
import type { Gap } from '../../fields/gap'

export const REQUIRED_PARTS = {
  name: 'Tên thủ tục',
  steps: 'Trình tự thực hiện',
  methods: 'Cách thức thực hiện',
  dossier: 'Thành phần, số lượng hồ sơ',
  processingTime: 'Thời hạn giải quyết',
  subjects: 'Đối tượng thực hiện',
  implementingAgency: 'Cơ quan thực hiện',
  results: 'Kết quả thực hiện',
} as const
export type RequiredPart = keyof typeof REQUIRED_PARTS

/** Every part with a state: the required ones, and fees and requirements, which may be none. */
export const PART_LABELS = {
  ...REQUIRED_PARTS,
  fees: 'Phí, lệ phí',
  requirements: 'Yêu cầu, điều kiện',
} as const
export type Part = keyof typeof PART_LABELS
export const PARTS = Object.keys(PART_LABELS) as Part[]

/** `text`: a time limit the source states in words (or as a bare number), which NĐ 63 accepts. */
export type PartState = 'stated' | 'text' | 'none' | 'unknown' | 'missing'

export interface PartStatus {
  part: Part
  /** the field path in the procedure, for the admin to highlight */
  path: string
  state: PartState
  /** the gap's source, when unknown */
  source?: string
  /** why it is missing, in Vietnamese */
  message?: string
}

export interface MissingPart {
  part: Part
  path: string
  message: string
}

interface FeeParts {
  amount?: number | null
  currency?: string | null
  description?: string | null
}

interface MethodParts {
  channel?: string | null
  processingTime?: number | null
  processingTimeUnit?: string | null
  processingTimeText?: string | null
  processingTimeGap?: Gap | null
  fees?: FeeParts[] | null
  feesGap?: Gap | null
}

/** Loose shape: works for a Payload document at any depth and for incoming form data. */
export interface ProcedureParts {
  name?: string | null
  steps?: unknown
  stepsGap?: Gap | null
  methods?: MethodParts[] | null
  methodsGap?: Gap | null
  dossierCases?: { name?: string | null; components?: { name?: string | null }[] | null }[] | null
  dossierGap?: Gap | null
  subjects?: string[] | null
  subjectsGap?: Gap | null
  agencies?: { implementing?: unknown[] | null; implementingGap?: Gap | null } | null
  results?: { name?: string | null }[] | null
  resultsGap?: Gap | null
  requirements?: unknown
  requirementsGap?: Gap | null
}

/** True when a Lexical editor state (or plain string) holds any visible text. */
export function richTextHasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== ''
  if (!value || typeof value !== 'object') return false
  const node = value as { text?: unknown; root?: unknown; children?: unknown[] }
  if (typeof node.text === 'string' && node.text.trim() !== '') return true
  if (node.root) return richTextHasText(node.root)
  return Array.isArray(node.children) && node.children.some(richTextHasText)
}

const filled = (text: string | null | undefined) => typeof text === 'string' && text.trim() !== ''

/** What says each part has content: the one reading shared by the states and `withoutStaleGaps`. */
const has = {
  steps: (p: ProcedureParts) => richTextHasText(p.steps),
  methods: (p: ProcedureParts) => (p.methods ?? []).length > 0,
  dossier: (p: ProcedureParts) =>
    (p.dossierCases ?? []).some((c) => (c.components ?? []).some((c) => filled(c.name))),
  subjects: (p: ProcedureParts) => (p.subjects ?? []).length > 0,
  implementingAgency: (p: ProcedureParts) => (p.agencies?.implementing ?? []).length > 0,
  results: (p: ProcedureParts) => (p.results ?? []).some((r) => filled(r.name)),
  requirements: (p: ProcedureParts) => richTextHasText(p.requirements),
  time: (m: MethodParts) =>
    typeof m.processingTime === 'number' && m.processingTime >= 0 && Boolean(m.processingTimeUnit),
  timeText: (m: MethodParts) => filled(m.processingTimeText),
  fees: (m: MethodParts) => (m.fees ?? []).length > 0,
}

/** The admin's condition for each gap field: shown only while its part is empty. */
export const isEmpty = {
  steps: (p: Record<string, unknown>) => !has.steps(p),
  methods: (p: Record<string, unknown>) => !has.methods(p),
  dossier: (p: Record<string, unknown>) => !has.dossier(p),
  subjects: (p: Record<string, unknown>) => !has.subjects(p),
  implementing: (agencies: Record<string, unknown>) => !has.implementingAgency({ agencies }),
  results: (p: Record<string, unknown>) => !has.results(p),
  requirements: (p: Record<string, unknown>) => !has.requirements(p),
  time: (m: Record<string, unknown>) => !has.time(m) && !has.timeText(m),
  fees: (m: Record<string, unknown>) => !has.fees(m),
}

const feeRowError = (fee: FeeParts): string | null => {
  const amount = typeof fee.amount === 'number'
  if (!amount && !filled(fee.description)) return 'có khoản phí chưa ghi mức thu hoặc nội dung'
  if (amount && !fee.currency) return 'có khoản phí chưa chọn đơn vị tiền'
  return null
}

export function partStatuses(procedure: ProcedureParts): PartStatus[] {
  const statuses: PartStatus[] = []
  const missing = (part: Part, path: string, detail?: string) =>
    statuses.push({
      part,
      path,
      state: 'missing',
      message: `Thiếu "${PART_LABELS[part]}"${detail ? `: ${detail}` : ''}.`,
    })
  /** An empty part: its gap decides, else it is missing (or, where `emptyIs` says, none). */
  const empty = (
    part: Part,
    path: string,
    gap: Gap | null | undefined,
    gapPath: string,
    {
      allowNone = false,
      emptyIs,
      detail,
    }: { allowNone?: boolean; emptyIs?: 'none'; detail?: string },
  ) => {
    if (gap?.kind === 'unknown') {
      if (filled(gap.source)) statuses.push({ part, path, state: 'unknown', source: gap.source! })
      else
        missing(part, `${gapPath}.source`, 'được đánh dấu chưa có thông tin nhưng chưa ghi nguồn')
    } else if (gap?.kind === 'none' && allowNone) statuses.push({ part, path, state: 'none' })
    else if (emptyIs) statuses.push({ part, path, state: emptyIs })
    else missing(part, path, detail)
  }
  const stated = (part: Part, path: string) => statuses.push({ part, path, state: 'stated' })

  if (filled(procedure.name)) stated('name', 'name')
  else missing('name', 'name')
  if (has.steps(procedure)) stated('steps', 'steps')
  else empty('steps', 'steps', procedure.stepsGap, 'stepsGap', {})

  const methods = procedure.methods ?? []
  if (has.methods(procedure)) stated('methods', 'methods')
  else {
    empty('methods', 'methods', procedure.methodsGap, 'methodsGap', {
      detail: 'cần ít nhất một cách thức nộp hồ sơ',
    })
    // No channel known at all: neither is any channel's time limit or fee.
    const gap = procedure.methodsGap
    if (gap?.kind === 'unknown' && filled(gap.source)) {
      statuses.push({
        part: 'processingTime',
        path: 'methods',
        state: 'unknown',
        source: gap.source!,
      })
      statuses.push({ part: 'fees', path: 'methods', state: 'unknown', source: gap.source! })
    }
  }
  methods.forEach((method, index) => {
    const path = `methods.${index}`
    if (has.time(method)) stated('processingTime', `${path}.processingTime`)
    else if (has.timeText(method))
      statuses.push({ part: 'processingTime', path: `${path}.processingTimeText`, state: 'text' })
    else
      empty(
        'processingTime',
        `${path}.processingTime`,
        method.processingTimeGap,
        `${path}.processingTimeGap`,
        {
          detail: `cách thức thứ ${index + 1} chưa có thời hạn`,
        },
      )

    if (has.fees(method)) {
      const rowError = (method.fees ?? []).map(feeRowError).find((e) => e !== null)
      if (rowError) missing('fees', `${path}.fees`, `cách thức thứ ${index + 1} ${rowError}`)
      else stated('fees', `${path}.fees`)
    } else
      empty('fees', `${path}.fees`, method.feesGap, `${path}.feesGap`, {
        allowNone: true,
        detail: `cách thức thứ ${index + 1} chưa khai báo; nhập mức thu, chọn "Không thu phí, lệ phí" hoặc "Chưa có thông tin"`,
      })
  })

  if (has.dossier(procedure)) stated('dossier', 'dossierCases')
  else
    empty('dossier', 'dossierCases', procedure.dossierGap, 'dossierGap', {
      detail: 'cần ít nhất một thành phần hồ sơ',
    })
  if (has.subjects(procedure)) stated('subjects', 'subjects')
  else empty('subjects', 'subjects', procedure.subjectsGap, 'subjectsGap', {})
  if (has.implementingAgency(procedure)) stated('implementingAgency', 'agencies.implementing')
  else
    empty(
      'implementingAgency',
      'agencies.implementing',
      procedure.agencies?.implementingGap,
      'agencies.implementingGap',
      {},
    )
  if (has.results(procedure)) stated('results', 'results')
  else empty('results', 'results', procedure.resultsGap, 'resultsGap', {})
  // No requirements and no gap keeps today's meaning: the procedure has no conditions.
  if (has.requirements(procedure)) stated('requirements', 'requirements')
  else
    empty('requirements', 'requirements', procedure.requirementsGap, 'requirementsGap', {
      allowNone: true,
      emptyIs: 'none',
    })
  return statuses
}

/** The parts the law requires that are neither stated nor marked unknown with a source. */
export const missingRequiredParts = (procedure: ProcedureParts): MissingPart[] =>
  partStatuses(procedure)
    .filter((s) => s.state === 'missing')
    .map((s) => ({ part: s.part, path: s.path, message: s.message! }))

/** The parts the source does not state, each with that source. */
export const unknownParts = (procedure: ProcedureParts): PartStatus[] =>
  partStatuses(procedure).filter((s) => s.state === 'unknown')

/** Each part once, in `PARTS` order: what the admin list shows and filters on. */
export const partsIn = (statuses: PartStatus[], state: PartState): Part[] =>
  PARTS.filter((part) => statuses.some((s) => s.part === part && s.state === state))

/** The stored lists of the compliance view, from one reading of the parts. */
export function partLists(procedure: ProcedureParts): {
  unknownParts: Part[]
  missingParts: Part[]
} {
  const statuses = partStatuses(procedure)
  return { unknownParts: partsIn(statuses, 'unknown'), missingParts: partsIn(statuses, 'missing') }
}

const NO_GAP: Gap = { kind: null, source: null }
const stale = (gap: Gap | null | undefined) => Boolean(gap?.kind || gap?.source)

/**
 * Content wins: clears the gap of every part that has content, so a record completed by an
 * officer does not keep saying "not stated". Returns a copy; `data` is left as it is.
 */
export function withoutStaleGaps<T extends ProcedureParts>(data: T): T {
  const result: ProcedureParts = { ...data }
  const clear = (
    gap:
      'stepsGap' | 'methodsGap' | 'dossierGap' | 'subjectsGap' | 'resultsGap' | 'requirementsGap',
    hasContent: boolean,
  ) => {
    if (hasContent && stale(result[gap])) result[gap] = { ...NO_GAP }
  }
  clear('stepsGap', has.steps(data))
  clear('methodsGap', has.methods(data))
  clear('dossierGap', has.dossier(data))
  clear('subjectsGap', has.subjects(data))
  clear('resultsGap', has.results(data))
  clear('requirementsGap', has.requirements(data))
  if (data.agencies && has.implementingAgency(data) && stale(data.agencies.implementingGap))
    result.agencies = { ...data.agencies, implementingGap: { ...NO_GAP } }
  if (data.methods)
    result.methods = data.methods.map((m) => {
      const method = { ...m }
      if ((has.time(m) || has.timeText(m)) && stale(m.processingTimeGap))
        method.processingTimeGap = { ...NO_GAP }
      if (has.fees(m) && stale(m.feesGap)) method.feesGap = { ...NO_GAP }
      return method
    })
  return result as T
}
