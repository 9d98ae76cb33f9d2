import type http from 'node:http'
import path from 'node:path'

import mime from 'mime-types'

import { cacheControlPushed } from '../cachePolicy'
import { encodingHeaders } from '../contentEncoding'
import { readPointer, readReleaseObject } from './bucketReleases'
import type { ObjectStore } from './objectStore'

/**
 * Answers one request for the public site from the bucket: `current.json` is read on every request
 * (a switch or a rollback shows at once, as with the local `current` link), then the object under
 * `releases/<id>/`. The same paths as the local server: "/" and folders are their index.html, dot
 * files (.release/) are not part of the site, a missing page is the release's 404.html.
 * Returns false when no release is live yet (the caller answers that).
 */
export async function serveFromBucket(
  store: ObjectStore,
  relative: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<boolean> {
  const releaseId = await readPointer(store)
  if (!releaseId) return false
  const segments = relative.split('/').filter(Boolean)
  if (segments.some((s) => s.startsWith('.') || s === '..')) {
    await notFound(store, releaseId, res)
    return true
  }
  const key = segments.join('/')
  const candidates =
    relative.endsWith('/') || !key
      ? [`${key}${key ? '/' : ''}index.html`]
      : [key, `${key}/index.html`]
  for (const candidate of candidates) {
    const bytes = await readReleaseObject(store, releaseId, candidate)
    if (!bytes) continue
    if (candidate !== key && candidates.length > 1) {
      // A folder asked for without its slash: to the folder, as `send` does on disk.
      res.writeHead(301, { Location: `${relative}/`, 'Cache-Control': 'no-cache' }).end()
      return true
    }
    res.writeHead(200, {
      'Content-Type': mime.contentType(path.extname(candidate)) || 'application/octet-stream',
      'Content-Length': bytes.length,
      'Cache-Control': cacheControlPushed(`/${candidate}`),
      ...encodingHeaders(candidate, req.headers['accept-encoding']),
      'X-Release': releaseId,
    })
    res.end(bytes)
    return true
  }
  await notFound(store, releaseId, res)
  return true
}

async function notFound(store: ObjectStore, releaseId: string, res: http.ServerResponse) {
  const page = await readReleaseObject(store, releaseId, '404.html')
  if (page)
    res
      .writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' })
      .end(page)
  else
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Không tìm thấy trang.')
}
