import { APIError, formatErrors } from 'payload'
import { describe, expect, it } from 'vitest'

import { keepPublicErrorMessage } from './publicErrorMessage'

/** An error as the minified production build makes it: the class name is gone. */
function nameless<T extends Error>(error: T): T {
  Object.defineProperty(error, 'name', { value: '' })
  return error
}

const run = (error: Error) =>
  keepPublicErrorMessage({
    error,
    result: formatErrors(error as APIError),
    req: {} as never,
    context: {},
    collection: undefined,
  } as never)

describe('keepPublicErrorMessage', () => {
  it('gives a nameless public error its message back, with its status', () => {
    const error = nameless(
      new APIError('Chỉ nội dung đã được phê duyệt mới được ban hành.', 403, null, true),
    )
    expect(formatErrors(error).errors[0].message).toBe('An unknown error occurred.')
    expect(run(error)).toMatchObject({
      status: 403,
      response: { errors: [{ message: 'Chỉ nội dung đã được phê duyệt mới được ban hành.' }] },
    })
  })

  it('gives a refusal whose class Payload did not recognise its messages per field back', () => {
    // As in the production build: a ValidationError of another copy of the class, which the
    // formatter's instanceof does not match, formatted with its message only.
    const refusal = Object.assign(new Error('Chưa lưu được. Hãy sửa trường được đánh dấu đỏ'), {
      name: 'ValidationError',
      status: 400,
      isPublic: true,
      data: {
        collection: 'applied-procedures',
        errors: [{ path: 'committedTime.value', message: 'Thời hạn cam kết dài hơn…' }],
      },
    })
    expect(formatErrors(refusal as never).errors[0]).not.toHaveProperty('data')
    expect(run(refusal)).toEqual({
      status: 400,
      response: {
        errors: [
          {
            name: 'ValidationError',
            message: 'Chưa lưu được. Hãy sửa trường được đánh dấu đỏ',
            data: refusal.data,
          },
        ],
      },
    })
  })

  it('keeps an internal error hidden', () => {
    expect(run(nameless(new APIError('SQLITE_CONSTRAINT: secret table name', 500)))).toBeUndefined()
    expect(run(nameless(new Error('connection string with password')))).toBeUndefined()
  })

  it('leaves errors Payload formats itself alone', () => {
    expect(run(new APIError('Không tìm thấy.', 404, null, true))).toBeUndefined()
  })
})
