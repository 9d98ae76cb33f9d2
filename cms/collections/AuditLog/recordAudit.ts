import type { PayloadRequest } from 'payload'

import { clientIP } from '../../lib/clientIP'
import type { AuditEvent } from '.'

export interface AuditEntry {
  event: AuditEvent
  summary: string
  actor?: { id: string | number; email?: string | null } | null
  targetCollection?: string
  targetId?: string | number
  fromState?: string | null
  toState?: string | null
  comment?: string | null
  details?: Record<string, unknown>
}

/**
 * Appends one entry to the audit log, inside the caller's transaction when there is one, so a
 * transition and its record are written together or not at all.
 */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const actor = entry.actor === undefined ? req.user : entry.actor
  await req.payload.create({
    collection: 'audit-log',
    data: {
      event: entry.event,
      summary: entry.summary,
      actor: actor ? (actor.id as string) : undefined,
      actorEmail: actor?.email ?? undefined,
      targetCollection: entry.targetCollection,
      targetId: entry.targetId === undefined ? undefined : String(entry.targetId),
      fromState: entry.fromState ?? undefined,
      toState: entry.toState ?? undefined,
      comment: entry.comment ?? undefined,
      details: entry.details,
      // Forwarded headers count only from TRUSTED_PROXIES (cms/lib/clientIP.ts).
      ip: clientIP(req.headers),
    },
    req,
    overrideAccess: true,
  })
}
