import { expect } from 'vitest'

/**
 * Payload's ValidationError carries one message per field in `data.errors`; the top-level
 * message only lists the field names. Assert on what an editor would read beside the field.
 */
export async function expectFieldError(
  promise: Promise<unknown>,
  path: string,
  message: RegExp | string,
) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error, 'expected the operation to be refused').toBeDefined()
  const errors =
    (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []
  const match = errors.find((e) => e.path === path)
  expect(match, `no error on "${path}"; got ${JSON.stringify(errors)}`).toBeDefined()
  if (typeof message === 'string') expect(match!.message).toContain(message)
  else expect(match!.message).toMatch(message)
}
