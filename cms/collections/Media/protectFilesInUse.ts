import {
  APIError,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import type { Media } from '../../payload-types'

const uses = (doc: Pick<Media, 'references'> | null | undefined) => doc?.references ?? []

/**
 * A file that content uses is part of that content: deleting it would leave a procedure or a
 * decision pointing at nothing, and replacing its bytes would change what citizens download
 * without the review every change goes through. A person therefore removes the file from the
 * content first (a change that is reviewed), or uploads a new file and attaches it. Trusted
 * server code (no user) is not stopped.
 */
export const refuseDeletingFilesInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user) return
  const file = (await req.payload.findByID({
    collection: 'media',
    id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })) as Media | null
  const count = new Set(uses(file).map((r) => `${r.collection}:${r.document}`)).size
  if (file && count > 0) {
    throw new APIError(
      `Không thể xóa tệp "${file.title}": tệp đang được dùng trong ${count} nội dung (thủ tục, quyết định hoặc tài liệu ISO). Hãy gỡ tệp khỏi nội dung đó trước.`,
      409,
      null,
      true,
    )
  }
}

/**
 * Runs before the operation: Payload removes the stored file of an update with new bytes before
 * the save's own hooks run, so a refusal there would come too late.
 */
export const refuseReplacingPublishedFiles: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'update' || !req.user || !req.file) return args
  const id = (args as { id?: string | number }).id
  const file = id
    ? ((await req.payload.findByID({
        collection: 'media',
        id,
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
      })) as Media | null)
    : null
  if (!id || uses(file).some((r) => r.public)) {
    throw new APIError(
      file
        ? `Không thể thay nội dung tệp "${file.title}": nội dung đã ban hành đang dùng tệp này. Hãy tải lên một tệp mới và gắn vào thủ tục hoặc quyết định, rồi gửi xem xét.`
        : 'Chỉ được thay nội dung từng tệp một.',
      409,
      null,
      true,
    )
  }
  return args
}
