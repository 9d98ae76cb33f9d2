import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'

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

type Request = Parameters<CollectionBeforeOperationHook>[0]['req']

/** How many audit entries of `event` from `ip` in the last `minutes`, matching `where` too. */
const auditCount = async (
  req: Request,
  event: 'login' | 'login-failed',
  ip: string,
  minutes: number,
  where: Where = {},
) =>
  (
    await req.payload.count({
      collection: 'audit-log',
      where: {
        ...where,
        event: { equals: event },
        ip: { equals: ip },
        createdAt: { greater_than: new Date(Date.now() - minutes * 60_000).toISOString() },
      },
      overrideAccess: true,
      req,
    })
  ).totalDocs

/** Whether `email` has signed in from `ip` in the last `knownForDays`. */
const signedInFromBefore = async (req: Request, email: string | undefined, ip: string) =>
  !!email &&
  (await auditCount(req, 'login', ip, ADDRESS_FAILURES.knownForDays * 24 * 60, {
    actorEmail: { equals: email },
  })) > 0

export const throttleLoginsByAddress: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  // The Local API (scripts, tests) has no caller's address.
  const ip = clientIP(req.headers)
  if (!ip) return args
  const failures = await auditCount(req, 'login-failed', ip, ADDRESS_FAILURES.minutes)
  const email = normalizeAttemptedEmail((args.data as { email?: unknown } | undefined)?.email)
  if (failures >= ADDRESS_FAILURES.limit && !(await signedInFromBefore(req, email, ip)))
    throw new APIError(
      `Địa chỉ này đã đăng nhập sai ${failures} lần trong ${ADDRESS_FAILURES.minutes} phút qua. Hãy thử lại sau ${ADDRESS_FAILURES.minutes} phút, hoặc nhờ quản trị viên kiểm tra.`,
      429,
      undefined,
      true,
    )
  return args
}
