import { APIError, type CollectionConfig } from 'payload'

import { hasRole } from '../../access'

export const AUDIT_EVENTS = [
  'login',
  'logout',
  'login-failed',
  'account-locked',
  'account-unlocked',
  'workflow',
  'publish',
  'rollback',
  'role-change',
  'user-created',
  'read-confirmed',
  'internal-audit-started',
  'internal-audit-completed',
  'internal-audit-reported',
  'audit-finding-recorded',
  'audit-finding-changed',
  'nonconformity-created',
  'nonconformity-closed',
  'corrective-action-created',
  'corrective-action-done',
  'corrective-action-verified',
  'corrective-action-document',
] as const
export type AuditEvent = (typeof AUDIT_EVENTS)[number]

const eventLabels: Record<AuditEvent, { vi: string; en: string }> = {
  login: { vi: 'Đăng nhập', en: 'Login' },
  logout: { vi: 'Đăng xuất', en: 'Logout' },
  'login-failed': { vi: 'Đăng nhập thất bại', en: 'Failed login' },
  'account-locked': { vi: 'Khóa tài khoản', en: 'Account locked' },
  'account-unlocked': { vi: 'Mở khóa tài khoản', en: 'Account unlocked' },
  workflow: { vi: 'Xem xét, phê duyệt', en: 'Workflow' },
  publish: { vi: 'Xuất bản', en: 'Publish' },
  rollback: { vi: 'Khôi phục bản cũ', en: 'Rollback' },
  'role-change': { vi: 'Thay đổi vai trò', en: 'Role change' },
  'user-created': { vi: 'Tạo tài khoản', en: 'Account created' },
  'read-confirmed': { vi: 'Xác nhận đã đọc và hiểu', en: 'Read and understood' },
  'internal-audit-started': { vi: 'Bắt đầu đánh giá nội bộ', en: 'Internal audit started' },
  'internal-audit-completed': { vi: 'Kết thúc đánh giá nội bộ', en: 'Internal audit completed' },
  'internal-audit-reported': { vi: 'Ban hành báo cáo đánh giá', en: 'Audit report issued' },
  'audit-finding-recorded': { vi: 'Ghi nhận phát hiện đánh giá', en: 'Audit finding recorded' },
  'audit-finding-changed': { vi: 'Sửa, xóa phát hiện đánh giá', en: 'Audit finding changed' },
  'nonconformity-created': { vi: 'Ghi nhận sự không phù hợp', en: 'Nonconformity recorded' },
  'nonconformity-closed': { vi: 'Đóng sự không phù hợp', en: 'Nonconformity closed' },
  'corrective-action-created': {
    vi: 'Tạo hành động khắc phục',
    en: 'Corrective action created',
  },
  'corrective-action-done': {
    vi: 'Hành động khắc phục đã thực hiện',
    en: 'Corrective action done',
  },
  'corrective-action-verified': {
    vi: 'Kiểm tra hiệu lực hành động khắc phục',
    en: 'Corrective action verified',
  },
  'corrective-action-document': {
    vi: 'Hành động khắc phục sửa đổi tài liệu',
    en: 'Corrective action changes a document',
  },
}

const immutable = () => {
  throw new APIError('Nhật ký hệ thống không thể sửa hoặc xóa.', 403, null, true)
}

/**
 * Nhật ký hệ thống: an append-only record of logins (failed ones and lockouts too), workflow
 * transitions, publishes and role changes (ISO 9001 clause 7.5.3: records are protected). Entries are written by the system
 * through `recordAudit`; no one may create, change or delete one through any API, and the hooks
 * refuse changes even from trusted server code.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: { vi: 'Nhật ký hệ thống', en: 'Audit log entry' },
    plural: { vi: 'Nhật ký hệ thống', en: 'Audit log' },
  },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'event', 'actorEmail', 'summary'],
    group: { vi: 'Hệ thống', en: 'System' },
    description: {
      vi: 'Chỉ đọc: không ai có thể sửa hoặc xóa các bản ghi này.',
      en: 'Read-only: entries cannot be changed or deleted.',
    },
  },
  access: {
    read: hasRole('approver', 'reviewer', 'legal-officer'),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  hooks: {
    beforeOperation: [
      ({ operation }) => {
        if (operation === 'update' || operation === 'delete') immutable()
      },
    ],
    beforeChange: [({ operation }) => (operation === 'create' ? undefined : immutable())],
    beforeDelete: [immutable],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'event',
          type: 'select',
          required: true,
          index: true,
          label: { vi: 'Sự kiện', en: 'Event' },
          options: AUDIT_EVENTS.map((value) => ({ value, label: eventLabels[value] })),
        },
        {
          name: 'actor',
          type: 'relationship',
          relationTo: 'users',
          index: true,
          label: { vi: 'Người thực hiện', en: 'Actor' },
        },
        // Kept as text too: the record must survive the account's deletion.
        {
          name: 'actorEmail',
          type: 'text',
          label: { vi: 'Email người thực hiện', en: 'Actor email' },
        },
      ],
    },
    { name: 'summary', type: 'text', required: true, label: { vi: 'Nội dung', en: 'Summary' } },
    {
      type: 'row',
      fields: [
        {
          name: 'targetCollection',
          type: 'text',
          index: true,
          label: { vi: 'Loại dữ liệu', en: 'Collection' },
        },
        {
          name: 'targetId',
          type: 'text',
          index: true,
          label: { vi: 'Mã bản ghi', en: 'Document ID' },
        },
        { name: 'fromState', type: 'text', label: { vi: 'Từ trạng thái', en: 'From' } },
        { name: 'toState', type: 'text', label: { vi: 'Sang trạng thái', en: 'To' } },
      ],
    },
    { name: 'comment', type: 'textarea', label: { vi: 'Ý kiến', en: 'Comment' } },
    { name: 'details', type: 'json', label: { vi: 'Chi tiết', en: 'Details' } },
    { name: 'ip', type: 'text', label: { vi: 'Địa chỉ IP', en: 'IP address' } },
  ],
}
