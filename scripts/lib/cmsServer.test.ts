import http from 'node:http'
import type net from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { clientIP } from '../../cms/lib/clientIP'
import { FORM_BYTES } from '../../cms/lib/requestBodyLimit'
import { announce } from '../../tests/helpers/announce'
import { adminListeners } from './cmsServer'

let server: http.Server | undefined
afterEach(
  () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve()
      // A request that announced a body it never sent keeps its connection waiting for it.
      server.closeAllConnections()
      server.close(() => resolve())
    }),
)

/**
 * A real HTTP server with the admin server's listeners in front of a handler that stands for
 * Next: it reads the whole body, then answers the header it got and the bytes it read.
 */
async function serve(): Promise<string> {
  server = http.createServer()
  const listeners = adminListeners(async (req, res) => {
    let bytes = 0
    try {
      for await (const chunk of req) bytes += (chunk as Buffer).length
    } catch {
      return // the client went away (announce)
    }
    res.setHeader('X-Body-Bytes', String(bytes))
    res.end(String(req.headers['x-forwarded-for']))
  })
  server.on('request', listeners.request)
  server.on('checkContinue', listeners.checkContinue)
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

  it('refuses a body larger than its route accepts from its length, before reading it', async () => {
    const base = await serve()
    const over = (bytes: number) => ({ 'Content-Length': String(bytes) })
    // A login, a document, a GraphQL query: ten megabytes, whoever sends them.
    for (const path of ['/api/users/login', '/api/procedures/1', '/api/graphql', '/admin']) {
      const answer = await announce(base, path, {
        ...over(FORM_BYTES + 1),
        Expect: '100-continue',
      })
      expect(answer.status, path).toBe(413)
      expect(answer.continued, path).toBe(false)
      const { errors } = JSON.parse(answer.body) as { errors: { message: string }[] }
      expect(errors[0].message).toMatch(/^Nội dung gửi lên quá lớn \(10 MB\); .* tối đa 10 MB\.$/)
    }
    // An import's files and an upload may be larger, each up to its own limit.
    for (const [path, fits, refused] of [
      ['/api/change-sets/plan', 150 * 1024 * 1024, 211 * 1024 * 1024],
      ['/api/media', 25 * 1024 * 1024, 31 * 1024 * 1024],
      ['/api/media/7', 25 * 1024 * 1024, 31 * 1024 * 1024],
    ] as const) {
      const allowed = await announce(base, path, { ...over(fits), Expect: '100-continue' })
      expect(allowed.continued, path).toBe(true)
      const answer = await announce(base, path, { ...over(refused), Expect: '100-continue' })
      expect(answer.status, path).toBe(413)
      expect(answer.continued, path).toBe(false)
    }
    // Sent whole without asking first, as a browser sends it: the answer is the message, not a
    // dropped connection, and the handler behind (Next) never saw the request.
    const sent = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      body: Buffer.alloc(FORM_BYTES + 1),
    })
    expect(sent.status).toBe(413)
    expect(sent.headers.get('x-body-bytes')).toBeNull()
    expect(((await sent.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /^Nội dung gửi lên quá lớn/,
    )
  })

  it('refuses a body sent in chunks with no length, and reads a body of a stated length', async () => {
    const base = await serve()
    const chunked = await announce(base, '/api/search-misses/report', {
      'Transfer-Encoding': 'chunked',
    })
    expect(chunked.status).toBe(411)
    expect(JSON.parse(chunked.body).errors[0].message).toContain('Content-Length')
    const json = JSON.stringify({ email: 'a@b.vn', password: 'x'.repeat(5000) })
    const response = await fetch(`${base}/api/users/login`, { method: 'POST', body: json })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-body-bytes')).toBe(String(Buffer.byteLength(json)))
  })
})
