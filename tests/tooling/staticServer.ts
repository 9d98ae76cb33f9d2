import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import http2 from 'node:http2'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { acceptsGzip, encodingHeaders, storedAsGzip } from '../../release/contentEncoding'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
}

export interface StaticServer {
  /** origin plus base, e.g. http://127.0.0.1:40123/thu-tuc-hanh-chinh/ */
  url: string
  origin: string
  close: () => Promise<void>
}

/**
 * Serves a built site on 127.0.0.1 the way a production web server would: under its base path,
 * directories as index.html, text gzip-compressed when the browser asks (transfer sizes measured
 * in the browser are then the real ones), 404.html for anything else.
 */
export async function serveStatic(
  root: string,
  base = '/',
  /**
   * HTTP/2 over TLS (a certificate made for the run: the browser must accept it), as the
   * documented nginx serves (docs/deploy.md): many small requests share one connection.
   */
  options: { http2?: boolean } = {},
): Promise<StaticServer> {
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    let pathname = decodeURIComponent(url.pathname)
    if (!pathname.startsWith(base)) return notFound(res)
    pathname = pathname.slice(base.length - 1)
    let file = path.join(root, pathname)
    if (!file.startsWith(root)) return notFound(res)
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html')
    if (!fs.existsSync(file)) return notFound(res)
    send(req, res, 200, file)
  }
  const server = options.http2
    ? http2.createSecureServer({ ...selfSigned(), allowHTTP1: true }, (req, res) =>
        handle(req as unknown as http.IncomingMessage, res as unknown as http.ServerResponse),
      )
    : http.createServer(handle)
  const notFound = (res: http.ServerResponse) => {
    const page = path.join(root, '404.html')
    if (fs.existsSync(page)) return send(undefined, res, 404, page)
    res.writeHead(404).end()
  }
  function send(
    req: http.IncomingMessage | undefined,
    res: http.ServerResponse,
    status: number,
    file: string,
  ) {
    const body = fs.readFileSync(file)
    const type = types[path.extname(file)] ?? 'application/octet-stream'
    const accepted = req?.headers['accept-encoding']
    // Pagefind's files are gzip already: declared as such, as the releases' servers do.
    const stored = storedAsGzip(file)
    const gzip = !stored && acceptsGzip(accepted)
    res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : encodingHeaders(file, accepted)),
    })
    res.end(gzip ? zlib.gzipSync(body, { level: 9 }) : body)
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `${options.http2 ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** A throwaway key and certificate for 127.0.0.1 (openssl). */
function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-tls-'))
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    )
    return {
      key: fs.readFileSync(path.join(dir, 'key.pem')),
      cert: fs.readFileSync(path.join(dir, 'cert.pem')),
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
