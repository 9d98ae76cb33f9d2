import crypto from 'node:crypto'

import type { z } from 'zod'

import { SCHEMA_VERSION, Snapshot, type SnapshotContent } from './snapshot'

/** Thrown when a snapshot breaks the contract; the message lists each bad value by its path. */
export class SnapshotValidationError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(
      `Bản phát hành không hợp lệ (${issues.length} lỗi):\n` +
        issues
          .slice(0, 50)
          .map((issue) => `  - ${issue.path || '(gốc)'}: ${issue.message}`)
          .join('\n') +
        (issues.length > 50 ? `\n  … và ${issues.length - 50} lỗi khác` : ''),
    )
    this.name = 'SnapshotValidationError'
  }
}

/** "procedures[3].methods[0].processingTime.value" */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    '',
  )

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v)
const stated = (v: unknown) => (Array.isArray(v) ? { kind: 'stated', items: v } : v)
const statedObject = (v: unknown) => (isObject(v) && !('kind' in v) ? { kind: 'stated', ...v } : v)

/** A version-1 channel as version 2 says it: a fee list, empty or not, was what v1 showed. */
function upgradeMethod(m: unknown): unknown {
  if (!isObject(m)) return m
  return {
    ...m,
    processingTime: statedObject(m.processingTime),
    // v1's `[]` meant "none" and the site showed "Miễn phí": keep what it meant and showed.
    fees: Array.isArray(m.fees)
      ? m.fees.length === 0
        ? { kind: 'none' }
        : {
            kind: 'stated',
            items: m.fees.map((f) =>
              isObject(f) && !('currency' in f) ? { ...f, currency: 'VND' } : f,
            ),
          }
      : m.fees,
  }
}

/** A version-1 procedure (its lists bare arrays, `requirements: null` for none) as version 2. */
function upgradeProcedure(p: unknown): unknown {
  if (!isObject(p) || !Array.isArray(p.methods)) return p
  const agencies = isObject(p.agencies)
    ? { ...p.agencies, implementing: stated(p.agencies.implementing) }
    : p.agencies
  return {
    ...p,
    subjects: stated(p.subjects),
    agencies,
    steps: statedObject(p.steps),
    methods: stated(p.methods.map(upgradeMethod)),
    dossierCases: stated(p.dossierCases),
    results: stated(p.results),
    requirements: p.requirements === null ? { kind: 'none' } : statedObject(p.requirements),
  }
}

/**
 * Version 1 read as it was meant. Archived releases are rebuilt with the current site, and until
 * every writer speaks version 2 a writer may label v1 procedures with the new version number, so a
 * procedure is upgraded by its shape (v1 `methods` is a bare array), which v2 never has.
 */
export function upgradeSnapshot(value: unknown): unknown {
  if (!isObject(value)) return value
  const metadata =
    isObject(value.metadata) && value.metadata.schemaVersion === 1
      ? { ...value.metadata, schemaVersion: SCHEMA_VERSION }
      : value.metadata
  return {
    ...value,
    metadata,
    procedures: Array.isArray(value.procedures)
      ? value.procedures.map(upgradeProcedure)
      : value.procedures,
  }
}

/** The snapshot, version 1 upgraded, checked against the contract. */
export function parseSnapshot(value: unknown): Snapshot {
  const result = Snapshot.safeParse(upgradeSnapshot(value))
  if (result.success) return result.data
  throw new SnapshotValidationError(
    (result.error as z.ZodError).issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    })),
  )
}

/** JSON with object keys sorted, so equal content always serialises to the same bytes. */
export function canonicalJSON(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  )
}

export const contentHash = (content: SnapshotContent): string =>
  crypto.createHash('sha256').update(canonicalJSON(content)).digest('hex')
