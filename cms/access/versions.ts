import { appendVersionToQueryKey, type Access, type Where } from 'payload'

/**
 * The `readVersions` rule that follows a collection's `read` rule: a version is readable exactly
 * when a draft read of its document would return it. Payload applies readVersions to the versions
 * table, where the document's fields sit under `version.` and its ID is `parent`, so a Where from
 * `read` is rewritten the way Payload's own draft read rewrites it (appendVersionToQueryKey).
 * Anonymous callers read no versions at all: the public sees published documents, not history.
 */
export const versionsFollowRead =
  (read: Access | undefined): Access =>
  async (args) => {
    if (!args.req.user || !read) return false
    const result = await read(args)
    return typeof result === 'object' && result !== null
      ? (appendVersionToQueryKey(result as Where) as Where)
      : Boolean(result)
  }
