import { ValidationError, type CollectionSlug, type Field, type PayloadRequest } from 'payload'

export interface FieldRefusal {
  /** The field's exact path in the form: `committedTime.value`, `methods.0.description`. */
  path: string
  message: string
  /** What the toast calls the field, when it is none of the collection's fields (the password). */
  label?: string
}

type Label = string | Record<string, string> | false | undefined | ((...args: never[]) => unknown)

const labelText = (label: Label, name: string): string =>
  typeof label === 'string' ? label : label && typeof label === 'object' ? (label.vi ?? name) : name

/** The named field at one level, looking through rows, collapsibles and unnamed tabs. */
function findField(fields: readonly Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const found = 'name' in tab && tab.name ? undefined : findField(tab.fields, name)
        if (found) return found
      }
    } else if (!('name' in field) && 'fields' in field) {
      const found = findField(field.fields, name)
      if (found) return found
    }
  }
  return undefined
}

/**
 * "Thời hạn địa phương cam kết > Thời hạn", "Cách thức thực hiện > dòng 2 > Mô tả": the labels an
 * officer reads on the form, for the toast (Payload shows " > " as an arrow).
 */
export function fieldLabel(fields: readonly Field[], path: string): string {
  const labels: string[] = []
  let level: readonly Field[] | undefined = fields
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      labels.push(`dòng ${Number(segment) + 1}`)
      continue
    }
    const field: Field | undefined = level ? findField(level, segment) : undefined
    labels.push(labelText(field && 'label' in field ? (field.label as Label) : undefined, segment))
    level = field && 'fields' in field ? field.fields : undefined
  }
  return labels.join(' > ')
}

/**
 * Refuses a save with one Vietnamese message per field. Payload's admin puts each message at the
 * field its path names and marks it red; several messages about one field are joined, as the form
 * keeps one per field. The toast names the fields by their labels, not their keys.
 */
export function refuse(
  req: PayloadRequest,
  collection: CollectionSlug,
  refusals: readonly FieldRefusal[],
): never {
  const byPath = new Map<string, string[]>()
  const labels = new Map<string, string>()
  for (const { path, message, label } of refusals) {
    byPath.set(path, [...(byPath.get(path) ?? []), message])
    if (label) labels.set(path, label)
  }
  const fields = req.payload.collections[collection]?.config.fields ?? []
  const errors = [...byPath].map(([path, messages]) => ({
    path,
    message: messages.join(' '),
    label: labels.get(path) ?? fieldLabel(fields, path),
  }))
  throw new ValidationError({ collection, errors }, req.t)
}
