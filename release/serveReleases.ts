import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import send from 'send'

import { BAD_ADDRESS, decodedPath, refuseBadAddress } from './badAddress'
import { cacheControlServed } from './cachePolicy'
import { encodingHeaders } from './contentEncoding'
import { currentLink } from './releaseStore'
import { serveFromBucket } from './targets/serveBucket'
import { releasesStore } from './targets/objectStore'

const FIRST_PUBLISH_RETRY_SECONDS = 15

/** What the public server answers while the first publish after a fresh start builds the site. */
const firstPublishPage = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${FIRST_PUBLISH_RETRY_SECONDS}"><title>Đang xuất bản lần đầu</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Đang xuất bản lần đầu</h1>
<p>Danh mục thủ tục hành chính đang được xuất bản lần đầu từ dữ liệu đã duyệt (thường mất một đến hai phút).
Trang này sẽ tự tải lại sau ${FIRST_PUBLISH_RETRY_SECONDS} giây.</p>
</body></html>
`

/** The waiting page runs nothing and loads nothing; its one style attribute is all it needs. */
const FIRST_PUBLISH_PAGE_POLICY =
  "default-src 'none'; style-src-attr 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/**
 * Serves the current release, as a portal's web server would. The `current` link is resolved on
 * every request, so a publish or a rollback shows at once, and a request that began before a
 * switch finishes from the release it started with. Pages and other files keep their URL from one
 * release to the next, so they are revalidated on every visit; hashed files are cached for good.
 * `firstPublish` says whether the first publish is running (`npm start` on a fresh database):
 * until a release exists, visitors get a page saying so, with Retry-After, instead of a bare 503.
 * With RELEASES_BUCKET set, it serves the bucket's `current.json` release instead (serveBucket.ts),
 * as a CDN or nginx in front of the bucket would (docs/deploy.md, "Lưu trữ S3").
 */
export function serveReleases({
  port,
  base = '/',
  firstPublish,
}: {
  port: number
  base?: string
  firstPublish?: () => boolean
}): http.Server {
  const prefix = base.endsWith('/') ? base : `${base}/`
  const server = http.createServer((req, res) => {
    // Every answer is read as the type it states: a file's content does not make it a page.
    res.setHeader('X-Content-Type-Options', 'nosniff')
    // A static site is only read; a scanner's PUT or TRACE learns that, and nothing else.
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res
        .writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Trang công khai chỉ để xem: chỉ nhận yêu cầu GET và HEAD.')
      return
    }
    const pathname = decodedPath(req.url)
    if (pathname === null) return refuseBadAddress(res)
    const url = new URL(req.url ?? '/', 'http://localhost')
    const relative = pathname.slice(prefix.length - 1)
    if (!url.pathname.startsWith(prefix) && `${url.pathname}/` !== prefix) {
      res.writeHead(302, { Location: prefix }).end()
      return
    }
    const noRelease = () => {
      if (firstPublish?.()) {
        res.writeHead(503, {
          'Content-Type': 'text/html; charset=utf-8',
          'Retry-After': String(FIRST_PUBLISH_RETRY_SECONDS),
          'Cache-Control': 'no-store',
          'Content-Security-Policy': FIRST_PUBLISH_PAGE_POLICY,
        })
        res.end(firstPublishPage)
        return
      }
      res.writeHead(503, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
      })
      res.end('Chưa có bản phát hành nào. Hãy đăng nhập trang quản trị và bấm "Xuất bản".')
    }
    const store = releasesStore()
    if (store) {
      serveFromBucket(store, relative, req, res)
        .then((served) => served || noRelease())
        .catch((error: Error) => {
          // The bucket's name and address are for the operator's log, not for citizens.
          console.error(`Trang công khai: ${error.message}`)
          if (res.headersSent) return res.destroy()
          res
            .writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '30' })
            .end('Trang tạm thời chưa đọc được từ kho lưu trữ; vui lòng thử lại sau ít phút.')
        })
      return
    }
    let root: string
    try {
      root = fs.realpathSync(currentLink())
    } catch {
      noRelease()
      return
    }
    // Dot files (a release's own record in .release/) are not part of the site: 404, not 403.
    send(req, relative, { root, index: ['index.html'], dotfiles: 'ignore', cacheControl: false })
      .on('headers', (response: http.ServerResponse) => {
        response.setHeader('Cache-Control', cacheControlServed(relative))
        for (const [name, value] of Object.entries(
          encodingHeaders(relative, req.headers['accept-encoding']),
        ))
          response.setHeader(name, value)
      })
      .on('error', (error: { status?: number }) => {
        const status = error.status ?? 500
        const notFound = path.join(root, '404.html')
        if (status === 404 && fs.existsSync(notFound)) {
          res.writeHead(404, {
            'Content-Type': 'text/html; charset=utf-8',
            'Cache-Control': 'no-cache',
          })
          fs.createReadStream(notFound).pipe(res)
        } else {
          res
            .writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' })
            .end(
              status === 404
                ? 'Không tìm thấy trang.'
                : status < 500
                  ? BAD_ADDRESS
                  : 'Lỗi máy chủ.',
            )
        }
      })
      .pipe(res)
  })
  return server.listen(port)
}
