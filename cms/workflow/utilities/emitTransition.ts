import type { PayloadRequest, SanitizedConfig } from 'payload'

import type { TransitionEvent, TransitionSubscriber } from '../types'

const SUBSCRIBERS_KEY = 'reviewWorkflowAfterTransition'

/** Stored in the config's server-only `custom`, where every transition (and any endpoint) finds it. */
export const subscribersCustom = (
  subscribers: TransitionSubscriber[],
): Record<string, unknown> => ({ [SUBSCRIBERS_KEY]: subscribers })

const subscribersOf = (config: SanitizedConfig): TransitionSubscriber[] =>
  ((config.custom as Record<string, unknown> | undefined)?.[SUBSCRIBERS_KEY] as
    TransitionSubscriber[] | undefined) ?? []

/**
 * Tells every `afterTransition` subscriber of the review workflow plugin that a transition
 * happened. Call it inside the transition's transaction, after saving the document: subscribers run
 * one after the other with its `req`, so a subscriber that fails rolls the whole transition back.
 * Returns the sentences subscribers added for the person who acted, and the work to run once the
 * transaction committed (call `afterCommit` then, never before).
 */
export async function emitTransition(
  req: PayloadRequest,
  event: Omit<TransitionEvent, 'req' | 'afterCommit'>,
): Promise<{ messages: string[]; afterCommit: () => void }> {
  const queued: (() => void)[] = []
  const messages: string[] = []
  for (const subscriber of subscribersOf(req.payload.config)) {
    const outcome = await subscriber({
      ...event,
      req,
      afterCommit: (work) => void queued.push(work),
    })
    if (outcome?.message) messages.push(outcome.message)
  }
  const afterCommit = () => {
    for (const work of queued) {
      // The transition has happened: a failing follow-up is logged, not returned to the person.
      try {
        work()
      } catch (err) {
        req.payload.logger.error({ msg: 'Một thao tác sau chuyển trạng thái bị lỗi', err })
      }
    }
  }
  return { messages, afterCommit }
}
