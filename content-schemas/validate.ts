import crypto from 'node:crypto'

import type { z } from 'zod'

import { Snapshot, type SnapshotContent } from './snapshot'

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

export function parseSnapshot(value: unknown): Snapshot {
  const result = Snapshot.safeParse(value)
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
