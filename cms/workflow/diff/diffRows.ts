/**
 * What changed between two versions of a document, field by field, in the words an officer reads
 * on the form: "Cách thức thực hiện > Trực tiếp > Phí, lệ phí > dòng 1 > Mức thu: 20.000 đồng →
 * 25.000 đồng". A pure function of the two documents and the collection's fields; the changes view
 * (../components/ChangesView.tsx) renders its rows.
 */
import type { Field } from 'payload'

import { formatDate, formatDateTime } from '../../lib/dates'
import { lexicalToPlainText } from '../../lib/lexical'

export interface DiffRow {
  /** The data path, e.g. `methods.0.fees.0.amount` (array rows by their position in `after`). */
  path: string
  /** The labels from the form, joined by " > ". */
  label: string
  /** The value as the officer reads it; '' when empty. */
  before: string
  after: string
}

type Doc = Record<string, unknown>
type Label = unknown

/** Payload's bookkeeping and the workflow's own group (shown apart, as the author's reason). */
const SKIPPED = new Set(['id', 'createdAt', 'updatedAt', '_status', 'workflow', 'searchText'])

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 })

/** A label as text: the Vietnamese one of a `{ vi, en }`, else the field's name. */
export function labelText(label: Label, fallback: string): string {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'vi' in label) return String(label.vi)
  return fallback
}

interface Option {
  value: string
  label?: Label
}

const optionsOf = (field: Field): Option[] =>
  'options' in field && Array.isArray(field.options)
    ? field.options.map((o) => (typeof o === 'string' ? { value: o, label: o } : (o as Option)))
    : []

const optionLabel = (field: Field, value: unknown): string => {
  const option = optionsOf(field).find((o) => o.value === value)
  return option ? labelText(option.label, String(value)) : String(value)
}

/** The title of a related document as the API returned it (depth ≥ 1), else its ID. */
function relationTitle(value: unknown): string {
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>
    if ('relationTo' in v && 'value' in v) return relationTitle(v.value)
    for (const key of ['name', 'title', 'filename', 'code', 'email']) {
      if (typeof v[key] === 'string' && v[key]) return v[key] as string
    }
    return v.id !== undefined ? `#${String(v.id)}` : ''
  }
  return value === null || value === undefined || value === '' ? '' : `#${String(value)}`
}

const isEmptyValue = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

/**
 * One value as read on the form. A number says its unit when a sibling names it: a fee's currency
 * ("20.000 đồng"), a time's unit (`processingTime` + `processingTimeUnit`: "15 Ngày làm việc").
 */
function formatValue(field: Field, value: unknown, sibling: Doc, siblingFields: Field[]): string {
  if (isEmptyValue(value)) return ''
  switch (field.type) {
    case 'number': {
      const numbers = (Array.isArray(value) ? value : [value]).map((n) =>
        typeof n === 'number' ? numberFormat.format(n) : String(n),
      )
      const unit = unitOf(field.name, sibling, siblingFields)
      return numbers.join(', ') + (unit ? ` ${unit}` : '')
    }
    case 'select':
    case 'radio':
      return (Array.isArray(value) ? value : [value]).map((v) => optionLabel(field, v)).join(', ')
    case 'checkbox':
      return value === true ? 'Có' : value === false ? 'Không' : ''
    case 'date': {
      const format = (field.admin as { date?: { displayFormat?: string } } | undefined)?.date
        ?.displayFormat
      return format?.includes('HH') ? formatDateTime(value as string) : formatDate(value as string)
    }
    case 'relationship':
    case 'upload':
      return (Array.isArray(value) ? value : [value]).map(relationTitle).join(', ')
    case 'richText':
      return lexicalToPlainText(value).trim()
    case 'json':
    case 'code':
    case 'point':
      return typeof value === 'string' ? value : JSON.stringify(value)
    default:
      return Array.isArray(value) ? value.map(String).join(', ') : String(value)
  }
}

/** The unit a sibling field states for a number: `currency`, `<name>Unit`, or `timeValue`'s `timeUnit`. */
function unitOf(name: string, sibling: Doc, siblingFields: Field[]): string {
  const unitNames = [
    `${name}Unit`,
    ...(name.endsWith('Value') ? [`${name.slice(0, -5)}Unit`] : []),
    ...(name === 'amount' ? ['currency'] : []),
  ]
  for (const unitName of unitNames) {
    const unitField = flatten(siblingFields).find((f) => 'name' in f && f.name === unitName)
    const unit = sibling[unitName]
    if (unitField && typeof unit === 'string' && unit) return optionLabel(unitField, unit)
  }
  return ''
}

/** A unit whose number changed too: the number's row says both ("1 ngày" → "3 giờ"). */
function saidByItsNumber(field: Field, before: Doc, after: Doc, level: Field[]): boolean {
  if (!('name' in field) || field.type !== 'select') return false
  const stem = field.name.endsWith('Unit') ? field.name.slice(0, -4) : null
  const names = field.name === 'currency' ? ['amount'] : stem ? [stem, `${stem}Value`] : []
  const number = level.find((f) => 'name' in f && names.includes(f.name) && f.type === 'number')
  if (!number || !('name' in number)) return false
  return (
    formatValue(number, before[number.name], before, level) !==
    formatValue(number, after[number.name], after, level)
  )
}

/** The named fields of one level, through rows, collapsibles and unnamed tabs. */
function flatten(fields: readonly Field[]): Field[] {
  const out: Field[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name)
          out.push({ ...tab, type: 'group', name: tab.name, fields: tab.fields } as Field)
        else out.push(...flatten(tab.fields))
      }
    } else if ('name' in field) out.push(field)
    else if ('fields' in field) out.push(...flatten(field.fields))
  }
  return out
}

const isShown = (field: Field) =>
  'name' in field &&
  !SKIPPED.has(field.name) &&
  !(field as { hidden?: boolean }).hidden &&
  !(field.admin as { hidden?: boolean; disabled?: boolean } | undefined)?.hidden &&
  !(field.admin as { disabled?: boolean } | undefined)?.disabled &&
  field.type !== 'ui' &&
  field.type !== 'join'

/**
 * A row's name in the path: the option of its first field when that is a required select (a
 * method's channel: "Trực tiếp"), else its position ("dòng 2"); rows that share a name get their
 * position too.
 */
function rowNames(rows: Doc[], fields: readonly Field[]): string[] {
  const first = flatten(fields)[0]
  const namer =
    first?.type === 'select' && (first as { required?: boolean }).required && !first.hasMany
      ? first
      : undefined
  const names = rows.map((row, index) =>
    namer && 'name' in namer && !isEmptyValue(row[namer.name])
      ? optionLabel(namer, row[namer.name])
      : `dòng ${index + 1}`,
  )
  return names.map((name, index) =>
    names.indexOf(name) !== names.lastIndexOf(name) && !name.startsWith('dòng ')
      ? `${name} (dòng ${index + 1})`
      : name,
  )
}

/** Pairs the rows of an array: by their ID where both versions have it, else by position. */
function pairRows(before: Doc[], after: Doc[]): [Doc | undefined, Doc | undefined, number][] {
  const ids = new Set(before.map((r) => r.id).filter(Boolean))
  const byID = after.some((r) => r.id && ids.has(r.id))
  if (!byID) {
    const length = Math.max(before.length, after.length)
    return Array.from({ length }, (_, i) => [before[i], after[i], i])
  }
  const pairs: [Doc | undefined, Doc | undefined, number][] = after.map((row, i) => [
    before.find((b) => b.id === row.id),
    row,
    i,
  ])
  const matched = new Set(after.map((r) => r.id))
  before.forEach((row, i) => {
    if (!matched.has(row.id)) pairs.push([row, undefined, after.length + i])
  })
  return pairs
}

function walk(
  fields: readonly Field[],
  before: Doc,
  after: Doc,
  path: string[],
  labels: string[],
  rows: DiffRow[],
): void {
  const level = flatten(fields)
  for (const field of level.filter(isShown)) {
    if (!('name' in field)) continue
    const name = field.name
    const label = labelText('label' in field ? field.label : undefined, name)
    const b = before[name]
    const a = after[name]
    if (field.type === 'group') {
      walk(field.fields, asDoc(b), asDoc(a), [...path, name], [...labels, label], rows)
    } else if (field.type === 'array' || field.type === 'blocks') {
      const beforeRows = asRows(b)
      const afterRows = asRows(a)
      const pairs = pairRows(beforeRows, afterRows)
      // Named from the version that has the row: the new one, else the old one.
      const afterNames = rowNames(afterRows, subFields(field, afterRows[0]))
      const beforeNames = rowNames(beforeRows, subFields(field, beforeRows[0]))
      for (const [oldRow, newRow, position] of pairs) {
        const rowName = newRow
          ? afterNames[afterRows.indexOf(newRow)]!
          : beforeNames[beforeRows.indexOf(oldRow!)]!
        walk(
          subFields(field, newRow ?? oldRow),
          oldRow ?? {},
          newRow ?? {},
          [...path, name, String(position)],
          [...labels, label, rowName],
          rows,
        )
      }
    } else {
      const beforeText = formatValue(field, b, before, level)
      const afterText = formatValue(field, a, after, level)
      if (beforeText !== afterText && !saidByItsNumber(field, before, after, level))
        rows.push({
          path: [...path, name].join('.'),
          label: [...labels, label].join(' > '),
          before: beforeText,
          after: afterText,
        })
    }
  }
}

/** The fields of an array's rows, or of a block's type. */
function subFields(field: Field, row: Doc | undefined): readonly Field[] {
  if (field.type === 'array') return field.fields
  if (field.type === 'blocks') {
    const block = field.blocks.find((b) => b.slug === row?.blockType)
    return block?.fields ?? []
  }
  return []
}

const asDoc = (value: unknown): Doc =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : {}

const asRows = (value: unknown): Doc[] =>
  Array.isArray(value) ? value.filter((r) => r && typeof r === 'object') : []

/**
 * The changed values between `before` (null: nothing yet, as for a document never issued) and
 * `after`, in the order of the form.
 */
export function diffRows(before: Doc | null, after: Doc, fields: readonly Field[]): DiffRow[] {
  const rows: DiffRow[] = []
  walk(fields, before ?? {}, after, [], [], rows)
  return rows
}
