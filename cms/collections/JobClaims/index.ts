import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access'

/**
 * One row per run of a job that must happen once across every instance (cms/jobs/runOnce.ts): a
 * publish, the night's review check, the midnight effect of decisions. Its unique key is the
 * database's answer to "who runs this?": the first instance to insert it runs the job, any other
 * finds the key taken and stands down. Payload's queue alone cannot say: on PostgreSQL it claims
 * a job by reading it unclaimed and then writing it claimed, and two instances can both read it
 * unclaimed; and two instances' schedulers can queue the same night's job twice.
 * Written only by the server; read by administrators when a run needs explaining.
 */
export const JobClaims: CollectionConfig = {
  slug: 'job-claims',
  labels: {
    singular: { vi: 'Lượt chạy việc nền', en: 'Job claim' },
    plural: { vi: 'Lượt chạy việc nền', en: 'Job claims' },
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'job', 'claimedAt'],
    group: { vi: 'Hệ thống', en: 'System' },
    // Machinery, not a register officers keep: read through the API by administrators.
    hidden: true,
  },
  defaultSort: '-claimedAt',
  access: {
    read: ({ req: { user } }) => isAdmin(user),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      label: { vi: 'Việc và lượt chạy', en: 'Task and run' },
    },
    { name: 'job', type: 'text', label: { vi: 'Mã việc trong hàng đợi', en: 'Queued job ID' } },
    {
      name: 'claimedAt',
      type: 'date',
      required: true,
      label: { vi: 'Nhận chạy lúc', en: 'Claimed at' },
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } },
    },
  ],
}
