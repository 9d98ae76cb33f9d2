// What the SQL adapters hand their schema hooks as extendTable (their own package, same version).
import { extendDrizzleTable } from '@payloadcms/drizzle'
import {
  getTableConfig as pgTableConfig,
  index as pgIndex,
  integer as pgInteger,
  pgTable,
  uuid,
  varchar,
} from '@payloadcms/db-postgres/drizzle/pg-core'
import {
  getTableConfig as sqliteTableConfig,
  index as sqliteIndex,
  integer,
  sqliteTable,
  text,
} from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import { describe, expect, it } from 'vitest'

import { MAX_INDEX_NAME, partIndexName, partIndexes, partIndexesHook } from './partIndexes'

describe('partIndexes', () => {
  it('finds array and block tables, relationship and hasMany tables, and nothing else', () => {
    const tables = {
      procedures: { id: {}, name: {}, sector: {} },
      procedures_methods: { _order: {}, _parentID: {}, id: {}, channel: {} },
      procedures_rels: { id: {}, order: {}, parent: {}, path: {}, agenciesID: {} },
      procedures_levels: { order: {}, parent: {}, value: {}, id: {} },
      // a version's parent is the document, not a part's owner: no order column
      _procedures_v: { id: {}, parent: {}, latest: {} },
      localities: { id: {}, parent: {}, name: {} },
    }
    expect(partIndexes(tables)).toEqual([
      {
        table: 'procedures_levels',
        name: 'procedures_levels_parent_order_idx',
        columns: ['parent', 'order'],
      },
      {
        table: 'procedures_methods',
        name: 'procedures_methods_parent_order_idx',
        columns: ['_parentID', '_order'],
      },
      {
        table: 'procedures_rels',
        name: 'procedures_rels_parent_order_idx',
        columns: ['parent', 'order'],
      },
    ])
  })

  it('keeps names within PostgreSQL’s 63 characters, distinct for distinct tables', () => {
    const long = `_quality_documents_v_version_workflow_history_with_a_longer_suffix`
    const a = partIndexName(long)
    const b = partIndexName(`${long}_2`)
    expect(a.length).toBeLessThanOrEqual(MAX_INDEX_NAME)
    expect(b.length).toBeLessThanOrEqual(MAX_INDEX_NAME)
    expect(a).not.toBe(b)
    expect(partIndexName('procedures_rels')).toBe('procedures_rels_parent_order_idx')
  })

  it('adds a (parent, order) index to a SQLite table through afterSchemaInit', () => {
    const table = sqliteTable(
      'procedures_methods',
      {
        _order: integer('_order').notNull(),
        _parentID: text('_parent_id').notNull(),
        id: text('id').primaryKey(),
      },
      (columns) => ({
        parent: sqliteIndex('procedures_methods_parent_id_idx').on(columns._parentID),
      }),
    )
    const schema = { tables: { procedures_methods: table }, relations: {} }
    partIndexesHook(sqliteIndex)({ schema, extendTable: extendDrizzleTable })
    const indexes = sqliteTableConfig(table).indexes.map((i) => ({
      name: i.config.name,
      columns: i.config.columns.map((c) => ('name' in c ? c.name : '?')),
    }))
    expect(indexes).toEqual([
      { name: 'procedures_methods_parent_id_idx', columns: ['_parent_id'] },
      { name: 'procedures_methods_parent_order_idx', columns: ['_parent_id', '_order'] },
    ])
  })

  it('adds it to a PostgreSQL table too', () => {
    // Payload gives every table an extra config (its own indexes); extendTable builds on it.
    const table = pgTable(
      'procedures_rels',
      {
        id: pgInteger('id').primaryKey(),
        order: pgInteger('order'),
        parent: uuid('parent_id').notNull(),
        path: varchar('path').notNull(),
      },
      (columns) => ({ path: pgIndex('procedures_rels_path_idx').on(columns.path) }),
    )
    const schema = { tables: { procedures_rels: table }, relations: {} }
    partIndexesHook(pgIndex)({ schema, extendTable: extendDrizzleTable })
    const indexes = pgTableConfig(table).indexes.map((i) => ({
      name: i.config.name,
      columns: i.config.columns.map((c) => ('name' in c ? c.name : '?')),
    }))
    expect(indexes).toEqual([
      { name: 'procedures_rels_path_idx', columns: ['path'] },
      { name: 'procedures_rels_parent_order_idx', columns: ['parent_id', 'order'] },
    ])
  })
})
