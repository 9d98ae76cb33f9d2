import { describe, expect, it } from 'vitest'

import {
  appendPeer,
  clientIP,
  clientIPFromChain,
  InvalidTrustedProxyError,
  normalizeAddress,
  parseTrustedProxies,
} from './clientIP'

const pick = (chain: string | null | undefined, trusted = '') =>
  clientIPFromChain(chain, parseTrustedProxies(trusted))

describe('the caller’s address', () => {
  it('is the connecting peer when no proxy is trusted, whatever the request claims', () => {
    // The server appends the peer last; everything before it is the client's own text.
    expect(pick('203.0.113.7')).toBe('203.0.113.7')
    expect(pick('1.2.3.4, 203.0.113.7')).toBe('203.0.113.7')
    expect(pick('127.0.0.1, 10.0.0.1, 203.0.113.7')).toBe('203.0.113.7')
    expect(pick('không phải IP, 203.0.113.7')).toBe('203.0.113.7')
  })

  it('goes past trusted proxies only, from the right', () => {
    // nginx on the same host: it appends the client it saw, the server appends nginx.
    expect(pick('198.51.100.9, 127.0.0.1', 'loopback')).toBe('198.51.100.9')
    // The client's forged entries stay to the left of what the trusted proxy saw.
    expect(pick('1.1.1.1, 6.6.6.6, 198.51.100.9, 127.0.0.1', 'loopback')).toBe('198.51.100.9')
    // Two proxies, both trusted.
    expect(pick('198.51.100.9, 10.1.2.3, 127.0.0.1', 'loopback, 10.0.0.0/8')).toBe('198.51.100.9')
    // A proxy that is not trusted is the caller, and what it forwards is ignored.
    expect(pick('198.51.100.9, 10.1.2.3, 127.0.0.1', 'loopback')).toBe('10.1.2.3')
    // A peer outside the trusted ranges is the caller even if it sends a chain.
    expect(pick('198.51.100.9, 203.0.113.7', 'private')).toBe('203.0.113.7')
  })

  it('stops at a hop a trusted proxy wrote that is not an address', () => {
    expect(pick('unknown, 127.0.0.1', 'loopback')).toBe('127.0.0.1')
    expect(pick(', 127.0.0.1', 'loopback')).toBe('127.0.0.1')
    // All hops trusted: the farthest one.
    expect(pick('10.0.0.2, 127.0.0.1', 'loopback, private')).toBe('10.0.0.2')
  })

  it('is unknown without a peer address', () => {
    expect(pick(undefined)).toBeUndefined()
    expect(pick('')).toBeUndefined()
    expect(pick('1.2.3.4, unknown')).toBeUndefined()
  })

  it('reads IPv6, IPv4-in-IPv6 and addresses with ports', () => {
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1')
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1')
    expect(normalizeAddress('203.0.113.7:51234')).toBe('203.0.113.7')
    expect(normalizeAddress('<script>')).toBeUndefined()
    expect(pick('2001:db8::5, ::ffff:127.0.0.1', 'loopback')).toBe('2001:db8::5')
    expect(pick('198.51.100.9, ::1', 'loopback')).toBe('198.51.100.9')
    expect(pick('198.51.100.9, fd00::3', 'fc00::/7')).toBe('198.51.100.9')
  })

  it('refuses a TRUSTED_PROXIES entry it cannot read, naming it', () => {
    for (const bad of ['10.0.0.0/33', 'proxy.local', '10.0.0.1/8/2', '::1/129', '*']) {
      expect(() => parseTrustedProxies(bad)).toThrow(InvalidTrustedProxyError)
    }
    expect(() => parseTrustedProxies('10.0.0.1, nginx')).toThrow('"nginx"')
  })

  it('is read from X-Forwarded-For with TRUSTED_PROXIES', () => {
    const headers = new Headers({ 'X-Forwarded-For': '6.6.6.6, 198.51.100.9, 127.0.0.1' })
    expect(clientIP(headers, {})).toBe('127.0.0.1')
    expect(clientIP(headers, { TRUSTED_PROXIES: '127.0.0.1' })).toBe('198.51.100.9')
    expect(clientIP(new Headers(), {})).toBeUndefined()
  })
})

describe('the server’s forwarded header', () => {
  it('ends with the peer, after whatever the request carried', () => {
    expect(appendPeer(undefined, '::ffff:203.0.113.7')).toBe('::ffff:203.0.113.7')
    expect(appendPeer('1.2.3.4', '203.0.113.7')).toBe('1.2.3.4, 203.0.113.7')
    expect(appendPeer(['1.2.3.4', '5.6.7.8'], '203.0.113.7')).toBe('1.2.3.4, 5.6.7.8, 203.0.113.7')
    // No peer address: the client's last entry must still not pass for one.
    expect(appendPeer('1.2.3.4', undefined)).toBe('1.2.3.4, unknown')
  })
})
