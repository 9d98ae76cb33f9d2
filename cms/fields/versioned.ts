import type { CollectionConfig } from 'payload'

/** Every version is kept (maxPerDoc 0): the history is the record of what was announced when. */
export const versioned: CollectionConfig['versions'] = {
  drafts: true,
  maxPerDoc: 0,
}
