import type { CollectionConfig } from 'payload'

import { asOfEndpoint, liveEndpoint, publishEndpoint, rollbackEndpoint } from './endpoints'
import { auditRelease } from './auditRelease'
import { activeSlotField } from './publishSlot'

const readOnly = { readOnly: true } as const

/**
 * Bản phát hành: the record of each publish and rollback — who, when, what (content hash and
 * counts), how long, and the build log — so the catalogue citizens saw at any time can be shown.
 * Records are written by the publish job only; the API offers no create, update or delete.
 */
export const Releases: CollectionConfig = {
  slug: 'releases',
  labels: {
    singular: { vi: 'Bản phát hành', en: 'Release' },
    plural: { vi: 'Bản phát hành', en: 'Releases' },
  },
  admin: {
    useAsTitle: 'releaseId',
    defaultColumns: [
      'createdAt',
      'action',
      'scope',
      'locality',
      'state',
      'isCurrent',
      'requestedBy',
      'durationMs',
    ],
    group: { vi: 'Xuất bản', en: 'Publishing' },
    components: {
      beforeListTable: [
        '/collections/Releases/components/PublishButton#PublishButton',
        '/collections/Releases/components/ReleaseAsOf#ReleaseAsOf',
      ],
    },
  },
  defaultSort: '-createdAt',
  access: {
    read: ({ req: { user } }) => Boolean(user),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  hooks: { afterChange: [auditRelease] },
  endpoints: [publishEndpoint, liveEndpoint, asOfEndpoint, rollbackEndpoint],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'action',
          type: 'select',
          required: true,
          label: { vi: 'Thao tác', en: 'Action' },
          options: [
            { value: 'publish', label: { vi: 'Xuất bản', en: 'Publish' } },
            { value: 'rollback', label: { vi: 'Khôi phục bản cũ', en: 'Roll back' } },
          ],
          admin: readOnly,
        },
        {
          name: 'state',
          type: 'select',
          required: true,
          defaultValue: 'queued',
          index: true,
          label: { vi: 'Trạng thái', en: 'State' },
          options: [
            { value: 'queued', label: { vi: 'Đang chờ', en: 'Queued' } },
            { value: 'building', label: { vi: 'Đang dựng trang', en: 'Building' } },
            { value: 'live', label: { vi: 'Đã đưa lên', en: 'Live' } },
            { value: 'failed', label: { vi: 'Thất bại', en: 'Failed' } },
          ],
          admin: readOnly,
        },
        {
          name: 'isCurrent',
          type: 'checkbox',
          index: true,
          label: { vi: 'Đang hiển thị', en: 'Current' },
          admin: readOnly,
        },
      ],
    },
    {
      name: 'releaseId',
      type: 'text',
      index: true,
      label: { vi: 'Mã bản phát hành', en: 'Release ID' },
      admin: readOnly,
    },
    {
      name: 'contentHash',
      type: 'text',
      label: { vi: 'Mã nội dung (SHA-256)', en: 'Content hash' },
      admin: readOnly,
    },
    {
      name: 'scope',
      type: 'select',
      defaultValue: 'province',
      label: { vi: 'Phạm vi', en: 'Scope' },
      options: [
        {
          value: 'province',
          label: { vi: 'Toàn tỉnh và các địa phương', en: 'Province and localities' },
        },
        { value: 'locality', label: { vi: 'Một địa phương', en: 'One locality' } },
      ],
      admin: readOnly,
    },
    {
      name: 'locality',
      type: 'relationship',
      relationTo: 'localities',
      label: { vi: 'Địa phương được xuất bản', en: 'Locality published' },
      admin: { ...readOnly, condition: (data) => data?.scope === 'locality' },
    },
    {
      // A locality release rebuilds only that locality's catalogue; every other page is carried
      // over unchanged from this release, so what citizens saw stays on record.
      name: 'baseReleaseId',
      type: 'text',
      label: { vi: 'Các trang khác giữ nguyên từ bản', en: 'Other pages carried over from' },
      admin: { ...readOnly, condition: (data) => data?.scope === 'locality' },
    },
    {
      // The instant `current` was switched to this release: what "live at a date" is judged by.
      name: 'liveAt',
      type: 'date',
      index: true,
      label: { vi: 'Bắt đầu hiển thị lúc', en: 'Live from' },
      admin: {
        ...readOnly,
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' },
      },
    },
    {
      // releaseId → sha256 of the archived snapshot descriptor (release/releaseArchive.ts):
      // every snapshot that built a page of this release, kept after its directory is pruned.
      name: 'archivedSnapshots',
      type: 'json',
      typescriptSchema: [() => ({ type: 'object', additionalProperties: { type: 'string' } })],
      label: { vi: 'Bản dữ liệu đã lưu trữ (SHA-256)', en: 'Archived snapshots (SHA-256)' },
      admin: readOnly,
    },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người thực hiện', en: 'Requested by' },
      admin: readOnly,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startedAt',
          type: 'date',
          label: { vi: 'Bắt đầu', en: 'Started' },
          admin: {
            ...readOnly,
            date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' },
          },
        },
        {
          name: 'finishedAt',
          type: 'date',
          label: { vi: 'Kết thúc', en: 'Finished' },
          admin: {
            ...readOnly,
            date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' },
          },
        },
        {
          name: 'durationMs',
          type: 'number',
          label: { vi: 'Thời gian thực hiện', en: 'Duration' },
          admin: {
            ...readOnly,
            // Stored in milliseconds, shown as "1 phút 12 giây".
            components: {
              Field: '/components/Duration#DurationField',
              Cell: '/components/Duration#DurationCell',
            },
          },
        },
      ],
    },
    {
      // Written by the running publish every few seconds (interruptedPublishes.ts): a building
      // publish whose heartbeat stopped lost its runner, on whichever instance that was.
      name: 'heartbeatAt',
      type: 'date',
      admin: { hidden: true },
    },
    activeSlotField,
    {
      name: 'counts',
      type: 'group',
      label: { vi: 'Số lượng', en: 'Counts' },
      admin: readOnly,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'procedures', type: 'number', label: { vi: 'Thủ tục', en: 'Procedures' } },
            { name: 'localities', type: 'number', label: { vi: 'Địa phương', en: 'Localities' } },
            {
              name: 'applications',
              type: 'number',
              label: { vi: 'Thủ tục áp dụng', en: 'Applied' },
            },
            { name: 'files', type: 'number', label: { vi: 'Tệp', en: 'Files' } },
            { name: 'pages', type: 'number', label: { vi: 'Trang', en: 'Pages' } },
          ],
        },
      ],
    },
    {
      name: 'error',
      type: 'textarea',
      label: { vi: 'Lỗi', en: 'Error' },
      admin: { ...readOnly, condition: (data) => Boolean(data?.error) },
    },
    {
      name: 'log',
      type: 'code',
      label: { vi: 'Nhật ký', en: 'Log' },
      admin: { ...readOnly, language: 'shell' },
    },
    {
      name: 'rollbackControl',
      type: 'ui',
      admin: {
        components: { Field: '/collections/Releases/components/RollbackButton#RollbackButton' },
      },
    },
  ],
}
