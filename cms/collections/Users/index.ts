import type { Access, CollectionConfig, Where } from 'payload'

import { fieldHasRole, hasRole, isAdmin, localityIDs, ROLES, roleLabels } from '../../access'
import { adminOverHttps } from '../../lib/origins'
import { auditUnlock } from './auditFailedLogin'
import { enforcePasswordPolicy } from './passwordPolicy'
import { throttleLoginsByAddress } from './throttleLoginsByAddress'
import { deleteNotificationsOfUser } from '../Notifications'
import { auditLogin, auditLogout, auditRoleChanges } from './auditUsers'
import {
  preventRoleEscalation,
  requireLocalityForOfficers,
  unitOfOwnLocality,
} from './preventRoleEscalation'

const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  return { id: { equals: user.id } }
}

/**
 * Staff read their colleagues' accounts as an office directory would list them: a locality's people
 * those who share one of its localities, province staff (no locality) every account. Without it a
 * town officer could not pick the auditors of an audit, the owner of a corrective action or a
 * document's named readers. Writing stays each person's own (adminOrSelf).
 */
const readColleagues: Access = ({ req: { user } }): boolean | Where => {
  if (!user) return false
  if (isAdmin(user)) return true
  const own = localityIDs(user)
  if (own.length === 0) return user.roles?.length ? true : { id: { equals: user.id } }
  return { or: [{ id: { equals: user.id } }, { localities: { in: own } }] }
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { vi: 'Người dùng', en: 'User' }, plural: { vi: 'Người dùng', en: 'Users' } },
  auth: {
    // The signed-in user is read on every request at this depth. Access rules and hooks need only
    // the ids of the user's localities and unit (localityIDs, idOf), so nothing is populated: at
    // the default depth (2) every admin request also read each locality and its parents.
    depth: 0,
    // Lock an account after repeated failures: the admin is on the public internet.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    cookies: { secure: adminOverHttps(), sameSite: 'Lax' },
  },
  // A person named by another document (a review trail's submitter, reviewer, approver, each step
  // of its history; an audit's auditors; a notification's reader) is populated as who they are,
  // not as their whole account: whole accounts made a page of documents with review trails read
  // slower (docs/benchmarks.md, issue 13), and their roles and localities are nobody else's
  // business there.
  defaultPopulate: { name: true, email: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'localities'],
    group: { vi: 'Hệ thống', en: 'System' },
  },
  access: {
    // No self-registration: accounts are created by an administrator.
    create: hasRole(),
    read: readColleagues,
    update: adminOrSelf,
    delete: hasRole(),
    // Unlocking cancels the lockout that stops password guessing: administrators only
    // (Payload's default lets any logged-in user unlock any account).
    unlock: hasRole(),
    admin: ({ req: { user } }) => Boolean(user),
  },
  hooks: {
    beforeOperation: [throttleLoginsByAddress, preventRoleEscalation, enforcePasswordPolicy],
    beforeChange: [requireLocalityForOfficers, unitOfOwnLocality],
    afterChange: [auditRoleChanges],
    beforeDelete: [deleteNotificationsOfUser],
    afterLogin: [auditLogin],
    afterLogout: [auditLogout],
    afterOperation: [auditUnlock],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Full name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['locality-officer'],
      label: { vi: 'Vai trò', en: 'Roles' },
      options: ROLES.map((value) => ({ value, label: roleLabels[value] })),
      saveToJWT: true,
      access: { create: fieldHasRole(), update: fieldHasRole() },
    },
    {
      name: 'localities',
      type: 'relationship',
      relationTo: 'localities',
      hasMany: true,
      label: { vi: 'Địa phương phụ trách', en: 'Localities' },
      admin: {
        description: {
          vi: 'Bắt buộc với cán bộ địa phương.',
          en: 'Required for locality officers.',
        },
      },
      saveToJWT: true,
      access: { create: fieldHasRole(), update: fieldHasRole() },
    },
    { name: 'position', type: 'text', label: { vi: 'Chức vụ', en: 'Position' } },
    {
      // One unit: the independence of internal auditors is judged on it (cms/collections/InternalAudits).
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: { vi: 'Bộ phận', en: 'Unit' },
      admin: {
        description: {
          vi: 'Bộ phận công tác, thuộc địa phương phụ trách (cán bộ tỉnh: bộ phận của tỉnh).',
          en: 'The unit the person works in, of their locality (province staff: a province unit).',
        },
      },
      access: { create: fieldHasRole(), update: fieldHasRole() },
    },
  ],
}
