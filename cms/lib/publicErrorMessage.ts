import type { AfterErrorHook } from 'payload'

const UNKNOWN = 'An unknown error occurred.'

/**
 * Payload's error formatter keeps an error's message only when the error has a `name`. The
 * production build of the admin minifies class names away, so every public error thrown by the
 * project's hooks (a 403 of the workflow, a 400 of an import) would reach the officer as
 * "An unknown error occurred." instead of its Vietnamese message. A public error (status below
 * 500, or marked public) gets its own message back, and its data (a refusal's messages per field);
 * internal errors stay hidden.
 */
export const keepPublicErrorMessage: AfterErrorHook = ({ error, result }) => {
  const err = error as Error & { status?: number; isPublic?: boolean; data?: unknown }
  const first = (result as { errors?: { message?: string; data?: unknown }[] } | undefined)
    ?.errors?.[0]
  if (!err.message || !first) return
  const lostMessage = first.message === UNKNOWN
  // In the production build a refusal's class (cms/lib/refuse.ts) is not the one Payload's
  // formatter checks with `instanceof`, so the per-field messages (`data.errors`) were dropped and
  // the admin could not show them at the fields.
  const lostData = !!err.data && !('data' in first)
  if (!lostMessage && !lostData) return
  const status = typeof err.status === 'number' ? err.status : 500
  if (!(err.isPublic === true || status < 500)) return
  return {
    status,
    response: {
      errors: [
        {
          name: err.name || 'APIError',
          message: err.message,
          ...(err.data ? { data: err.data as Record<string, unknown> } : {}),
        },
      ],
    },
  }
}
