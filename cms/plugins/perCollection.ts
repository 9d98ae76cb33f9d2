import type { CollectionConfig, Config, Plugin } from 'payload'

/**
 * A plugin that changes only the collections its options name, each with its own option (the
 * fields it concerns): the shape of the folded-search and Vietnamese-sort plugins.
 */
export const perCollectionPlugin =
  <Option>(
    options: Readonly<Record<string, Option>>,
    change: (collection: CollectionConfig, option: Option) => CollectionConfig,
  ): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      options[collection.slug] === undefined
        ? collection
        : change(collection, options[collection.slug]!),
    ),
  })
