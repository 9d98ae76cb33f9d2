import { APIError, type CollectionAfterOperationHook, type Plugin } from 'payload'

type BulkResult = {
  docs?: unknown[]
  errors?: { id?: string | number; message: string; isPublic?: boolean }[]
}

/**
 * Payload's update and delete by `where` go on past a document that fails: they report it in
 * `errors` and commit the others, together with whatever the failed one had written before failing
 * (for a delete, its versions). Thrown here instead, inside the operation, the error rolls the whole
 * operation back (and the caller's transaction when it runs in one): a bulk write changes every
 * document it matched or none.
 */
export const refusePartialBulkWrite: CollectionAfterOperationHook = ({ operation, result }) => {
  if (operation !== 'update' && operation !== 'delete') return result
  const errors = (result as BulkResult | undefined)?.errors ?? []
  if (!errors.length) return result
  const shown = errors.find((e) => e.isPublic)?.message
  const verb = operation === 'delete' ? 'xóa' : 'cập nhật'
  throw new APIError(
    `Không ${verb} được ${errors.length} mục${shown ? ` (${shown})` : ''}; không mục nào bị thay đổi.`,
    // A refusal the person can read is theirs to fix; anything else is the server's failure.
    shown ? 400 : 500,
    {
      errors: errors.map(({ id, message, isPublic }) => ({
        id,
        message: isPublic ? message : undefined,
      })),
    },
    true,
  )
}

/** Adds `refusePartialBulkWrite` to every collection of the config. */
export const atomicBulkWrites: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      afterOperation: [...(collection.hooks?.afterOperation ?? []), refusePartialBulkWrite],
    },
  })),
})
