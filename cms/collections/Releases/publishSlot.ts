import crypto from 'node:crypto'

import { ValidationError, type Field } from 'payload'

/** A publish that has not finished: at most one at a time across every instance. */
export const ACTIVE_STATES = ['queued', 'building'] as const

export const PUBLISH_RUNNING_MESSAGE = 'Đang có một lần xuất bản chạy; hãy đợi nó xong.'

const isActive = (state: unknown) => (ACTIVE_STATES as readonly unknown[]).includes(state)

const ACTIVE = 'publish'

/**
 * The database's own guard against two publishes at once: a unique column that holds the same
 * value on every unfinished record and a value of its own on each finished one. Two instances
 * whose "nothing is running" checks both passed (PostgreSQL's READ COMMITTED lets two transactions
 * see the same empty set) cannot both insert: the second insert waits for the first commit, then
 * fails. Finished records get a value of their own rather than none because MongoDB's unique index
 * counts null as a value (Payload makes it sparse, which skips only a missing field). Derived from
 * `state` on every write, so no code path sets it by hand.
 */
export const activeSlotField: Field = {
  name: 'activeSlot',
  type: 'text',
  unique: true,
  admin: { hidden: true },
  hooks: {
    beforeChange: [
      ({ siblingData, originalDoc }) => {
        if (isActive(siblingData.state ?? originalDoc?.state)) return ACTIVE
        const kept: unknown = originalDoc?.activeSlot
        return typeof kept === 'string' && kept !== ACTIVE ? kept : `done:${crypto.randomUUID()}`
      },
    ],
  },
}

/** Whether `error` is the refusal of a second unfinished publish by `activeSlotField`. */
export const isSecondPublish = (error: unknown): boolean =>
  error instanceof ValidationError &&
  error.data.errors.some((e) => /activeSlot|active_slot/.test(e.path ?? ''))
