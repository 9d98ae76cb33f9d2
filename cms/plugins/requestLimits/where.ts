import { validOperators } from 'payload/shared'

import { REQUEST_LIMITS, type WhereBounds } from './limits'

/** Operators whose operand is one value. */
const SCALAR_OPERATORS = new Set([
  'equals',
  'not_equals',
  'like',
  'not_like',
  'contains',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
/** Operators whose operand is a list (or Payload's comma-separated string). */
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
/** Operators that take coordinates: only meaningful on point fields. */
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
/** Operators whose values are compared with the field's own values (so must be of its kind). */
const COMPARING_OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'contains',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])

/**
 * What a `where` path names, as far as the database cares: the values a select allows, a date,
 * an ID (of the document or of a related one), a point, or anything else.
 */
export type FieldKind =
  | { kind: 'select'; options: string[] }
  | { kind: 'date' }
  | { kind: 'id'; isValid: (value: string) => boolean }
  | { kind: 'point' }
  | { kind: 'json' }
  | { kind: 'other' }

export interface WhereContext {
  /** the kind of field a path names, when known */
  fieldAt?: (path: string) => FieldKind | undefined
  /** operators the database cannot run (the SQL adapters have no `all`) */
  unsupported?: ReadonlySet<string>
}

/** Payload's own path rule: word characters, dot-separated. */
const FIELD_PATH = /^\w+(?:\.\w+)*$/

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

/**
 * Checks the shape of a `where` before Payload turns it into a database query: known operators,
 * one value where an operator wants one, a list where it wants a list, `and`/`or` as lists of
 * conditions, bounded size. Returns the first problem as a sentence a person can act on (with
 * the place in the query), or null. Field names and access are Payload's own checks, done after.
 */
export function whereProblem(
  where: unknown,
  bounds: WhereBounds = REQUEST_LIMITS.where,
  { fieldAt = () => undefined, unsupported = new Set() }: WhereContext = {},
): string | null {
  if (where === undefined || where === null) return null
  if (!isPlainObject(where)) {
    return 'Tham số where phải là một tập điều kiện, ví dụ where[code][equals]=1.001193.'
  }
  let conditions = 0

  const scalarProblem = (value: unknown, at: string): string | null => {
    if (value === null || typeof value === 'boolean' || value instanceof Date) return null
    if (typeof value === 'number')
      return Number.isFinite(value) ? null : `Giá trị tại "${at}" không phải một số hữu hạn.`
    if (typeof value === 'string') {
      if (value.length > bounds.maxStringLength)
        return `Giá trị tại "${at}" dài quá ${bounds.maxStringLength} ký tự.`
      if (value.includes('\u0000')) return `Giá trị tại "${at}" chứa ký tự NUL.`
      return null
    }
    return `Giá trị tại "${at}" phải là một giá trị đơn (chữ, số, true/false), không phải ${Array.isArray(value) ? 'một danh sách' : 'một đối tượng'}.`
  }

  const operandProblem = (operator: string, value: unknown, at: string): string | null => {
    if (SCALAR_OPERATORS.has(operator)) return scalarProblem(value, at)
    if (operator === 'exists') {
      return value === true || value === false || value === 'true' || value === 'false'
        ? null
        : `Toán tử "exists" tại "${at}" chỉ nhận true hoặc false.`
    }
    if (LIST_OPERATORS.has(operator)) {
      if (typeof value === 'string') return scalarProblem(value, at)
      if (!Array.isArray(value))
        return `Toán tử "${operator}" tại "${at}" cần một danh sách giá trị, ví dụ ${at}[0]=a&${at}[1]=b.`
      if (value.length > bounds.maxListValues)
        return `Danh sách tại "${at}" có quá ${bounds.maxListValues} giá trị.`
      for (const [i, item] of value.entries()) {
        const problem = scalarProblem(item, `${at}.${i}`)
        if (problem) return problem
      }
      return null
    }
    if (operator === 'near') {
      if (typeof value === 'string') return scalarProblem(value, at)
      if (
        Array.isArray(value) &&
        value.length <= 4 &&
        value.every((v) => typeof v === 'number' || typeof v === 'string')
      )
        return null
      return `Toán tử "near" tại "${at}" cần "kinh độ,vĩ độ[,khoảng cách tối đa[,tối thiểu]]".`
    }
    // within / intersects take a GeoJSON object.
    if (!isPlainObject(value)) return `Toán tử "${operator}" tại "${at}" cần một đối tượng GeoJSON.`
    return JSON.stringify(value).length > bounds.maxStringLength * 10
      ? `Đối tượng GeoJSON tại "${at}" quá lớn.`
      : null
  }

  /** A value of the wrong kind for its field, which some databases answer with an error. */
  const kindProblem = (
    field: FieldKind | undefined,
    operator: string,
    operand: unknown,
    at: string,
  ): string | null => {
    if (GEO_OPERATORS.has(operator))
      return field?.kind === 'point'
        ? null
        : `Toán tử "${operator}" tại "${at}" chỉ dùng cho trường toạ độ.`
    if (unsupported.has(operator))
      return `Toán tử "${operator}" tại "${at}" không được hỗ trợ trên cơ sở dữ liệu này; dùng "in", hoặc nhiều điều kiện nối bằng "and".`
    // Rich text and JSON are stored as documents: only whether there is one can be asked.
    if (
      field?.kind === 'json' &&
      !(
        operator === 'exists' ||
        ((operator === 'equals' || operator === 'not_equals') && operand === null)
      )
    ) {
      return `Trường tại "${at}" là văn bản định dạng hoặc JSON: chỉ lọc được bằng "exists".`
    }
    if (!field || !COMPARING_OPERATORS.has(operator)) return null
    const values = Array.isArray(operand)
      ? operand
      : typeof operand === 'string' && LIST_OPERATORS.has(operator)
        ? operand.split(',')
        : [operand]
    for (const value of values) {
      if (value === null || value === undefined) continue
      const shown = `"${String(value).slice(0, 60)}"`
      if (field.kind === 'select' && !field.options.includes(String(value))) {
        return `Giá trị ${shown} tại "${at}" không phải một lựa chọn của trường này (${field.options.join(', ')}).`
      }
      if (
        field.kind === 'date' &&
        !(value instanceof Date) &&
        Number.isNaN(Date.parse(String(value)))
      ) {
        return `Giá trị ${shown} tại "${at}" không phải ngày giờ hợp lệ (ví dụ 2026-11-23 hoặc 2026-11-23T10:00:00Z).`
      }
      if (field.kind === 'id' && !field.isValid(String(value)))
        return `Giá trị ${shown} tại "${at}" không phải mã định danh (ID) hợp lệ.`
    }
    return null
  }

  const visit = (node: Record<string, unknown>, at: string, nesting: number): string | null => {
    for (const [key, value] of Object.entries(node)) {
      const here = at ? `${at}.${key}` : key
      const lower = key.toLowerCase()
      if (lower === 'and' || lower === 'or') {
        if (!Array.isArray(value))
          return `"${here}" phải là một danh sách điều kiện, ví dụ where[${lower}][0][code][equals]=….`
        if (nesting + 1 > bounds.maxNesting)
          return `Điều kiện and/or lồng nhau quá ${bounds.maxNesting} cấp (tại "${here}").`
        for (const [i, item] of value.entries()) {
          if (!isPlainObject(item)) return `Phần tử "${here}.${i}" phải là một tập điều kiện.`
          const problem = visit(item, `${here}.${i}`, nesting + 1)
          if (problem) return problem
        }
        continue
      }
      if (!FIELD_PATH.test(key)) return `"${here}" không phải tên trường hợp lệ.`
      if (!isPlainObject(value) || Object.keys(value).length === 0) {
        return `Điều kiện trên trường "${here}" cần một toán tử, ví dụ where[${key}][equals]=….`
      }
      for (const [operator, operand] of Object.entries(value)) {
        if (!(validOperators as readonly string[]).includes(operator)) {
          return `Toán tử "${operator}" tại "${here}" không được hỗ trợ; dùng một trong: ${validOperators.join(', ')}.`
        }
        if (++conditions > bounds.maxConditions)
          return `Điều kiện lọc có quá ${bounds.maxConditions} điều kiện.`
        const problem =
          operandProblem(operator, operand, `${here}.${operator}`) ??
          kindProblem(fieldAt(key), operator, operand, `${here}.${operator}`)
        if (problem) return problem
      }
    }
    return null
  }

  return visit(where, '', 0)
}

/**
 * Sort must name fields: one string ("-createdAt,name") or a list of them, each an optional "-"
 * and a field path, at most `maxFields` of them.
 */
export function sortProblem(
  sort: unknown,
  maxFields: number = REQUEST_LIMITS.maxSortFields,
): string | null {
  if (sort === undefined || sort === null || sort === '') return null
  const items = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : null
  if (!items || !items.every((item) => typeof item === 'string')) {
    return 'Tham số sort phải là tên trường (thêm "-" phía trước để xếp giảm dần), ví dụ sort=-updatedAt.'
  }
  if (items.length > maxFields) return `Chỉ được sắp xếp theo tối đa ${maxFields} trường.`
  const bad = items.find((item) => !/^-?\w+(?:\.\w+)*$/.test(item.trim()))
  return bad === undefined ? null : `"${bad}" trong tham số sort không phải tên trường hợp lệ.`
}
