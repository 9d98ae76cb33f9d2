/**
 * What an import would change in one procedure, field by field, in words a reviewer reads:
 * "Thời hạn (Trực tiếp): 5 ngày làm việc → 3 ngày làm việc".
 *
 * Both sides are first rendered part by part into readable text (`readableParts`), then the texts
 * are compared. Not a structural diff (microdiff and the like): those report array indexes
 * ("methods.1.fees.0.amount") and every reordering as a change, while a reviewer needs one line per
 * part, channels matched by channel rather than position, and a gap's `source` ignored (the same
 * unknown part re-imported from another file is not a change of content).
 */
import {
  channelLabels,
  currencyLabels,
  NOT_STATED,
  onlineLevelLabels,
  procedureLevelLabels,
  subjectLabels,
  type Channel,
  type OnlineLevel,
  type ProcedureLevel,
  type Subject,
} from '../../../content-schemas/enumerations'
import { formatProcessingTime } from '../../../content-schemas/processingTime'
import { lexicalToPlainText } from '../../lib/lexical'
import type {
  ImportedFee,
  ImportedGap,
  ImportedMethod,
  ImportedProcedure,
  NoneOrUnknownGap,
} from '../records'

/** One field that differs; `before` and `after` are readable, shortened values. */
export interface FieldChange {
  /** a stable path for the admin, e.g. "methods.direct.processingTime" */
  path: string
  /** Vietnamese, e.g. "Thời hạn (Trực tiếp)" */
  label: string
  before: string
  after: string
  /**
   * A sync: the new record does not state this part and the catalogue's value is kept
   * (`after` then says so); not a change of content.
   */
  kept?: boolean
}

/** Shown for a value a side does not have at all (a channel only one side lists). */
export const ABSENT = '(không có)'
const EMPTY = '(trống)'
const MAX_SHOWN = 240

const shorten = (text: string) =>
  text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text

const oneLine = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 })

/** An empty part reads as what its gap says; the source is left out on purpose (see above). */
function emptyPart(gap: ImportedGap | NoneOrUnknownGap, none = 'Không'): string {
  if (gap.kind === 'unknown') return NOT_STATED
  if (gap.kind === 'none') return none
  return EMPTY
}

const text = (value: string | null | undefined) => oneLine(value) || EMPTY
const list = (values: string[], empty = EMPTY) =>
  values.length ? [...values].map(oneLine).sort().join('; ') : empty

function fee(f: ImportedFee): string {
  const amount =
    typeof f.amount === 'number'
      ? `${numberFormat.format(f.amount)} ${f.currency ? currencyLabels[f.currency].vi : ''}`.trim()
      : ''
  const description = oneLine(f.description)
  return [amount, description].filter(Boolean).join(' – ') || EMPTY
}

function time(m: ImportedMethod): string {
  if (typeof m.processingTime === 'number' && m.processingTimeUnit)
    return formatProcessingTime({ value: m.processingTime, unit: m.processingTimeUnit })
  if (oneLine(m.processingTimeText)) return oneLine(m.processingTimeText)
  return emptyPart(m.processingTimeGap)
}

/**
 * Each method row's key in a diff: its channel, then its order within the channel (a channel may
 * come once per case): "direct", "direct-2", "online".
 */
export function methodKeys(methods: { channel: Channel }[]): string[] {
  const seen = new Map<Channel, number>()
  return methods.map((m) => {
    const n = (seen.get(m.channel) ?? 0) + 1
    seen.set(m.channel, n)
    return n === 1 ? m.channel : `${m.channel}-${n}`
  })
}

/**
 * Steps as text, each without a "Bước n:" heading typed at its start: the ordered list numbers the
 * steps already, and the national record's reader splits steps at those headings, so the same
 * steps typed with or without them are not a change.
 */
const stepsText = (steps: unknown) =>
  lexicalToPlainText(steps).replace(/^[ \t]*(?:Bước|BƯỚC)[ \t]+\d+[ \t]*[:.)\-–][ \t]*/gmu, '')

interface Part {
  label: string
  value: string
}

/**
 * Every part of a procedure as readable text, by path. Parts the catalogue keeps for itself
 * (`synonyms`, the everyday words officers add) are not read: an import never replaces them.
 */
export function readableParts(p: ImportedProcedure): Map<string, Part> {
  const parts = new Map<string, Part>()
  const put = (path: string, label: string, value: string) => parts.set(path, { label, value })

  put('name', 'Tên thủ tục', text(p.name))
  put('localCode', 'Mã địa phương', text(p.localCode))
  put(
    'validity',
    'Tình trạng hiệu lực',
    p.validity === 'abolished' ? 'Đã bãi bỏ' : 'Đang thực hiện',
  )
  put(
    'levels',
    'Cấp thực hiện',
    list((p.levels ?? []).map((l) => procedureLevelLabels[l as ProcedureLevel]?.vi ?? l)),
  )
  put('sector', 'Lĩnh vực', text(p.sector))
  put(
    'formalityType',
    'Loại thủ tục',
    p.formalityType === null
      ? NOT_STATED
      : p.formalityType === 'detailed'
        ? 'TTHC được luật giao quy định chi tiết'
        : 'TTHC không được luật giao quy định chi tiết',
  )
  put(
    'onlineServiceLevel',
    'Dịch vụ công trực tuyến',
    p.onlineServiceLevel === null
      ? NOT_STATED
      : (onlineLevelLabels[p.onlineServiceLevel as OnlineLevel]?.vi ?? p.onlineServiceLevel),
  )
  put(
    'subjects',
    'Đối tượng thực hiện',
    p.subjects.length
      ? list(p.subjects.map((s) => subjectLabels[s as Subject]?.vi ?? s))
      : emptyPart(p.subjectsGap),
  )
  put('description', 'Mô tả ngắn', text(p.description))
  put(
    'agencies.implementing',
    'Cơ quan thực hiện',
    p.agencies.implementing.length
      ? list(p.agencies.implementing)
      : emptyPart(p.agencies.implementingGap),
  )
  put('agencies.competent', 'Cơ quan có thẩm quyền', list(p.agencies.competent))
  put('agencies.coordinating', 'Cơ quan phối hợp', list(p.agencies.coordinating))
  put('agencies.authorised', 'Cơ quan được ủy quyền', list(p.agencies.authorised))
  put('steps', 'Trình tự thực hiện', oneLine(stepsText(p.steps)) || emptyPart(p.stepsGap))

  if (p.methods.length === 0) put('methods', 'Cách thức thực hiện', emptyPart(p.methodsGap))
  const keys = methodKeys(p.methods)
  p.methods.forEach((m, i) => {
    const key = keys[i]!
    const n = key.includes('-') ? Number(key.split('-')[1]) : 1
    const name = `${channelLabels[m.channel].vi}${n === 1 ? '' : ` ${n}`}`
    put(`methods.${key}.processingTime`, `Thời hạn (${name})`, time(m))
    put(
      `methods.${key}.fees`,
      `Phí, lệ phí (${name})`,
      m.fees.length ? m.fees.map(fee).join('; ') : emptyPart(m.feesGap, 'Không thu phí, lệ phí'),
    )
    put(`methods.${key}.description`, `Mô tả cách thức (${name})`, text(m.description))
  })

  if (p.dossierCases.length === 0) put('dossierCases', 'Thành phần hồ sơ', emptyPart(p.dossierGap))
  p.dossierCases.forEach((c, index) => {
    const components = c.components.map((component) =>
      [
        oneLine(component.name),
        `${component.originals} bản chính, ${component.copies} bản sao${component.required ? '' : ', không bắt buộc'}`,
        component.form ? `mẫu ${component.form}` : '',
        oneLine(component.description),
      ]
        .filter(Boolean)
        .join(', '),
    )
    put(
      `dossierCases.${index}`,
      `Thành phần hồ sơ (${oneLine(c.name) || `trường hợp ${index + 1}`})`,
      components.join('; ') || EMPTY,
    )
  })

  put(
    'results',
    'Kết quả thực hiện',
    p.results.length
      ? p.results
          .map((r) => (r.code ? `${oneLine(r.name)} (${r.code})` : oneLine(r.name)))
          .join('; ')
      : emptyPart(p.resultsGap),
  )
  put(
    'requirements',
    'Yêu cầu, điều kiện',
    oneLine(lexicalToPlainText(p.requirements)) ||
      emptyPart(p.requirementsGap, 'Không có yêu cầu, điều kiện'),
  )
  put(
    'legalBasis',
    'Căn cứ pháp lý',
    list(p.legalBasis.map((l) => (l.title ? `${l.number} – ${l.title}` : l.number))),
  )
  put('keywords', 'Từ khóa', list(p.keywords))
  put('relatedProcedures', 'Thủ tục liên quan', list(p.relatedProcedures))
  return parts
}

/** One part of a new item as the reviewer reads it: "Thời hạn (Trực tiếp): Chưa có thông tin". */
export interface ItemPart {
  path: string
  label: string
  value: string
}

/** What a new procedure will contain, part by part, shortened as changes are. */
export const readableContents = (p: ImportedProcedure): ItemPart[] =>
  [...readableParts(p)].map(([path, part]) => ({ path, ...part, value: shorten(part.value) }))

/** Paths a list or a decision's appendix states for a procedure already in the catalogue. */
export const SKELETON_PATHS = ['name', 'sector', 'agencies.implementing'] as const

/**
 * The changes that `after` (the file) makes to `before` (the catalogue's latest version). `only`
 * limits the comparison to some paths (a skeleton states only a few parts).
 */
export function diffProcedure(
  before: ImportedProcedure,
  after: ImportedProcedure,
  { only }: { only?: readonly string[] } = {},
): FieldChange[] {
  const a = readableParts(before)
  const b = readableParts(after)
  const paths = [...new Set([...a.keys(), ...b.keys()])].filter(
    (path) => !only || only.includes(path),
  )
  const changes: FieldChange[] = []
  for (const path of paths) {
    const old = a.get(path)
    const now = b.get(path)
    const beforeValue = old?.value ?? ABSENT
    const afterValue = now?.value ?? ABSENT
    if (beforeValue === afterValue) continue
    changes.push({
      path,
      label: (now ?? old)!.label,
      before: shorten(beforeValue),
      after: shorten(afterValue),
    })
  }
  return changes
}

/** One line per change: "Thời hạn (Trực tiếp): 5 ngày làm việc → 3 ngày làm việc". */
export const formatChange = (change: FieldChange): string =>
  `${change.label}: ${change.before} → ${change.after}`
