import type { Field } from 'payload'

const SELECT_DIFF = '/workflow/components/SelectDiff#SelectDiff'

/**
 * Payload's own draft status (`_status`, "Bản nháp" / "Đã ban hành"), which it adds to a collection
 * with drafts when it sanitizes the config: declared here only to give it the same diff. Payload
 * merges this with its own field (mergeBaseFields), keeping its options, label and column.
 */
export const statusWithWordDiff = {
  name: '_status',
  type: 'select',
  // Named here too: the merged field otherwise reaches the version view labelled "_status".
  label: { vi: 'Trạng thái phiên bản', en: 'Version status' },
  admin: { components: { Diff: SELECT_DIFF } },
} as unknown as Field

/**
 * Every select field, at any depth, compared by whole words in the version view
 * (../components/SelectDiff.tsx), unless the field names a diff of its own.
 */
export function withWordDiffOnSelects(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'select') {
      const components = field.admin?.components
      return components?.Diff
        ? field
        : { ...field, admin: { ...field.admin, components: { ...components, Diff: SELECT_DIFF } } }
    }
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withWordDiffOnSelects(tab.fields) })),
      }
    if (field.type === 'blocks')
      return {
        ...field,
        blocks: field.blocks.map((block) => ({
          ...block,
          fields: withWordDiffOnSelects(block.fields),
        })),
      }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: withWordDiffOnSelects(field.fields) } as Field
    return field
  })
}
