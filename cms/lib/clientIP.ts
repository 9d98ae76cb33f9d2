import net from 'node:net'

/**
 * Which address to record as the caller's.
 *
 * Under `next start`, Next fills `X-Forwarded-For` from the socket only when the request has none
 * (`??=` in next/dist/server/base-server.js), so a client that sends its own header replaces the
 * real peer address entirely. The admin's server (scripts/lib/cmsServer.ts) therefore always
 * appends the socket's peer address, as a proxy does: the chain's last entry is the peer that
 * connected to us, and every entry before it is only what that peer claims.
 *
 * Walking from the right, a peer that is a trusted proxy vouches for the address before it; the
 * first address that is not a trusted proxy is the client. With no trusted proxies (the default)
 * the client is the peer itself, whatever the request says.
 */
export function clientIPFromChain(
  chain: string | null | undefined,
  trusted: net.BlockList,
): string | undefined {
  const hops = (chain ?? '').split(',').map((hop) => hop.trim())
  let client: string | undefined
  for (let i = hops.length - 1; i >= 0; i--) {
    const address = normalizeAddress(hops[i])
    // A hop that is not an address ends the walk: a trusted proxy wrote something we cannot use,
    // so the last address we could vouch for stands.
    if (!address) return client
    client = address
    if (!isTrusted(address, trusted)) return client
  }
  return client
}

/** The value the server passes on as `X-Forwarded-For`: what came in, then the socket's peer. */
export function appendPeer(
  forwardedFor: string | string[] | undefined,
  peer: string | undefined,
): string {
  const prior = (
    Array.isArray(forwardedFor) ? forwardedFor.join(', ') : (forwardedFor ?? '')
  ).trim()
  // Without a peer address the last hop must still not be one the client chose.
  const last = peer || 'unknown'
  return prior ? `${prior}, ${last}` : last
}

/** An address as written in a forwarded header or by a socket, without port, brackets or the IPv4-in-IPv6 prefix. */
export function normalizeAddress(value: string): string | undefined {
  let address = value.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address)
  if (bracketed) address = bracketed[1]
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address)
  if (v4WithPort) address = v4WithPort[1]
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)
  if (mapped) address = mapped[1]
  return net.isIP(address) ? address.toLowerCase() : undefined
}

const isTrusted = (address: string, trusted: net.BlockList) =>
  trusted.check(address, net.isIP(address) === 6 ? 'ipv6' : 'ipv4')

/** Names usable in TRUSTED_PROXIES for common ranges. */
const NAMED_RANGES: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
}

export class InvalidTrustedProxyError extends Error {
  constructor(entry: string) {
    super(
      `TRUSTED_PROXIES: "${entry}" không phải là địa chỉ IP, dải CIDR (ví dụ 10.0.0.0/8) hay tên loopback, private, linklocal.`,
    )
  }
}

/**
 * TRUSTED_PROXIES: the proxies in front of the admin whose X-Forwarded-For is believed, as IP
 * addresses, CIDR ranges or the names loopback, private and linklocal, separated by commas or
 * spaces. Empty: no proxy is trusted.
 */
export function parseTrustedProxies(value: string | undefined): net.BlockList {
  const list = new net.BlockList()
  for (const entry of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    for (const range of NAMED_RANGES[entry.toLowerCase()] ?? [entry]) {
      const [base, prefix, ...rest] = range.split('/')
      const address = normalizeAddress(base)
      const family = address && net.isIP(address) === 6 ? 'ipv6' : 'ipv4'
      const bits = prefix === undefined ? undefined : Number(prefix)
      const validPrefix =
        bits === undefined || (/^\d+$/.test(prefix) && bits <= (family === 'ipv6' ? 128 : 32))
      if (!address || rest.length > 0 || !validPrefix) throw new InvalidTrustedProxyError(entry)
      if (bits === undefined) list.addAddress(address, family)
      else list.addSubnet(address, bits, family)
    }
  }
  return list
}

let cached: { value: string | undefined; list: net.BlockList } | undefined

/** The caller's address for a request, with the proxies trusted by TRUSTED_PROXIES. */
export function clientIP(
  headers: Pick<Headers, 'get'> | undefined,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  if (!cached || cached.value !== env.TRUSTED_PROXIES) {
    cached = { value: env.TRUSTED_PROXIES, list: parseTrustedProxies(env.TRUSTED_PROXIES) }
  }
  return clientIPFromChain(headers?.get('x-forwarded-for'), cached.list)
}
