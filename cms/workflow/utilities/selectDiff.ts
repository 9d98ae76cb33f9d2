import type { Field } from 'payload'

const SELECT_DIFF = '/workflow/components/SelectDiff#SelectDiff'

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
