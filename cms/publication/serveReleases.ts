import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import send from 'send'

import { currentLink } from './releaseStore'

/**
 * Serves the current release, as a portal's web server would. The `current` link is resolved on
 * every request, so a publish or a rollback shows at once, and a request that began before a
 * switch finishes from the release it started with.
 */
export function serveReleases({ port, base = '/' }: { port: number; base?: string }): http.Server {
  const prefix = base.endsWith('/') ? base : `${base}/`
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (!url.pathname.startsWith(prefix) && `${url.pathname}/` !== prefix) {
      res.writeHead(302, { Location: prefix }).end()
      return
    }
    let root: string
    try {
      root = fs.realpathSync(currentLink())
    } catch {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('Chưa có bản phát hành nào. Hãy đăng nhập trang quản trị và bấm "Xuất bản".')
      return
    }
    const relative = decodeURIComponent(url.pathname.slice(prefix.length - 1))
    // Dot files (a release's own record in .release/) are not part of the site: 404, not 403.
    send(req, relative, { root, index: ['index.html'], dotfiles: 'ignore' })
      .on('error', (error: { status?: number }) => {
        const status = error.status ?? 500
        const notFound = path.join(root, '404.html')
        if (status === 404 && fs.existsSync(notFound)) {
          res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
          fs.createReadStream(notFound).pipe(res)
        } else {
          res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(status === 404 ? 'Không tìm thấy trang.' : 'Lỗi máy chủ.')
        }
      })
      .pipe(res)
  })
  return server.listen(port)
}
