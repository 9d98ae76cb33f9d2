import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { clientIP } from '../../lib/clientIP'
import { normalizeAttemptedEmail } from './auditFailedLogin'

/**
 * The account lock (five failures, Users) stops guessing one account's password; it does not stop
 * one caller trying one or two common passwords on every account. So an address whose logins have
 * failed this often lately is refused before its next one is tried. The failures are those the
 * audit log records (auditFailedLogin.ts), in the database: every admin instance counts the same.
 * An office's officers share one address behind its router; thirty failures in fifteen minutes is
 * more than an office makes, and should a guesser share it, an account that has signed in from the
 * address lately is still tried (its own lock still guards it): the office keeps working.
 */
export const ADDRESS_FAILURES = { limit: 30, minutes: 15, knownForDays: 30 }

/** Whether `email` has signed in from `ip` in the last `knownForDays`. */
async function signedInFromBefore(
  req: Parameters<CollectionBeforeOperationHook>[0]['req'],
  email: string | undefined,
  ip: string,
): Promise<boolean> {
  if (!email) return false
  const since = new Date(Date.now() - ADDRESS_FAILURES.knownForDays * 86_400_000).toISOString()
  const { totalDocs } = await req.payload.count({
    collection: 'audit-log',
    where: {
      event: { equals: 'login' },
      actorEmail: { equals: email },
      ip: { equals: ip },
      createdAt: { greater_than: since },
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

export const throttleLoginsByAddress: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  // The Local API (scripts, tests) has no caller's address.
  const ip = clientIP(req.headers)
  if (!ip) return args
  const since = new Date(Date.now() - ADDRESS_FAILURES.minutes * 60_000).toISOString()
  const { totalDocs } = await req.payload.count({
    collection: 'audit-log',
    where: {
      event: { equals: 'login-failed' },
      ip: { equals: ip },
      createdAt: { greater_than: since },
    },
    overrideAccess: true,
    req,
  })
  const email = normalizeAttemptedEmail((args.data as { email?: unknown } | undefined)?.email)
  if (totalDocs >= ADDRESS_FAILURES.limit && !(await signedInFromBefore(req, email, ip)))
    throw new APIError(
      `Địa chỉ này đã đăng nhập sai ${totalDocs} lần trong ${ADDRESS_FAILURES.minutes} phút qua. Hãy thử lại sau ${ADDRESS_FAILURES.minutes} phút, hoặc nhờ quản trị viên kiểm tra.`,
      429,
      undefined,
      true,
    )
  return args
}
