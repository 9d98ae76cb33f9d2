import type {
  CollectionAfterChangeHook,
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
} from 'payload'

import { idOf } from '../../lib/idOf'
import { recordAudit } from '../AuditLog/recordAudit'

const ids = (values: unknown[] | null | undefined) =>
  (values ?? []).map((v) => idOf(v) ?? String(v)).sort()

export const auditLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await recordAudit(req, {
    event: 'login',
    summary: `Đăng nhập: ${user.email}`,
    actor: user,
    targetCollection: 'users',
    targetId: user.id,
  })
}

export const auditLogout: CollectionAfterLogoutHook = async ({ req }) => {
  if (req.user)
    await recordAudit(req, {
      event: 'logout',
      summary: `Đăng xuất: ${req.user.email}`,
      targetCollection: 'users',
      targetId: req.user.id,
    })
}

/** Accounts created, and every change of roles or localities, with before and after. */
export const auditRoleChanges: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation === 'create') {
    await recordAudit(req, {
      event: 'user-created',
      summary: `Tạo tài khoản ${doc.email} (vai trò: ${(doc.roles ?? []).join(', ') || 'không có'})`,
      targetCollection: 'users',
      targetId: doc.id,
      details: { roles: doc.roles ?? [], localities: ids(doc.localities) },
    })
    return doc
  }
  const before = {
    roles: [...(previousDoc?.roles ?? [])].sort(),
    localities: ids(previousDoc?.localities),
  }
  const after = { roles: [...(doc.roles ?? [])].sort(), localities: ids(doc.localities) }
  if (JSON.stringify(before) === JSON.stringify(after)) return doc
  await recordAudit(req, {
    event: 'role-change',
    summary: `Thay đổi vai trò của ${doc.email}: ${before.roles.join(', ') || 'không có'} → ${after.roles.join(', ') || 'không có'}`,
    targetCollection: 'users',
    targetId: doc.id,
    details: { before, after },
  })
  return doc
}
