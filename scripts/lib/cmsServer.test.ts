import http from 'node:http'
import type net from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { clientIP } from '../../cms/lib/clientIP'
import { forwardingPeer, refusingUndecodable } from './cmsServer'

let server: http.Server | undefined
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
)

/** A real HTTP server with the admin server's listener in front of a handler that echoes the header it got. */
async function serve(): Promise<string> {
  server = http.createServer(
    refusingUndecodable(
      forwardingPeer((req, res) => {
        res.end(String(req.headers['x-forwarded-for']))
      }),
    ),
  )
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`
}

describe('the admin server', () => {
  it('passes on X-Forwarded-For ending with the real peer, so a forged header is not the caller', async () => {
    const base = await serve()
    const plain = await (await fetch(base)).text()
    expect(plain).toMatch(/^(::ffff:)?127\.0\.0\.1$/)
    const forged = await (await fetch(base, { headers: { 'X-Forwarded-For': '6.6.6.6' } })).text()
    expect(forged).toMatch(/^6\.6\.6\.6, (::ffff:)?127\.0\.0\.1$/)
    expect(clientIP(new Headers({ 'x-forwarded-for': forged }), {})).toBe('127.0.0.1')
    // Behind a proxy on this host, trusted: the address it saw.
    expect(
      clientIP(new Headers({ 'x-forwarded-for': forged }), { TRUSTED_PROXIES: 'loopback' }),
    ).toBe('6.6.6.6')
  })

  it('answers an address it cannot decode with 400 in Vietnamese, and goes on serving', async () => {
    const base = await serve()
    for (const route of ['/admin/%E0%A4%A', '/api/procedures/%E0%A4%A', '/%FF?q=1']) {
      const response = await fetch(`${base}${route}`)
      expect(response.status, route).toBe(400)
      expect(await response.text(), route).toBe('Địa chỉ không hợp lệ.')
    }
    expect((await fetch(`${base}/api/procedures/1%2F2`)).status).toBe(200)
  })
})
