import type { Where } from 'payload'

type Doc = Record<string, unknown>

/** A relation may be stored as an ID or read as a populated object; compare by ID as a string. */
const normalize = (value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value) && 'id' in value
    ? String((value as { id: unknown }).id)
    : value

const same = (a: unknown, b: unknown): boolean => {
  const x = normalize(a)
  const y = normalize(b)
  if (x === null || x === undefined || y === null || y === undefined)
    return (x ?? null) === (y ?? null)
  return String(x) === String(y)
}

/** The value at a dotted path, or `unknown` when the path crosses a relation that is only an ID. */
function valueAt(doc: Doc, path: string): { known: boolean; value: unknown } {
  let current: unknown = doc
  for (const segment of path.split('.')) {
    if (current === null || current === undefined) return { known: true, value: undefined }
    if (typeof current !== 'object') return { known: false, value: undefined }
    current = (current as Doc)[segment]
  }
  return { known: true, value: current }
}

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value]

/** Operators an access rule here may use; anything else is not judged in memory and fails closed. */
function test(operator: string, actual: unknown, expected: unknown): boolean {
  // A hasMany value matches when one of its items does, as in the database adapters.
  const values = Array.isArray(actual) ? actual : [actual]
  switch (operator) {
    case 'equals':
      return values.some((v) => same(v, expected))
    case 'not_equals':
      return !values.some((v) => same(v, expected))
    case 'in':
      return values.some((v) => asList(expected).some((e) => same(v, e)))
    case 'not_in':
      return !values.some((v) => asList(expected).some((e) => same(v, e)))
    case 'exists': {
      const present = values.some((v) => v !== null && v !== undefined && v !== '')
      const wanted = expected === true || expected === 'true'
      return present === wanted
    }
    default:
      return false
  }
}

/**
 * The field paths for which `doc` fails `where` (empty when it matches). Access rules return a
 * Where that Payload applies to stored documents only; this judges a document not yet saved
 * against the same rule. Paths it cannot judge in memory (a relation's fields, unknown operators)
 * count as failing, so a rule never passes by accident.
 */
export function whereMismatches(doc: Doc, where: Where): string[] {
  const failing: string[] = []
  for (const [key, condition] of Object.entries(where)) {
    const lower = key.toLowerCase()
    if ((lower === 'and' || lower === 'or') && Array.isArray(condition)) {
      const parts = (condition as Where[]).map((part) => whereMismatches(doc, part))
      const failed = parts.filter((p) => p.length > 0)
      if (
        lower === 'and' ? failed.length > 0 : parts.length > 0 && failed.length === parts.length
      ) {
        failing.push(...failed.flat())
      }
      continue
    }
    const { known, value } = valueAt(doc, key)
    const operators = Object.entries((condition ?? {}) as Record<string, unknown>)
    if (
      !known ||
      operators.length === 0 ||
      !operators.every(([op, expected]) => test(op, value, expected))
    )
      failing.push(key)
  }
  return [...new Set(failing)]
}

export const matchesWhere = (doc: Doc, where: Where): boolean =>
  whereMismatches(doc, where).length === 0
