import type { CollectionBeforeOperationHook } from 'payload'

import { fold } from '../../../content-schemas/fold'
import { refuse } from '../../lib/refuse'

/**
 * What a password of the admin must be. The admin is on the public internet and its accounts
 * approve what citizens read; Payload's own rule is three characters. Length counts most (NIST SP
 * 800-63B): at least ten characters, no rule of character classes, and no password built on what
 * an attacker tries first: the account's own email, the words everyone uses, a run of one key.
 * Written here rather than taken from a library: the dictionaries of zxcvbn and its kin are
 * English, hundreds of kilobytes, and know none of the words an officer here would reach for.
 */
export const MIN_PASSWORD_LENGTH = 10

/** Words a guesser tries first, folded (no tone marks, no đ). */
const GUESSED_FIRST = new Set([
  'abc',
  'abcd',
  'abcdef',
  'admin',
  'administrator',
  'asdf',
  'asdfgh',
  'asdfghjkl',
  'iloveyou',
  'matkhau',
  'matkhaumoi',
  'motcua',
  'passwd',
  'password',
  'qwerty',
  'qwertyuiop',
  'quantri',
  'thutuc',
  'ubnd',
  'vietnam',
  'zxcvbn',
])

/** Keys typed in a run: "123456…", "abcdef…" and the keyboard's rows, forwards or back. */
const RUNS = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm']
const isRun = (text: string) =>
  text.length >= 4 &&
  RUNS.some((run) => run.includes(text) || [...run].reverse().join('').includes(text))

/**
 * Why a password would be refused, in Vietnamese; null when it is good enough. `email` is the
 * account's, when known: the words of its name are a first guess.
 */
export function passwordProblem(password: string, email?: string | null): string | null {
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH)
    return `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự (mật khẩu này có ${length}).`
  const folded = fold(password).toLowerCase()
  // The name before the @, whole and by its words of five letters or more ("canbo.dienbiendong":
  // "canbodienbiendong", "canbo", "dienbiendong"); a shorter word is a syllable many phrases hold.
  const name = fold(email?.split('@')[0] ?? '').toLowerCase()
  const own = [name.replace(/[^a-z0-9]+/g, ''), ...name.split(/[^a-z0-9]+/)].filter(
    (part) => part.length >= 5,
  )
  const alphanumeric = folded.replace(/[^a-z0-9]+/g, '')
  const ownPart = own.find((part) => alphanumeric.includes(part))
  if (ownPart) return `Mật khẩu không được chứa tên đăng nhập (“${ownPart}”).`
  // The letters left once the digits and signs a guesser appends ("Matkhau@2026") are taken away;
  // none at all is a number (a phone, a date of birth).
  const letters = folded.replace(/[^a-z]+/g, '')
  const guessable =
    new Set(folded).size <= 2 ||
    letters === '' ||
    GUESSED_FIRST.has(letters) ||
    isRun(letters) ||
    isRun(alphanumeric)
  return guessable
    ? 'Mật khẩu này quá dễ đoán. Hãy dùng một cụm vài từ mà người khác khó đoán, ví dụ ba bốn từ ghép lại.'
    : null
}

/**
 * Every way a password is set (an account created, a password changed, a reset) passes the policy,
 * the message at the password field.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = (args.data ?? {}) as { password?: unknown; email?: unknown }
  if (typeof data.password !== 'string') return args
  let email = typeof data.email === 'string' ? data.email : null
  const id = 'id' in args ? (args.id as string | number | undefined) : undefined
  if (!email && id !== undefined) {
    const account = await req.payload
      .findByID({ collection: 'users', id, depth: 0, req, overrideAccess: true })
      .catch(() => null)
    email = account?.email ?? null
  }
  const problem = passwordProblem(data.password, email)
  if (problem) refuse(req, 'users', [{ path: 'password', label: 'Mật khẩu', message: problem }])
  return args
}
