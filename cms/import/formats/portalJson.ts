/**
 * Reads national procedure records as the national public-service portal (CSDL quốc gia về TTHC)
 * publishes them, into the catalogue's terms. Pure: no database; the writer comes later.
 *
 * Accepted: one record, an array of records, or a wrapper object whose `data`, `items`,
 * `records`, `procedures` or `result` holds either (nested up to three levels). docs/import.md
 * lists the fields read and how each maps. A record with an error is left out of `procedures`;
 * a warning keeps it. A part the record does not state becomes a gap of kind 'unknown' naming the
 * file and record, never a default.
 */
import { z } from 'zod'

import { readFee } from '../../../content-schemas/fees'
import { isNotStatedText } from '../../../content-schemas/notStated'
import {
  PROCEDURE_LEVELS,
  SUBJECTS,
  type Channel,
  type OnlineLevel,
  type ProcedureLevel,
  type Subject,
  type TimeUnit,
} from '../../../content-schemas/enumerations'
import { LOCAL_CODE, NATIONAL_CODE } from '../../collections/Procedures/code'
import { orderedListToLexical, paragraphsToLexical } from '../../lib/lexical'
import {
  NO_GAP,
  unknownGap,
  type ImportedCase,
  type ImportedFee,
  type ImportedGap,
  type ImportedMethod,
  type ImportedProcedure,
} from '../records'
import { shownValue, type ImportIssue } from '../report'
import { decodeUtf8 } from '../utf8'

export const PORTAL_SOURCE = 'CSDL quốc gia về TTHC'

/**
 * Bounds of a hostile file, far above real records (a record nests about six levels; its longest
 * texts, steps or a dossier note, are a few thousand characters). Deeper nesting is refused before
 * JSON.parse: every level is an object in memory, and writing a value out recurses.
 */
export const JSON_LIMITS = {
  /** the file, checked on the text before parsing */
  depth: 64,
  /** one record */
  recordDepth: 16,
  textChars: 50_000,
  /** problems reported per record: one refuses it, a few show the pattern */
  issuesPerRecord: 10,
}
/** Keys that only a crafted file holds: they aim at the prototypes of JavaScript objects. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

// Loose shapes: the portal adds fields freely, and real records leave most of them null.
const text = z.string().nullish()
const quantity = z.union([z.number(), z.string()]).nullish()
/** A detail the portal gives as an object with a name (and code), or as a bare string. */
const named = z.union([
  z.string(),
  z.looseObject({ name: text, code: z.union([z.string(), z.number()]).nullish() }),
])
const namedList = z.array(named).nullish()
const flag = z.union([z.boolean(), z.number(), z.string()]).nullish()

const Fee = z.looseObject({
  value: z.union([z.string(), z.number()]).nullish(),
  currencyName: text,
  description: text,
})
const Method = z.looseObject({
  submissionMethod: text,
  processingTime: quantity,
  processingTimeUnit: text,
  description: text,
  fees: z.array(Fee).nullish(),
})
const Attachment = z.union([z.string(), z.looseObject({ name: text, fileName: text, url: text })])
const Component = z.looseObject({
  name: text,
  description: text,
  originalQty: quantity,
  copyQty: quantity,
  required: flag,
  attachments: z.array(Attachment).nullish(),
})
const Case = z.looseObject({ name: text, profileComponents: z.array(Component).nullish() })
const Step = z.union([z.string(), z.looseObject({ name: text, description: text })])

const AGENCY_FIELDS = {
  implementing: ['implementingAgenciesDetails', 'implementingAgencies'],
  competent: ['competentAuthoritiesDetails', 'competentAuthorities'],
  authorised: ['authorizedAgenciesDetails', 'authorizedAgencies'],
  coordinating: ['coordinatingAgenciesDetails', 'coordinatingAgencies'],
} as const
const LEVEL_FLAGS: Record<string, ProcedureLevel> = {
  isMinistryLevel: 'ministry',
  isProvinceLevel: 'province',
  isDistrictLevel: 'district',
  isCommuneLevel: 'commune',
  isOtherAgency: 'other-agency',
}

const Record_ = z.looseObject({
  code: z.string(),
  name: text,
  description: text,
  keywords: z.union([z.string(), z.array(z.string())]).nullish(),
  formalityType: text,
  levels: namedList,
  implementationLevelsDetails: namedList,
  ...Object.fromEntries(Object.keys(LEVEL_FLAGS).map((k) => [k, flag])),
  categoriesDetails: namedList,
  subjectTypesDetails: namedList,
  ...Object.fromEntries(Object.values(AGENCY_FIELDS).flatMap((f) => f.map((k) => [k, namedList]))),
  executionSteps: z.union([z.string(), z.array(Step)]).nullish(),
  executionMethods: z.array(Method).nullish(),
  executionCases: z.array(Case).nullish(),
  resultsDetails: namedList,
  legalBasisesDetails: namedList,
  requirements: text,
  onlineServiceLevel: z.union([z.string(), z.number()]).nullish(),
  relatedProcedures: namedList,
})
type PortalRecord = z.infer<typeof Record_> & Record<string, unknown>
type Named = z.infer<typeof named>

const WRAPPERS = ['data', 'items', 'records', 'procedures', 'result'] as const

/** Lower case, NFC, one space, no trailing punctuation: how names are compared. */
const fold = (value: string) =>
  value
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.;:]+$/, '')
    .trim()

/** The text, trimmed and NFC, or null when empty. */
const clean = (value: string | number | null | undefined): string | null => {
  if (value === null || value === undefined) return null
  const trimmed = String(value).normalize('NFC').trim()
  return trimmed === '' ? null : trimmed
}

const isNotStated = (value: string | null) => value === null || isNotStatedText(value)

const nameOf = (item: Named): string | null => clean(typeof item === 'string' ? item : item.name)
const codeOf = (item: Named): string | null =>
  typeof item === 'string' ? null : clean(item.code as string | number | null | undefined)

const LEVEL_NAMES: Record<string, ProcedureLevel> = {
  'cấp bộ': 'ministry',
  'cấp trung ương': 'ministry',
  'cấp tỉnh': 'province',
  'cấp huyện': 'district',
  'cấp xã': 'commune',
  'cơ quan khác': 'other-agency',
  ...Object.fromEntries(PROCEDURE_LEVELS.map((l) => [l, l])),
}

const CHANNEL_NAMES: Record<string, Channel> = {
  direct: 'direct',
  'trực tiếp': 'direct',
  online: 'online',
  'trực tuyến': 'online',
  postal: 'postal',
  'dịch vụ bưu chính': 'postal',
  'bưu chính': 'postal',
}

const UNIT_NAMES: Record<string, TimeUnit | 'other'> = {
  working_day: 'working-day',
  'ngày làm việc': 'working-day',
  day: 'day',
  ngày: 'day',
  hour: 'hour',
  giờ: 'hour',
  'giờ làm việc': 'hour',
  month: 'month',
  tháng: 'month',
  year: 'year',
  năm: 'year',
  other: 'other',
  khác: 'other',
}

/** The portal's subject names; a name not here is reported and kept out. */
const SUBJECT_NAMES: Record<string, Subject> = {
  'công dân việt nam': 'citizen',
  'người việt nam định cư ở nước ngoài': 'overseas-vietnamese',
  'người nước ngoài': 'foreigner',
  'doanh nghiệp': 'enterprise',
  'doanh nghiệp có vốn đầu tư nước ngoài': 'enterprise',
  'tổ chức': 'organisation',
  'tổ chức (không bao gồm doanh nghiệp, htx)': 'organisation',
  ...Object.fromEntries(SUBJECTS.map((s) => [s, s])),
}

const FORMALITY_TYPES: Record<string, 'standard' | 'detailed'> = {
  standard: 'standard',
  'tthc không được luật giao quy định chi tiết': 'standard',
  detailed: 'detailed',
  'tthc được luật giao quy định chi tiết': 'detailed',
}

/**
 * Nghị định 42/2022 replaced "mức độ" 1–4: level 4 became toàn trình, level 3 một phần; levels 1
 * and 2 only informed, so they are not online public services.
 */
const ONLINE_LEVEL_NAMES: Record<string, OnlineLevel> = {
  'toàn trình': 'full',
  'dịch vụ công trực tuyến toàn trình': 'full',
  'một phần': 'partial',
  'dịch vụ công trực tuyến một phần': 'partial',
  // The catalogue's own label for none, as the exporter writes it (cms/export/portalJson.ts).
  'chưa có dịch vụ công trực tuyến': 'none',
  'mức độ 4': 'full',
  '4': 'full',
  'mức độ 3': 'partial',
  '3': 'partial',
  'mức độ 2': 'none',
  '2': 'none',
  'mức độ 1': 'none',
  '1': 'none',
  full: 'full',
  partial: 'partial',
  none: 'none',
}

const isTrue = (value: unknown) =>
  value === true || value === 1 || value === '1' || value === 'true'

/** A quantity as a whole number, or null when it is not one. */
const countOf = (value: string | number | null | undefined): number | null => {
  if (value === null || value === undefined || value === '') return 0
  const n = typeof value === 'number' ? value : Number(value.trim())
  return Number.isInteger(n) && n >= 0 ? n : null
}

/** A time value as a number ("5", "0,5", 2), or null when it is words or empty. */
const numberOf = (value: string | number): number | null => {
  if (typeof value === 'number') return value
  const written = value.trim()
  return /^\d+([.,]\d+)?$/.test(written) ? Number(written.replace(',', '.')) : null
}

const STEP_MARK = /(?<![\p{L}\d])(?:Bước|BƯỚC)\s*\d+\s*[:.)\-–]?\s*/gu

/** "Bước 1: … Bước 2: …" as separate steps; the list numbering gives "Bước n" back. */
function splitSteps(block: string): string[] {
  const parts = block.split(STEP_MARK).map((p) => p.trim())
  return parts.filter((p) => p !== '')
}

/** The file name of a form attachment: its file name, else the last segment of its URL. */
const fileNameOf = (attachment: z.infer<typeof Attachment>): string | null => {
  if (typeof attachment === 'string') return clean(attachment.split('/').pop())
  return (
    clean(attachment.fileName) ??
    clean(attachment.url?.split(/[?#]/)[0].split('/').pop()) ??
    clean(attachment.name)
  )
}

/** Records inside what JSON.parse gave, with the path they came from. */
function recordsIn(value: unknown, depth = 0): unknown[] | null {
  if (Array.isArray(value)) return value
  if (!value || typeof value !== 'object') return null
  const object = value as Record<string, unknown>
  if ('code' in object || 'name' in object) return [object]
  if (depth >= 3) return null
  for (const key of WRAPPERS) if (key in object) return recordsIn(object[key], depth + 1)
  return null
}

/**
 * Where JSON.parse stopped. Node names the position for some errors only ("Unexpected token …
 * is not valid JSON" has none), so a small scan of the grammar finds the first offending offset.
 */
export function syntaxErrorOffset(text: string): number {
  let at = 0
  const fail = (): never => {
    throw at
  }
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++
  }
  const literal = (word: string) => {
    for (const char of word) {
      if (text[at] !== char) fail()
      at++
    }
  }
  const string = () => {
    at++
    while (at < text.length && text[at] !== '"') {
      if (text.charCodeAt(at) < 0x20) fail()
      if (text[at] === '\\') {
        at++
        if (text[at] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail()
          at += 4
        } else if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) fail()
      }
      at++
    }
    if (text[at] !== '"') fail()
    at++
  }
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at))
    if (!match) fail()
    at += match![0].length
  }
  const value = (): void => {
    space()
    const char = text[at]
    if (char === '{') {
      at++
      space()
      if (text[at] === '}') return void at++
      for (;;) {
        space()
        if (text[at] !== '"') fail()
        string()
        space()
        if (text[at] !== ':') fail()
        at++
        value()
        space()
        if (text[at] === ',') at++
        else if (text[at] === '}') return void at++
        else fail()
      }
    } else if (char === '[') {
      at++
      space()
      if (text[at] === ']') return void at++
      for (;;) {
        value()
        space()
        if (text[at] === ',') at++
        else if (text[at] === ']') return void at++
        else fail()
      }
    } else if (char === '"') string()
    else if (char === 't') literal('true')
    else if (char === 'f') literal('false')
    else if (char === 'n') literal('null')
    else number()
  }
  try {
    value()
    space()
    if (at < text.length) fail()
  } catch (offset) {
    if (typeof offset === 'number') return offset
    throw offset
  }
  return at
}

/** Line and column (1-based) of the first syntax error. */
const syntaxPosition = (text: string) => positionOf(text, syntaxErrorOffset(text))

/** The offset where nesting passes the limit, outside strings; null when it never does. */
export function tooDeepOffset(text: string, limit = JSON_LIMITS.depth): number | null {
  let depth = 0
  let inString = false
  for (let at = 0; at < text.length; at++) {
    const char = text.charCodeAt(at)
    if (inString) {
      if (char === 0x5c) at++
      else if (char === 0x22) inString = false
    } else if (char === 0x22) inString = true
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > limit) return at
    } else if (char === 0x5d || char === 0x7d) depth--
  }
  return null
}

/** Line and column (1-based) of an offset. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: before[before.length - 1].length + 1 }
}

/** Reads the bytes of a file: UTF-8 only, any other encoding an error saying where. */
export function readPortalJsonBytes(
  bytes: Uint8Array,
  file: string,
): { procedures: ImportedProcedure[]; issues: ImportIssue[] } {
  const decoded = decodeUtf8(bytes)
  if ('text' in decoded) return readPortalJson(decoded.text, file)
  return {
    procedures: [],
    issues: [
      {
        file,
        record: null,
        row: decoded.line,
        code: null,
        field: '',
        value: decoded.value,
        message: decoded.message,
        severity: 'error',
      },
    ],
  }
}

/**
 * Problems no record of the portal has: a text too long, nesting too deep, a key aimed at
 * JavaScript prototypes. Walked without recursion, each value once.
 */
function hostileParts(raw: unknown): { field: string; value: unknown; message: string }[] {
  const found: { field: string; value: unknown; message: string }[] = []
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: raw, path: [] }]
  while (stack.length && found.length < JSON_LIMITS.issuesPerRecord) {
    const { value, path } = stack.pop()!
    if (typeof value === 'string') {
      if (value.length > JSON_LIMITS.textChars)
        found.push({
          field: fieldPath(path),
          value,
          message: `Giá trị dài ${value.length.toLocaleString('vi-VN')} ký tự; giới hạn ${JSON_LIMITS.textChars.toLocaleString('vi-VN')} ký tự.`,
        })
      continue
    }
    if (!value || typeof value !== 'object') continue
    if (path.length >= JSON_LIMITS.recordDepth) {
      found.push({
        field: fieldPath(path),
        value: null,
        message: `Dữ liệu lồng quá sâu (hơn ${JSON_LIMITS.recordDepth} cấp trong một bản ghi): không phải bản ghi của CSDL quốc gia.`,
      })
      continue
    }
    const entries: [PropertyKey, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value)
    for (const [key, child] of entries.reverse()) {
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key))
        found.push({
          field: fieldPath([...path, key]),
          value: key,
          message: `Tên trường "${key}" không được phép: tệp có dấu hiệu bị sửa để tấn công, bản ghi không được nhập.`,
        })
      else stack.push({ value: child, path: [...path, key] })
    }
  }
  return found
}

export function readPortalJson(
  text: string,
  file: string,
): { procedures: ImportedProcedure[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = []
  const fileError = (message: string, row: number | null = null, value: string | null = null) => {
    issues.push({
      file,
      record: null,
      row,
      code: null,
      field: '',
      value,
      message,
      severity: 'error',
    })
    return { procedures: [], issues }
  }

  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') return fileError('Tệp rỗng, không có bản ghi nào.')
  const deep = tooDeepOffset(body)
  if (deep !== null) {
    const at = positionOf(body, deep)
    return fileError(
      `Tệp JSON lồng quá sâu (hơn ${JSON_LIMITS.depth} cấp) ở dòng ${at.line}, cột ${at.column}: không phải dữ liệu của CSDL quốc gia.`,
      at.line,
    )
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    const at = syntaxPosition(body)
    return fileError(
      `Tệp không phải JSON hợp lệ: lỗi cú pháp ở dòng ${at.line}, cột ${at.column}.`,
      at.line,
    )
  }
  const records = recordsIn(parsed)
  if (!records)
    return fileError(
      'Tệp không chứa bản ghi thủ tục: cần một bản ghi, một mảng bản ghi, hoặc đối tượng có "data" là mảng bản ghi.',
      null,
      shownValue(parsed),
    )
  if (records.length === 0) {
    issues.push({
      file,
      record: null,
      row: null,
      code: null,
      field: '',
      value: null,
      message: 'Tệp không có bản ghi nào.',
      severity: 'warning',
    })
    return { procedures: [], issues }
  }

  const procedures: ImportedProcedure[] = []
  const seen = new Map<string, number>()
  records.forEach((raw, index) => {
    const record = index + 1
    const rawCode =
      raw && typeof raw === 'object' && typeof (raw as { code?: unknown }).code === 'string'
        ? shownValue((raw as { code: string }).code.trim())
        : null
    const hostile = hostileParts(raw)
    if (hostile.length) {
      for (const part of hostile)
        issues.push({
          file,
          record,
          row: null,
          code: rawCode,
          field: part.field,
          value: shownValue(part.value),
          message: part.message,
          severity: 'error',
        })
      return
    }
    const shape = Record_.safeParse(raw)
    if (!shape.success) {
      for (const problem of shape.error.issues) {
        const value = problem.path.reduce<unknown>(
          (at, key) => (at && typeof at === 'object' ? (at as never)[key] : undefined),
          raw,
        )
        issues.push({
          file,
          record,
          row: null,
          code: rawCode,
          field: fieldPath(problem.path),
          value: shownValue(value),
          message:
            value === undefined
              ? 'Thiếu trường bắt buộc.'
              : problem.path.join('.') === 'code' && typeof value === 'number'
                ? 'Mã thủ tục ghi dạng số: cần ghi dạng chuỗi (ví dụ "1.001190"), vì dạng số làm mất chữ số 0 ở cuối.'
                : `Sai kiểu dữ liệu (cần ${expected(problem)}).`,
          severity: 'error',
        })
      }
      return
    }
    const result = readRecord(shape.data as PortalRecord, file, record)
    issues.push(...result.issues)
    if (!result.procedure) return
    const first = seen.get(result.procedure.code)
    if (first !== undefined) {
      issues.push({
        file,
        record,
        row: null,
        code: result.procedure.code,
        field: 'code',
        value: result.procedure.code,
        message: `Mã thủ tục trùng với bản ghi ${first} trong cùng tệp.`,
        severity: 'error',
      })
      return
    }
    seen.set(result.procedure.code, record)
    procedures.push(result.procedure)
  })
  return { procedures, issues }
}

const fieldPath = (path: PropertyKey[]) =>
  path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
    .join('')

function expected(problem: z.core.$ZodIssue): string {
  if (problem.code === 'invalid_type') {
    const names: Record<string, string> = {
      string: 'chuỗi',
      number: 'số',
      boolean: 'đúng/sai',
      array: 'mảng',
      object: 'đối tượng',
    }
    return names[problem.expected] ?? problem.expected
  }
  if (problem.code === 'invalid_union') return 'chuỗi, số hoặc đối tượng đúng dạng'
  return 'giá trị đúng dạng'
}

/** One record into the catalogue's terms, with its issues; no procedure when it has an error. */
function readRecord(
  r: PortalRecord,
  file: string,
  record: number,
): { procedure: ImportedProcedure | null; issues: ImportIssue[] } {
  const issues: ImportIssue[] = []
  const code = r.code.trim()
  const issue = (
    severity: ImportIssue['severity'],
    field: string,
    value: unknown,
    message: string,
  ) =>
    issues.push({
      file,
      record,
      row: null,
      code,
      field,
      value: shownValue(value),
      message,
      severity,
    })
  const error = (field: string, value: unknown, message: string) =>
    issue('error', field, value, message)
  const warning = (field: string, value: unknown, message: string) =>
    issue('warning', field, value, message)
  const source = `${PORTAL_SOURCE}, tệp ${file}, bản ghi ${record} (${code})`
  const unknown = unknownGap(source)
  const gapIf = (empty: boolean): ImportedGap => (empty ? unknown : NO_GAP)

  // Code: national, or national with a provincial suffix kept as the local code.
  let national: string = code
  let localCode: string | null = null
  const local = LOCAL_CODE.exec(code)
  if (local) {
    national = local[1]
    localCode = code
  } else if (!NATIONAL_CODE.test(code))
    error(
      'code',
      r.code,
      'Mã thủ tục không đúng định dạng d.dddddd (ví dụ 1.001193) hoặc mã có hậu tố địa phương (ví dụ 1.000494.000.00.00.H29).',
    )

  if (code !== r.code && (NATIONAL_CODE.test(code) || local))
    warning('code', r.code, `Mã thủ tục có khoảng trắng thừa: đọc là ${code}.`)

  const name = clean(r.name)?.replace(/\s+/g, ' ') ?? null
  if (!name) error('name', r.name, 'Thiếu tên thủ tục.')

  // Levels: names in `levels` or `implementationLevelsDetails`, and the portal's flags.
  const levels = new Set<ProcedureLevel>()
  for (const key of ['levels', 'implementationLevelsDetails'] as const)
    (r[key] ?? []).forEach((item, i) => {
      const written = nameOf(item) ?? codeOf(item)
      const level = written ? LEVEL_NAMES[fold(written)] : undefined
      if (level) levels.add(level)
      else
        error(
          `${key}[${i}]`,
          written,
          'Cấp thực hiện không nhận ra (cần Cấp bộ, Cấp tỉnh, Cấp huyện, Cấp xã hoặc Cơ quan khác).',
        )
    })
  for (const [key, level] of Object.entries(LEVEL_FLAGS)) if (isTrue(r[key])) levels.add(level)
  if (levels.size === 0 && !issues.some((i) => i.field.startsWith('levels')))
    error('levels', null, 'Bản ghi không ghi cấp thực hiện.')

  // Sector: the catalogue files a procedure under one sector, the first the record names.
  const sectors = (r.categoriesDetails ?? []).map(nameOf).filter((s): s is string => !!s)
  if (sectors.length === 0) error('categoriesDetails', null, 'Bản ghi không ghi lĩnh vực.')
  else if (sectors.length > 1)
    warning(
      'categoriesDetails',
      sectors.join('; '),
      `Bản ghi ghi ${sectors.length} lĩnh vực; danh mục xếp thủ tục vào một lĩnh vực: lấy "${sectors[0]}".`,
    )

  const formalityWritten = clean(r.formalityType)
  const formalityType = formalityWritten ? (FORMALITY_TYPES[fold(formalityWritten)] ?? null) : null
  if (formalityWritten && !formalityType)
    warning('formalityType', formalityWritten, 'Loại thủ tục không nhận ra: để trống.')

  const onlineWritten = clean(r.onlineServiceLevel)
  const onlineServiceLevel = onlineWritten
    ? (ONLINE_LEVEL_NAMES[fold(onlineWritten)] ?? null)
    : null
  if (onlineWritten && !onlineServiceLevel)
    warning(
      'onlineServiceLevel',
      onlineWritten,
      'Mức độ dịch vụ công trực tuyến không nhận ra (toàn trình, một phần, mức độ 1–4): để trống.',
    )

  const subjects: Subject[] = []
  ;(r.subjectTypesDetails ?? []).forEach((item, i) => {
    const written = nameOf(item)
    const subject = written ? SUBJECT_NAMES[fold(written)] : undefined
    if (subject) {
      if (!subjects.includes(subject)) subjects.push(subject)
    } else
      warning(
        `subjectTypesDetails[${i}]`,
        written,
        'Đối tượng thực hiện không có trong danh mục đối tượng: không nhập, cần bổ sung bằng tay.',
      )
  })

  const agencies = Object.fromEntries(
    Object.entries(AGENCY_FIELDS).map(([role, keys]) => {
      const names: string[] = []
      for (const key of keys)
        for (const item of (r[key] as Named[] | null | undefined) ?? []) {
          const agency = nameOf(item)
          if (agency && !names.includes(agency)) names.push(agency)
        }
      return [role, names]
    }),
  ) as Record<keyof typeof AGENCY_FIELDS, string[]>

  const steps = readSteps(r.executionSteps)
  const methods = readMethods(r, warning, error, unknown)
  const dossierCases = readCases(r, warning, error)
  const results = (r.resultsDetails ?? []).flatMap((item, i) => {
    const resultName = nameOf(item)
    if (!resultName) {
      if (codeOf(item))
        warning(
          `resultsDetails[${i}].name`,
          codeOf(item),
          'Kết quả có mã nhưng không có tên: bỏ qua.',
        )
      return []
    }
    return [{ name: resultName, code: codeOf(item) }]
  })
  const legalBasis: ImportedProcedure['legalBasis'] = []
  ;(r.legalBasisesDetails ?? []).forEach((item, i) => {
    const number = codeOf(item)
    const title = nameOf(item)
    if (!number) {
      warning(
        `legalBasisesDetails[${i}].code`,
        title,
        'Văn bản căn cứ không có số hiệu: không nhập được, cần bổ sung bằng tay.',
      )
      return
    }
    if (!legalBasis.some((l) => l.number === number)) legalBasis.push({ number, title })
  })

  // The portal leaves requirements empty when the procedure has none (NĐ 63: only "where the
  // procedure has them"); it writes "Không có thông tin" when it does not know.
  const requirementsText = clean(r.requirements)
  const requirementsNone =
    requirementsText === null || /^(không|không có|không quy định)$/u.test(fold(requirementsText))
  const requirementsUnknown = !requirementsNone && isNotStated(requirementsText)
  const requirements =
    requirementsNone || requirementsUnknown
      ? null
      : paragraphsToLexical(
          requirementsText!
            .split(/\r?\n/)
            .map((p) => p.trim())
            .filter(Boolean),
        )

  const keywords = (typeof r.keywords === 'string' ? r.keywords.split(/[,;]/) : (r.keywords ?? []))
    .map((k) => clean(k))
    .filter((k): k is string => !!k)
  const relatedProcedures: string[] = []
  ;(r.relatedProcedures ?? []).forEach((item, i) => {
    const related = typeof item === 'string' ? clean(item) : codeOf(item)
    const match = related ? (LOCAL_CODE.exec(related)?.[1] ?? related) : null
    if (match && NATIONAL_CODE.test(match)) {
      if (!relatedProcedures.includes(match)) relatedProcedures.push(match)
    } else
      warning(
        `relatedProcedures[${i}]`,
        related,
        'Mã thủ tục liên quan không đúng định dạng: bỏ qua.',
      )
  })

  if (issues.some((i) => i.severity === 'error')) return { procedure: null, issues }
  return {
    procedure: {
      code: national,
      localCode,
      name: name!,
      validity: 'in-force',
      levels: PROCEDURE_LEVELS.filter((l) => levels.has(l)),
      sector: sectors[0],
      formalityType,
      onlineServiceLevel,
      subjects,
      subjectsGap: gapIf(subjects.length === 0),
      description: clean(r.description),
      agencies: { ...agencies, implementingGap: gapIf(agencies.implementing.length === 0) },
      steps: steps.length ? orderedListToLexical(steps) : null,
      stepsGap: gapIf(steps.length === 0),
      methods,
      methodsGap: gapIf(methods.length === 0),
      dossierCases,
      dossierGap: gapIf(!dossierCases.some((c) => c.components.length > 0)),
      results,
      resultsGap: gapIf(results.length === 0),
      requirements,
      requirementsGap: requirementsUnknown
        ? unknown
        : requirements
          ? NO_GAP
          : { kind: 'none', source: null },
      legalBasis,
      keywords,
      synonyms: [],
      relatedProcedures,
    },
    issues,
  }
}

type Report = (field: string, value: unknown, message: string) => void

function readSteps(steps: PortalRecord['executionSteps']): string[] {
  const blocks = (typeof steps === 'string' ? [steps] : (steps ?? [])).map((step) => {
    if (typeof step === 'string') return step
    const stepName = clean(step.name)
    const description = clean(step.description)
    // A name that only numbers the step adds nothing the list numbering does not.
    const label = stepName && !/^Bước\s*\d+\s*[:.]?$/iu.test(stepName) ? stepName : null
    return [label, description].filter(Boolean).join(': ')
  })
  return blocks.flatMap(splitSteps)
}

function readMethods(
  r: PortalRecord,
  warning: Report,
  error: Report,
  unknown: ImportedGap,
): ImportedMethod[] {
  const rows = r.executionMethods ?? []
  const perChannel = new Map<Channel, number>()
  const channels = rows.map((row) => CHANNEL_NAMES[fold(row.submissionMethod ?? '')])
  channels.forEach((c) => c && perChannel.set(c, (perChannel.get(c) ?? 0) + 1))
  const nth = new Map<Channel, number>()

  return rows.flatMap((row, i) => {
    const at = `executionMethods[${i}]`
    const channel = channels[i]
    if (!channel) {
      error(
        `${at}.submissionMethod`,
        row.submissionMethod,
        'Cách thức nộp không nhận ra (cần DIRECT, ONLINE hoặc POSTAL).',
      )
      return []
    }
    nth.set(channel, (nth.get(channel) ?? 0) + 1)
    let description = clean(row.description)
    if (!description && (perChannel.get(channel) ?? 0) > 1) {
      description = `Trường hợp ${nth.get(channel)}`
      warning(
        `${at}.description`,
        null,
        `Cách thức này có nhiều dòng nhưng dòng này không ghi trường hợp: đặt tên "${description}".`,
      )
    }

    const method: ImportedMethod = {
      channel,
      processingTime: null,
      processingTimeUnit: null,
      description,
      processingTimeText: null,
      processingTimeGap: NO_GAP,
      fees: [],
      feesGap: NO_GAP,
    }

    // Time limit: number and unit; words or a bare number as written; or not stated.
    const written = clean(row.processingTime)
    const unitWritten = clean(row.processingTimeUnit)
    const unit = unitWritten ? UNIT_NAMES[fold(unitWritten)] : undefined
    if (unitWritten && !unit)
      error(
        `${at}.processingTimeUnit`,
        unitWritten,
        'Đơn vị thời hạn không nhận ra (cần WORKING_DAY, DAY, HOUR, MONTH, YEAR hoặc OTHER).',
      )
    else if (isNotStated(written)) method.processingTimeGap = unknown
    else {
      const value = numberOf(row.processingTime!)
      if (value !== null && unit && unit !== 'other') {
        method.processingTime = value
        method.processingTimeUnit = unit
      } else method.processingTimeText = written
    }

    // Fees: unknown is never free; no fee rows at all is unknown too.
    const fees: ImportedFee[] = []
    let noneRows = 0
    ;(row.fees ?? []).forEach((fee, j) => {
      const field = `${at}.fees[${j}].value`
      const feeDescription = clean(fee.description)
      const reading = readFee(String(fee.value ?? ''), fee.currencyName ?? undefined)
      if ('warning' in reading && reading.warning) warning(field, fee.value, reading.warning)
      if (reading.kind === 'unknown') {
        if (feeDescription)
          warning(
            field,
            fee.value,
            `Khoản phí "${feeDescription}" không ghi mức thu: coi là chưa có thông tin.`,
          )
        return
      }
      if (reading.kind === 'none') {
        noneRows++
        // Free beside charged rows: an explicit zero keeps which case is free.
        fees.push({ amount: 0, currency: 'VND', description: feeDescription })
      } else if (reading.kind === 'amount')
        fees.push({
          amount: reading.amount,
          currency: reading.currency,
          description: feeDescription,
        })
      else
        fees.push({
          amount: null,
          currency: null,
          description: feeDescription ? `${feeDescription}: ${reading.text}` : reading.text,
        })
    })
    if (fees.length > 0 && noneRows === fees.length) method.feesGap = { kind: 'none', source: null }
    else if (fees.length > 0) method.fees = fees
    else method.feesGap = unknown
    return [method]
  })
}

function readCases(r: PortalRecord, warning: Report, error: Report): ImportedCase[] {
  return (r.executionCases ?? []).map((c, i) => {
    const components = (c.profileComponents ?? []).flatMap((component, j) => {
      const at = `executionCases[${i}].profileComponents[${j}]`
      const componentName = clean(component.name)?.replace(/\s+/g, ' ') ?? null
      if (!componentName) {
        warning(`${at}.name`, component.description, 'Thành phần hồ sơ không có tên: bỏ qua.')
        return []
      }
      const originals = countOf(component.originalQty)
      const copies = countOf(component.copyQty)
      if (originals === null)
        error(
          `${at}.originalQty`,
          component.originalQty,
          'Số bản chính phải là số nguyên không âm.',
        )
      if (copies === null)
        error(`${at}.copyQty`, component.copyQty, 'Số bản sao phải là số nguyên không âm.')
      const forms = (component.attachments ?? []).map(fileNameOf).filter((f): f is string => !!f)
      if (forms.length > 1)
        warning(
          `${at}.attachments`,
          forms.join('; '),
          `Thành phần có ${forms.length} tệp mẫu; danh mục gắn một mẫu cho mỗi thành phần: lấy "${forms[0]}".`,
        )
      // Quantity 0 and 0 is a note ("Lưu ý: …"), not a paper to hand in.
      const note = originals === 0 && copies === 0
      return [
        {
          name: componentName,
          description: clean(component.description),
          originals: originals ?? 0,
          copies: copies ?? 0,
          required: note ? false : component.required == null ? true : isTrue(component.required),
          form: forms[0] ?? null,
        },
      ]
    })
    return { name: clean(c.name) ?? 'Thành phần hồ sơ', components }
  })
}
