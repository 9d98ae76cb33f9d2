import { valueFromASTUntyped, type GraphQLError } from 'graphql'
import {
  AuthenticationError,
  LockedAuth,
  type AfterErrorHook,
  type CollectionAfterOperationHook,
  type PayloadRequest,
} from 'payload'

import { recordAudit } from '../AuditLog/recordAudit'

export type FailedLoginReason = 'wrong-password' | 'locked' | 'unknown-email'

const reasonLabels: Record<FailedLoginReason, string> = {
  'wrong-password': 'sai mật khẩu',
  locked: 'tài khoản đang bị khóa',
  'unknown-email': 'email không thuộc tài khoản nào',
}

/** What was typed as the email, as Payload compares it, bounded so a log entry stays small. */
export const normalizeAttemptedEmail = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined
  const email = value
    // eslint-disable-next-line no-control-regex -- control characters are what this strips
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .toLowerCase()
    .slice(0, 254)
  return email || undefined
}

/**
 * The email of a failed `login<User>` GraphQL field, read from the field the error belongs to
 * (a request may hold several logins under aliases, each with its own email).
 */
const emailFromGraphQLError = (error: GraphQLError, req: PayloadRequest): unknown => {
  const field = error.nodes?.[0]
  if (!field || field.kind !== 'Field') return undefined
  const argument = field.arguments?.find((arg) => arg.name.value === 'email')
  if (!argument) return undefined
  const variables = (req.data as { variables?: Record<string, unknown> } | undefined)?.variables
  return valueFromASTUntyped(argument.value, variables ?? undefined)
}

const findUser = async (req: PayloadRequest, email: string) =>
  (await req.payload.db.findOne({
    collection: 'users',
    where: { email: { equals: email } },
    req,
  })) as { id: string; email: string; lockUntil?: string | null } | null

/**
 * Failed logins reach no collection hook: Payload throws from its login operation. Its
 * `AuthenticationError` and `LockedAuth` come from that operation only, and every REST and GraphQL
 * error passes through the config's `afterError` hooks, so this one records each failure there:
 * the email tried, why it failed, the caller's IP (never the password). The caller's answer is
 * left as Payload gives it: the same for an unknown email and a wrong password.
 */
export const auditFailedLogin: AfterErrorHook = async ({ error, graphqlResult, req }) => {
  const graphql = graphqlResult !== undefined
  const original = graphql ? (error as GraphQLError).originalError : error
  if (!(original instanceof AuthenticationError) && !(original instanceof LockedAuth)) return
  const email = normalizeAttemptedEmail(
    graphql
      ? emailFromGraphQLError(error as GraphQLError, req)
      : (req.data as { email?: unknown } | undefined)?.email,
  )
  if (!email) return
  try {
    const user = await findUser(req, email)
    const reason: FailedLoginReason =
      original instanceof LockedAuth ? 'locked' : user ? 'wrong-password' : 'unknown-email'
    const via = graphql ? 'graphql' : 'rest'
    await recordAudit(req, {
      event: 'login-failed',
      summary: `Đăng nhập thất bại: ${email} (${reasonLabels[reason]})`,
      targetCollection: user ? 'users' : undefined,
      targetId: user?.id,
      details: { email, reason, via },
    })
    // A wrong password cannot meet a lock that already stood (that answers `LockedAuth`), so a
    // lock in place now was set by this attempt or one beside it (GraphQL aliases run before their
    // errors reach this hook): the lock is recorded once.
    if (
      reason === 'wrong-password' &&
      user?.lockUntil &&
      new Date(user.lockUntil).getTime() > Date.now()
    ) {
      await recordLockOnce(req, user as { id: string; lockUntil: string }, email, via)
    }
  } catch (auditError) {
    // The caller still gets the login error; a missing record must be seen in the server log.
    req.payload.logger.error({
      err: auditError,
      msg: `Không ghi được nhật ký đăng nhập thất bại của ${email}`,
    })
  }
}

const pendingLocks = new Map<string, Promise<void>>()
/**
 * The lock each account was last recorded for, in this process. The errors of one GraphQL batch
 * share one request, and with it a database transaction that another of them may not have
 * committed yet, so the count below cannot be relied on to see an entry written a moment ago.
 */
const recordedLocks = new Map<string, string>()

/** One `account-locked` entry per lock: the lock began `lockTime` before `lockUntil`. */
function recordLockOnce(
  req: PayloadRequest,
  user: { id: string; lockUntil: string },
  email: string,
  via: string,
): Promise<void> {
  const { lockTime, maxLoginAttempts } = req.payload.collections.users.config.auth
  const key = String(user.id)
  const record = async () => {
    if (recordedLocks.get(key) === user.lockUntil) return
    const lockedAt = new Date(new Date(user.lockUntil).getTime() - lockTime).toISOString()
    const { totalDocs } = await req.payload.count({
      collection: 'audit-log',
      where: {
        event: { equals: 'account-locked' },
        targetId: { equals: String(user.id) },
        createdAt: { greater_than_equal: lockedAt },
      },
      req,
    })
    if (totalDocs > 0) {
      recordedLocks.set(key, user.lockUntil)
      return
    }
    await recordAudit(req, {
      event: 'account-locked',
      summary: `Tài khoản ${email} bị khóa sau ${maxLoginAttempts} lần đăng nhập sai liên tiếp, đến ${new Date(user.lockUntil).toISOString()}`,
      targetCollection: 'users',
      targetId: user.id,
      details: { email, lockUntil: user.lockUntil, maxLoginAttempts, via },
    })
    recordedLocks.set(key, user.lockUntil)
  }
  // Failures of one account are checked one after the other, so two cannot both find no entry.
  const next = (pendingLocks.get(key) ?? Promise.resolve()).then(record, record)
  const settled = next.catch(() => {})
  pendingLocks.set(key, settled)
  void settled.then(() => {
    if (pendingLocks.get(key) === settled) pendingLocks.delete(key)
  })
  return next
}

/** Who unlocked which account: unlocking cancels the lockout, so it is recorded like a role change. */
export const auditUnlock: CollectionAfterOperationHook = async ({
  args,
  operation,
  req,
  result,
}) => {
  if (operation !== 'unlock' || !result) return result
  const email = normalizeAttemptedEmail((args as { data?: { email?: unknown } }).data?.email)
  const user = email ? await findUser(req, email) : null
  await recordAudit(req, {
    event: 'account-unlocked',
    summary: `Mở khóa tài khoản ${email ?? ''}`.trim(),
    targetCollection: 'users',
    targetId: user?.id,
    details: { email },
  })
  return result
}
