import { afterEach, describe, expect, it, vi } from 'vitest'

import { isUsableSecret, MissingSecretError, resolveSecret } from './secret'

describe('PAYLOAD_SECRET', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('is required in production, where the admin server itself refuses to start', () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('PAYLOAD_SECRET', '')
    expect(() => resolveSecret()).toThrow(MissingSecretError)
    vi.stubEnv('PAYLOAD_SECRET', 'changeme')
    expect(() => resolveSecret()).toThrow(MissingSecretError)
  })

  it('is not needed while Next builds (no request is served then)', () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('NEXT_PHASE', 'phase-production-build')
    vi.stubEnv('PAYLOAD_SECRET', '')
    expect(resolveSecret()).toBe('build-time-placeholder-not-used-at-runtime')
  })

  it('takes a long random value from the environment', () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('PAYLOAD_SECRET', 'a3f1c9e8b7d64a5f9e2c1b0a8d7e6f5a')
    expect(resolveSecret()).toBe('a3f1c9e8b7d64a5f9e2c1b0a8d7e6f5a')
    expect(isUsableSecret('short')).toBe(false)
  })
})
