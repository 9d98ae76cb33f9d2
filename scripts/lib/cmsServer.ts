/**
 * Serves the admin (the Next app in cms/) like `next start` / `next dev`, with three differences
 * (adminListeners): every request's X-Forwarded-For ends with the address of the peer that
 * connected, so the audit log can tell the real caller from what the caller claims
 * (cms/lib/clientIP.ts; `next start` copies the socket's address into the header only when the
 * request has none); an address that cannot be decoded is answered 400; and a body larger than
 * its route accepts is refused before it is read.
 *
 * Run with plain Node 24 (types are stripped), so Next loads exactly as under `next start`:
 *   node scripts/lib/cmsServer.ts [--dev] [--port 3000] [--hostname 0.0.0.0]
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { appendPeer, parseTrustedProxies } from '../../cms/lib/clientIP.ts'
import { bodyRefusal } from '../../cms/lib/requestBodyLimit.ts'
import { decodedPath, refuseBadAddress } from '../../release/badAddress.ts'

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown

/** Last before Next: the peer's address goes on the end of X-Forwarded-For. */
export const forwardingPeer =
  (handle: Handler): Handler =>
  (req, res) => {
    req.headers['x-forwarded-for'] = appendPeer(
      req.headers['x-forwarded-for'],
      req.socket.remoteAddress,
    )
    return handle(req, res)
  }

/**
 * The request listener's first check: an address that cannot be decoded (release/badAddress.ts).
 * Here, not in cms/proxy.ts: Next cuts the bodies of the routes its proxy runs on at 10 MB.
 */
export const refusingUndecodable =
  (handle: Handler): Handler =>
  (req, res) =>
    decodedPath(req.url) === null ? refuseBadAddress(res) : handle(req, res)

/**
 * Then the body's size, from the headers (cms/lib/requestBodyLimit.ts): a body larger than its
 * route accepts is refused before any of it reaches Payload, in Payload's shape of an error, which
 * the admin shows. What is still sent is read and dropped (Node does so once the answer is sent;
 * its request timeout ends an endless one): a browser sends its whole body before it reads the
 * answer, and would show a dropped connection, not the message, if the server hung up.
 */
export const limitingBodies =
  (handle: Handler): Handler =>
  (req, res) => {
    const refusal = bodyRefusal(req.headers, decodedPath(req.url) ?? '/')
    if (!refusal) return handle(req, res)
    res
      .writeHead(refusal.status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
      })
      .end(JSON.stringify({ errors: [{ message: refusal.message }] }))
  }

/**
 * The server's listeners around Next's handler, in order. A client that asks before sending its
 * body (Expect: 100-continue, as curl does for a large file) is told at once when it would be
 * refused, and sends nothing; otherwise it is asked to go on.
 */
export function adminListeners(next: Handler): { request: Handler; checkContinue: Handler } {
  const checked = (handle: Handler) => refusingUndecodable(limitingBodies(forwardingPeer(handle)))
  return {
    request: checked(next),
    checkContinue: checked((req, res) => {
      res.writeContinue()
      return next(req, res)
    }),
  }
}

async function main() {
  const args = process.argv.slice(2)
  const option = (name: string) => {
    const i = args.indexOf(name)
    return i >= 0 ? args[i + 1] : undefined
  }
  const dev = args.includes('--dev')
  // One clock (issue 12): what Payload formats on the server (the version view's breadcrumb and
  // list) reads in the officers' time, as the browser and every export already do. The jobs' crons
  // follow (cms/jobs/vietnamCron.ts). Set before Next loads; Node re-reads TZ when it is assigned.
  process.env.TZ = 'Asia/Ho_Chi_Minh'
  const port = Number(option('--port') ?? process.env.PORT ?? 3000)
  const hostname = option('--hostname')
  // As `next start` / `next dev` do; React and Payload read it when they load.
  ;(process.env as Record<string, string>).NODE_ENV ??= dev ? 'development' : 'production'
  // The default cookie origins (cms/lib/origins.ts) follow the port actually served.
  process.env.PORT = String(port)

  try {
    parseTrustedProxies(process.env.TRUSTED_PROXIES)
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }

  const { default: next } = await import('next')
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'cms')
  const server = http.createServer()
  const app = next({ dev, dir, port, hostname: hostname ?? 'localhost', httpServer: server })
  await app.prepare()
  const listeners = adminListeners(app.getRequestHandler())
  server.on('request', listeners.request)
  server.on('checkContinue', listeners.checkContinue)
  server.listen(port, hostname, () => {
    console.log(`Ready on http://${hostname ?? 'localhost'}:${port}`)
  })
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
