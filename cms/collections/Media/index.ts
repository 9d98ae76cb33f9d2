import path from 'node:path'

import {
  ValidationError,
  type Access,
  type CollectionAfterErrorHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Endpoint,
  type FieldAccess,
  type Where,
} from 'payload'

import { authenticated, isAdmin, localityIDs } from '../../access'
import { dataDir } from '../../lib/paths'
import { contentDisposition } from './contentDisposition'
import { ALLOWED_MIME_TYPES, uploadError } from './fileRules'
import { refuseDeletingFilesInUse, refuseReplacingPublishedFiles } from './protectFilesInUse'
import { FILE_VISIBILITIES, fileVisibilityLabels } from './visibility'

/** Errors of the multipart parser (busboy): the request itself is malformed, e.g. a NUL byte in a file name. */
const MALFORMED_UPLOAD =
  /^(Malformed part header|Malformed content type|Malformed urlencoded form|Unexpected end of (form|file)|Multipart: Boundary not found|Missing Content-Type)$/

/**
 * Payload answers 500 when it cannot parse an upload; it is the client's request that is wrong. A
 * NUL byte in a file name cannot even be carried in a part header, so it ends here.
 */
const malformedUploadIs400: CollectionAfterErrorHook = ({ error }) => {
  if (!MALFORMED_UPLOAD.test(error.message)) return
  return {
    status: 400,
    response: {
      errors: [
        {
          message:
            'Không đọc được tệp tải lên: yêu cầu gửi tệp bị lỗi định dạng, thường do tên tệp chứa ký tự điều khiển (ví dụ ký tự NUL). Hãy đổi tên tệp rồi tải lên lại.',
        },
      ],
    },
  }
}

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

/**
 * A file is public only while published public content uses it (withFileVisibility keeps
 * `visibility` current). Otherwise the staff who read a document using it read it too (a
 * locality's internal documents: that locality's staff and the province's, who have no locality),
 * and always its uploader and administrators. The list, search, by-id, GraphQL and
 * `/api/media/file/:filename` all apply this one rule.
 */
export const readMedia: Access = ({ req: { user } }): boolean | Where => {
  if (!user) return { visibility: { equals: 'public' } }
  if (isAdmin(user)) return true
  const own: Where = { uploadedBy: { equals: user.id } }
  const mine = localityIDs(user)
  if (mine.length === 0)
    return { or: [{ visibility: { in: ['public', 'staff', 'locality'] } }, own] }
  return {
    or: [{ visibility: { in: ['public', 'staff'] } }, { readerLocalities: { in: mine } }, own],
  }
}

/** Kept by the hooks of the collections that use files, never by a request. */
const systemManaged = { create: () => false, update: () => false }
const staffOnly: { read: FieldAccess } = { read: ({ req: { user } }) => Boolean(user) }

const fileHandler = (endpoints: Endpoint[] | false | undefined) =>
  endpoints
    ? endpoints.find(
        (e) =>
          e.path === '/file/:filename' && e.method === 'get' && e.handler !== serveFile.handler,
      )
    : undefined

/**
 * Payload's own file endpoint (which checks read access and serves ranges), with headers that
 * name the file and stop browsers from sniffing it as something else. `modifyResponseHeaders`
 * cannot do this: it is not told which file it serves.
 */
const serveFile: Endpoint = {
  path: '/file/:filename',
  method: 'get',
  handler: async (req) => {
    const builtIn = fileHandler(req.payload.collections.media.config.endpoints)
    if (!builtIn) throw new Error('Payload file endpoint not found')
    const response = await builtIn.handler(req)
    if (response.ok) {
      const filename = String(req.routeParams?.filename ?? '')
      response.headers.set(
        'Content-Disposition',
        contentDisposition(filename, response.headers.get('Content-Type')),
      )
    }
    return response
  },
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { vi: 'Tệp đính kèm', en: 'File' },
    plural: { vi: 'Tệp đính kèm', en: 'Files' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'visibility', 'filesize', 'updatedAt'],
    group: { vi: 'Hệ thống', en: 'System' },
  },
  access: {
    read: readMedia,
    create: authenticated,
    update: ({ req: { user } }) =>
      user ? (isAdmin(user) ? true : { uploadedBy: { equals: user.id } }) : false,
    delete: ({ req: { user } }) =>
      user ? (isAdmin(user) ? true : { uploadedBy: { equals: user.id } }) : false,
  },
  endpoints: [serveFile],
  hooks: {
    afterError: [malformedUploadIs400],
    beforeOperation: [checkUpload, refuseReplacingPublishedFiles],
    beforeChange: [
      ({ data, req, operation }) => {
        if (operation === 'create' && req.user) data.uploadedBy = req.user.id
        return data
      },
    ],
    beforeDelete: [refuseDeletingFilesInUse],
  },
  upload: {
    staticDir: path.join(dataDir(), 'media'),
    mimeTypes: ALLOWED_MIME_TYPES,
    // Every response for a file, error and range responses included.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      return headers
    },
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên tệp', en: 'Title' } },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người tải lên', en: 'Uploaded by' },
      admin: { readOnly: true, position: 'sidebar' },
      access: { update: () => false, ...staffOnly },
    },
    {
      name: 'visibility',
      type: 'select',
      defaultValue: 'private',
      index: true,
      access: systemManaged,
      label: { vi: 'Phạm vi xem', en: 'Who may read' },
      options: FILE_VISIBILITIES.map((value) => ({ value, label: fileVisibilityLabels[value] })),
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          vi: 'Tự động: công khai khi nội dung đã ban hành dùng tệp; còn lại chỉ cán bộ được xem nội dung dùng tệp.',
          en: 'Automatic: public while published content uses the file.',
        },
      },
    },
    {
      name: 'readerLocalities',
      type: 'relationship',
      relationTo: 'localities',
      hasMany: true,
      access: { ...systemManaged, ...staffOnly },
      label: { vi: 'Địa phương được xem', en: 'Reading localities' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => data?.visibility === 'locality',
      },
    },
    {
      // Which documents use the file; `visibility` is computed from it.
      name: 'references',
      type: 'array',
      access: { ...systemManaged, ...staffOnly },
      label: { vi: 'Nội dung dùng tệp', en: 'Used by' },
      admin: { readOnly: true, hidden: true },
      fields: [
        { name: 'collection', type: 'text', required: true },
        { name: 'document', type: 'text', required: true, index: true },
        { name: 'public', type: 'checkbox', defaultValue: false },
        { name: 'locality', type: 'text' },
      ],
    },
  ],
}
