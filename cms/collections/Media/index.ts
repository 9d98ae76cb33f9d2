import path from 'node:path'

import { ValidationError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

import { anyone, authenticated, isAdmin } from '../../access'
import { dataDir } from '../../lib/paths'
import { ALLOWED_MIME_TYPES, uploadError } from './fileRules'

/** Runs before Payload's own checks so the message is Vietnamese and names the file. */
const checkUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file) {
    const message = await uploadError(req.file)
    if (message) {
      throw new ValidationError({ collection: 'media', errors: [{ path: 'file', message }] }, req.t)
    }
  }
  return args
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { vi: 'Tệp đính kèm', en: 'File' }, plural: { vi: 'Tệp đính kèm', en: 'Files' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'filesize', 'updatedAt'],
    group: { vi: 'Hệ thống', en: 'System' },
  },
  access: {
    // Forms are published for citizens to download.
    read: anyone,
    create: authenticated,
    update: ({ req: { user } }) =>
      user ? (isAdmin(user) ? true : { uploadedBy: { equals: user.id } }) : false,
    delete: ({ req: { user } }) =>
      user ? (isAdmin(user) ? true : { uploadedBy: { equals: user.id } }) : false,
  },
  hooks: {
    beforeOperation: [checkUpload],
    beforeChange: [
      ({ data, req, operation }) => {
        if (operation === 'create' && req.user) data.uploadedBy = req.user.id
        return data
      },
    ],
  },
  upload: {
    staticDir: path.join(dataDir(), 'media'),
    mimeTypes: ALLOWED_MIME_TYPES,
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên tệp', en: 'Title' } },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người tải lên', en: 'Uploaded by' },
      admin: { readOnly: true, position: 'sidebar' },
      access: { update: () => false },
    },
  ],
}
