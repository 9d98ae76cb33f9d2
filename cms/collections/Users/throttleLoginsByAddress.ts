import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { clientIP } from '../../lib/clientIP'

/**
 * The account lock (five failures, Users) stops guessing one account's password; it does not stop
 * one caller trying one or two common passwords on every account. So an address whose logins have
 * failed this often lately is refused before its next one is tried. The failures are those the
 * audit log records (auditFailedLogin.ts), in the database: every admin instance counts the same.
 * An office's officers share one address behind its router; thirty failures in fifteen minutes is
 * more than an office makes.
 */
export const ADDRESS_FAILURES = { limit: 30, minutes: 15 }

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
  if (totalDocs >= ADDRESS_FAILURES.limit)
    throw new APIError(
      `Địa chỉ này đã đăng nhập sai ${totalDocs} lần trong ${ADDRESS_FAILURES.minutes} phút qua. Hãy thử lại sau ${ADDRESS_FAILURES.minutes} phút, hoặc nhờ quản trị viên kiểm tra.`,
      429,
      undefined,
      true,
    )
  return args
}
